// @ts-check
/**
 * The *static* Storybook build, served as any docs host would serve it (plain files, under a
 * sub-path, no API fake on the server): every story renders with the fake answering in the
 * browser (service worker), shows no error and no "not found" message, shows data unless it
 * is tagged `no-data` (loading, error and empty states), and passes axe.
 * Builds Storybook first (`npm run build-storybook`); `KOTO_STORYBOOK_BUILT=1` skips that.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import process from 'node:process';
import { readFileSync, readdirSync } from 'node:fs';
import { axe, launchBrowser, pasteIntoBlankPage, startFolderServer } from './harness.mjs';
import { DATA, ELEMENT_TAGS, GUIDE_HEAD, guideSnippet } from './guide.mjs';

const SUB_PATH = '/docs/koto-storybook/';

/** "We could not find this information" in every language (the message a 404 gives). */
const NOT_FOUND = readdirSync('xliff')
  .map((f) => readFileSync(`xliff/${f}`, 'utf8'))
  .flatMap((x) => [
    ...x.matchAll(/<source>We could not find this information[^<]*<\/source>\s*(?:<target>([^<]*)<\/target>)?/g),
  ])
  .flatMap((m) => [m[0].replace(/^<source>([^<]*)<\/source>[\s\S]*$/, '$1'), m[1]])
  .filter(Boolean);

/** @type {Awaited<ReturnType<typeof startFolderServer>>} */
let server;
/** @type {import('playwright-core').Browser} */
let browser;
before(async () => {
  if (!process.env.KOTO_STORYBOOK_BUILT)
    execFileSync('npm', ['run', '--silent', 'build-storybook'], { stdio: 'ignore' });
  server = await startFolderServer('storybook-static', SUB_PATH);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * One preview page (iframe.html, as Storybook's manager shows it) that opens story after
 * story through Storybook's channel, as the sidebar does: loading the preview once per
 * story would take seconds each.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} first the id of a story to open with
 */
async function openPreview(context, first) {
  const page = await context.newPage();
  /** @type {string[]} */
  let problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    // Failed resources are checked below by status (an error story's 503 is expected; the
    // docs host's missing /favicon.ico is not Storybook's).
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() === 404 && !r.url().endsWith('/favicon.ico')) problems.push(`404: ${r.url()}`);
  });
  // Axe runs below, on the story alone; the a11y addon's own run would only double the time.
  await page.goto(`${server.url}iframe.html?id=${first}&viewMode=story&globals=a11y.manual:!true`);
  await page.waitForFunction(
    // @ts-expect-error Storybook's preview global
    () => window.__STORYBOOK_PREVIEW__?.currentRender?.phase === 'finished',
    undefined,
    { timeout: 20_000 },
  );
  return {
    /** @param {{ id: string, tags: string[] }} story */
    async check(story) {
      problems = [];
      const noData = story.tags.includes('no-data');
      try {
        await page.evaluate((id) => {
          // A story in a flow starts afresh, not with answers a previous story left in this tab.
          sessionStorage.clear();
          // @ts-expect-error Storybook's preview global
          window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
        }, story.id);
        await page.waitForFunction(
          (id) => {
            // @ts-expect-error Storybook's preview global
            const render = window.__STORYBOOK_PREVIEW__?.currentRender;
            return render?.id === id && ['finished', 'errored', 'aborted'].includes(render.phase);
          },
          story.id,
          { timeout: 20_000 },
        );
        // Until the elements' shadow DOM has not changed for 200 ms (at most 4 s: a loading story never finishes).
        await page.evaluate(async () => {
          // Elements inside other shadow roots too (the embed builder's live element).
          const all = (/** @type {ParentNode} */ root) =>
            [...root.querySelectorAll('*')].flatMap((el) => [
              ...(el.tagName.startsWith('KOTO-') ? [el] : []),
              ...(el.shadowRoot && !el.tagName.startsWith('KOTO-') ? all(el.shadowRoot) : []),
            ]);
          const snap = () =>
            all(document)
              .map((el) => el.shadowRoot?.innerHTML ?? '')
              .join('\n');
          const until = Date.now() + 4000;
          let last = '';
          let stable = 0;
          while (Date.now() < until && stable < 2) {
            await new Promise((r) => setTimeout(r, 100));
            const now = snap();
            stable = now === last ? stable + 1 : 0;
            last = now;
          }
        });
        // A story with data may take longer than that on a busy machine: wait for its data (at most 15 s).
        if (!noData)
          await page
            .waitForFunction(
              ({ DATA }) => {
                const deep = (/** @type {ParentNode} */ node) =>
                  [...node.querySelectorAll('*')].flatMap((el) => [
                    ...(el.localName in DATA ? [el] : []),
                    ...(el.shadowRoot && !el.tagName.startsWith('KOTO-') ? deep(el.shadowRoot) : []),
                  ]);
                return deep(document).every((el) =>
                  el.shadowRoot?.querySelector(DATA[/** @type {keyof DATA} */ (el.localName)]),
                );
              },
              { DATA },
              { timeout: 15_000 },
            )
            .catch(() => {});
        const state = await page.evaluate(
          ({ DATA }) => {
            let text = '';
            const walk = (/** @type {Node} */ n) => {
              if (n.nodeType === Node.TEXT_NODE) text += n.textContent + ' ';
              if (n instanceof Element && n.shadowRoot) walk(n.shadowRoot);
              n.childNodes.forEach(walk);
            };
            const root = document.querySelector('#storybook-root') ?? document.body;
            walk(root);
            const selector = Object.keys(DATA).join(',');
            const deep = (/** @type {ParentNode} */ node) =>
              [...node.querySelectorAll('*')].flatMap((el) => [
                ...(el.matches(selector) ? [el] : []),
                ...(el.shadowRoot && !el.tagName.startsWith('KOTO-') ? deep(el.shadowRoot) : []),
              ]);
            const elements = deep(root);
            return {
              errorShown: document.body.classList.contains('sb-show-errordisplay'),
              errorText: document.querySelector('#error-message')?.textContent ?? '',
              text,
              elements: elements.length,
              withoutData: elements
                .filter((el) => !el.shadowRoot?.querySelector(DATA[/** @type {keyof DATA} */ (el.localName)]))
                .map((el) => el.localName),
            };
          },
          { DATA },
        );
        if (state.errorShown) problems.push(`Storybook shows an error: ${state.errorText}`);
        for (const words of NOT_FOUND) if (state.text.includes(words)) problems.push(`"${words}" on the page`);
        if (!noData && state.elements === 0) problems.push('no element');
        if (!noData && state.withoutData.length) problems.push(`no data in ${state.withoutData.join(', ')}`);
        for (const v of await axe(page, '#storybook-root'))
          problems.push(`axe ${v.id}: ${v.help} (${v.targets.join(' | ')})`);
      } catch (error) {
        problems.push(String(error));
      }
      return problems;
    },
  };
}

test('every story of the static Storybook build, served under a sub-path, works offline', async () => {
  const index = await (await fetch(`${server.url}index.json`)).json();
  /** @type {{ id: string, title: string, name: string, type: string, tags: string[] }[]} */
  const stories = Object.values(index.entries).filter((/** @type {{type: string}} */ e) => e.type === 'story');
  assert.ok(stories.length > 40, `stories found: ${stories.length}`);
  const context = await browser.newContext();
  /** @type {string[]} */
  const failures = [];
  const queue = [...stories];
  // Two pages at a time: the machine has two cores.
  await Promise.all(
    [0, 1].map(async () => {
      const preview = await openPreview(context, stories[0].id);
      for (let story = queue.shift(); story; story = queue.shift()) {
        const started = Date.now();
        const problems = await preview.check(story);
        if (process.env.KOTO_DEBUG) console.log(`${Date.now() - started} ms ${story.id}`);
        if (problems.length) failures.push(`${story.title} / ${story.name}:\n    ${problems.join('\n    ')}`);
      }
    }),
  );
  await context.close();
  assert.deepEqual(failures, []);
});

/**
 * The tree of elements and attributes a snippet makes (whitespace and attribute order aside).
 * @param {import('playwright-core').Page} page
 * @param {string} snippet
 */
const shape = (page, snippet) =>
  page.evaluate((snippet) => {
    const template = document.createElement('template');
    template.innerHTML = snippet;
    /** @returns {unknown} */
    const tree = (/** @type {Element} */ el) => [
      el.localName,
      [...el.attributes].map((a) => `${a.name}=${a.value}`).sort(),
      [...el.children].map(tree),
    ];
    return [...template.content.children].map(tree);
  }, snippet);

/** @param {import('playwright-core').Page} page */
const openBuilder = async (page) => {
  await page.goto(`${server.url}iframe.html?id=embed-builder--embed-builder&viewMode=story&globals=a11y.manual:!true`);
  await page.locator('sb-embed-builder #snippet').waitFor();
  return page.locator('sb-embed-builder');
};

test('the embed builder starts from the editor’s guide: its snippet for each element is the guide’s', async () => {
  const page = await browser.newPage();
  const builder = await openBuilder(page);
  const guideHead = GUIDE_HEAD.split('\n');
  for (const tag of ELEMENT_TAGS) {
    await builder.locator('select[name="element"]').selectOption(tag);
    const [head, element] = (await builder.locator('#snippet').innerText()).trim().split('\n\n');
    for (const line of head.split('\n'))
      assert.ok(guideHead.includes(line), `${tag}: "${line}" is a line of the guide`);
    assert.deepEqual(await shape(page, element), await shape(page, guideSnippet(tag)), `${tag} as in the guide`);
  }
  await page.close();
});

test('the embed builder’s snippet, copied with its button and pasted into a blank page, renders what it describes', async () => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const builder = await openBuilder(page);
  const copy = async () => {
    await builder.getByRole('button', { name: 'Copy the snippet' }).click();
    await builder.getByText('Copied.').waitFor();
    return page.evaluate(() => navigator.clipboard.readText());
  };
  const paste = async (/** @type {string} */ snippet) => {
    const [head, ...body] = snippet.split('\n\n');
    return pasteIntoBlankPage(browser, { head, body: body.join('\n\n') });
  };

  await builder.locator('select[name="element"]').selectOption('koto-course-catalogue');
  await builder.locator('input[name="pageSize"]').fill('3');
  await builder.locator('select[name="lang"]').selectOption('sv');
  const catalogueSnippet = await copy();
  assert.match(catalogueSnippet, /page-size="3"/);
  const catalogue = await paste(catalogueSnippet);
  try {
    await catalogue.page.locator('koto-course-catalogue [part~="card"]').first().waitFor();
    assert.equal(await catalogue.page.locator('koto-course-catalogue [part~="card"]').count(), 3);
    assert.equal(await catalogue.page.locator('koto-course-catalogue').getAttribute('lang'), 'sv');
    assert.deepEqual(await axe(catalogue.page, 'main'), []);
    assert.deepEqual(catalogue.errors, []);
  } finally {
    await catalogue.close();
  }

  await builder.locator('select[name="element"]').selectOption('koto-contact-card');
  await builder.locator('input[name="channel"]').fill('00000000-0000-4000-8000-000000000003');
  await builder.locator('input[name="person-0-name"]').fill('Amina Yusuf');
  const card = await paste(await copy());
  try {
    await card.page.locator('koto-contact-card [part~="office"]').first().waitFor();
    await card.page.locator('koto-contact-card').getByText('Amina Yusuf').first().waitFor();
    assert.deepEqual(await axe(card.page, 'main'), []);
    assert.deepEqual(card.errors, []);
  } finally {
    await card.close();
  }
  await context.close();
});
