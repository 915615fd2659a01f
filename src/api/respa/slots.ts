/**
 * Free appointment slots, computed as Varaamo does (Respa's own free-slot field is
 * switched off): from the opening hours, the slot grid, the appointment length, the
 * booking window and the reservations that still hold their time. Pure and fast: no
 * DOM, no clock of its own, one time-zone lookup per open day.
 *
 * Rules, as Respa validates a reservation:
 * - a slot starts on the grid of `slotMs` counted in wall-clock time from local midnight
 *   ("Begin and end time must match time slots"), lasts `periodMs`, and lies inside one
 *   opening period ("You must start and end the reservation during opening hours");
 * - the booking window runs from local midnight `minDaysInAdvance` days from today up to
 *   (not including) local midnight `maxDaysInAdvance` days from today, and never before now;
 * - cancelled and denied reservations free their time; every other state holds it.
 *
 * Opening hours arrive as instants with their offset, and slots step in real time, so the
 * DST days of Europe/Helsinki neither shift, double nor drop a slot.
 */
import { addDays, isoDateOf, startOfDay, toZoned, type IsoDate } from '../../shared/time.js';
import type { Booking, OpeningDay } from './resource.js';

export interface SlotInput {
  openingHours: readonly OpeningDay[];
  reservations: readonly Booking[];
  /** The grid: `slot_size` in milliseconds. */
  slotMs: number;
  /** The appointment length (`min_period`, at least one slot). */
  periodMs: number;
  /** The present instant. */
  now: number;
  minDaysInAdvance: number | null;
  maxDaysInAdvance: number | null;
}

export interface Slot {
  /** The Helsinki date the slot belongs to (its opening day). */
  date: IsoDate;
  begin: number;
  end: number;
}

const FREEING_STATES = new Set(['cancelled', 'denied']);
const MINUTE = 60_000;

/** The instants between which a slot may begin: `[from, until)`. */
export function bookingWindow(
  now: number,
  minDaysInAdvance: number | null,
  maxDaysInAdvance: number | null,
): { from: number; until: number } {
  const today = isoDateOf(now);
  const from = minDaysInAdvance ? Math.max(now, startOfDay(addDays(today, minDaysInAdvance))) : now;
  const until = maxDaysInAdvance === null ? Infinity : startOfDay(addDays(today, maxDaysInAdvance));
  return { from, until };
}

/** Sorted, merged busy intervals of the reservations that hold their time. */
function busyIntervals(reservations: readonly Booking[]): [number, number][] {
  const list = reservations
    .filter((r) => !FREEING_STATES.has(r.state) && r.end > r.begin)
    .map((r): [number, number] => [r.begin, r.end])
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const interval of list) {
    const last = merged[merged.length - 1];
    if (last && interval[0] <= last[1]) last[1] = Math.max(last[1], interval[1]);
    else merged.push(interval);
  }
  return merged;
}

/** Every free slot, in time order. */
export function freeSlots(input: SlotInput): Slot[] {
  const slotMs = input.slotMs > 0 ? input.slotMs : input.periodMs > 0 ? input.periodMs : 30 * MINUTE;
  const periodMs = Math.max(input.periodMs, slotMs);
  const slotMinutes = slotMs / MINUTE;
  const { from, until } = bookingWindow(input.now, input.minDaysInAdvance, input.maxDaysInAdvance);
  const busy = busyIntervals(input.reservations);
  const days = input.openingHours
    .filter((d): d is OpeningDay & { opens: number; closes: number } => d.opens !== null && d.closes !== null)
    .sort((a, b) => a.opens - b.opens);

  const out: Slot[] = [];
  let b = 0;
  for (const day of days) {
    if (day.closes - periodMs < from || day.opens >= until) continue;
    // The first grid point at or after opening time, in wall-clock minutes from midnight.
    const z = toZoned(day.opens);
    const wallMs = ((z.hour * 60 + z.minute) * 60 + z.second) * 1000 + (day.opens % 1000);
    const rem = Number.isInteger(slotMinutes) ? wallMs % slotMs : 0;
    let begin = rem === 0 ? day.opens : day.opens + (slotMs - rem);
    if (begin < from) begin += Math.ceil((from - begin) / slotMs) * slotMs;
    for (; begin + periodMs <= day.closes && begin < until; begin += slotMs) {
      const end = begin + periodMs;
      while (b < busy.length && busy[b]![1] <= begin) b++;
      // Intervals are merged and sorted: only the first one ending after `begin` can overlap.
      const next = busy[b];
      if (!next || next[0] >= end) out.push({ date: day.date, begin, end });
    }
  }
  return out;
}

/** Free slots grouped by date. */
export function slotsByDate(slots: readonly Slot[]): Map<IsoDate, Slot[]> {
  const map = new Map<IsoDate, Slot[]>();
  for (const slot of slots) {
    let list = map.get(slot.date);
    if (!list) map.set(slot.date, (list = []));
    list.push(slot);
  }
  return map;
}
