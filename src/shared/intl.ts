/**
 * `Intl` formatters, made once per kind, locale and options. Making one costs far more than
 * using it (ICU loads the locale's data each time; issue 18 found `new Intl.DisplayNames` per
 * call in the catalogue's render), and the elements ask for the same few again and again.
 * The key holds the locale as given, so one language's formatter never answers for another.
 * A constructor that throws (an unknown locale) caches nothing: the caller's `catch` runs as before.
 */
const made = new Map<string, object>();
/** Six interface languages, a few kinds and options each, and a language's name in itself for each listed language. */
const LIMIT = 128;

function cached<T extends object>(kind: string, locale: string, options: object | undefined, make: () => T): T {
  const key = `${kind}\u0000${locale}\u0000${options ? JSON.stringify(options) : ''}`;
  let value = made.get(key) as T | undefined;
  if (!value) {
    value = make();
    if (made.size >= LIMIT) made.delete(made.keys().next().value!);
    made.set(key, value);
  }
  return value;
}

export const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  cached('DateTimeFormat', locale, options, () => new Intl.DateTimeFormat(locale, options));

export const numberFormat = (locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat =>
  cached('NumberFormat', locale, options, () => new Intl.NumberFormat(locale, options));

export const listFormat = (locale: string, options?: Intl.ListFormatOptions): Intl.ListFormat =>
  cached('ListFormat', locale, options, () => new Intl.ListFormat(locale, options));

export const displayNames = (locale: string, options: Intl.DisplayNamesOptions): Intl.DisplayNames =>
  cached('DisplayNames', locale, options, () => new Intl.DisplayNames([locale], options));

export const collator = (locale: string, options?: Intl.CollatorOptions): Intl.Collator =>
  cached('Collator', locale, options, () => new Intl.Collator(locale, options));
