/**
 * Languages offered in lists (a learner's native language, an interpreter's language): the
 * usual ones of adult immigrants in the Porvoo region, named in the interface language by
 * `Intl`; the lists add "another language" themselves.
 */
import { formatList } from './format.js';
const CODES = [
  'am',
  'ar',
  'bg',
  'de',
  'en',
  'es',
  'et',
  'fa',
  'fi',
  'fr',
  'ku',
  'lt',
  'lv',
  'my',
  'ne',
  'pl',
  'ps',
  'pt',
  'ro',
  'ru',
  'so',
  'sq',
  'sv',
  'th',
  'ti',
  'tl',
  'tr',
  'uk',
  'ur',
  'vi',
  'zh',
];

const cache = new Map<string, { code: string; name: string }[]>();

/** The languages, sorted by their names in `locale`. */
export function languageOptions(locale: string): { code: string; name: string }[] {
  let list = cache.get(locale);
  if (!list) {
    let names: Intl.DisplayNames | undefined;
    try {
      names = new Intl.DisplayNames([locale], { type: 'language' });
    } catch {
      names = undefined;
    }
    list = CODES.map((code) => ({ code, name: names?.of(code) ?? code }));
    const collator = new Intl.Collator(locale);
    list.sort((a, b) => collator.compare(a.name, b.name));
    cache.set(locale, list);
  }
  return list;
}

/** Whether `code` is one of the listed languages (not "another language", not a name someone wrote). */
export function isListedLanguage(code: string): boolean {
  return CODES.includes(code);
}

export function languageName(code: string, locale: string): string {
  return languageOptions(locale).find((l) => l.code === code)?.name ?? code;
}

/** A language's name in Finnish (`arabia`), for the staff. */
export function finnishLanguageName(code: string): string {
  try {
    const name = new Intl.DisplayNames(['fi'], { type: 'language' }).of(code);
    return name && name !== code ? name : code;
  } catch {
    return code;
  }
}

/** Languages named in the interface language and joined as a list: "Finnish and Swedish". */
export function languageListText(codes: readonly string[], locale: string): string | undefined {
  if (!codes.length) return undefined;
  return formatList(
    codes.map((code) => languageName(code, locale)),
    locale,
  );
}
