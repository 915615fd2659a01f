import type { StorybookConfig } from '@storybook/web-components-vite';

// Stories run against the project's one API fake, in the browser behind a service worker
// (`mock-worker.ts`), so the static build behaves exactly like `npm run storybook`.
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // `mockServiceWorker.js` (written by `npx msw init .storybook/public`), beside iframe.html.
  staticDirs: ['./public'],
  core: { disableTelemetry: true },
};
export default config;
