// Do not modify this file by hand!
// Re-generate this file by running `npm run localize:build` (scripts/localize-split.mjs).

import type { LocaleModule } from '@lit/localize';
import type { targetLocales } from './locale-codes.js';

/**
 * The parts a locale's strings are split into: `common` (shared code and strings used by
 * more than one element) and one per component folder.
 */
export const localeParts = ['common', 'contact-card', 'course-catalogue', 'enrolment-form', 'guidance-booking'] as const;

export type LocalePart = (typeof localeParts)[number];

/** One static `import()` per locale and part: bundlers split each into its own file. */
export const localePartLoaders: Record<(typeof targetLocales)[number], Record<LocalePart, () => Promise<LocaleModule>>> = {
  "fi": {
    "common": () => import('./locales/fi/common.js'),
    "contact-card": () => import('./locales/fi/contact-card.js'),
    "course-catalogue": () => import('./locales/fi/course-catalogue.js'),
    "enrolment-form": () => import('./locales/fi/enrolment-form.js'),
    "guidance-booking": () => import('./locales/fi/guidance-booking.js'),
  },
  "sv": {
    "common": () => import('./locales/sv/common.js'),
    "contact-card": () => import('./locales/sv/contact-card.js'),
    "course-catalogue": () => import('./locales/sv/course-catalogue.js'),
    "enrolment-form": () => import('./locales/sv/enrolment-form.js'),
    "guidance-booking": () => import('./locales/sv/guidance-booking.js'),
  },
  "uk": {
    "common": () => import('./locales/uk/common.js'),
    "contact-card": () => import('./locales/uk/contact-card.js'),
    "course-catalogue": () => import('./locales/uk/course-catalogue.js'),
    "enrolment-form": () => import('./locales/uk/enrolment-form.js'),
    "guidance-booking": () => import('./locales/uk/guidance-booking.js'),
  },
  "ru": {
    "common": () => import('./locales/ru/common.js'),
    "contact-card": () => import('./locales/ru/contact-card.js'),
    "course-catalogue": () => import('./locales/ru/course-catalogue.js'),
    "enrolment-form": () => import('./locales/ru/enrolment-form.js'),
    "guidance-booking": () => import('./locales/ru/guidance-booking.js'),
  },
  "ar": {
    "common": () => import('./locales/ar/common.js'),
    "contact-card": () => import('./locales/ar/contact-card.js'),
    "course-catalogue": () => import('./locales/ar/course-catalogue.js'),
    "enrolment-form": () => import('./locales/ar/enrolment-form.js'),
    "guidance-booking": () => import('./locales/ar/guidance-booking.js'),
  },
};
