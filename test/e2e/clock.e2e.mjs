// @ts-check
/**
 * KOTO_NOW on the demo page (`npm start`): the page and the fake run on one clock, from the
 * instant asked for (or 03.30 winter time on the autumn night, when the run sets none).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

process.env.KOTO_NOW ??= '2027-10-31T03:30+02:00';
const instant = Date.parse(process.env.KOTO_NOW);
const { useDemoPage } = await import('./harness.mjs');

const env = useDemoPage();

describe('KOTO_NOW on the demo page', () => {
  test('the page and the fake agree on the instant, and time moves on from it', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.server.url}?lang=en`);
    const pageNow = await page.evaluate(() => Date.now());
    const res = await fetch(new URL('/mock-api/demo/__control/clock', env.server.url), { method: 'POST', body: '{}' });
    const fakeNow = Date.parse((await res.json()).now);
    // The run has been going for a few seconds at most: both are just after the instant.
    assert.ok(pageNow >= instant && pageNow - instant < 120_000, `page: ${new Date(pageNow).toISOString()}`);
    assert.ok(Math.abs(fakeNow - pageNow) < 5_000, `fake ${new Date(fakeNow).toISOString()}`);
    await page.waitForTimeout(50);
    assert.ok((await page.evaluate(() => Date.now())) > pageNow);
    await page.close();
  });

  test("the catalogue's month list starts at the instant's month", async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.server.url}?lang=en`);
    const month = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'Europe/Helsinki' }).format(
      instant,
    );
    const options = page.locator('koto-course-catalogue #f-month option');
    await options.nth(1).waitFor({ state: 'attached' });
    assert.equal((await options.nth(1).textContent())?.trim(), month);
    await page.close();
  });
});
