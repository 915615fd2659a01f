// @ts-check
/**
 * The README's editor's guide, followed to the letter: `dist/cdn/` copied to the site as the
 * folder the guide names (`/koto-elements/`, source maps left out), its snippets pasted into
 * a blank page, the city's APIs of its `<meta>` tags answered by the fake. Each element shows
 * its data. Without the `<meta>` tags, the elements say on the page that they are not set up.
 * Run `npm run build` first.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, launchBrowser, pasteIntoBlankPage } from './harness.mjs';
import { DATA, ELEMENT_TAGS, GUIDE_HEAD, guideSnippet } from './guide.mjs';

/** @type {import('playwright-core').Browser} */
let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

test('the guide names the folder its snippet loads the script from', () => {
  assert.match(GUIDE_HEAD, /<script type="module" src="\/koto-elements\/koto-elements\.js"><\/script>/);
});

for (const tag of ELEMENT_TAGS) {
  test(`the guide's snippets for <${tag}>, pasted into a blank page, show its data`, async () => {
    const pasted = await pasteIntoBlankPage(browser, {
      head: GUIDE_HEAD,
      body: guideSnippet(tag),
      // The enrolment page of the guide takes the course from the address, as the catalogue links it.
      search: tag === 'koto-enrolment-form' ? '?course=porvoo:koto-01' : '',
    });
    try {
      await pasted.page.waitForFunction(
        ([tag, selector]) => !!document.querySelector(tag)?.shadowRoot?.querySelector(selector),
        [tag, DATA[/** @type {keyof typeof DATA} */ (tag)]],
      );
      assert.deepEqual(await axe(pasted.page, 'main'), []);
      assert.deepEqual(pasted.errors, []);
    } finally {
      await pasted.close();
    }
  });
}

test('without the <meta> tags, the catalogue and the contact card both say on the page that they are not set up', async () => {
  const pasted = await pasteIntoBlankPage(browser, {
    head: GUIDE_HEAD.split('\n')[0],
    body: `${guideSnippet('koto-course-catalogue')}\n${guideSnippet('koto-contact-card')}`,
  });
  try {
    const text = (/** @type {string} */ tag) =>
      pasted.page.evaluate((tag) => document.querySelector(tag)?.shadowRoot?.textContent ?? '', tag);
    await pasted.page.waitForFunction(() =>
      /ei ole otettu käyttöön/.test(document.querySelector('koto-contact-card')?.shadowRoot?.textContent ?? ''),
    );
    assert.match(await text('koto-contact-card'), /koto-elements:ptv/);
    await pasted.page.waitForFunction(() =>
      /[Kk]urssi/.test(
        document.querySelector('koto-course-catalogue')?.shadowRoot?.querySelector('[part~="error"]')?.textContent ??
          '',
      ),
    );
  } finally {
    await pasted.close();
  }
});
