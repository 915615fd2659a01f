// @ts-check
/**
 * The four flows on the demo page, with the keyboard only, in Finnish and in Arabic
 * (right to left): find a course → apply → send the request; book a slot → download the
 * .ics; reach a contact's phone link. axe (WCAG 2.1 A/AA and best practices) runs on
 * every state passed through; screenshots go to test-results/ for people to look at.
 * Also: reflow at 320 px, forced colours and reduced motion, by emulation.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { RESULTS, SCREENSHOTS, axe, useDemoPage } from './harness.mjs';
import { chooseRadio, expectFocus, focused, t, tabTo } from './keyboard.mjs';

const env = useDemoPage();

const LOCALES = ['fi', 'ar'].filter((l) => existsSync(`xliff/${l}.xlf`));

/**
 * @param {string} locale
 * @param {{ width?: number, hash?: string }} [options]
 */
async function open(locale, options = {}) {
  const context = await env.browser.newContext({
    viewport: { width: options.width ?? 1100, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${env.server.url}?lang=${locale}${options.hash ?? ''}`);
  await page.waitForLoadState('networkidle');
  return { page, context, errors };
}

/**
 * axe on the current state, zero violations; a screenshot either way (unless KOTO_SCREENSHOTS=0).
 * @param {import('playwright-core').Page} page
 * @param {string} name
 */
async function audit(page, name) {
  await page.waitForTimeout(150);
  if (SCREENSHOTS) {
    await page.screenshot({ path: `${RESULTS}/${name}.png`, fullPage: true });
    // The element in focus (or the last one used) on its own, easier to look at.
    const section = page.locator('section:focus-within, section:has(:focus)').first();
    if (await section.count()) await section.screenshot({ path: `${RESULTS}/${name}-section.png` }).catch(() => {});
  }
  const violations = await axe(page);
  assert.deepEqual(violations, [], `axe: ${name}`);
}

for (const locale of LOCALES) {
  const dir = locale === 'ar' ? 'rtl' : 'ltr';

  describe(`${locale}: keyboard only`, () => {
    test('find a course, apply, and send the enrolment request', async () => {
      const { page, context, errors } = await open(locale);
      await page.getByText(t(locale, 'Apply')).first().waitFor();
      await audit(page, `${locale}-1-catalogue`);
      // Course 6 (basic path, A1.3–A2.1, evening) is open, with seats, and asks only name and phone.
      await tabTo(page, { id: 'search' });
      await page.keyboard.type('A1.3–A2.1, iltaryhmä');
      await page.keyboard.press('Enter');
      await page.waitForLoadState('networkidle');
      await audit(page, `${locale}-1-catalogue-search`);
      await tabTo(page, { tag: 'a', hrefIncludes: 'course=porvoo%3Akoto-06' });
      await page.keyboard.press('Enter');
      await page.waitForURL(/course=porvoo(%3A|:)koto-06/);
      await page.waitForLoadState('networkidle');
      await tabTo(page, { id: 'start' });
      await audit(page, `${locale}-2-enrol-intro`);
      await page.keyboard.press('Enter');
      await expectFocus(page, { id: 'step-title' });
      for (const [id, value] of [
        ['f-firstName', 'Amina'],
        ['f-lastName', 'Yusuf'],
        ['f-dobDay', '15'],
        ['f-dobMonth', '3'],
        ['f-dobYear', '1990'],
        ['f-phone', '0401234567'],
      ]) {
        await tabTo(page, { id });
        await page.keyboard.type(value);
      }
      await audit(page, `${locale}-3-enrol-about-you`);
      await page.keyboard.press('Enter');
      await page.getByText(t(locale, 'Languages and background')).first().waitFor();
      await tabTo(page, { id: 'f-nativeLanguage' });
      for (let i = 0; i < 15 && (await focused(page))?.value !== 'ar'; i++) await page.keyboard.press('ArrowDown');
      await tabTo(page, { id: 'f-finnishLevel-0' });
      await page.keyboard.press('Space');
      await tabTo(page, { id: 'f-latinAlphabet-0' });
      await page.keyboard.press('Space');
      await tabTo(page, { id: 'f-schoolYears' });
      await page.keyboard.type('9');
      await audit(page, `${locale}-4-enrol-languages`);
      await page.keyboard.press('Enter');
      await page.getByText(t(locale, 'Your situation')).first().waitFor();
      for (const id of ['f-employmentClient-0', 'f-integrationPlan-0', 'f-timeOfDay-0']) {
        await tabTo(page, { id });
        await page.keyboard.press('Space');
      }
      await audit(page, `${locale}-5-enrol-situation`);
      await page.keyboard.press('Enter');
      await page.getByText(t(locale, 'Needs')).first().waitFor();
      await tabTo(page, { id: 'f-interpreter-0' });
      await page.keyboard.press('ArrowDown');
      await audit(page, `${locale}-6-enrol-needs`);
      await page.keyboard.press('Enter');
      await page.getByText(t(locale, 'Check and send')).first().waitFor();
      await tabTo(page, { id: 'f-consent' });
      await page.keyboard.press('Space');
      await audit(page, `${locale}-7-enrol-check`);
      await page.keyboard.press('Enter');
      await expectFocus(page, { id: 'done-title' });
      await audit(page, `${locale}-8-enrol-sent`);
      assert.deepEqual(errors, []);
      await context.close();
    });

    test('book a guidance appointment and download the .ics', async () => {
      const { page, context, errors } = await open(locale, { hash: '#guidance' });
      await page.getByText(t(locale, 'What is the appointment about?')).first().waitFor();
      await chooseRadio(page, 'resource', 'porvoo-ohjaus-1', dir);
      await chooseRadio(page, 'topic', 'before', dir);
      await chooseRadio(page, 'mode', 'in-person', dir);
      await audit(page, `${locale}-10-booking-about`);
      await page.keyboard.press('Enter');
      await page.locator('koto-guidance-booking button.slot').first().waitFor();
      await audit(page, `${locale}-11-booking-week`);
      // One tab stop for the times (arrow keys move between them): Tab to it, Enter chooses.
      for (let i = 0; i < 80; i++) {
        const isSlot = await page.evaluate(() => {
          let el = document.activeElement;
          while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
          return !!el?.classList.contains('slot');
        });
        if (isSlot) break;
        await page.keyboard.press('Tab');
      }
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expectFocus(page, { id: 'step-heading' });
      await tabTo(page, { id: 'name' });
      await page.keyboard.type('Amina Yusuf');
      await tabTo(page, { id: 'phone' });
      await page.keyboard.type('040 123 4567');
      await audit(page, `${locale}-12-booking-details`);
      await page.keyboard.press('Enter');
      await page.locator('koto-guidance-booking a[download]').waitFor();
      await audit(page, `${locale}-13-booking-confirmed`);
      await tabTo(page, { tag: 'a', download: true });
      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      const path = `${RESULTS}/${locale}-appointment.ics`;
      await download.saveAs(path);
      const { readFileSync } = await import('node:fs');
      const ics = readFileSync(path, 'utf8');
      assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
      assert.match(ics, /BEGIN:VEVENT[\s\S]*DTSTART[\s\S]*END:VEVENT/);
      assert.deepEqual(errors, []);
      await context.close();
    });

    test("reach a contact's phone link", async () => {
      const { page, context, errors } = await open(locale, { hash: '#contacts' });
      await page.locator('koto-contact-card a[href^="tel:"]').first().waitFor();
      await audit(page, `${locale}-20-contacts`);
      await tabTo(page, { tag: 'a', hrefIncludes: 'tel:+358' }, 250);
      const f = await focused(page);
      assert.match(f?.href ?? '', /^tel:\+358\d+$/);
      assert.deepEqual(errors, []);
      await context.close();
    });
  });
}

describe('visual adaptations', () => {
  for (const locale of LOCALES) {
    test(`${locale}: reflows at 320 px (and so at 400 % zoom) without horizontal scrolling`, async () => {
      const { page, context } = await open(locale, { width: 320 });
      await page.getByText(t(locale, 'Apply')).first().waitFor();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      await page.screenshot({ path: `${RESULTS}/${locale}-320px.png`, fullPage: true });
      assert.ok(width <= 320, `page is ${width} px wide at a 320 px viewport`);
      await audit(page, `${locale}-320px-audit`);
      await context.close();
    });
  }

  test('forced colours keep focus visible', async () => {
    const { page, context } = await open('fi');
    await page.emulateMedia({ forcedColors: 'active' });
    await page.getByText(t('fi', 'Apply')).first().waitFor();
    await tabTo(page, { tag: 'a', text: t('fi', 'Apply') });
    const outline = await page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      const style = el ? getComputedStyle(el) : null;
      return style ? { style: style.outlineStyle, width: parseFloat(style.outlineWidth) } : null;
    });
    await page.screenshot({ path: `${RESULTS}/fi-forced-colours.png`, fullPage: true });
    assert.ok(
      outline && outline.style !== 'none' && outline.width >= 2,
      `focus outline in forced colours: ${JSON.stringify(outline)}`,
    );
    await context.close();
  });

  test('reduced motion stops the loading animation', async () => {
    const { page, context } = await open('fi');
    const running = async () =>
      page.evaluate(async () => {
        const el = document.createElement('koto-course-catalogue');
        el.setAttribute('api-base', '/mock-api/motion~hang/linkedevents/v1/');
        document.body.append(el);
        await new Promise((r) => setTimeout(r, 400));
        const count = el.shadowRoot?.getAnimations?.().length ?? document.getAnimations().length;
        el.remove();
        return count;
      });
    assert.ok((await running()) > 0, 'the skeleton animates normally');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    assert.equal(await running(), 0, 'no animation with reduced motion');
    await context.close();
  });
});
