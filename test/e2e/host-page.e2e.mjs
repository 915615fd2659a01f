// @ts-check
/**
 * Any host page: on a CMS theme with normalize.css-like rules, Bootstrap 5's reboot and a
 * theme's `* { font-size: 11px; line-height: 1 }` and `body { direction: rtl }`
 * (test/e2e/pages/hostile.css), at 8 px, 62.5 % and 24 px roots, all four elements show
 * their text at the sizes they have on a plain page (the reader's own browser size), keep
 * 44 px controls, lay out left to right in Finnish, show a focus ring, and still take the
 * documented theming hooks. The reader's browser font-size setting still scales them.
 * Run after `npm run build`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useStaticPages } from './harness.mjs';
import { inShadow } from './elements.mjs';

const HOSTS = ['koto-course-catalogue', 'koto-enrolment-form', 'koto-guidance-booking', 'koto-contact-card'];
const READY = {
  'koto-course-catalogue': 'li.card:not(.skeleton-card) h3',
  'koto-enrolment-form': '#course-title',
  'koto-guidance-booking': '#step-heading',
  'koto-contact-card': '[part~="office"] h2, [part~="office"] h3',
};
const REBOOT = 'node_modules/bootstrap/dist/css/bootstrap-reboot.min.css';
const BLUE = 'rgb(0, 80, 158)';
const THEME = `
  koto-course-catalogue, koto-enrolment-form, koto-guidance-booking, koto-contact-card {
    --koto-color-primary: ${BLUE};
    --koto-font-size: 20px;
    --koto-font-family: monospace;
  }
  koto-course-catalogue::part(card) { border-inline-start: 6px solid ${BLUE}; }`;

const env = useStaticPages();

/**
 * Loads the four elements in Finnish and measures each.
 * @param {{ hostile: boolean, root?: string, theme?: boolean, userSize?: number }} options
 */
async function measure({ hostile, root, theme, userSize }) {
  const page = await env.browser.newPage({ viewport: { width: 390, height: 900 } });
  try {
    if (userSize) {
      // The reader's own "font size" setting in the browser.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: userSize } });
    }
    if (!hostile) await page.route('**/hostile.css', (r) => r.fulfill({ contentType: 'text/css', body: '' }));
    await page.goto(`${env.server.url}hostile.html`);
    if (hostile) {
      await page.addStyleTag({ path: REBOOT });
      await page.addStyleTag({ path: 'test/e2e/pages/hostile.css' }); // again, after the reboot
    }
    if (root) await page.addStyleTag({ content: `html { font-size: ${root} !important }` });
    if (theme) await page.addStyleTag({ content: THEME });
    for (const host of HOSTS) await inShadow(page, host, READY[host]);
    const focus = {};
    for (const host of HOSTS) {
      // Into the element with the keyboard: its first control, then back out and in again.
      await page.evaluate((h) => {
        const first = document.querySelector(h)?.shadowRoot?.querySelector('button, input, select, a[href]');
        /** @type {HTMLElement} */ (first).focus();
      }, host);
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      // @ts-expect-error plain object
      focus[host] = await page.evaluate((h) => {
        const active = document.querySelector(h)?.shadowRoot?.activeElement;
        if (!active) return 'nothing focused inside';
        return { visible: active.matches(':focus-visible'), ring: getComputedStyle(active).boxShadow };
      }, host);
    }
    const measured = await page.evaluate((hosts) => {
      const px = (/** @type {string} */ v) => Math.round(parseFloat(v) * 100) / 100;
      const out = {};
      for (const host of hosts) {
        const el = /** @type {HTMLElement} */ (document.querySelector(host));
        const root = /** @type {ShadowRoot} */ (el.shadowRoot);
        const all = [...root.querySelectorAll('*')];
        const shown = (/** @type {Element} */ n) =>
          !n.closest('[aria-hidden="true"], .visually-hidden') && n.getBoundingClientRect().width > 0;
        // Every size text is shown at (elements with text of their own).
        const textSizes = new Set();
        for (const n of all)
          if (shown(n) && [...n.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent?.trim()))
            textSizes.add(px(getComputedStyle(n).fontSize));
        const small = [];
        for (const n of root.querySelectorAll(
          '.button, button[type="submit"], button.slot, input:not([type="checkbox"], [type="radio"], [type="hidden"]), select',
        )) {
          const r = n.getBoundingClientRect();
          if (r.width && r.height < 44) small.push(`${n.localName}.${n.className}: ${r.height.toFixed(1)} px`);
        }
        const primary = [...root.querySelectorAll('.button:not(.secondary), button[type="submit"]')].find(shown);
        const card = root.querySelector('[part~="card"]');
        // @ts-expect-error plain object
        out[host] = {
          font: px(getComputedStyle(el).fontSize),
          family: getComputedStyle(all[0] ?? el).fontFamily,
          textSizes: [...textSizes].sort((a, b) => a - b),
          small,
          rtl: all
            .filter((n) => shown(n) && getComputedStyle(n).direction === 'rtl')
            .map((n) => n.localName)
            .slice(0, 5),
          hostDirection: getComputedStyle(el).direction,
          primary: primary && getComputedStyle(primary).backgroundColor,
          cardBorder: card && getComputedStyle(card).borderInlineStartWidth,
        };
      }
      return out;
    }, HOSTS);
    return { measured, focus };
  } finally {
    await page.close();
  }
}

/** @type {Awaited<ReturnType<typeof measure>>} */ let plain;

test('on a plain page: the baseline (Finnish, left to right, 16 px text, 44 px controls)', async () => {
  plain = await measure({ hostile: false });
  for (const host of HOSTS) {
    const m = plain.measured[host];
    assert.equal(m.font, 16, `${host}: text starts at the browser's 16 px`);
    assert.deepEqual(m.small, [], `${host}: controls under 44 px`);
    assert.equal(m.hostDirection, 'ltr', host);
    assert.ok(m.textSizes.length > 0, `${host}: shows text`);
  }
});

for (const root of ['8px', '62.5%', '24px']) {
  test(`root ${root}, normalize, Bootstrap reboot and * { font-size: 11px }, body { direction: rtl }`, async () => {
    assert.ok(plain, 'the baseline ran');
    const { measured, focus } = await measure({ hostile: true, root });
    for (const host of HOSTS) {
      const m = measured[host];
      assert.equal(m.font, 16, `${host}: text starts at the reader's size, not the page's`);
      assert.deepEqual(m.textSizes, plain.measured[host].textSizes, `${host}: text sizes as on a plain page`);
      assert.ok(m.textSizes[0] >= 12, `${host}: smallest text ${m.textSizes[0]} px`);
      assert.deepEqual(m.small, [], `${host}: controls under 44 px`);
      assert.equal(m.hostDirection, 'ltr', `${host}: Finnish lays out left to right`);
      assert.deepEqual(m.rtl, [], `${host}: nothing inside runs right to left`);
      assert.deepEqual(m.primary, plain.measured[host].primary, `${host}: its own button colour`);
      assert.deepEqual(focus[host], plain.focus[host], `${host}: the focus ring`);
      // @ts-expect-error plain object
      assert.equal(focus[host].visible, true, `${host}: focus is visible`);
      // @ts-expect-error plain object
      assert.match(focus[host].ring, /rgb\(11, 79, 138\)/, `${host}: the ring is in the primary colour`);
    }
  });
}

test('on the hostile page, the theming hooks still work: tokens and ::part()', async () => {
  const { measured, focus } = await measure({ hostile: true, root: '62.5%', theme: true });
  for (const host of HOSTS) {
    const m = measured[host];
    assert.equal(m.font, 20, `${host}: --koto-font-size`);
    assert.match(m.family, /monospace/, `${host}: --koto-font-family`);
    if (m.primary) assert.equal(m.primary, BLUE, `${host}: --koto-color-primary on its button`);
    // @ts-expect-error plain object
    assert.match(focus[host].ring, /rgb\(0, 80, 158\)/, `${host}: --koto-color-primary on the focus ring`);
    assert.deepEqual(m.small, [], `${host}: controls under 44 px`);
  }
  assert.equal(measured['koto-course-catalogue'].cardBorder, '6px', '::part(card)');
});

test("the reader's env.browser font-size setting (20 px) still scales the elements on the hostile page", async () => {
  const { measured } = await measure({ hostile: true, root: '8px', userSize: 20 });
  for (const host of HOSTS) {
    const m = measured[host];
    assert.equal(m.font, 20, host);
    const expected = plain.measured[host].textSizes.map((s) => Math.round(s * 1.25 * 100) / 100);
    assert.deepEqual(m.textSizes, expected, `${host}: every text size grows by 20/16`);
  }
});
