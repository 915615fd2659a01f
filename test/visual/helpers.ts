/**
 * Measuring what a learner sees: reflow, text spacing, target sizes, right-to-left
 * order and forced-colours rules, for the `test/visual/*.test.ts` specifications.
 */

/** WCAG 1.4.12: the spacing a reader's own stylesheet or bookmarklet may set. */
export const TEXT_SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p, li, dd { margin-block-end: 2em !important; }
`;

/** Adds the text-spacing overrides to the element's shadow root (where a page's styles cannot reach). */
export function applyTextSpacing(el: Element): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(TEXT_SPACING);
  const root = el.shadowRoot!;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** Elements a sighted user sees: not screen-reader-only text, not the bot trap, not empty. */
function visible(node: Element): boolean {
  if (node.closest('.visually-hidden, .hp, [hidden]')) return false;
  const r = node.getBoundingClientRect();
  const style = getComputedStyle(node);
  // The 1 px clipped box of text kept for screen readers only.
  if (style.clipPath !== 'none' && r.width <= 1) return false;
  return r.width > 0 && r.height > 0 && style.visibility !== 'hidden';
}

const describe = (e: Element) =>
  `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${[...e.classList].map((c) => `.${c}`).join('')}`;

/**
 * What sticks out of the host sideways, or scrolls sideways inside it: empty when the
 * element reflows. Checks the host and every visible element in its shadow root.
 */
export function horizontalOverflow(el: HTMLElement): string[] {
  const out: string[] = [];
  if (el.scrollWidth > el.clientWidth + 1) out.push(`host scrollWidth ${el.scrollWidth} > ${el.clientWidth}`);
  const host = el.getBoundingClientRect();
  for (const node of el.shadowRoot!.querySelectorAll('*')) {
    if (node instanceof SVGElement && !(node instanceof SVGSVGElement)) continue;
    if (!visible(node)) continue;
    const r = node.getBoundingClientRect();
    if (r.left < host.left - 1 || r.right > host.right + 1)
      out.push(`${describe(node)} at ${Math.round(r.left - host.left)}…${Math.round(r.right - host.left)}`);
    else if (node.clientWidth > 0 && node.scrollWidth > node.clientWidth + 1 && !(node instanceof HTMLSelectElement))
      out.push(`${describe(node)} scrolls: ${node.scrollWidth} > ${node.clientWidth}`);
  }
  return out;
}

const INTERACTIVE = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"]';

/**
 * Targets smaller than `min` px in either direction (WCAG 2.5.8), by the box the pointer
 * hits. A link inside a sentence is exempt (the spacing exception of 2.5.8).
 */
export function smallTargets(el: HTMLElement, min = 24, selector = INTERACTIVE): string[] {
  const out: string[] = [];
  for (const node of el.shadowRoot!.querySelectorAll(selector)) {
    if (!visible(node)) continue;
    if (node.matches('a:not(.button, .action, .map)') && node.parentElement?.closest('p, li, dd')) {
      const block = node.parentElement.closest('p, li, dd')!;
      if ((block.textContent ?? '').trim() !== (node.textContent ?? '').trim()) continue;
    }
    const r = node.getBoundingClientRect();
    if (r.width < min - 0.5 || r.height < min - 0.5)
      out.push(
        `${describe(node)} "${(node.textContent ?? '').trim().slice(0, 30)}" ${r.width.toFixed(1)}×${r.height.toFixed(1)}`,
      );
  }
  return out;
}

/** The horizontal position of a piece of text (by a DOM Range), to see which way it runs. */
export function xOf(textNodeParent: Element, fragment: string): number {
  const walker = document.createTreeWalker(textNodeParent, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = n.textContent!.indexOf(fragment);
    if (i < 0) continue;
    const range = document.createRange();
    range.setStart(n, i);
    range.setEnd(n, i + fragment.length);
    const r = range.getBoundingClientRect();
    return r.left + r.width / 2;
  }
  throw new Error(`"${fragment}" not found in ${describe(textNodeParent)}`);
}

/** The selectors of the element's rules inside `@media (forced-colors: active)`. */
export function forcedColorsSelectors(el: Element): string[] {
  return mediaRuleSelectors(el, 'forced-colors: active');
}

/** The selectors of the element's rules inside a `@media` whose condition mentions `condition`. */
export function mediaRuleSelectors(el: Element, condition: string): string[] {
  const out: string[] = [];
  const sheets = [...el.shadowRoot!.adoptedStyleSheets];
  for (const style of el.shadowRoot!.querySelectorAll('style')) if (style.sheet) sheets.push(style.sheet);
  for (const sheet of sheets)
    for (const rule of sheet.cssRules)
      if (rule instanceof CSSMediaRule && rule.conditionText.includes(condition))
        for (const inner of rule.cssRules) if (inner instanceof CSSStyleRule) out.push(inner.selectorText);
  return out;
}

/**
 * Lets the element's `@media (forced-colors: active)` rules apply as they would in Windows
 * high contrast, for measuring what wins the cascade (a focus outline …). The test runner
 * emulates that media feature in no engine here (Puppeteer, which drives Chromium and
 * Firefox, refuses it; WebDriver has no such command), so the element's sheets are
 * swapped for copies in which those rules apply unconditionally, in their place. The
 * colours the system forces are not simulated, only which rule wins.
 */
export function applyForcedColorsRules(el: Element): void {
  const root = el.shadowRoot!;
  const unconditional = (sheet: CSSStyleSheet) => {
    const copy = new CSSStyleSheet();
    const rules = [...sheet.cssRules].map((rule) =>
      rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active')
        ? [...rule.cssRules].map((inner) => inner.cssText).join('\n')
        : rule.cssText,
    );
    copy.replaceSync(rules.join('\n'));
    return copy;
  };
  root.adoptedStyleSheets = root.adoptedStyleSheets.map(unconditional);
}

/** Whether some forced-colours rule's selector mentions `part` (`.slot`, `:focus-visible` …). */
export function hasForcedColorsRule(el: Element, part: string): boolean {
  return forcedColorsSelectors(el).some((s) => s.replace(/"/g, "'").includes(part));
}

/** The engine under test: Chromium can emulate media features through the test runner. */
export const isChromium = () => navigator.userAgent.includes('Chrome/');
