/**
 * Formats used in Finland, for every interface language: dates `d.M.yyyy`, 24-hour
 * times `9.30`, en dash in ranges, always in Europe/Helsinki. Names of weekdays and
 * months come from `Intl` in the interface language.
 */
import { dateTimeFormat, listFormat, numberFormat } from './intl.js';
import { TIME_ZONE, toZoned } from './time.js';

export const EN_DASH = '\u2013';

const dtf = (locale: string, options: Intl.DateTimeFormatOptions) =>
  dateTimeFormat(locale, { timeZone: TIME_ZONE, ...options });

const toMs = (d: number | Date) => (typeof d === 'number' ? d : d.getTime());

/** `2.9.2025` */
export function formatDate(d: number | Date): string {
  const z = toZoned(toMs(d));
  return `${z.day}.${z.month}.${z.year}`;
}

/** `2.9.` — day and month without the year, as Finns write it in lists. */
export function formatDayMonth(d: number | Date): string {
  const z = toZoned(toMs(d));
  return `${z.day}.${z.month}.`;
}

/** `9.30` — 24-hour clock with a dot, as in Finnish and Finland-Swedish usage. */
export function formatTime(d: number | Date): string {
  const z = toZoned(toMs(d));
  return `${z.hour}.${String(z.minute).padStart(2, '0')}`;
}

/** Like `formatTime`, for the end of something: an end at midnight is `24.00`, the end of the day before. */
export function formatEndTime(d: number | Date): string {
  const z = toZoned(toMs(d));
  return z.hour === 0 && z.minute === 0 ? '24.00' : formatTime(d);
}

/** `9.30–10.00`; `20.00–24.00` for an end at midnight. */
export function formatTimeRange(start: number | Date, end: number | Date): string {
  return `${formatTime(start)}${EN_DASH}${formatEndTime(end)}`;
}

/** `2.9.2025 9.30` */
export function formatDateTime(d: number | Date): string {
  return `${formatDate(d)} ${formatTime(d)}`;
}

/** `2.9.–5.12.2025`, or `2.9.2025–5.1.2026` across a year, or `2.9.2025` for one day. */
export function formatDateRange(start: number | Date, end: number | Date | undefined): string {
  if (end === undefined) return formatDate(start);
  const a = toZoned(toMs(start));
  const b = toZoned(toMs(end));
  if (a.year === b.year && a.month === b.month && a.day === b.day) return formatDate(start);
  const left = a.year === b.year ? `${a.day}.${a.month}.` : formatDate(start);
  return `${left}${EN_DASH}${formatDate(end)}`;
}

/** Weekday name in the interface language: `tiistai`, `tisdag`, `Tuesday` (or short forms). */
export function formatWeekday(d: number | Date, locale: string, width: 'long' | 'short' = 'long'): string {
  return dtf(locale, { weekday: width }).format(toMs(d));
}

/** Name of a weekday 1 (Monday) – 7 (Sunday) without a date at hand. */
export function weekdayName(weekday: number, locale: string, width: 'long' | 'short' = 'long'): string {
  // 2024-01-01 was a Monday; noon UTC is the same date in Helsinki.
  return formatWeekday(Date.UTC(2024, 0, weekday, 12), locale, width);
}

/** Month name and year: `syyskuu 2025`, `september 2025`. */
export function formatMonth(d: number | Date, locale: string): string {
  return dtf(locale, { month: 'long', year: 'numeric' }).format(toMs(d));
}

/** A plain number in the interface language. */
export function formatNumber(n: number, locale: string): string {
  return numberFormat(locale).format(n);
}

/**
 * "15 minutes", "1 minuutti", "5 минут": the unit written out, in the language's own plural
 * form ("min" is hard for a reader with A2 Finnish or Swedish).
 */
export function formatMinutes(n: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(n);
}

/** A price in euros: `12,50 €`. */
export function formatEuro(n: number, locale: string): string {
  return numberFormat(locale, { style: 'currency', currency: 'EUR' }).format(n);
}

/**
 * A list in the interface language's own way (`Intl.ListFormat`): "a, b and c", "a, b ja c",
 * "a وb وc" in Arabic, not a Latin comma. `unit` lists without "and" where the language
 * has that (times: "9.00–12.00, 13.00–16.00"). Items that are left-to-right data in a
 * right-to-left view must come isolated (`isolateLtr`).
 */
export function formatList(
  items: readonly string[],
  locale: string,
  type: 'conjunction' | 'unit' = 'conjunction',
): string {
  try {
    return listFormat(locale, { type }).format(items);
  } catch {
    return items.join(', ');
  }
}
