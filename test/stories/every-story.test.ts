/**
 * Renders every story of every `stories/*.stories.ts` file (and runs its play function,
 * if it has one) and runs axe on it, so a new story is checked without anyone
 * remembering to. Stories run against the API fake's `storybook` tenant, as in Storybook.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { nothing, render, type TemplateResult } from 'lit';
import loaders from 'virtual:koto-stories';
import '../../stories/setup.js';

interface StoryLike {
  name?: string;
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>, context: unknown) => TemplateResult;
  play?: (context: { canvasElement: HTMLElement; args: Record<string, unknown> }) => Promise<void> | void;
}
interface MetaLike extends StoryLike {
  title?: string;
}

const files = await Promise.all(loaders.map(async ([file, load]) => [file, await load()] as const));

const kotoElements = (root: Element) =>
  [...root.querySelectorAll('*')].filter((el) => el.tagName.startsWith('KOTO-')) as (Element & {
    updateComplete?: Promise<unknown>;
  })[];

const snapshot = (root: Element): string =>
  kotoElements(root)
    .map((el) => el.shadowRoot?.innerHTML ?? '')
    .join('\n');

// Until the fake's answers (and a 503 answered at once) are on the screen: the elements'
// updates are done and their shadow DOM has not changed for 200 ms (at most 4 s; a
// loading story never finishes loading).
const settle = async (root: Element) => {
  const until = Date.now() + 4000;
  let last = '';
  let stable = 0;
  while (Date.now() < until && stable < 2) {
    await Promise.all(kotoElements(root).map((el) => el.updateComplete));
    await new Promise((r) => setTimeout(r, 100));
    const now = snapshot(root);
    stable = now === last ? stable + 1 : 0;
    last = now;
  }
};

describe('Every story', () => {
  const htmlLang = document.documentElement.lang;
  after(() => {
    document.documentElement.lang = htmlLang;
  });

  it('there are stories to check', () => {
    expect(files.length).to.be.greaterThan(0);
  });

  for (const [file, module] of files) {
    describe(file, () => {
      const meta = (module.default ?? {}) as MetaLike;
      const stories = Object.entries(module).filter(([key]) => key !== 'default' && key !== '__namedExportsOrder');

      it('has stories, each with a render function', () => {
        expect(stories.length, `${file} has stories`).to.be.greaterThan(0);
        for (const [name, value] of stories)
          expect((value as StoryLike).render ?? meta.render, `${name} has a render function`).to.be.a('function');
      });

      for (const [name, value] of stories) {
        it(`${name} renders and passes axe`, async function () {
          this.timeout(20_000);
          const story = value as StoryLike;
          const args = { ...(meta.args ?? {}), ...(story.args ?? {}) };
          const renderStory = (story.render ?? meta.render)!;
          document.documentElement.lang = String(args.lang ?? 'fi');
          const host = await fixture<HTMLDivElement>(html`<div></div>`);
          try {
            render(renderStory(args, { args, globals: { lang: args.lang ?? 'fi' }, name }), host);
            await settle(host);
            if (story.play) {
              await story.play({ canvasElement: host, args });
              await settle(host);
            }
            await expect(host, `${meta.title ?? file} / ${name}`).to.be.accessible();
          } finally {
            // Elements leave the page, so a hanging request of a loading story is let go.
            render(nothing, host);
          }
        });
      }
    });
  }
});
