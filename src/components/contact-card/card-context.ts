/** What the card's template modules share: the element's settings for one render, and the card heading. */
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { nothing } from 'lit';
import type { PtvOrganization } from '../../api/ptv/schemas.js';
import { languageName, type Localised } from '../../api/ptv/contact.js';
import { contentLang } from '../../shared/content.js';
import { formatList } from '../../shared/format.js';
import type { Locale } from '../../shared/localization.js';

export interface CardContext {
  locale: Locale;
  direction: 'ltr' | 'rtl';
  /** The narrow layout: fewer details. */
  compact: boolean;
  /** The time of this render (milliseconds since the epoch), for "open now". */
  now: number;
  organisation: (id: string | undefined) => PtvOrganization | undefined;
}

/** A card's name as a heading of `level` (focusable, for the focus after a retry). */
export function headingTag(level: number, id: string, content: unknown, part: string) {
  const tag = unsafeStatic(`h${Math.min(6, level)}`);
  return staticHtml`<${tag} id=${id} class="name" part=${part} tabindex="-1">${content}</${tag}>`;
}

/** `lang` for API text when it is not the interface language. */
export function langOf(text: Localised | undefined, ctx: CardContext): string | typeof nothing {
  return contentLang(text, ctx.locale);
}

/** Languages by name in the interface language, as a list: "Finnish, Swedish, and English". */
export function languageList(codes: readonly string[], locale: Locale): string {
  return formatList(
    codes.map((c) => languageName(c, locale)),
    locale,
  );
}
