/**
 * Picking the best translation of API content. Real municipal data is often
 * incomplete: a course may have only a Finnish name. The fallback order is the
 * interface language, then Finnish, Swedish, English, then anything there is; the
 * result says which language was shown, so the element can set `lang` on it.
 */

/** A text in the language it is written in. */
export interface LocalisedText {
  text: string;
  /** The language of `text` (set it as the `lang` attribute of the element that shows it). */
  lang: string;
}

/** A map of language code → text, as Linked Events and Respa send (`null` for a missing one). */
export type LocalisedMap = Readonly<Record<string, string | null | undefined>>;

export const FALLBACK_ORDER = ['fi', 'sv', 'en'] as const;

/** The best text for `locale`, or `undefined` when there is none at all. */
export function pickLocalised(map: LocalisedMap | null | undefined, locale: string): LocalisedText | undefined {
  if (!map) return undefined;
  const usable = (lang: string) => {
    const v = map[lang];
    return typeof v === 'string' && v.trim() !== '' ? v : undefined;
  };
  for (const lang of [locale, ...FALLBACK_ORDER]) {
    const text = usable(lang);
    if (text !== undefined) return { text, lang };
  }
  for (const lang of Object.keys(map).sort()) {
    const text = usable(lang);
    if (text !== undefined) return { text, lang: lang.replace('_', '-') };
  }
  return undefined;
}

/** PTV's `[{ value, language }]` lists as a language → text map. */
export function localisedMapFromList(
  list: readonly { value?: string | null; language?: string | null }[] | null | undefined,
): Record<string, string> {
  const map: Record<string, string> = {};
  for (const item of list ?? []) {
    const value = item.value?.trim();
    if (item.language && value && !(item.language in map)) map[item.language] = value;
  }
  return map;
}
