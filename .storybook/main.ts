import type { StorybookConfig } from '@storybook/web-components-vite';
import { kotoMockPlugin } from '../src/mock/server.js';

// Stories run against the project's one API fake, served by Storybook's own Vite server.
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  async viteFinal(config) {
    config.plugins = [...(config.plugins ?? []), kotoMockPlugin()];
    return config;
  },
};
export default config;
