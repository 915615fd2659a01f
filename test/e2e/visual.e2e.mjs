// @ts-check
/**
 * Visual adaptations on the demo page, in Debian's Chromium: reflow at 320 CSS px (a
 * 1280 px window at 400 % zoom), right to left, and Windows high contrast emulated with
 * `forced-colors: active`. Screenshots go to test-results/ for people to look at.
 * Run: node --test test/e2e/visual.e2e.mjs
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { RESULTS, axe, useDemoPage } from './harness.mjs';

const TAGS = ['koto-course-catalogue', 'koto-enrolment-form', 'koto-guidance-booking', 'koto-contact-card'];

const env = useDemoPage();

/**
 * The demo page with every element loaded and the booking on its week view.
 * @param {{ width: number, forced?: boolean, rtl?: boolean }} options
 */
async function demo({ width, forced = false, rtl = false }) {
  const page = await env.browser.newPage({ viewport: { width, height: 900 } });
  if (forced) await page.emulateMedia({ forcedColors: 'active' });
  await page.goto(env.server.url);
  if (rtl)
    await page.evaluate((tags) => {
      document.documentElement.dir = 'rtl';
      // The interface stays Finnish (no Arabic yet): the editor's own dir makes the elements RTL.
      for (const el of document.querySelectorAll(tags.join(','))) el.setAttribute('dir', 'rtl');
    }, TAGS);
  await page.locator('koto-course-catalogue li.card').first().waitFor();
  const booking = page.locator('koto-guidance-booking');
  await booking.locator('input[name="topic"]').first().waitFor();
  if (await booking.locator('input[name="resource"]').count())
    await booking.locator('input[name="resource"]').first().check();
  await booking.locator('input[name="topic"]').first().check();
  await booking.locator('input[name="mode"]').first().check();
  await booking.locator('form button[type="submit"]').click();
  await booking.locator('button.slot').first().waitFor();
  await page.locator('koto-contact-card [part~="office"]').first().waitFor();
  return page;
}

/** @param {import('playwright-core').Page} page */
const pageOverflow = (page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('visual adaptations on the demo page', () => {
  it('reflows at 320 CSS px without horizontal scrolling', async () => {
    const page = await demo({ width: 320 });
    await page.screenshot({ path: join(RESULTS, 'visual-320.png'), fullPage: true });
    assert.equal(await pageOverflow(page), 0);
    assert.deepEqual(await axe(page), []);
    await page.close();
  });

  it('mirrors in right-to-left without horizontal scrolling or axe violations', async () => {
    const page = await demo({ width: 1280, rtl: true });
    await page.screenshot({ path: join(RESULTS, 'visual-rtl-1280.png'), fullPage: true });
    assert.equal(await pageOverflow(page), 0);
    const booking = page.locator('koto-guidance-booking');
    const previous = await booking.locator('#previous-week').boundingBox();
    const next = await booking.locator('#next-week').boundingBox();
    assert.ok(previous && next && next.x + next.width <= previous.x, 'next week is to the left of previous week');
    assert.deepEqual(await axe(page), []);
    await page.close();
  });

  it('keeps borders, states and focus visible in forced colours', async () => {
    const page = await demo({ width: 1280, forced: true });
    assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true);
    const booking = page.locator('koto-guidance-booking');
    const slot = booking.locator('button.slot').first();
    const border = await slot.evaluate((b) => {
      const s = getComputedStyle(b);
      return { width: s.borderTopWidth, style: s.borderTopStyle, color: s.borderTopColor };
    });
    assert.notEqual(border.width, '0px');
    assert.equal(border.style, 'solid');
    assert.notEqual(border.color, 'rgba(0, 0, 0, 0)');
    await slot.focus();
    await page.keyboard.press('ArrowRight');
    const outline = await booking.locator('button.slot:focus').evaluate((b) => {
      const s = getComputedStyle(b);
      return { width: s.outlineWidth, style: s.outlineStyle, color: s.outlineColor };
    });
    assert.equal(outline.style, 'solid');
    assert.equal(outline.width, '3px');
    assert.notEqual(outline.color, 'rgba(0, 0, 0, 0)');
    const card = await page
      .locator('koto-course-catalogue li.card')
      .first()
      .evaluate((c) => getComputedStyle(c).borderTopStyle);
    assert.equal(card, 'solid');
    await page.screenshot({ path: join(RESULTS, 'visual-forced-colors.png'), fullPage: true });
    await page.close();
  });

  it('in forced colours, shows focus on what the elements focus by script (headings, notices)', async () => {
    const page = await demo({ width: 1280, forced: true });
    // After a key press, focus moved by script counts as keyboard focus (:focus-visible).
    await page.keyboard.press('Tab');
    const unseen = await page.evaluate((tags) => {
      const out = [];
      for (const host of document.querySelectorAll(tags.join(','))) {
        for (const el of host.shadowRoot?.querySelectorAll('[tabindex="-1"]') ?? []) {
          if (!(el instanceof HTMLElement)) continue;
          el.focus();
          const s = getComputedStyle(el);
          if (s.outlineStyle === 'none' || parseFloat(s.outlineWidth) < 2)
            out.push(`${host.localName} ${el.localName}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')}`);
        }
      }
      return out;
    }, TAGS);
    assert.deepEqual(unseen, []);
    await page.close();
  });
});
