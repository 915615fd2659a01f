// @ts-check
/**
 * The CDN file as a page loads it: every element renders from `dist/cdn/koto-elements.js`,
 * and a page fetches only the locale parts its elements use (`common` + each element's own,
 * in the page's language), never another language's; code most visitors never need (the
 * enrolment form's fields before "Start", the booking's .ics builder) is not fetched up front. Run `npm run build` first; then
 * `node --test test/e2e/cdn-size.e2e.mjs`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, startStaticServer } from './harness.mjs';

test('the CDN file renders a Finnish catalogue and contact card, fetching only their Finnish strings', async () => {
  const server = await startStaticServer();
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    /** @type {string[]} */
    const scripts = [];
    page.on('request', (r) => {
      if (r.url().includes('/cdn/')) scripts.push(new URL(r.url()).pathname);
    });
    const errors = /** @type {string[]} */ ([]);
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}empty.html`);
    await page.evaluate(() => {
      const main = document.querySelector('main');
      if (!main) throw new Error('no main');
      main.insertAdjacentHTML(
        'beforeend',
        `<koto-course-catalogue keyword="yso:p19331"></koto-course-catalogue>
         <koto-contact-card channel="00000000-0000-4000-8000-000000000001"></koto-contact-card>`,
      );
    });
    // Finnish interface text from each element's own part and from `common`.
    await page.waitForFunction(() => {
      const text = (tag) => document.querySelector(tag)?.shadowRoot?.textContent ?? '';
      return /Näytä lisää kursseja/.test(text('koto-course-catalogue')) && text('koto-contact-card').trim().length > 0;
    });
    const catalogue = await page.evaluate(
      () => document.querySelector('koto-course-catalogue')?.shadowRoot?.textContent ?? '',
    );
    assert.match(catalogue, /Näytä lisää kursseja/);
    const parts = scripts.filter((p) =>
      /\/chunks\/(common|contact-card|course-catalogue|enrolment-form|guidance-booking)-/.test(p),
    );
    const names = parts.map((p) => p.replace(/.*\/chunks\/(.*)-[a-z0-9]+\.js$/, '$1')).sort();
    assert.deepEqual(names, ['common', 'contact-card', 'course-catalogue']);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await server.close();
  }
});

test('the enrolment form fetches its step fields only when the learner presses Start', async () => {
  const server = await startStaticServer();
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    /** @type {string[]} */
    const scripts = [];
    page.on('request', (r) => {
      if (r.url().includes('/cdn/')) scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(`${server.url}empty.html`);
    await page.evaluate(() => {
      document
        .querySelector('main')
        ?.insertAdjacentHTML(
          'beforeend',
          '<koto-enrolment-form event="porvoo:koto-01"></koto-enrolment-form><koto-guidance-booking resource="porvoo-ohjaus-1"></koto-guidance-booking>',
        );
    });
    const start = page.locator('koto-enrolment-form #start');
    await start.waitFor();
    const lazy = () =>
      scripts
        .filter((p) => /\/chunks\/(step-fields|ics)-/.test(p))
        .map((p) => p.replace(/.*\/chunks\/(.*)-[a-z0-9]+\.js$/, '$1'));
    assert.deepEqual(lazy(), []);
    await start.click();
    await page.locator('koto-enrolment-form input[name="firstName"]').waitFor();
    assert.deepEqual(lazy(), ['step-fields']);
  } finally {
    await browser.close();
    await server.close();
  }
});
