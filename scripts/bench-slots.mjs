// @ts-check
/**
 * `npm run bench` (second part): the free-slot computation of `<koto-guidance-booking>`:
 * 8 weeks of opening hours (weekdays 8.00–16.00, 30-minute slots) with 500 reservations,
 * computed many times in Node; prints the median and p95. Target: ≤ 5 ms per computation.
 * (Node's V8 without CPU throttling: a phone is several times slower, hence the margin.)
 */
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const dir = mkdtempSync(join(tmpdir(), 'koto-slots-'));
const out = join(dir, 'slots.mjs');
await build({
  stdin: {
    contents: `export { freeSlots } from './src/api/respa/slots.ts'; export * from './src/shared/time.ts';`,
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: out,
  logLevel: 'warning',
});
const { freeSlots, fromZoned, addDays, isoDateOf, parseIsoDate, weekdayOf } = await import(out);
rmSync(dir, { recursive: true, force: true });

// Eight weeks from a Monday before the spring DST change, so the window crosses it.
const start = '2027-03-15';
const now = fromZoned(2027, 3, 12, 12);
const openingHours = [];
for (let i = 0; i < 56; i++) {
  const date = addDays(start, i);
  const p = parseIsoDate(date);
  const weekday = weekdayOf(date);
  openingHours.push(
    weekday <= 5
      ? { date, opens: fromZoned(p.year, p.month, p.day, 8), closes: fromZoned(p.year, p.month, p.day, 16) }
      : { date, opens: null, closes: null },
  );
}
// 500 reservations: half-hour bookings spread over the open days, some cancelled or denied.
const open = openingHours.filter((d) => d.opens !== null);
const reservations = [];
for (let i = 0; i < 500; i++) {
  const day = open[(i * 7) % open.length];
  const begin = day.opens + ((i * 3) % 16) * 30 * 60_000;
  reservations.push({
    begin,
    end: begin + 30 * 60_000,
    state: i % 10 === 0 ? 'cancelled' : i % 17 === 0 ? 'denied' : 'confirmed',
  });
}
const input = {
  openingHours,
  reservations,
  slotMs: 30 * 60_000,
  periodMs: 30 * 60_000,
  now,
  minDaysInAdvance: 1,
  maxDaysInAdvance: 90,
};

for (let i = 0; i < 50; i++) freeSlots(input);
const times = [];
let slots = 0;
for (let i = 0; i < 500; i++) {
  const t0 = performance.now();
  slots = freeSlots(input).length;
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
const p95 = times[Math.floor(times.length * 0.95)];
console.log(
  `\nfree slots: 8 weeks (${open.length} open days, across the DST change ${isoDateOf(fromZoned(2027, 3, 28, 12))}), 500 reservations → ${slots} free slots`,
);
console.log(
  `free-slot computation: median ${median.toFixed(3)} ms, p95 ${p95.toFixed(3)} ms over 500 runs (target ≤ 5 ms)`,
);
if (process.argv.includes('--strict') && median > 5) process.exit(1);
