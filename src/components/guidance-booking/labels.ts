/** The booking's words for what the learner chose and for dates, in the interface language. */
import { msg } from '@lit/localize';
import { pickLocalised, type LocalisedText } from '../../api/localised.js';
import type { Localised } from '../../api/respa/resource.js';
import { isolateLtr, languageNote, textIn } from '../../shared/content.js';
import { formatDate, formatDayMonth, formatWeekday } from '../../shared/format.js';
import type { Locale } from '../../shared/localization.js';
import type { IsoDate } from '../../shared/time.js';
import type { Mode, Topic } from './booking-description.js';
import { noonOf } from './week.js';

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** A localised API text in the interface language, else fi → sv → en → any; with its language. */
export function pick(value: Localised, locale: Locale): LocalisedText {
  return pickLocalised(value, locale) ?? { text: '', lang: locale };
}

/** A localised API text, marked with its own language when that is not the interface's. */
export function localised(value: Localised, locale: Locale) {
  return textIn(pick(value, locale), locale);
}

/** "Language: Finnish" when a resource's name or description is not in the interface language. */
export function languageNoteOf(locale: Locale, ...values: Localised[]) {
  return languageNote(locale, ...values.map((v) => pickLocalised(v, locale)));
}

/** "Tuesday 2.9." */
export function dayLabel(date: IsoDate, locale: Locale, direction: 'ltr' | 'rtl'): string {
  const noon = noonOf(date);
  return `${capitalise(formatWeekday(noon, locale))} ${isolateLtr(formatDayMonth(noon), direction)}`;
}

/** "Tuesday 2.9.2025" */
export function fullDateLabel(date: IsoDate, locale: Locale, direction: 'ltr' | 'rtl'): string {
  const noon = noonOf(date);
  return `${capitalise(formatWeekday(noon, locale))} ${isolateLtr(formatDate(noon), direction)}`;
}

export function topicLabel(topic: Topic | ''): string {
  return topic === 'before'
    ? msg('Before studies')
    : topic === 'during'
      ? msg('During studies')
      : topic === 'after'
        ? msg('After studies')
        : '';
}

export function modeLabel(mode: Mode | ''): string {
  return mode === 'in-person'
    ? msg('At the office')
    : mode === 'phone'
      ? msg('By phone')
      : mode === 'video'
        ? msg('By video call')
        : '';
}

export function howToMeet(mode: Mode | ''): string {
  return mode === 'phone'
    ? msg('The counsellor calls you at this time.')
    : mode === 'video'
      ? msg('The counsellor sends you a link to the video call.')
      : msg('Come to the office on time.');
}
