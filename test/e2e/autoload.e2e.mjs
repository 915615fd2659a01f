// @ts-check
/**
 * The CDN file `koto-elements.js` is an autoloader (issue 18): a page loads the code of the
 * elements it has, when they appear, with each element's chunks preloaded beside its module;
 * `koto-elements-all.js` still defines every element at once. Run after `npm run build`;
 * then `node --test test/e2e/autoload.e2e.mjs`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { useStaticPages } from './harness.mjs';

const env = useStaticPages();

const TAGS = ['koto-course-catalogue', 'koto-enrolment-form', 'koto-guidance-booking', 'koto-contact-card'];

/** A module in dist/cdn/ and the chunks it imports statically (paths under /cdn/). */
function withStaticImports(/** @type {string} */ path, seen = new Set()) {
  if (seen.has(path)) return seen;
  seen.add(path);
  const code = readFileSync(`dist${path}`, 'utf8');
  for (const [, rel] of code.matchAll(/(?:from|import)\s*"(\.\.?\/(?:chunks\/)?[^"/]+\.js)"/g))
    withStaticImports(new URL(rel ?? '', `http://x${path}`).pathname, seen);
  return seen;
}

/** The gzip bytes of the page's /cdn/ files, once all `count` of them have arrived. */
async function transferred(
  /** @type {import('playwright-core').Page} */ page,
  /** @type {number} */ count,
  /** @type {Map<string, number>} */ gzipBytes,
) {
  await page.waitForFunction((n) => performance.getEntriesByType('resource').length >= n, count);
  for (let i = 0; i < 50 && gzipBytes.size < count; i++) await new Promise((r) => setTimeout(r, 20));
  return [...gzipBytes.values()].reduce((a, b) => a + b, 0);
}

/** Opens `page` on `path`, recording every /cdn/ request in order with its events. */
async function open(/** @type {string} */ path) {
  const page = await env.browser.newPage();
  /** @type {{ event: 'request' | 'finished', path: string }[]} */
  const log = [];
  /** @type {Map<string, number>} */
  const gzipBytes = new Map();
  /** @type {string[]} */
  const errors = [];
  const cdnPath = (/** @type {string} */ url) => (url.includes('/cdn/') ? new URL(url).pathname : undefined);
  page.on('request', (r) => {
    const p = cdnPath(r.url());
    if (p) log.push({ event: 'request', path: p });
  });
  page.on('requestfinished', async (r) => {
    const p = cdnPath(r.url());
    if (!p) return;
    log.push({ event: 'finished', path: p });
    // (A body still arriving when the page closes is not counted, not an error.)
    const body = await r
      .response()
      .then((res) => res?.body())
      .catch(() => undefined);
    if (body) gzipBytes.set(p, gzipSync(body, { level: 9 }).length);
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${env.server.url}${path}`);
  const requested = () => [...new Set(log.filter((e) => e.event === 'request').map((e) => e.path))];
  return { page, log, gzipBytes, errors, requested };
}

test('a page with one catalogue loads the autoloader, the catalogue and its Finnish strings, nothing else', async () => {
  const { page, gzipBytes, errors, requested } = await open('one.html');
  await page.waitForFunction(() =>
    /Näytä lisää kursseja/.test(document.querySelector('koto-course-catalogue')?.shadowRoot?.textContent ?? ''),
  );
  const code = withStaticImports('/cdn/elements/course-catalogue.js');
  const strings = requested().filter((p) => /\/chunks\/(common|course-catalogue)-[a-z0-9]+\.js$/.test(p));
  // The cards' code comes on its own once there are courses to show (issue 19's split).
  const cards = requested().filter((p) => /\/chunks\/course-card-[a-z0-9]+\.js$/.test(p));
  assert.equal(cards.length, 1, 'the course cards’ code');
  const cardCode = withStaticImports(cards[0] ?? '');
  assert.deepEqual(
    requested().sort(),
    [...new Set(['/cdn/koto-elements.js', ...code, ...strings, ...cardCode])].sort(),
    'the autoloader, the catalogue with its chunks, its strings, its cards’ code',
  );
  assert.equal(strings.length, 2, 'Finnish strings: common and the catalogue’s own');
  for (const p of strings) assert.match(readFileSync(`dist${p}`, 'utf8'), /[äö]/);
  assert.deepEqual(await page.evaluate((tags) => tags.map((t) => !!customElements.get(t)), TAGS), [
    true,
    false,
    false,
    false,
  ]);
  // Bytes: against the same page with koto-elements-all.js (every element at once), the
  // autoloader saves the other three elements (the whole point of it).
  const loaded = await transferred(page, requested().length, gzipBytes);
  const all = await open('one-all.html');
  await all.page.waitForFunction(() =>
    /Näytä lisää kursseja/.test(document.querySelector('koto-course-catalogue')?.shadowRoot?.textContent ?? ''),
  );
  const everything = await transferred(all.page, all.requested().length, all.gzipBytes);
  await all.page.close();
  assert.ok(loaded < everything * 0.7, `one element: ${loaded} B gzip; with every element at once: ${everything} B`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the catalogue’s chunks are requested with its module, not discovered after it arrives', async () => {
  const { page, log, requested } = await open('one.html');
  await page.waitForFunction(() => customElements.get('koto-course-catalogue'));
  const moduleArrived = log.findIndex((e) => e.event === 'finished' && e.path === '/cdn/elements/course-catalogue.js');
  assert.ok(moduleArrived > 0);
  for (const chunk of withStaticImports('/cdn/elements/course-catalogue.js')) {
    const asked = log.findIndex((e) => e.event === 'request' && e.path === chunk);
    assert.ok(asked >= 0 && asked < moduleArrived, `${chunk} requested before the module arrived`);
  }
  // The cards' code stays lazy, but the chunks it imports come with the catalogue: once asked
  // for, it waits for itself only, not one more round trip (issue 18's first-content bench).
  await page.waitForFunction(
    () => !!document.querySelector('koto-course-catalogue')?.shadowRoot?.querySelector('li.card:not(.skeleton-card)'),
  );
  const cards = requested().find((p) => /\/chunks\/course-card-[a-z0-9]+\.js$/.test(p)) ?? '';
  const cardsAsked = log.findIndex((e) => e.event === 'request' && e.path === cards);
  assert.ok(cardsAsked > moduleArrived, 'the cards’ code is loaded after the catalogue’s');
  for (const chunk of withStaticImports(cards)) {
    if (chunk === cards) continue;
    const asked = log.findIndex((e) => e.event === 'request' && e.path === chunk);
    assert.ok(
      asked >= 0 && asked < moduleArrived,
      `${chunk} (imported by the cards’ code) preloaded with the catalogue`,
    );
  }
  // Each file once: the preload and the import share one fetch.
  const requests = log.filter((e) => e.event === 'request').map((e) => e.path);
  assert.equal(requests.length, requested().length, requests.join('\n'));
  await page.close();
});

test('an element added later, inside an open shadow root, is loaded then; whenDefined resolves then', async () => {
  const { page, errors, requested } = await open('empty.html');
  await page.evaluate(() => {
    // @ts-expect-error test hook
    window.__defined = false;
    customElements.whenDefined('koto-contact-card').then(() => {
      // @ts-expect-error test hook
      window.__defined = true;
    });
    const host = document.createElement('div');
    host.id = 'host';
    host.attachShadow({ mode: 'open' });
    document.querySelector('main')?.append(host);
  });
  // A round trip to the page: any load the autoloader would start has started by now.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));
  assert.deepEqual(
    requested().filter((p) => p.includes('/elements/')),
    [],
    'nothing loaded before a tag appears',
  );
  // @ts-expect-error test hook
  assert.equal(await page.evaluate(() => window.__defined), false);
  await page.evaluate(() =>
    document
      .querySelector('#host')
      ?.shadowRoot?.append(
        Object.assign(document.createElement('koto-contact-card'), { lang: 'en' }),
        Object.assign(document.createElement('koto-contact-person'), { lang: 'en' }),
      ),
  );
  // @ts-expect-error test hook
  await page.waitForFunction(() => window.__defined === true);
  assert.deepEqual(
    requested().filter((p) => p.includes('/elements/')),
    ['/cdn/elements/contact-card.js'],
  );
  await page.waitForFunction(
    () =>
      !!document.querySelector('#host')?.shadowRoot?.querySelector('koto-contact-card')?.shadowRoot?.childElementCount,
  );
  assert.deepEqual(errors, []);
  await page.close();
});

test('koto-elements-all.js defines every element at once, with none on the page', async () => {
  const { page, errors, requested } = await open('all.html');
  await page.waitForFunction((tags) => [...tags, 'koto-contact-person'].every((t) => customElements.get(t)), TAGS);
  assert.ok(!requested().includes('/cdn/koto-elements.js'));
  assert.deepEqual(errors, []);
  await page.close();
});
