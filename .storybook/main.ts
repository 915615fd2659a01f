import type { StorybookConfig } from '@storybook/web-components-vite';
import { clockScriptAt, parseInstant } from '../src/mock/clock.js';

// KOTO_NOW=<ISO 8601 instant>: every story starts at that instant, and so does the fake, which
// runs in the page (README, "Any day"). A static build keeps the instant it was built with.
const kotoNow = process.env.KOTO_NOW ? parseInstant(process.env.KOTO_NOW) : undefined;

// Stories run against the project's one API fake, in the browser behind a service worker
// (`mock-worker.ts`), so the static build behaves exactly like `npm run storybook`.
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // `mockServiceWorker.js` (written by `npx msw init .storybook/public`), beside iframe.html.
  staticDirs: ['./public'],
  core: { disableTelemetry: true },
  previewHead: (head) => (kotoNow === undefined ? head : `<script>${clockScriptAt(kotoNow)}</script>\n${head}`),
};
export default config;
