/**
 * Languages offered in lists (a learner's native language, an interpreter's language): the
 * usual ones of adult immigrants in the Porvoo region, named in the interface language by
 * `Intl`, and also in their own name, so that a learner with little Finnish finds "العربية"
 * beside "arabia"; the lists add "another language" themselves.
 */
import { formatList } from './format.js';
import { collator, displayNames } from './intl.js';
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

/** A listed language: its code, its name in the interface language, and what a list shows. */
export interface LanguageOption {
  code: string;
  /** The name in the interface language: "arabia". */
  name: string;
  /**
   * What a list shows: the name, then the language's own name when it differs, isolated
   * (U+2068…U+2069) so that a right-to-left name keeps its place in a left-to-right list and
   * the other way round: "arabia – ⁨العربية⁩".
   */
  label: string;
}

/** The language's name in itself (`ar` → "العربية"), when the browser knows it. */
function ownName(code: string): string | undefined {
  try {
    return displayNames(code, { type: 'language', fallback: 'none' }).of(code);
  } catch {
    return undefined;
  }
}

const cache = new Map<string, LanguageOption[]>();

/** The languages, sorted by their names in `locale`. */
export function languageOptions(locale: string): LanguageOption[] {
  let list = cache.get(locale);
  if (!list) {
    let names: Intl.DisplayNames | undefined;
    try {
      names = displayNames(locale, { type: 'language' });
    } catch {
      names = undefined;
    }
    list = CODES.map((code) => {
      const name = names?.of(code) ?? code;
      const own = ownName(code);
      const same = !own || own.toLocaleLowerCase(code) === name.toLocaleLowerCase(locale);
      return { code, name, label: same ? name : `${name} – \u2068${own}\u2069` };
    });
    const { compare } = collator(locale);
    list.sort((a, b) => compare(a.name, b.name));
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
    const name = displayNames('fi', { type: 'language' }).of(code);
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
