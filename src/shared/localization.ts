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

export type Locale = (typeof allLocales)[number];
type TargetLocale = (typeof targetLocales)[number];

/** The locales the interface is fully translated to. */
export const locales: readonly Locale[] = allLocales;

/** The locale used when no `lang` is found anywhere: Porvoo's first official language. */
export const defaultLocale: Locale = 'fi';

// A static map of `import()` calls: bundlers split each locale into its own file, and
// template-string imports 404 under the test runner's esbuild plugin.
const loaders: Record<TargetLocale, () => Promise<LocaleModule>> = {
  fi: () => import('../generated/locales/fi.js'),
  sv: () => import('../generated/locales/sv.js'),
  uk: () => import('../generated/locales/uk.js'),
  ru: () => import('../generated/locales/ru.js'),
  ar: () => import('../generated/locales/ar.js'),
};

const loaded = new Map<Locale, LocaleModule>();
const loading = new Map<Locale, Promise<void>>();
let current: Locale = sourceLocale;

configureReentrantLocalization({
  sourceLocale,
  targetLocales: [...targetLocales],
  getLocale: () => current,
  loadLocaleSync: (locale) => loaded.get(locale as Locale),
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

/** Whether `msg()` can answer in `locale` now, without waiting. */
export function isLocaleReady(locale: Locale): boolean {
  return locale === sourceLocale || loaded.has(locale);
}

/** Loads a locale's strings once; later calls share the same promise. */
export function loadLocale(locale: Locale): Promise<void> {
  if (isLocaleReady(locale)) return Promise.resolve();
  let promise = loading.get(locale);
  if (!promise) {
    promise = loaders[locale as TargetLocale]().then(
      (module) => {
        loaded.set(locale, module);
      },
      (error: unknown) => {
        // A failed chunk load (flaky network) must not poison later tries.
        loading.delete(locale);
        throw error;
      },
    );
    loading.set(locale, promise);
  }
  return promise;
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
