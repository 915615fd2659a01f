/**
 * API content in another language than the interface, and text that must keep its
 * left-to-right order inside right-to-left text. Shared so that all four elements mark
 * and explain it the same way.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatList } from './format.js';
import { displayNames } from './intl.js';

/** Anything that says which language its text is in (`LocalisedText`, PTV's `Localised` …). */
export interface HasLang {
  lang?: string | undefined;
}

const primary = (tag: string) => tag.split(/[-_]/)[0]!.toLowerCase();

/** Whether `text` is in another language than the interface (`und`/empty counts as unknown, not other). */
function isOther(text: HasLang | undefined, locale: string): text is { lang: string } {
  return !!text?.lang && text.lang !== 'und' && primary(text.lang) !== primary(locale);
}

/**
 * The `lang` attribute for API text: left out when the text is in the interface
 * language; `''` (unknown) for `und`, so that a screen reader does not read it with the
 * interface language's voice by mistake.
 */
export function contentLang(text: HasLang | undefined, locale: string): string | typeof nothing {
  if (!text?.lang || primary(text.lang) === primary(locale)) return nothing;
  return text.lang === 'und' ? '' : text.lang;
}

/**
 * An API's text in a span marked with its language when that is not the interface's, and
 * isolated with its own direction (`dir="auto"`): in an Arabic line, Finnish data keeps its
 * order and its punctuation ("06100 Porvoo", not "Porvoo 06100"; a full stop at its end).
 */
export function textIn(text: HasLang & { text: string }, locale: string): TemplateResult {
  return html`<span lang=${contentLang(text, locale)} dir="auto">${text.text}</span>`;
}

/** A language's name in the interface language (`fi` → `suomi` in Finnish); the code if unknown. */
function nameOf(code: string, locale: string): string {
  try {
    return displayNames(locale, { type: 'language', fallback: 'none' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * A small, muted "Language: Finnish" after API text that is not in the interface
 * language (the municipality writes most of it in Finnish only), so that a learner who
 * cannot read it knows why and which language to paste into a translator. One note for
 * all the `texts` of a block; nothing when they are all in the interface language. It
 * must sit outside the element carrying the content's `lang`: it is in the interface's.
 */
export function languageNote(locale: string, ...texts: (HasLang | undefined)[]): TemplateResult | typeof nothing {
  const codes = [...new Set(texts.filter((t) => isOther(t, locale)).map((t) => t!.lang!))];
  if (!codes.length) return nothing;
  const names = formatList(
    codes.map((c) => nameOf(c, locale)),
    locale,
  );
  return html`<span class="lang-note" part="language-note">${msg(str`Language: ${names}`)}</span>`;
}

/**
 * Numbers, dates, times, phone numbers, e-mail addresses and postal codes keep their
 * left-to-right order in right-to-left text: `9.30–10.00` would otherwise show as
 * `10.00–9.30` in Arabic, `040 123 4567` as `4567 123 040`.
 */
export function ltr(value: unknown): TemplateResult {
  return html`<bdi dir="ltr">${value}</bdi>`;
}

const LRI = '\u2066';
const PDI = '\u2069';

/**
 * The same for values that go into a `msg()` string (no element possible there): Unicode
 * isolates, only in right-to-left text where they are needed. `open`/`close` let a
 * range whose dash is in the message (`${first}–${last}`) be isolated as a whole.
 */
export function isolateLtr(text: string, direction: 'ltr' | 'rtl', part: 'whole' | 'open' | 'close' = 'whole'): string {
  if (direction !== 'rtl') return text;
  return part === 'open' ? LRI + text : part === 'close' ? text + PDI : LRI + text + PDI;
}

/** A chevron pointing to the inline start ("back", "previous"), or with `forward` to the end; mirrored in RTL by the base styles. */
export function chevron(forward = false): TemplateResult {
  return html`<svg class="chevron ${forward ? 'forward' : ''}" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
    <path d="M10 3 5 8l5 5" />
  </svg>`;
}

/**
 * Words a service wrote itself (`apiWords` in errors.ts). In another language than the
 * interface (Finnish, for a Ukrainian, Russian or Arabic page) they are marked with it, after
 * a sentence of ours that says whose words they are, and followed by "Language: Finnish".
 * (`bdi`: in an Arabic line, the Finnish sentence keeps its full stop at its end.)
 */
export function serviceWords(words: HasLang & { text: string }, locale: string): string | TemplateResult {
  const lang = contentLang(words, locale);
  if (lang === nothing) return words.text;
  return html`${msg('Message from the service:')} <bdi lang=${lang}>${words.text}</bdi> ${languageNote(locale, words)}`;
}
