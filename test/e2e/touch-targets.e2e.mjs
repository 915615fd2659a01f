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
 *
 * Also: in forced colours (Windows high contrast, dark and light), a hovered free time of
 * the booking stays readable.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { RESULTS, useDemoPage } from './harness.mjs';
import { inShadow } from './elements.mjs';

const env = useDemoPage();

const MINIMUM = 44;
const WIDTHS = [360, 320];
const LOCALES = ['fi', 'ar'].filter((l) => existsSync(`xliff/${l}.xlf`));

/**
 * A phone: touch, no mouse, the page's meta viewport applies.
 * @param {string} locale
 * @param {string} [address] the query and fragment
 */
async function openPhone(locale, address = '') {
  const context = await env.browser.newContext({
    viewport: { width: WIDTHS[0] ?? 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${env.server.url}?lang=${locale}${address}`);
  await page.waitForLoadState('networkidle');
  return { page, context, errors };
}

/**
 * How many controls the elements `host` selects show (in their shadow roots and those
 * inside them), and those smaller than the minimum or that a tap in their box misses.
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
    /** @type {string[]} */
    const offenders = [];
    let measured = 0;
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
      measured++;
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
    return { measured, offenders };
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
        const { measured, offenders } = await undersized(page, host);
        assert.ok(measured > 0, `${width} px, ${state}: no controls found in ${host}`);
        for (const offender of offenders) found.push(`${width} px, ${state}: ${offender}`);
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

/**
 * How much of the box of an element's visible text (its text nodes, not the screen-reader
 * only ones) is in a colour that stands out (3:1) from the box's most common colour: the
 * share of the text's own pixels, as the screen shows them. Computed colours cannot tell,
 * because Chromium paints forced-colour text on a backplate of the Canvas colour.
 * @param {import('playwright-core').Page} page
 * @param {import('playwright-core').Locator} element
 */
async function inkShare(page, element) {
  const clip = await element.evaluate((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim() || node.parentElement?.closest('.visually-hidden')) continue;
      range.selectNodeContents(node);
      const r = range.getBoundingClientRect();
      [left, top, right, bottom] = [
        Math.min(left, r.left),
        Math.min(top, r.top),
        Math.max(right, r.right),
        Math.max(bottom, r.bottom),
      ];
    }
    // Inside the edges, where the text's background is (not the element's border).
    return { x: left + 1, y: top + 2, width: right - left - 2, height: bottom - top - 4 };
  });
  const png = await page.screenshot({ clip });
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = /** @type {OffscreenCanvasRenderingContext2D} */ (canvas.getContext('2d'));
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    const linear = (/** @type {number} */ c) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    /** @type {number[]} */
    const luminances = [];
    /** @type {Map<number, number>} */
    const counts = new Map();
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
      luminances.push(0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b));
      const key = (r << 16) | (g << 8) | b;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const common = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
    const ground = 0.2126 * linear(common >> 16) + 0.7152 * linear((common >> 8) & 255) + 0.0722 * linear(common & 255);
    const contrast = (/** @type {number} */ l) => (Math.max(l, ground) + 0.05) / (Math.min(l, ground) + 0.05);
    return luminances.filter((l) => contrast(l) >= 3).length / luminances.length;
  }, png.toString('base64'));
}

describe('forced colours (Windows high contrast): hovered and current states stay readable', () => {
  for (const colorScheme of /** @type {const} */ (['dark', 'light'])) {
    /** @param {string} address */
    const open = async (address) => {
      const context = await env.browser.newContext({ viewport: { width: 1100, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${env.server.url}?lang=fi${address}`);
      await page.emulateMedia({ forcedColors: 'active', colorScheme });
      return { page, context };
    };

    test(`${colorScheme}: the booking's hovered free time`, async () => {
      const { page, context } = await open('#guidance');
      const host = 'koto-guidance-booking';
      for (const name of ['resource', 'topic', 'mode'])
        await page.locator(`${host} input[name="${name}"]`).first().check();
      await page.locator(`${host} form button[type="submit"]`).click();
      const slot = page.locator(`${host} button.slot`).first();
      await slot.hover();
      const style = await slot.evaluate((el) => {
        const s = getComputedStyle(el);
        return { color: s.color, background: s.backgroundColor };
      });
      assert.notEqual(style.color, style.background, 'text colour and background colour of a hovered time');
      const share = await inkShare(page, slot);
      await slot.screenshot({ path: `${RESULTS}/forced-colours-${colorScheme}-hovered-time.png` });
      assert.ok(share >= 0.05, `the hovered time's text is ${Math.round(share * 100)} % of its box`);
      await context.close();
    });

    test(`${colorScheme}: the enrolment form's current step`, async () => {
      const { page, context } = await open('&course=porvoo:koto-06#enrol');
      const host = 'koto-enrolment-form';
      await page.locator(`${host} #start`).click();
      const current = page.locator(`${host} .steps .current .step-number`);
      await current.waitFor();
      const share = await inkShare(page, current);
      assert.ok(share >= 0.05, `the current step's number is ${Math.round(share * 100)} % of its box`);
      await context.close();
    });
  }
});
