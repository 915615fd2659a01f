// @ts-check
/**
 * Touch targets on a phone (issue #15, findings 7 and 10): the four flows on the demo page,
 * walked on a touch screen 360 and 320 px wide, in Finnish and in Arabic. In every state
 * passed through, every visible control of the element is at least 44 × 44 CSS px (WCAG
 * 2.5.5; 2.5.8 asks for 24) where a tap lands on it: for a radio button or a checkbox that
 * is the label around it, for anything else the control itself. Each box is also probed
 * with elementFromPoint, so a box that something else covers (or a gap that takes no tap)
 * does not count.
 *
 * Exempt, as WCAG 2.5.8 exempts them: a link inside running text (a sentence), whose height
 * is the line's. A link on a line of its own is an action and is measured.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { launchBrowser, startDemoServer } from './harness.mjs';
import { inShadow } from './elements.mjs';

/** @type {Awaited<ReturnType<typeof startDemoServer>>} */
let server;
/** @type {import('playwright-core').Browser} */
let browser;

before(async () => {
  server = await startDemoServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const MINIMUM = 44;
const WIDTHS = [360, 320];
const LOCALES = ['fi', 'ar'].filter((l) => existsSync(`xliff/${l}.xlf`));

/**
 * A phone: touch, no mouse, the page's meta viewport applies.
 * @param {string} locale
 * @param {string} [address] the query and fragment
 */
async function openPhone(locale, address = '') {
  const context = await browser.newContext({
    viewport: { width: WIDTHS[0] ?? 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}?lang=${locale}${address}`);
  await page.waitForLoadState('networkidle');
  return { page, context, errors };
}

/**
 * The controls of the elements `host` selects (their shadow roots and the shadow roots inside it) that are
 * smaller than the minimum, or that a tap in their box does not reach.
 * @param {import('playwright-core').Page} page
 * @param {string} host
 */
function undersized(page, host) {
  return page.evaluate(([host, minimum]) => {
    const CONTROLS =
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex="0"]';
    /** @param {ParentNode} root @returns {Element[]} */
    const controlsIn = (root) =>
      [...root.querySelectorAll('*')].flatMap((el) => [
        ...(el.matches(CONTROLS) ? [el] : []),
        ...(el.shadowRoot ? controlsIn(el.shadowRoot) : []),
      ]);
    /** What a tap at (x, y) lands on, looking into shadow roots. */
    const hitAt = (/** @type {number} */ x, /** @type {number} */ y) => {
      let el = document.elementFromPoint(x, y);
      for (let inner = el?.shadowRoot?.elementFromPoint(x, y); inner && inner !== el;) {
        el = inner;
        inner = el.shadowRoot?.elementFromPoint(x, y);
      }
      return el;
    };
    /** @param {Element} el */
    const blockOf = (el) => {
      let block = el.parentElement;
      while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
      return block;
    };
    const words = (/** @type {Element | null} */ el) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    /** @param {Element} el WCAG 2.5.8's "inline" exception: a link in a sentence. */
    const inRunningText = (el) =>
      el.localName === 'a' &&
      getComputedStyle(el).display === 'inline' &&
      words(blockOf(el)).length > words(el).length + 1;
    const describe = (/** @type {Element} */ el) =>
      `<${el.localName}${el.id ? `#${el.id}` : ''}${el.getAttribute('name') ? ` name=${el.getAttribute('name')}` : ''}${
        el.getAttribute('class') ? ` .${el.getAttribute('class')?.trim().split(/\s+/).join('.')}` : ''
      }> "${words(el).slice(0, 40)}"`;

    const roots = [...document.querySelectorAll(host)].map((el) => el.shadowRoot);
    if (!roots.length || !roots.every(Boolean)) return [`${host} is not rendered`];
    /** @type {string[]} */
    const offenders = [];
    for (const control of roots.flatMap((root) => (root ? controlsIn(root) : []))) {
      if (!control.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      if (control.closest('[aria-hidden="true"]') || inRunningText(control)) continue;
      const input = /** @type {HTMLInputElement} */ (control);
      const target =
        control.localName === 'input' && (input.type === 'radio' || input.type === 'checkbox')
          ? (control.closest('label') ?? control)
          : control;
      target.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
      const box = target.getBoundingClientRect();
      // Clipped to a pixel: text for screen readers only, not something to tap.
      if (box.width <= 1 || box.height <= 1) continue;
      const size = `${Math.round(box.width * 10) / 10}×${Math.round(box.height * 10) / 10}`;
      if (box.width < minimum - 0.01 || box.height < minimum - 0.01) {
        offenders.push(`${describe(control)}: ${size}${target !== control ? ' (its label)' : ''}`);
        continue;
      }
      // The middle and the middle of each edge (corners may be rounded off).
      const { left, right, top, bottom } = box;
      const [x, y] = [(left + right) / 2, (top + bottom) / 2];
      const points = [
        [x, y],
        [left + 3, y],
        [right - 3, y],
        [x, top + 3],
        [x, bottom - 3],
      ];
      for (const [px, py] of points) {
        const hit = hitAt(/** @type {number} */ (px), /** @type {number} */ (py));
        if (hit && (target.contains(hit) || control.contains(hit))) continue;
        offenders.push(
          `${describe(control)}: ${size}, but a tap at (${Math.round(px ?? 0)}, ${Math.round(py ?? 0)}) lands on ${
            hit ? describe(hit) : 'nothing'
          }`,
        );
        break;
      }
    }
    return offenders;
  }, /** @type {[string, number]} */ ([host, MINIMUM]));
}

/**
 * Measures each state at every phone width, and collects the offenders under its name.
 * @param {import('playwright-core').Page} page
 * @param {string} host
 */
function recorder(page, host) {
  /** @type {string[]} */
  const found = [];
  return {
    /** @param {string} state */
    async measure(state) {
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 740 });
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        for (const offender of await undersized(page, host)) found.push(`${width} px, ${state}: ${offender}`);
      }
      await page.setViewportSize({ width: WIDTHS[0] ?? 360, height: 740 });
    },
    /** @param {string} flow */
    check(flow) {
      assert.deepEqual(found, [], `${flow}: controls under ${MINIMUM}×${MINIMUM} px:\n${found.join('\n')}`);
    },
  };
}

for (const locale of LOCALES) {
  describe(`${locale}, touch screens ${WIDTHS.join(' and ')} px wide: every control is at least ${MINIMUM}×${MINIMUM} px`, () => {
    test('course catalogue: the filters, the list and a course opened', async () => {
      const { page, context, errors } = await openPhone(locale, '#courses');
      const host = 'koto-course-catalogue';
      const r = recorder(page, host);
      await inShadow(page, host, 'li.card:not(.skeleton-card) h3');
      // Filters behind a disclosure (on a narrow screen) are opened first.
      const filters = page.locator(`${host} button[aria-expanded="false"][aria-controls*="filter"]`);
      if (await filters.count()) await filters.first().tap();
      await r.measure('list');
      await page.locator(`${host} #f-open`).check();
      await page.waitForLoadState('networkidle');
      await page.locator(`${host} li.card button[aria-expanded="false"]`).first().tap();
      await inShadow(page, host, '.description, .details');
      await r.measure('a course opened, open courses only');
      r.check('course catalogue');
      assert.deepEqual(errors, []);
      await context.close();
    });

    test('enrolment form: from the course to the confirmation', async () => {
      // Course 6 is open, with seats.
      const { page, context, errors } = await openPhone(locale, '&course=porvoo:koto-06#enrol');
      const host = 'koto-enrolment-form';
      const r = recorder(page, host);
      const form = (/** @type {string} */ s) => page.locator(`${host} ${s}`);
      const next = async (/** @type {string} */ waitFor) => {
        await form('form .nav button[type="submit"]').tap();
        await inShadow(page, host, waitFor);
      };
      await inShadow(page, host, '#course-title');
      await r.measure('the course');
      await form('#start').tap();
      await inShadow(page, host, '#f-firstName');
      await next('.error-summary');
      await r.measure('step 1, with errors');
      for (const [id, value] of [
        ['f-firstName', 'Amina'],
        ['f-lastName', 'Yusuf'],
        ['f-dobDay', '15'],
        ['f-dobMonth', '3'],
        ['f-dobYear', '1990'],
        ['f-phone', '0401234567'],
      ])
        await form(`#${id}`).fill(/** @type {string} */ (value));
      await next('#f-nativeLanguage');
      await next('#f-finnishLevel-0[aria-invalid="true"]');
      await r.measure('step 2, with errors');
      await form('#f-nativeLanguage').selectOption('ar');
      await form('#f-finnishLevel-0').check();
      await form('#f-latinAlphabet-0').check();
      await form('#f-schoolYears').fill('9');
      await next('#f-employmentClient-0');
      await r.measure('step 3');
      for (const id of ['f-employmentClient-0', 'f-integrationPlan-0', 'f-timeOfDay-0']) await form(`#${id}`).check();
      await next('#f-interpreter-1');
      await r.measure('step 4');
      await form('#f-interpreter-1').check();
      await next('#f-consent');
      await r.measure('step 5, the answers to check');
      await form('#f-consent').check();
      await next('#done-title');
      await r.measure('sent');
      r.check('enrolment form');
      assert.deepEqual(errors, []);
      await context.close();
    });

    test('guidance booking: from the topic to the confirmation', async () => {
      const { page, context, errors } = await openPhone(locale, '#guidance');
      const host = 'koto-guidance-booking';
      const r = recorder(page, host);
      const booking = (/** @type {string} */ s) => page.locator(`${host} ${s}`);
      await inShadow(page, host, '#step-heading');
      await booking('form button[type="submit"]').tap();
      await inShadow(page, host, '#error-summary-heading');
      await r.measure('step 1, with errors');
      for (const name of ['resource', 'topic', 'mode']) await booking(`input[name="${name}"]`).first().check();
      await booking('input[type="checkbox"]').check();
      await inShadow(page, host, '#interpreter');
      await r.measure('step 1, with an interpreter');
      await booking('input[type="checkbox"]').uncheck();
      await booking('form button[type="submit"]').tap();
      await inShadow(page, host, 'button.slot');
      await r.measure('step 2, the week');
      await booking('button.slot').first().tap();
      await inShadow(page, host, '#name');
      await booking('form button[type="submit"]').tap();
      await inShadow(page, host, '[aria-invalid="true"]');
      await r.measure('step 3, with errors');
      await booking('#name').fill('Amina Yusuf');
      await booking('#phone').fill('040 123 4567');
      await booking('form button[type="submit"]').tap();
      await inShadow(page, host, 'a[download]');
      await r.measure('booked');
      r.check('guidance booking');
      assert.deepEqual(errors, []);
      await context.close();
    });

    test('contact card: the people and the offices', async () => {
      const { page, context, errors } = await openPhone(locale, '#contacts');
      const host = 'koto-contact-card';
      const r = recorder(page, host);
      // Both cards on the page (the second is compact) with their offices from PTV.
      await page.waitForFunction(
        (host) => [...document.querySelectorAll(host)].every((el) => el.shadowRoot?.querySelector('[part~="office"]')),
        host,
      );
      await r.measure('contacts');
      r.check('contact card');
      assert.deepEqual(errors, []);
      await context.close();
    });
  });
}
