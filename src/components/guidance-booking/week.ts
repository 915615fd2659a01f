/** The weeks of the booking calendar: which Mondays, how many weeks, what to fetch. */
import { bookingWindow } from '../../api/respa/slots.js';
import type { GuidanceResource } from '../../api/respa/resource.js';
import { addDays, isoDateOf, parseIsoDate, startOfDay, startOfWeek, type IsoDate } from '../../shared/time.js';

const MAX_WEEKS = 12;
const DAY_MS = 86_400_000;

export function daysBetween(a: IsoDate, b: IsoDate): number {
  const pa = parseIsoDate(a)!;
  const pb = parseIsoDate(b)!;
  return Math.round((Date.UTC(pb.year, pb.month - 1, pb.day) - Date.UTC(pa.year, pa.month - 1, pa.day)) / DAY_MS);
}

/** ISO 8601 week number of a calendar date (Finns name weeks by it). */
export function isoWeek(date: IsoDate): number {
  const p = parseIsoDate(date)!;
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day));
  const weekday = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  return Math.ceil(((d.getTime() - yearStart) / DAY_MS + 1) / 7);
}

/** The `weeks` property as a count: a whole number from 1 to 12, else 4. */
export function weekCount(weeks: number): number {
  const n = Math.round(Number(weeks));
  return Number.isFinite(n) ? Math.min(MAX_WEEKS, Math.max(1, n)) : 4;
}

/** Monday of the current week. */
export function firstMonday(now: number): IsoDate {
  return startOfWeek(isoDateOf(now));
}

/** The seven dates of week `index` (0 is the current week). */
export function weekDates(now: number, index: number): IsoDate[] {
  const monday = addDays(firstMonday(now), index * 7);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** Which week (0 is the current one) a date is in. */
export function weekOf(now: number, date: IsoDate): number {
  return Math.floor(daysBetween(firstMonday(now), date) / 7);
}

/** The instants to fetch reservations for: `count` weeks from this Monday. */
export function fetchRange(now: number, count: number): { start: number; end: number } {
  const first = firstMonday(now);
  return { start: startOfDay(first), end: startOfDay(addDays(first, count * 7)) - 1000 };
}

/** Weeks shown for a resource: the `count` asked, cut at the end of its booking window. */
export function weeksOf(resource: GuidanceResource, now: number, count: number): number {
  const { until } = bookingWindow(now, resource.minDaysInAdvance, resource.maxDaysInAdvance);
  if (!Number.isFinite(until)) return count;
  return Math.min(count, Math.max(1, weekOf(now, isoDateOf(until - 1)) + 1));
}

/** Noon of a date: a safe instant to format the date from, whatever the offset. */
export const noonOf = (date: IsoDate): number => startOfDay(date) + 12 * 3_600_000;
