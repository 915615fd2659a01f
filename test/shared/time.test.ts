import { expect } from '@open-wc/testing';
import { zoneClock, fromZoned, offsetMinutes, toZoned, type ZonedFields } from '../../src/shared/time.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const at = (iso: string) => Date.parse(iso);

/** The specification: a zone's wall clock straight from `Intl`, every time (what `toZoned` did before it cached). */
function intlClock(timeZone: string) {
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
  const weekdays: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };
  const fields = (instant: number): ZonedFields => {
    const parts = format.formatToParts(instant);
    const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '0';
    return {
      year: Number(get('year')),
      month: Number(get('month')),
      day: Number(get('day')),
      hour: Number(get('hour')) % 24,
      minute: Number(get('minute')),
      second: Number(get('second')),
      weekday: weekdays[get('weekday')] ?? 1,
    };
  };
  const offsetMinutes = (instant: number) => {
    const z = fields(instant);
    const asUtc = Date.UTC(z.year, z.month - 1, z.day, z.hour, z.minute, z.second);
    return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / MINUTE);
  };
  return { fields, offsetMinutes };
}

/** Instants around a change: every minute for three hours each side, every second for two minutes, every ms for 3 ms. */
function around(change: number): number[] {
  const out: number[] = [];
  for (let t = change - 3 * HOUR; t <= change + 3 * HOUR; t += MINUTE) out.push(t);
  for (let t = change - 2 * MINUTE; t <= change + 2 * MINUTE; t += 1000) out.push(t + 999, t);
  for (let d = -3; d <= 3; d++) out.push(change + d);
  return out;
}

/** A repeatable spread of instants over 1990–2045 (a small LCG: the same numbers in every engine). */
function spread(count: number): number[] {
  const from = at('1990-01-01T00:00:00Z');
  const span = at('2045-12-31T23:59:59Z') - from;
  let seed = 18;
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    out.push(from + Math.floor((seed / 2 ** 31) * span));
  }
  return out;
}

/** Compares a ZoneClock with `Intl` on each instant, in the given order; returns the first difference. */
function firstDifference(timeZone: string, instants: readonly number[], clock = zoneClock(timeZone)) {
  const truth = intlClock(timeZone);
  for (const t of instants) {
    const want = truth.fields(t);
    const got = clock.toZoned(t);
    if (JSON.stringify(got) !== JSON.stringify(want)) return { instant: new Date(t).toISOString(), got, want };
    const wantOffset = truth.offsetMinutes(t);
    const gotOffset = clock.offsetMinutes(t);
    if (gotOffset !== wantOffset) return { instant: new Date(t).toISOString(), gotOffset, wantOffset };
  }
  return undefined;
}

/** Calls of `formatToParts` while `fn` runs. */
function formatToPartsCalls(fn: () => void): number {
  const proto = Intl.DateTimeFormat.prototype;
  const original = proto.formatToParts;
  let calls = 0;
  proto.formatToParts = function (this: Intl.DateTimeFormat, date?: number | Date) {
    calls++;
    return original.call(this, date);
  };
  try {
    fn();
  } finally {
    proto.formatToParts = original;
  }
  return calls;
}

describe('wall-clock time in a zone, remembered per hour', function () {
  this.timeout(60_000);

  it('is what Intl says on both 2027 summer-time nights in Helsinki, to the millisecond', () => {
    // Sunday 28.3.2027 3.00 → 4.00 (01.00 UTC); Sunday 31.10.2027 4.00 → 3.00 (01.00 UTC).
    for (const change of [at('2027-03-28T01:00:00Z'), at('2027-10-31T01:00:00Z')]) {
      const instants = around(change);
      // In time order, backwards, and each instant after its neighbours were cached.
      expect(firstDifference('Europe/Helsinki', instants)).to.equal(undefined);
      expect(firstDifference('Europe/Helsinki', [...instants].reverse())).to.equal(undefined);
    }
  });

  it('is what Intl says when a zone changes at half past a UTC hour, by half an hour (Australia/Lord_Howe)', () => {
    // 2027: +11 → +10.30 on Sunday 4.4. at 2.00 (15.00 UTC on 3.4.); +10.30 → +11 on Sunday 3.10. at 2.00 (15.30 UTC on 2.10.).
    const clock = zoneClock('Australia/Lord_Howe');
    for (const change of [at('2027-04-03T15:00:00Z'), at('2027-10-02T15:30:00Z')]) {
      expect(firstDifference('Australia/Lord_Howe', around(change), clock)).to.equal(undefined);
      expect(clock.offsetMinutes(change - 1)).to.not.equal(clock.offsetMinutes(change));
    }
  });

  it('is what Intl says for an offset with seconds (Helsinki mean time, +1.39.49 until 1.5.1921)', () => {
    const change = at('1921-04-30T22:20:11Z');
    expect(firstDifference('Europe/Helsinki', around(change))).to.equal(undefined);
    expect(toZoned(change - 1)).to.include({ hour: 23, minute: 59, second: 59 });
  });

  it('is what Intl says on instants spread over 1990–2045, in zones with odd offsets and changes', () => {
    const instants = spread(3000);
    for (const zone of [
      'Europe/Helsinki',
      'Australia/Lord_Howe',
      'America/St_Johns',
      'Asia/Kathmandu',
      'Europe/Dublin',
      'Pacific/Chatham',
      'America/Santiago',
      'UTC',
    ])
      expect(firstDifference(zone, instants), zone).to.equal(undefined);
  });

  it('asks Intl nothing for an hour it has seen, and keeps a bounded number of hours', () => {
    const clock = zoneClock('Europe/Helsinki');
    const start = at('2027-01-01T00:00:00Z');
    clock.toZoned(start);
    expect(formatToPartsCalls(() => clock.toZoned(start + 59 * MINUTE))).to.equal(0);
    // Three years of hours: the oldest are forgotten, and asked again when needed.
    for (let t = start; t < start + 3 * 365 * 24 * HOUR; t += HOUR) clock.toZoned(t);
    expect(clock.cachedHours()).to.be.at.most(2048);
    expect(formatToPartsCalls(() => clock.toZoned(start))).to.be.above(0);
  });

  it('the Helsinki helpers: the spring-forward gap moves on, the repeated hour gives the earlier instant', () => {
    expect(new Date(fromZoned(2027, 3, 28, 3, 30)).toISOString()).to.equal('2027-03-28T01:30:00.000Z');
    expect(new Date(fromZoned(2027, 10, 31, 3, 30)).toISOString()).to.equal('2027-10-31T00:30:00.000Z');
    expect(offsetMinutes(at('2027-10-31T00:59:59Z'))).to.equal(180);
    expect(offsetMinutes(at('2027-10-31T01:00:00Z'))).to.equal(120);
  });
});
