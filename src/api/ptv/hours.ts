/**
 * Service hours from PTV, as a person reads them: regular weekly hours grouped by
 * day ("Mon–Thu 9.00–15.00, Fri 9.00–12.00"), hours over midnight, always open,
 * by appointment only, the exceptional closures and openings of the coming weeks,
 * and "open now, closes at …" / "opens … at …" in Europe/Helsinki.
 *
 * Pure: the clock is an argument, every date is a Helsinki calendar date, and every
 * instant comes from `src/shared/time.ts`, so DST days come out right.
 */
import { EN_DASH, weekdayName } from '../../shared/format.js';
import { addDays, fromZoned, isoDateOf, parseIsoDate, weekdayOf, type IsoDate } from '../../shared/time.js';
import type { LangValue, PtvServiceHour } from './schemas.js';

const DAY = 1440;
const WEEKDAYS: Record<string, number> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};

/** Opening time on a day, in minutes from local midnight; `to` > 1440 runs past midnight. */
export interface Span {
  from: number;
  to: number;
}

/** A span on a weekday, 1 (Monday) – 7 (Sunday). */
export interface WeeklySpan extends Span {
  day: number;
}

/** One block of regular hours (`DaysOfTheWeek` or `OverMidnight`), possibly seasonal. */
export interface RegularHours {
  validFrom?: IsoDate;
  validTo?: IsoDate;
  spans: WeeklySpan[];
  alwaysOpen: boolean;
  /** By appointment only: the hours say when appointments are, not when the door is open. */
  reservation: boolean;
  info: LangValue[];
}

/** Exceptional hours on the days `from`–`to` (inclusive): closed, or open at `spans`. */
export interface ExceptionalHours {
  from: IsoDate;
  to: IsoDate;
  closed: boolean;
  spans: Span[];
  info: LangValue[];
}

export interface ServiceHours {
  regular: RegularHours[];
  exceptional: ExceptionalHours[];
}

/** `09:00`, `9:00:00`, `24:00` → minutes; `undefined` when unreadable. */
export function parseClock(value: string | null | undefined): number | undefined {
  const m = /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec((value ?? '').trim());
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 24 || min > 59 || (h === 24 && min > 0)) return undefined;
  return h * 60 + min;
}

/** The date part of PTV's `2025-12-24T00:00:00` (local time, no zone). */
function dateOf(value: string | null | undefined): IsoDate | undefined {
  const d = (value ?? '').slice(0, 10);
  return parseIsoDate(d) ? d : undefined;
}

function weekday(value: string | null | undefined): number | undefined {
  return WEEKDAYS[(value ?? '').trim().toLowerCase()];
}

/** A span from PTV's `from`/`to`; `to` at or before `from` ends the next day (`00:00`–`00:00` is a whole day). */
function span(from: string | null | undefined, to: string | null | undefined, extraDays = 0): Span | undefined {
  const a = parseClock(from);
  const b = parseClock(to);
  if (a === undefined || b === undefined) return undefined;
  let end = b + extraDays * DAY;
  if (end <= a) end += DAY;
  return { from: a, to: end };
}

/** Reads PTV's `serviceHours[]`; entries it cannot read are left out. */
export function parseServiceHours(raw: readonly PtvServiceHour[]): ServiceHours {
  const regular: RegularHours[] = [];
  const exceptional: ExceptionalHours[] = [];
  for (const entry of raw) {
    const type = (entry.serviceHourType ?? '').toLowerCase();
    if (type === 'exceptional') {
      const from = dateOf(entry.validFrom);
      if (!from) continue;
      const to = dateOf(entry.validTo);
      const spans = entry.openingHour.flatMap((h) => span(h.from, h.to) ?? []);
      exceptional.push({
        from,
        to: to && to >= from ? to : from,
        closed: entry.isClosed === true,
        spans,
        info: entry.additionalInformation,
      });
      continue;
    }
    // `DaysOfTheWeek`, and `OverMidnight` (older data and other clients call it `Special`).
    const overMidnight = type === 'overmidnight' || type === 'special';
    const spans: WeeklySpan[] = [];
    for (const h of entry.openingHour) {
      const first = weekday(h.dayFrom);
      if (first === undefined) continue;
      const last = weekday(h.dayTo) ?? first;
      if (overMidnight) {
        // One opening: from `dayFrom` at `from` to `dayTo` at `to`.
        const s = span(h.from, h.to, (last - first + 7) % 7);
        if (s) spans.push({ day: first, ...s });
        continue;
      }
      const s = span(h.from, h.to);
      if (!s) continue;
      // Every day from `dayFrom` to `dayTo`, across Sunday if need be (Fri–Mon).
      for (let i = 0; i <= (last - first + 7) % 7; i++) spans.push({ day: ((first - 1 + i) % 7) + 1, ...s });
    }
    const validFrom = dateOf(entry.validFrom);
    const validTo = dateOf(entry.validTo);
    regular.push({
      ...(validFrom ? { validFrom } : {}),
      ...(validTo ? { validTo } : {}),
      spans,
      alwaysOpen: entry.isAlwaysOpen === true,
      reservation: entry.isReservation === true,
      info: entry.additionalInformation,
    });
  }
  exceptional.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  return { regular, exceptional };
}

/**
 * The regular hours in force on a date: seasonal blocks (with an end date) valid that
 * day win over the open-ended ones, as in PTV's "normal" and "seasonal" hours.
 */
export function regularOn(hours: ServiceHours, date: IsoDate): RegularHours[] {
  const valid = hours.regular.filter((r) => (!r.validFrom || r.validFrom <= date) && (!r.validTo || r.validTo >= date));
  const seasonal = valid.filter((r) => r.validTo);
  return seasonal.length ? seasonal : valid;
}

/** The exceptional hours that cover a date, if any (the last one listed wins). */
export function exceptionOn(hours: ServiceHours, date: IsoDate): ExceptionalHours | undefined {
  return hours.exceptional.filter((e) => e.from <= date && e.to >= date).at(-1);
}

function instantAt(date: IsoDate, minutes: number): number {
  const day = addDays(date, Math.floor(minutes / DAY));
  const p = parseIsoDate(day)!;
  const m = minutes % DAY;
  return fromZoned(p.year, p.month, p.day, Math.floor(m / 60), m % 60);
}

/** Openings that start on a date, as instants `[start, end)`, exceptional days applied. */
export function openingsOn(hours: ServiceHours, date: IsoDate): [number, number][] {
  const exception = exceptionOn(hours, date);
  if (exception && (exception.closed || exception.spans.length)) {
    return exception.closed ? [] : exception.spans.map((s) => [instantAt(date, s.from), instantAt(date, s.to)]);
  }
  const out: [number, number][] = [];
  const day = weekdayOf(date);
  for (const r of regularOn(hours, date)) {
    if (r.alwaysOpen) out.push([instantAt(date, 0), instantAt(date, DAY)]);
    for (const s of r.spans) if (s.day === day) out.push([instantAt(date, s.from), instantAt(date, s.to)]);
  }
  return out;
}

/** What to tell about opening right now. */
export type OpenState =
  | { kind: 'unknown' }
  | { kind: 'always-open' }
  | { kind: 'open'; closesAt: number; reservation: boolean }
  | {
      kind: 'closed';
      /** The next opening within two weeks, if any. */
      opensAt?: number;
      reservation: boolean;
      /** The exceptional closure in force today, for its reason. */
      exception?: ExceptionalHours;
    };

const HORIZON_DAYS = 14;

/** Whether the place is open at `now`, when it closes, or when it opens next. */
export function openState(hours: ServiceHours, now: number): OpenState {
  if (!hours.regular.length && !hours.exceptional.length) return { kind: 'unknown' };
  const today = isoDateOf(now);
  const todays = regularOn(hours, today);
  const reservation = todays.length > 0 && todays.every((r) => r.reservation);
  const intervals: [number, number][] = [];
  for (let i = -1; i <= HORIZON_DAYS; i++) intervals.push(...openingsOn(hours, addDays(today, i)));
  intervals.sort((a, b) => a[0] - b[0]);
  // Join openings that touch (always open, or Mon 22–24 then Tue 0–6).
  const merged: [number, number][] = [];
  for (const [s, e] of intervals) {
    const last = merged.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  const current = merged.find(([s, e]) => s <= now && now < e);
  if (current) {
    const horizon = instantAt(addDays(today, HORIZON_DAYS), 0);
    if (current[1] >= horizon && todays.some((r) => r.alwaysOpen)) return { kind: 'always-open' };
    return { kind: 'open', closesAt: current[1], reservation };
  }
  const next = merged.find(([s]) => s > now);
  const exception = exceptionOn(hours, today);
  return {
    kind: 'closed',
    ...(next ? { opensAt: next[0] } : {}),
    reservation,
    ...(exception?.closed ? { exception } : {}),
  };
}

/** Consecutive weekdays with the same hours. */
export interface WeeklyGroup {
  fromDay: number;
  toDay: number;
  spans: Span[];
}

/** The regular week in force on `date`, grouped as a person reads it; closed days left out. */
export function weeklyGroups(hours: ServiceHours, date: IsoDate): WeeklyGroup[] {
  const blocks = regularOn(hours, date);
  const byDay = new Map<number, Span[]>();
  for (const r of blocks) for (const s of r.spans) (byDay.get(s.day) ?? byDay.set(s.day, []).get(s.day)!).push(s);
  const key = (spans: Span[] | undefined) =>
    (spans ?? [])
      .map((s) => `${s.from}-${s.to}`)
      .sort()
      .join(',');
  const groups: WeeklyGroup[] = [];
  for (let day = 1; day <= 7; day++) {
    const spans = [...(byDay.get(day) ?? [])].sort((a, b) => a.from - b.from);
    if (!spans.length) continue;
    const last = groups.at(-1);
    if (last && last.toDay === day - 1 && key(last.spans) === key(spans)) last.toDay = day;
    else groups.push({ fromDay: day, toDay: day, spans });
  }
  return groups;
}

/** Whether the regular hours in force on `date` say always open / by appointment only. */
export function weeklyFlags(hours: ServiceHours, date: IsoDate): { alwaysOpen: boolean; reservation: boolean } {
  const blocks = regularOn(hours, date);
  return {
    alwaysOpen: blocks.some((r) => r.alwaysOpen),
    reservation: blocks.length > 0 && blocks.every((r) => r.reservation),
  };
}

/** Exceptional hours that touch the `days` days from `today` on, in date order. */
export function upcomingExceptions(hours: ServiceHours, today: IsoDate, days = 28): ExceptionalHours[] {
  const end = addDays(today, days - 1);
  return hours.exceptional.filter((e) => e.to >= today && e.from <= end);
}

/** `9.00`, `15.30`; minutes past midnight wrap (`26:00` is `2.00`). */
export function formatClock(minutes: number): string {
  const m = ((minutes % DAY) + DAY) % DAY;
  return `${Math.floor(m / 60)}.${String(m % 60).padStart(2, '0')}`;
}

/** `9.00–15.00`, several joined with commas; an end at midnight is `24.00` (Finnish usage), not `0.00`. */
export function formatSpans(spans: readonly Span[]): string {
  const end = (s: Span) => (s.to > s.from && s.to % DAY === 0 ? '24.00' : formatClock(s.to));
  return spans.map((s) => `${formatClock(s.from)}${EN_DASH}${end(s)}`).join(', ');
}

/** `ma–to` / `Mon–Thu` (short) or `maanantai–torstai` (long), in the interface language. */
export function formatDays(
  group: Pick<WeeklyGroup, 'fromDay' | 'toDay'>,
  locale: string,
  width: 'short' | 'long',
): string {
  const a = weekdayName(group.fromDay, locale, width);
  if (group.fromDay === group.toDay) return a;
  return `${a}${EN_DASH}${weekdayName(group.toDay, locale, width)}`;
}

/** The whole week on one line: `Mon–Thu 9.00–15.00, Fri 9.00–12.00`. */
export function formatWeek(groups: readonly WeeklyGroup[], locale: string): string {
  return groups.map((g) => `${formatDays(g, locale, 'short')} ${formatSpans(g.spans)}`).join(', ');
}

/** How far a day is from today: for "today", "tomorrow", "on Monday", "on 24.12.". */
export type RelativeDay =
  { kind: 'today' } | { kind: 'tomorrow' } | { kind: 'weekday'; weekday: number } | { kind: 'date' };

export function relativeDay(instant: number, now: number): RelativeDay {
  const today = isoDateOf(now);
  const day = isoDateOf(instant);
  if (day === today) return { kind: 'today' };
  if (day === addDays(today, 1)) return { kind: 'tomorrow' };
  if (day <= addDays(today, 6)) return { kind: 'weekday', weekday: weekdayOf(day) };
  return { kind: 'date' };
}
