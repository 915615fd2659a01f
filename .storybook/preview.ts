import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../stories/setup.js';
import { startMockWorker } from './mock-worker.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  // No story renders before the API fake answers in this browser.
  beforeAll: async () => {
    await startMockWorker();
  },
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
  globalTypes: {
    lang: {
      description: 'Interface language',
      toolbar: {
        title: 'Language',
        items: [
          { value: 'fi', title: 'suomi' },
          { value: 'sv', title: 'svenska' },
          { value: 'en', title: 'English' },
          { value: 'uk', title: 'українська' },
          { value: 'ru', title: 'русский' },
          { value: 'ar', title: 'العربية', right: 'RTL' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'fi' },
  decorators: [
    // The page language comes from the toolbar only: a story in another language sets
    // `lang` on its element (as an editor would), and on a docs page, where every story
    // shares one <html>, the last story's language must not win for all of them.
    (story, context) => {
      const lang = String(context.globals.lang ?? 'fi');
      document.documentElement.lang = lang;
      // The page around the elements turns too, as an Arabic CMS page would.
      document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
      return story();
    },
  ],
};
export default preview;
