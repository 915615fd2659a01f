/**
 * Wall-clock arithmetic in Europe/Helsinki without a date library.
 *
 * Everything the learner sees, and every opening hour the APIs describe, is Helsinki
 * local time, which moves between UTC+2 and UTC+3 on the last Sundays of March and
 * October. These helpers convert between instants (epoch milliseconds) and local
 * wall-clock fields with `Intl`, so DST days come out right in every engine.
 * Pure: no DOM, usable by the clients and the API fake in Node alike.
 */
export const TIME_ZONE = 'Europe/Helsinki';

/** Local calendar fields; `month` is 1–12, `weekday` 1 (Monday) – 7 (Sunday). */
export interface ZonedFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
}

/** A calendar date without a time zone, such as `2025-09-02`. */
export type IsoDate = string;

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

const HOUR = 3_600_000;
/** UTC hours whose offset is remembered per zone: about three months, a few tens of KB at most. */
const CACHED_HOURS = 2048;
/**
 * Before this (1900-01-01), instants go straight to `Intl`: `Date.UTC` reads years below 100
 * as 19xx, and engines need not agree on the calendar of centuries ago. Nothing here is that old.
 */
const CACHED_FROM = Date.UTC(1900, 0, 1);
/** The hour before the last instant a `Date` can hold: its end must be one too. */
const CACHED_UNTIL = 8.64e15 - HOUR;

/** The wall clock of one time zone (see `zoneClock`). */
export interface ZoneClock {
  /** The zone's wall-clock fields of an instant. */
  toZoned(instant: number): ZonedFields;
  /** The zone's offset from UTC at an instant, in minutes (rounded, for offsets with seconds). */
  offsetMinutes(instant: number): number;
  /** How many hours are remembered (never more than a fixed number). */
  cachedHours(): number;
}

/**
 * Wall-clock fields and offsets of one time zone. `Intl…formatToParts` is the truth, and slow
 * (issue 18 counted 457 calls per filter change of the catalogue, 50 ms with 4× CPU throttling),
 * so the offset is remembered per UTC hour, when it is the same at the hour's first and last
 * millisecond. An hour in which the offset changes is not cached: zones change at any minute
 * (Australia/Lord_Howe at half past a UTC hour) or second (old local mean times such as
 * Helsinki's +1:39:49), and each instant of such an hour is asked of `Intl` on its own.
 * This relies on no zone changing its offset twice within one UTC hour: checked with Temporal's
 * getTimeZoneTransition in Firefox 153, the closest two changes of any of its 445 zones in
 * 1800–2100 are a week apart (41,774 changes).
 */
export function zoneClock(timeZone: string): ZoneClock {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    weekday: 'short',
  });
  /** UTC hour → the offset (ms) through all of it, or `NaN` when it changes within it; least recently used first. */
  const hours = new Map<number, number>();

  const intlFields = (instant: number): ZonedFields => {
    const parts = format.formatToParts(instant);
    const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '0';
    return {
      year: Number(get('year')),
      month: Number(get('month')),
      day: Number(get('day')),
      // Some engines print midnight as 24 even with h23.
      hour: Number(get('hour')) % 24,
      minute: Number(get('minute')),
      second: Number(get('second')),
      weekday: WEEKDAYS[get('weekday')] ?? 1,
    };
  };

  /** The offset from UTC in ms (whole seconds), from `Intl`. */
  const intlOffset = (instant: number): number => {
    const z = intlFields(instant);
    return Date.UTC(z.year, z.month - 1, z.day, z.hour, z.minute, z.second) - Math.floor(instant / 1000) * 1000;
  };

  /** The offset through the UTC hour of `instant`, or `NaN` when it changes within that hour (or is not cached). */
  const hourOffset = (instant: number): number => {
    if (!(instant >= CACHED_FROM && instant < CACHED_UNTIL)) return NaN;
    const hour = Math.floor(instant / HOUR);
    let offset = hours.get(hour);
    if (offset === undefined) {
      const first = intlOffset(hour * HOUR);
      offset = intlOffset(hour * HOUR + HOUR - 1) === first ? first : NaN;
      if (hours.size >= CACHED_HOURS) hours.delete(hours.keys().next().value!);
    } else hours.delete(hour);
    hours.set(hour, offset);
    return offset;
  };

  return {
    toZoned(instant) {
      const offset = hourOffset(instant);
      if (Number.isNaN(offset)) return intlFields(instant);
      const d = new Date(Math.floor(instant / 1000) * 1000 + offset);
      return {
        year: d.getUTCFullYear(),
        month: d.getUTCMonth() + 1,
        day: d.getUTCDate(),
        hour: d.getUTCHours(),
        minute: d.getUTCMinutes(),
        second: d.getUTCSeconds(),
        weekday: d.getUTCDay() || 7,
      };
    },
    offsetMinutes(instant) {
      const offset = hourOffset(instant);
      return Math.round((Number.isNaN(offset) ? intlOffset(instant) : offset) / 60_000);
    },
    cachedHours: () => hours.size,
  };
}

const helsinki = zoneClock(TIME_ZONE);

/** The Helsinki wall-clock fields of an instant. */
export function toZoned(instant: number | Date): ZonedFields {
  return helsinki.toZoned(typeof instant === 'number' ? instant : instant.getTime());
}

/** Helsinki's offset from UTC at an instant, in minutes (120 or 180). */
export function offsetMinutes(instant: number): number {
  return helsinki.offsetMinutes(instant);
}

/**
 * The instant at which Helsinki clocks show the given wall time. A time that does
 * not exist (03:30 on the spring-forward day) moves forward by the gap; a time that
 * exists twice (03:30 on the fall-back day) gives the earlier instant.
 */
export function fromZoned(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  // Try both offsets the zone uses around this time; keep the one that round-trips.
  const first = wall - offsetMinutes(wall - 3 * 3_600_000) * 60_000;
  const second_ = wall - offsetMinutes(wall + 3 * 3_600_000) * 60_000;
  const candidates = [first, second_].sort((a, b) => a - b);
  for (const c of candidates) {
    const z = toZoned(c);
    if (Date.UTC(z.year, z.month - 1, z.day, z.hour, z.minute, z.second) === wall) return c;
  }
  // The wall time falls in the spring-forward gap: shift it by the gap.
  return wall - offsetMinutes(wall - 3 * 3_600_000) * 60_000;
}

/** `YYYY-MM-DD` of an instant in Helsinki. */
export function isoDateOf(instant: number | Date): IsoDate {
  const z = toZoned(instant);
  return isoDate(z.year, z.month, z.day);
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Parses `YYYY-MM-DD` into its numbers, or `undefined`. */
export function parseIsoDate(value: string): { year: number; month: number; day: number } | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return { year, month, day };
}

/** Full years between a birth date and a day (both `YYYY-MM-DD`): someone's age on that day. */
export function ageOn(birth: IsoDate, day: IsoDate): number {
  const b = parseIsoDate(birth)!;
  const t = parseIsoDate(day)!;
  let age = t.year - b.year;
  if (t.month < b.month || (t.month === b.month && t.day < b.day)) age--;
  return age;
}

/** The calendar date `days` after `date` (calendar arithmetic, immune to DST). */
export function addDays(date: IsoDate, days: number): IsoDate {
  const p = parseIsoDate(date);
  if (!p) throw new RangeError(`Not a date: ${date}`);
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day + days));
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Weekday of a calendar date, 1 (Monday) – 7 (Sunday). */
export function weekdayOf(date: IsoDate): number {
  const p = parseIsoDate(date);
  if (!p) throw new RangeError(`Not a date: ${date}`);
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
  return d === 0 ? 7 : d;
}

/** The Monday on or before a calendar date. */
export function startOfWeek(date: IsoDate): IsoDate {
  return addDays(date, 1 - weekdayOf(date));
}

/** The instant of local midnight starting a calendar date in Helsinki. */
export function startOfDay(date: IsoDate): number {
  const p = parseIsoDate(date);
  if (!p) throw new RangeError(`Not a date: ${date}`);
  return fromZoned(p.year, p.month, p.day);
}

/** Parses an ISO date-time with an offset (or `Z`), or a bare date as Helsinki midnight. */
export function parseInstant(value: string | null | undefined): number | undefined {
  if (!value) return undefined;
  const bare = parseIsoDate(value);
  if (bare) return fromZoned(bare.year, bare.month, bare.day);
  // Only accept forms every engine parses the same way (Safari rejects some others).
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(value)) return undefined;
  const normalised = value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const t = Date.parse(normalised);
  return Number.isFinite(t) ? t : undefined;
}

/** ISO 8601 with the Helsinki offset, as Respa writes it: `2025-09-02T09:00:00+03:00`. */
export function toIsoWithOffset(instant: number): string {
  const z = toZoned(instant);
  const off = offsetMinutes(instant);
  const sign = off >= 0 ? '+' : '-';
  const abs = Math.abs(off);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${isoDate(z.year, z.month, z.day)}T${pad(z.hour)}:${pad(z.minute)}:${pad(z.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * For a wall-clock time that happens twice (03.00–03.59 on the night summer time ends, the
 * last Sunday of October): which of the two an instant is, `summer` (UTC+3, the first) or
 * `winter` (UTC+2, the second). `undefined` for every other time, which happens once.
 */
export function repeatedClockTime(instant: number): 'summer' | 'winter' | undefined {
  const z = toZoned(instant);
  const same = (other: number) => {
    const w = toZoned(other);
    return w.day === z.day && w.hour === z.hour && w.minute === z.minute;
  };
  if (!same(instant - 3_600_000) && !same(instant + 3_600_000)) return undefined;
  return offsetMinutes(instant) > offsetMinutes(instant + 3_600_000) ? 'summer' : 'winter';
}
