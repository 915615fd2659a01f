// @ts-check
/**
 * Keyboard-only driving of the demo page: Tab until the focused element (inside any
 * shadow root) matches, type, press keys. No clicks, as a keyboard user would.
 */
import { readFileSync } from 'node:fs';

/**
 * @typedef {{ id?: string, tag?: string, hrefIncludes?: string, text?: string, value?: string, name?: string, download?: boolean }} Target
 */

/**
 * What has focus, looking through shadow roots.
 * @param {import('playwright-core').Page} page
 */
export function focused(page) {
  return page.evaluate(() => {
    /** @type {Element | null} */
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return null;
    const input = /** @type {HTMLInputElement} */ (el);
    return {
      id: el.id,
      tag: el.tagName.toLowerCase(),
      href: el.getAttribute('href') ?? '',
      text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
      value: 'value' in el ? String(input.value) : '',
      name: el.getAttribute('name') ?? '',
      download: el.hasAttribute('download'),
      checked: 'checked' in el ? input.checked : false,
    };
  });
}

/**
 * @param {Awaited<ReturnType<typeof focused>>} f
 * @param {Target} target
 */
function matches(f, target) {
  if (!f) return false;
  return (
    (target.id === undefined || f.id === target.id) &&
    (target.tag === undefined || f.tag === target.tag) &&
    (target.hrefIncludes === undefined || f.href.includes(target.hrefIncludes)) &&
    (target.text === undefined || f.text.includes(target.text)) &&
    (target.value === undefined || f.value === target.value) &&
    (target.name === undefined || f.name === target.name) &&
    (target.download === undefined || f.download === target.download)
  );
}

/**
 * Presses Tab until the target has focus; fails when it is not reachable by keyboard.
 * @param {import('playwright-core').Page} page
 * @param {Target} target
 * @param {number} [max]
 */
export async function tabTo(page, target, max = 120) {
  for (let i = 0; i < max; i++) {
    if (matches(await focused(page), target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(
    `Not reachable with Tab: ${JSON.stringify(target)} (focus at ${JSON.stringify(await focused(page))})`,
  );
}

/**
 * Waits until the target has focus (after an action moved it).
 * @param {import('playwright-core').Page} page
 * @param {Target} target
 */
export async function expectFocus(page, target, timeout = 10_000) {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    if (matches(await focused(page), target)) return;
    await page.waitForTimeout(50);
  }
  throw new Error(`Focus did not reach ${JSON.stringify(target)} (at ${JSON.stringify(await focused(page))})`);
}

/**
 * In a radio group, moves with the arrow keys until the radio with `value` is chosen.
 * @param {import('playwright-core').Page} page
 * @param {string} name
 * @param {string} value
 * @param {'ltr' | 'rtl'} [dir]
 */
export async function chooseRadio(page, name, value, dir = 'ltr') {
  await tabTo(page, { tag: 'input', name });
  const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  for (let i = 0; i < 10; i++) {
    const f = await focused(page);
    if (f?.value === value && f.checked) return;
    if (f?.value === value) {
      await page.keyboard.press('Space');
      continue;
    }
    await page.keyboard.press(forward);
  }
  throw new Error(`Radio ${name}=${value} not chosen with the keyboard`);
}

/** @type {Map<string, Map<string, string>>} */
const catalogs = new Map();

/**
 * The interface text of an English source string in a locale, from the XLIFF files.
 * @param {string} locale
 * @param {string} english
 */
export function t(locale, english) {
  if (locale === 'en') return english;
  let catalog = catalogs.get(locale);
  if (!catalog) {
    catalog = new Map();
    const xml = readFileSync(`xliff/${locale}.xlf`, 'utf8');
    const unescape = (/** @type {string} */ s) =>
      s
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&');
    for (const m of xml.matchAll(/<source>([\s\S]*?)<\/source>\s*<target>([\s\S]*?)<\/target>/g)) {
      catalog.set(unescape(m[1] ?? ''), unescape(m[2] ?? ''));
    }
    catalogs.set(locale, catalog);
  }
  const text = catalog.get(english);
  if (text === undefined) throw new Error(`No ${locale} translation of "${english}"`);
  return text;
}
