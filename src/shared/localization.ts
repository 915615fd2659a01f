/**
 * Per-element localisation on top of @lit/localize.
 *
 * Every string is written as `msg('…')` and extracted by `lit-localize`. Unlike the
 * usual one-locale-per-page runtime mode, each koto element renders in its *own*
 * locale (its `lang`, an ancestor's, or `<html lang>`): CMS pages mix languages, and
 * a Swedish box on a Finnish page must stay Swedish. @lit/localize's re-entrant mode
 * asks us for the current locale on every `msg()` call; the base element sets it
 * around its render with `withLocale()`.
 */
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import type { LocaleModule } from '@lit/localize';
import { allLocales, sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { localePartLoaders, localeParts, type LocalePart } from '../generated/locale-parts.js';

export type Locale = (typeof allLocales)[number];
type TargetLocale = (typeof targetLocales)[number];
export type { LocalePart };

/** The locales the interface is fully translated to. */
export const locales: readonly Locale[] = allLocales;

/** The locale used when no `lang` is found anywhere: Porvoo's first official language. */
export const defaultLocale: Locale = 'fi';

// Each locale's strings are split into parts (`common` and one per element, see
// scripts/localize-split.mjs), so an element loads only its own. The parts loaded so far
// are merged into one table per locale, which `msg()` reads. The tables are keyed by the
// first 9 characters of lit-localize's ids (`s` or `h` and 8 of 16 hex digits, unique: the
// split checks): `msg()` asks for the full id, and the proxy looks it up by its start (issue 18:
// the hashes were a fifth of the gzip bytes of the strings).
const SHORT = 9;
const tables = new Map<Locale, Record<string, unknown>>();
const modules = new Map<Locale, LocaleModule>();
const loadedParts = new Map<Locale, Set<LocalePart>>();
const loading = new Map<string, Promise<void>>();
let current: Locale = sourceLocale;

configureReentrantLocalization({
  sourceLocale,
  targetLocales: [...targetLocales],
  getLocale: () => current,
  loadLocaleSync: (locale) => modules.get(locale as Locale),
});

/** Runs `fn` with `msg()` answering in `locale`. */
export function withLocale<T>(locale: Locale, fn: () => T): T {
  const previous = current;
  current = locale;
  try {
    return fn();
  } finally {
    current = previous;
  }
}

/** Whether `msg()` can answer in `locale` now, without waiting, for strings of `parts` (default: all). */
export function isLocaleReady(locale: Locale, parts: readonly LocalePart[] = localeParts): boolean {
  if (locale === sourceLocale) return true;
  const have = loadedParts.get(locale);
  return !!have && parts.every((part) => have.has(part));
}

function loadPart(locale: TargetLocale, part: LocalePart): Promise<void> {
  const key = `${locale}/${part}`;
  let promise = loading.get(key);
  if (!promise) {
    promise = localePartLoaders[locale][part]().then(
      (module) => {
        let table = tables.get(locale);
        if (!table) {
          const t: Record<string, unknown> = (table = {});
          tables.set(locale, t);
          const lookUp = {
            get: (_: unknown, id: unknown) => (typeof id === 'string' ? t[id.slice(0, SHORT)] : undefined),
          };
          modules.set(locale, { templates: new Proxy(t, lookUp) } as LocaleModule);
        }
        Object.assign(table, module.templates);
        let have = loadedParts.get(locale);
        if (!have) loadedParts.set(locale, (have = new Set()));
        have.add(part);
      },
      (error: unknown) => {
        // A failed chunk load (flaky network) must not poison later tries.
        loading.delete(key);
        throw error;
      },
    );
    loading.set(key, promise);
  }
  return promise;
}

/** Loads a locale's strings of `parts` (default: all) once; later calls share the same promises. */
export function loadLocale(locale: Locale, parts: readonly LocalePart[] = localeParts): Promise<void> {
  if (isLocaleReady(locale, parts)) return Promise.resolve();
  const have = loadedParts.get(locale);
  return Promise.all(
    parts.filter((part) => !have?.has(part)).map((part) => loadPart(locale as TargetLocale, part)),
  ).then(() => undefined);
}

/**
 * Maps a BCP 47 tag to a supported locale by its primary language: `fi-FI` → `fi`,
 * `sv-FI` → `sv`, `en-GB` → `en`, `uk-UA` → `uk`, `ru-RU` → `ru`, `ar-SA` → `ar`; anything
 * else falls back to English, the most widely read by learners who read none of the
 * others; an empty tag gives `defaultLocale`.
 */
export function matchLocale(tag: string | null | undefined): Locale {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (!primary) return defaultLocale;
  if ((locales as readonly string[]).includes(primary)) return primary as Locale;
  return 'en';
}

const RTL = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'ckb']);

/** The writing direction of a language. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  return RTL.has(locale.split(/[-_]/)[0]!.toLowerCase()) ? 'rtl' : 'ltr';
}

/** The direction set by the nearest `dir` attribute from `node` up (crossing shadow roots); `ltr` without one. */
export function findDir(node: Node | null): 'ltr' | 'rtl' {
  while (node) {
    if (node instanceof Element) {
      const dir = node.getAttribute('dir');
      if (dir === 'rtl' || dir === 'ltr') return dir;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'ltr';
}

/** The nearest `lang` attribute from `el` up, crossing shadow roots; `<html lang>` last. */
export function findLang(el: Element): string {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return document.documentElement.lang;
}
