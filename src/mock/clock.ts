/**
 * Time as an input. `KOTO_NOW=<ISO 8601 instant>` runs the tests, the demo page, Storybook and
 * the benchmarks as if it were that instant: the fake's clock starts there, and every page gets
 * {@link clockScript} before its own scripts, so that `Date`, `Date.now()` and `Intl`'s "today"
 * agree with the fake. Time still moves forward from there (a seat-hold countdown still counts);
 * timers are untouched.
 *
 * No DOM and no Node here: the same code runs in the page (through `clockScript`) and in Node.
 */

/**
 * Reads an ISO 8601 instant: a date and time with `Z` or an offset (`2027-03-28T02:30+02:00`).
 * A bare date or a local time is refused, because on a night when the clocks change it would
 * not say which instant is meant.
 */
export function parseInstant(text: string): number {
  const value = text.trim();
  const shape = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})$/i;
  const m = shape.exec(value);
  const ms = m ? Date.parse(value) : NaN;
  // Engines roll 30 February over into March; a date that does not exist is a mistake.
  const [year, month, day] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  const real = new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
  if (!Number.isFinite(ms) || !real) {
    throw new Error(
      `KOTO_NOW must be an ISO 8601 instant with "Z" or an offset, such as 2027-03-28T02:30+02:00 (got "${text}").`,
    );
  }
  return ms;
}

/**
 * Shifts the page's clock by `offset` milliseconds: `new Date()`, `Date()`, `Date.now()` and
 * `Intl.DateTimeFormat`'s `format()`/`formatToParts()` without a date. Dates made from a value,
 * `Date.parse`, `Date.UTC`, `performance.now()` and timers are as they were. Installs once.
 */
export function installClock(offset: number): void {
  const g = globalThis as typeof globalThis & { __kotoClockOffset?: number };
  if (g.__kotoClockOffset !== undefined || !Number.isFinite(offset)) return;
  g.__kotoClockOffset = offset;
  const RealDate = Date;
  const realNow = RealDate.now.bind(RealDate);
  const now = (): number => realNow() + offset;
  // A function, not a class: `Date()` called without `new` must still work (it returns a string).
  const KotoDate = function (this: unknown, ...args: unknown[]): unknown {
    if (!new.target) return new RealDate(now()).toString();
    return Reflect.construct(RealDate, args.length === 0 ? [now()] : args, new.target);
  } as unknown as DateConstructor;
  Object.setPrototypeOf(KotoDate, RealDate);
  // Dates made before and after are one kind: `instanceof Date` holds for both.
  (KotoDate as { prototype: Date }).prototype = RealDate.prototype;
  Object.defineProperty(RealDate.prototype, 'constructor', { value: KotoDate, writable: true, configurable: true });
  Object.defineProperty(KotoDate, 'now', { value: now, writable: true, configurable: true });
  Object.defineProperty(KotoDate, 'name', { value: 'Date' });
  g.Date = KotoDate;

  const proto = Intl.DateTimeFormat.prototype;
  const format = Object.getOwnPropertyDescriptor(proto, 'format');
  if (format?.get) {
    const get = format.get;
    Object.defineProperty(proto, 'format', {
      ...format,
      get(this: Intl.DateTimeFormat) {
        const bound = get.call(this) as (date?: Date | number) => string;
        return (date?: Date | number) => bound(date === undefined ? now() : date);
      },
    });
  }
  const formatToParts = proto.formatToParts;
  Object.defineProperty(proto, 'formatToParts', {
    value: function (this: Intl.DateTimeFormat, date?: Date | number) {
      return formatToParts.call(this, date === undefined ? now() : date);
    },
    writable: true,
    configurable: true,
  });
}

/** The source of a classic `<script>` (or a Playwright init script) that runs {@link installClock}. */
export function clockScript(offset: number): string {
  return `(${installClock.toString()})(${JSON.stringify(offset)});`;
}

/**
 * The same for a page that starts at `instant` each time it loads, wherever and whenever it is
 * served (Storybook, whose static build may be opened days later).
 */
export function clockScriptAt(instant: number): string {
  return `(${installClock.toString()})(${JSON.stringify(instant)} - Date.now());`;
}
