// @ts-check
/**
 * Style isolation: a page with aggressive global CSS (Bootstrap's stylesheet, plus
 * `* { font: 30px serif; box-sizing: content-box }`) does not break the elements. Their
 * primary actions keep 44 px targets, nothing overflows sideways at 320 px, their own
 * colours and borders stay theirs, and they still work. Run after `npm run build`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useStaticPages } from './harness.mjs';
import { exercise } from './elements.mjs';

const HOSTILE_CSS = '* { font: 30px serif; box-sizing: content-box }';
const HOSTS = ['koto-course-catalogue', 'koto-enrolment-form', 'koto-guidance-booking', 'koto-contact-card'];

const env = useStaticPages();

/**
 * Loads the page of all four elements, optionally under the hostile styles, at `width`.
 * @param {{ hostile: boolean, width: number }} options
 */
async function measure({ hostile, width }) {
  const page = await env.browser.newPage({ viewport: { width, height: 800 } });
  try {
    await page.goto(`${env.server.url}styled.html`);
    if (hostile) {
      await page.addStyleTag({ path: 'node_modules/bootstrap/dist/css/bootstrap.min.css' });
      await page.addStyleTag({ content: HOSTILE_CSS });
    }
    await exercise(page);
    await page.waitForTimeout(200);
    return await page.evaluate((hosts) => {
      const out = { targets: /** @type {string[]} */ ([]), overflow: /** @type {string[]} */ ([]), looks: {} };
      const pageWide = document.documentElement.scrollWidth > window.innerWidth + 1;
      if (pageWide) out.overflow.push(`page: ${document.documentElement.scrollWidth} > ${window.innerWidth}`);
      for (const host of hosts) {
        const el = /** @type {HTMLElement} */ (document.querySelector(host));
        const root = /** @type {ShadowRoot} */ (el.shadowRoot);
        const hostBox = el.getBoundingClientRect();
        if (hostBox.right > window.innerWidth + 1) out.overflow.push(`${host}: right edge ${hostBox.right}`);
        // Primary actions: buttons styled as buttons, submit buttons and time slots.
        for (const b of root.querySelectorAll('.button, button[type="submit"], button.slot')) {
          const r = b.getBoundingClientRect();
          if (!r.width || !r.height) continue; // not shown
          if (r.height < 44 || r.width < 44)
            out.targets.push(
              `${host} ${b.textContent?.trim().slice(0, 30)}: ${r.width.toFixed(0)}×${r.height.toFixed(0)}`,
            );
          if (r.right > hostBox.right + 1 || r.left < hostBox.left - 1)
            out.overflow.push(`${host} ${b.textContent?.trim().slice(0, 30)} sticks out`);
        }
        for (const n of root.querySelectorAll('h2, h3, p, label, dd, li')) {
          // Hidden on purpose (the bot trap, text for screen readers only).
          if (n.closest('[aria-hidden="true"], .visually-hidden')) continue;
          const r = n.getBoundingClientRect();
          if (r.width && (r.right > hostBox.right + 1 || r.left < hostBox.left - 1))
            out.overflow.push(`${host} <${n.localName}> ${n.textContent?.trim().slice(0, 30)} sticks out`);
        }
        const button = root.querySelector('.button, button[type="submit"]');
        const style = button ? getComputedStyle(button) : undefined;
        // @ts-expect-error plain object
        out.looks[host] = style && {
          color: style.color,
          background: style.backgroundColor,
          border: `${style.borderTopStyle} ${style.borderTopColor}`,
          cursor: style.cursor,
          boxSizing: style.boxSizing,
        };
      }
      return out;
    }, HOSTS);
  } finally {
    await page.close();
  }
}

for (const width of [390, 320]) {
  test(`at ${width} px: Bootstrap and a hostile * rule break no target, overflow or look`, async () => {
    const plain = await measure({ hostile: false, width });
    const hostile = await measure({ hostile: true, width });
    assert.deepEqual(plain.targets, [], 'plain page: small targets');
    assert.deepEqual(plain.overflow, [], 'plain page: overflow');
    assert.deepEqual(hostile.targets, [], 'hostile page: small targets');
    assert.deepEqual(hostile.overflow, [], 'hostile page: overflow');
    assert.deepEqual(hostile.looks, plain.looks, 'the elements keep their own look');
  });
}
