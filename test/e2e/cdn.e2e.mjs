// @ts-check
/**
 * A blank HTML page that loads only `dist/cdn/koto-elements.js` (the autoloader) from a plain
 * static file server shows all four elements working against the fake (run after `npm run build`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RESULTS, axe, useStaticPages } from './harness.mjs';

const env = useStaticPages();

test('the CDN file alone registers the four elements on the page, and each shows live data', async () => {
  const page = await env.browser.newPage();
  /** @type {string[]} */
  const errors = [];
  /** @type {string[]} */
  const requests = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(env.server.url);
  // The autoloader defines each element once its code has arrived.
  await page.waitForFunction(() =>
    [
      'koto-course-catalogue',
      'koto-enrolment-form',
      'koto-guidance-booking',
      'koto-contact-card',
      'koto-contact-person',
    ].every((tag) => customElements.get(tag)),
  );
  // Live data from the fake in each element.
  await page.locator('koto-course-catalogue a[part~="apply"], koto-course-catalogue [part~="apply"]').first().waitFor();
  await page.locator('koto-enrolment-form #start').waitFor();
  await page.locator('koto-guidance-booking input[name="topic"]').first().waitFor();
  await page.locator('koto-contact-card a[href^="tel:"]').first().waitFor();
  await page.locator('koto-contact-card').getByText('Porvoon työllisyyspalvelut').first().waitFor();
  await page.screenshot({ path: `${RESULTS}/cdn-blank-page.png`, fullPage: true });
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(errors, []);
  // Everything came from the page's own origin: no third-party requests.
  const origin = new URL(env.server.url).origin;
  assert.deepEqual(
    requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:')),
    [],
  );
  // The locale strings came as a separate file, loaded on demand.
  assert.ok(
    requests.some((u) => /\/cdn\/chunks\/.+\.js$/.test(u)),
    'a lazily loaded chunk',
  );
  await page.close();
});
