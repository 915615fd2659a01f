import { css, unsafeCSS, type CSSResultOrNative } from 'lit';

/**
 * Styles every koto element shares: design tokens, a `:host` that survives a hostile page
 * stylesheet, buttons and inputs with big touch targets and visible focus, and the
 * helpers for screen-reader-only text. Components add theirs after these.
 *
 * Tokens (set them on the page or on the element):
 * - `--koto-color-primary` (default `#0b4f8a`): buttons, links, focus;
 * - `--koto-color-text` (`#1a1a1a`), `--koto-color-muted` (`#4a4a4a`), `--koto-color-bg` (`#fff`);
 * - `--koto-color-border` (`#767676`, 4.5:1 on white), `--koto-color-danger` (`#b00020`),
 *   `--koto-color-success` (`#1b6e20`), `--koto-color-warning-bg` (`#fff4ce`);
 * - `--koto-radius` (`0.375rem`), `--koto-font-family` (inherits the page's), `--koto-focus-ring`;
 * - `--koto-font-size` (`medium`: the reader's own browser setting).
 *
 * A page's `*` rule matches the host and outranks a normal `:host` rule; the important
 * ones in `:host` outrank the page's rules, even important ones (inside wins there). So
 * the text starts at the reader's own browser size (`medium`: their font-size setting,
 * zoom included) whatever the page's root or `*` size, the layout follows the interface
 * language whatever the page's CSS `direction`, and `--_koto-rem` carries that size to
 * every `rem` (see `pageProof`). The page's font family still reaches in.
 */
export const baseStyles = css`
  :host {
    --_primary: var(--koto-color-primary, #0b4f8a);
    --_text: var(--koto-color-text, #1a1a1a);
    --_muted: var(--koto-color-muted, #4a4a4a);
    --_bg: var(--koto-color-bg, #fff);
    --_border: var(--koto-color-border, #767676);
    --_danger: var(--koto-color-danger, #b00020);
    --_success: var(--koto-color-success, #1b6e20);
    --_warning-bg: var(--koto-color-warning-bg, #fff4ce);
    --_radius: var(--koto-radius, 0.375rem);
    --_focus: var(--koto-focus-ring, 0 0 0 3px #fff, 0 0 0 6px var(--_primary));
    display: block;
    box-sizing: border-box;
    font-family: var(--koto-font-family, inherit);
    font-size: var(--koto-font-size, medium) !important;
    --_koto-rem: 1em;
    line-height: 1.5 !important;
    color: var(--_text) !important;
    direction: ltr !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    font-style: normal !important;
    font-weight: 400 !important;
    white-space: normal !important;
    writing-mode: horizontal-tb !important;
  }
  :host([dir='rtl']) {
    direction: rtl !important;
  }
  :host(:dir(rtl)) {
    direction: rtl !important;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h2,
  h3,
  h4,
  p,
  ul,
  ol,
  dl,
  dd,
  fieldset {
    margin: 0;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  a {
    color: var(--_primary);
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  [tabindex]:focus-visible {
    outline: 3px solid transparent;
    box-shadow: var(--_focus);
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5rem;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding: 0.5rem 1rem;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary);
    color: #fff;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  .button.secondary {
    background: var(--_bg);
    color: var(--_primary);
  }
  .button[disabled],
  .button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  /* API text in another language than the interface: said discreetly, in the interface's. */
  .lang-note {
    display: inline-block;
    color: var(--_muted);
    font-size: 0.875rem;
    font-weight: 400;
    line-height: 1.4;
  }
  /* API text in Finnish, Swedish or English inside a right-to-left interface runs left to
     right on its own (its full stop stays at its end); every such element has a "lang". */
  [lang] {
    unicode-bidi: isolate;
  }
  :host([dir='rtl']) [lang]:not([lang=''], :lang(ar), :lang(fa), :lang(he), :lang(ur)) {
    direction: ltr;
  }
  :host(:dir(rtl)) [lang]:not([lang=''], :lang(ar), :lang(fa), :lang(he), :lang(ur)) {
    direction: ltr;
  }
  /* Chevrons point to the inline start ("back"); ".forward" to the end. Mirrored in
     right-to-left text: the element's own "dir", or (separate rule, so that an engine
     without :dir() keeps the first) a right-to-left page around it. */
  .chevron {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .chevron.forward {
    transform: scaleX(-1);
  }
  :host([dir='rtl']) .chevron {
    transform: scaleX(-1);
  }
  :host([dir='rtl']) .chevron.forward {
    transform: none;
  }
  :host(:dir(rtl)) .chevron {
    transform: scaleX(-1);
  }
  :host(:dir(rtl)) .chevron.forward {
    transform: none;
  }
  input:not([type='checkbox'], [type='radio']),
  select,
  textarea {
    min-block-size: 2.75rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    max-inline-size: 100%;
  }
  /* Phone numbers, e-mail addresses and web addresses are written left to right in every
     language; in right-to-left text they still line up with the other fields. */
  input:is([type='tel'], [type='email'], [type='url']) {
    direction: ltr;
  }
  :host([dir='rtl']) input:is([type='tel'], [type='email'], [type='url']) {
    text-align: right;
  }
  :host(:dir(rtl)) input:is([type='tel'], [type='email'], [type='url']) {
    text-align: right;
  }
  input[type='checkbox'],
  input[type='radio'] {
    /* Beside a long label a flex item would shrink below the 24 px target. */
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_primary);
  }
  .notice {
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-inline-start: 0.375rem solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .notice.error {
    border-inline-start-color: var(--_danger);
  }
  .notice.warning {
    background: var(--_warning-bg);
  }
  .skeleton {
    border-radius: var(--_radius);
    background: linear-gradient(90deg, #e8e8e8 25%, #f5f5f5 50%, #e8e8e8 75%) 0 0 / 200% 100%;
    animation: koto-shimmer 1.4s linear infinite;
  }
  @keyframes koto-shimmer {
    to {
      background-position: -200% 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
  @media print {
    :host {
      color: #000 !important;
    }
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    .button[disabled],
    .button[aria-disabled='true'] {
      border-color: GrayText;
      color: GrayText;
      opacity: 1;
    }
    .notice {
      border-color: CanvasText;
    }
    .skeleton {
      border: 1px solid CanvasText;
    }
    /* Forced colours drop box-shadow focus rings. ':host' makes this rule outrank an
       element's own ':focus { outline: none }' (on headings and notices focused by script). */
    :host :is(a, button, input, select, textarea, [tabindex]):focus-visible {
      outline: 3px solid Highlight;
    }
  }
`;

const REM = /(@container[^{]*)|(-?(?:\d+\.?\d*|\.\d+))rem\b/g;
let remRegistered: boolean | undefined;

/**
 * The page's root font size ('html { font-size: 62.5% }', 8 px, 24 px) must not shrink or
 * grow the elements: every 'rem' in their styles becomes a multiple of '--_koto-rem',
 * the host's own font size (registered as a length, so it inherits as pixels, not as
 * "1em"). In '@container' conditions, which take no 'var()', 'rem' becomes 'em' (the
 * container's size, itself inside the element). Run once per element class.
 */
export function pageProof(styles: CSSResultOrNative[]): CSSResultOrNative[] {
  if (remRegistered === undefined) {
    try {
      CSS.registerProperty({ name: '--_koto-rem', syntax: '<length>', inherits: true, initialValue: '16px' });
      remRegistered = true;
    } catch (error) {
      // Already registered (a second copy of the library on the page) is fine.
      remRegistered = error instanceof DOMException && error.name === 'InvalidModificationError';
    }
  }
  if (!remRegistered) return styles;
  return styles.map((style) =>
    style instanceof CSSStyleSheet
      ? style
      : unsafeCSS(
          style.cssText.replace(REM, (match: string, container?: string, n?: string) =>
            container ? container.replace(/(\d)rem\b/g, '$1em') : `calc(${n} * var(--_koto-rem))`,
          ),
        ),
  );
}
