import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../stories/setup.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
  globalTypes: {
    lang: {
      description: 'Interface language',
      toolbar: { title: 'Language', items: ['fi', 'sv', 'en'], dynamicTitle: true },
    },
  },
  initialGlobals: { lang: 'fi' },
  decorators: [
    (story, context) => {
      document.documentElement.lang = String(context.args.lang ?? context.globals.lang ?? 'fi');
      return story();
    },
  ],
};
export default preview;
