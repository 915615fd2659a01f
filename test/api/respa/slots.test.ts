import { expect } from '@open-wc/testing';
import { freeSlots, bookingWindow, type SlotInput } from '../../../src/api/respa/slots.js';
import type { Booking, OpeningDay } from '../../../src/api/respa/resource.js';
import { parseInstant, toZoned, isoDate } from '../../../src/shared/time.js';

const MIN = 60_000;
const at = (iso: string) => parseInstant(iso)!;

/** An opening day from ISO instants with their offsets, as Respa sends them. */
const open = (date: string, opens: string, closes: string): OpeningDay => ({
  date,
  opens: at(`${date}T${opens}`),
  closes: at(`${date}T${closes}`),
});
const closed = (date: string): OpeningDay => ({ date, opens: null, closes: null });
const booked = (begin: string, end: string, state = 'confirmed'): Booking => ({
  begin: at(begin),
  end: at(end),
  state,
});

/** `2026-03-29 9.00–9.30` in Helsinki wall-clock time. */
const label = (s: { begin: number; end: number }) => {
  const a = toZoned(s.begin);
  const b = toZoned(s.end);
  const hm = (z: typeof a) => `${z.hour}.${String(z.minute).padStart(2, '0')}`;
  return `${isoDate(a.year, a.month, a.day)} ${hm(a)}–${hm(b)}`;
};

const base: SlotInput = {
  openingHours: [],
  reservations: [],
  slotMs: 30 * MIN,
  periodMs: 30 * MIN,
  now: at('2025-09-01T00:00:00+03:00'),
  minDaysInAdvance: null,
  maxDaysInAdvance: null,
};

const morning = (date: string, offset = '+03:00') => open(date, `09:00:00${offset}`, `12:00:00${offset}`);
const sixSlots = (date: string) =>
  ['9.00–9.30', '9.30–10.00', '10.00–10.30', '10.30–11.00', '11.00–11.30', '11.30–12.00'].map((t) => `${date} ${t}`);

interface Case {
  name: string;
  input: Partial<SlotInput>;
  expected: string[];
}

const cases: Case[] = [
  {
    name: 'an ordinary morning, 9–12 in half hours',
    input: { openingHours: [morning('2025-09-02')] },
    expected: sixSlots('2025-09-02'),
  },
  { name: 'a closed day (opens: null) has none', input: { openingHours: [closed('2025-09-03')] }, expected: [] },
  {
    name: 'the day DST starts (29.3.2026): the same six local times, none shifted',
    input: { now: at('2026-03-27T00:00:00+02:00'), openingHours: [morning('2026-03-29')] },
    expected: sixSlots('2026-03-29'),
  },
  {
    name: 'the day DST ends (25.10.2026): the same six local times, none doubled',
    input: { now: at('2026-10-23T00:00:00+03:00'), openingHours: [morning('2026-10-25', '+02:00')] },
    expected: sixSlots('2026-10-25'),
  },
  {
    name: 'open through the spring change: the hour that does not exist gives no slot, none lost',
    input: {
      now: at('2026-03-27T00:00:00+02:00'),
      openingHours: [
        { date: '2026-03-29', opens: at('2026-03-29T02:00:00+02:00'), closes: at('2026-03-29T05:00:00+03:00') },
      ],
    },
    expected: ['2026-03-29 2.00–2.30', '2026-03-29 2.30–4.00', '2026-03-29 4.00–4.30', '2026-03-29 4.30–5.00'],
  },
  {
    name: 'the week around the spring change: Friday at +02:00, Monday at +03:00, both at 9.00 local',
    input: {
      now: at('2026-03-26T00:00:00+02:00'),
      openingHours: [
        open('2026-03-27', '09:00:00+02:00', '10:00:00+02:00'),
        closed('2026-03-28'),
        closed('2026-03-29'),
        open('2026-03-30', '09:00:00+03:00', '10:00:00+03:00'),
      ],
    },
    expected: ['2026-03-27 9.00–9.30', '2026-03-27 9.30–10.00', '2026-03-30 9.00–9.30', '2026-03-30 9.30–10.00'],
  },
  {
    name: 'a reservation overlapping two slots in part takes both',
    input: {
      openingHours: [morning('2025-09-02')],
      reservations: [booked('2025-09-02T09:15:00+03:00', '2025-09-02T09:45:00+03:00')],
    },
    expected: sixSlots('2025-09-02').slice(2),
  },
  {
    name: 'reservations outside opening hours: one reaching in takes a slot, one wholly outside none',
    input: {
      openingHours: [morning('2025-09-02')],
      reservations: [
        booked('2025-09-02T08:00:00+03:00', '2025-09-02T09:10:00+03:00'),
        booked('2025-09-02T12:00:00+03:00', '2025-09-02T13:00:00+03:00'),
        booked('2025-09-02T07:00:00+03:00', '2025-09-02T08:00:00+03:00'),
      ],
    },
    expected: sixSlots('2025-09-02').slice(1),
  },
  {
    name: 'cancelled and denied reservations free their time; requested ones hold it',
    input: {
      openingHours: [morning('2025-09-02')],
      reservations: [
        booked('2025-09-02T09:00:00+03:00', '2025-09-02T09:30:00+03:00', 'cancelled'),
        booked('2025-09-02T09:30:00+03:00', '2025-09-02T10:00:00+03:00', 'denied'),
        booked('2025-09-02T10:00:00+03:00', '2025-09-02T10:30:00+03:00', 'requested'),
      ],
    },
    expected: sixSlots('2025-09-02').filter((s) => !s.includes(' 10.00–')),
  },
  {
    name: 'overlapping and touching reservations merge',
    input: {
      openingHours: [morning('2025-09-02')],
      reservations: [
        booked('2025-09-02T09:30:00+03:00', '2025-09-02T10:15:00+03:00'),
        booked('2025-09-02T09:00:00+03:00', '2025-09-02T11:00:00+03:00'),
        booked('2025-09-02T10:45:00+03:00', '2025-09-02T11:10:00+03:00'),
      ],
    },
    expected: ['2025-09-02 11.30–12.00'],
  },
  {
    name: 'an appointment of 1 h (min_period) on a 30 min grid; the end must fit before closing',
    input: {
      periodMs: 60 * MIN,
      openingHours: [open('2025-09-03', '12:30:00+03:00', '15:30:00+03:00')],
      reservations: [booked('2025-09-03T13:30:00+03:00', '2025-09-03T14:00:00+03:00')],
    },
    expected: ['2025-09-03 12.30–13.30', '2025-09-03 14.00–15.00', '2025-09-03 14.30–15.30'],
  },
  {
    name: 'slots keep to the grid from midnight when opening time is off it',
    input: { openingHours: [open('2025-09-02', '09:10:00+03:00', '10:30:00+03:00')] },
    expected: ['2025-09-02 9.30–10.00', '2025-09-02 10.00–10.30'],
  },
  {
    name: 'booking window: not before local midnight 1 day ahead, not from midnight 2 days ahead',
    input: {
      now: at('2025-09-01T09:00:00+03:00'),
      minDaysInAdvance: 1,
      maxDaysInAdvance: 2,
      openingHours: [
        morning('2025-09-01'),
        open('2025-09-02', '09:00:00+03:00', '10:00:00+03:00'),
        morning('2025-09-03'),
      ],
    },
    expected: ['2025-09-02 9.00–9.30', '2025-09-02 9.30–10.00'],
  },
  {
    name: 'booking window: with no minimum, times already begun or past are not offered',
    input: { now: at('2025-09-02T10:10:00+03:00'), minDaysInAdvance: 0, openingHours: [morning('2025-09-02')] },
    expected: ['2025-09-02 10.30–11.00', '2025-09-02 11.00–11.30', '2025-09-02 11.30–12.00'],
  },
];

describe('free slots (Respa)', () => {
  for (const c of cases) {
    it(c.name, () => {
      expect(freeSlots({ ...base, ...c.input }).map(label)).to.deep.equal(c.expected);
    });
  }

  it('DST days: the slots are the right instants (UTC+3 after the spring change, UTC+2 after the autumn one)', () => {
    const spring = freeSlots({ ...base, now: at('2026-03-27T00:00:00+02:00'), openingHours: [morning('2026-03-29')] });
    expect(new Date(spring[0]!.begin).toISOString()).to.equal('2026-03-29T06:00:00.000Z');
    const autumn = freeSlots({
      ...base,
      now: at('2026-10-23T00:00:00+03:00'),
      openingHours: [morning('2026-10-25', '+02:00')],
    });
    expect(new Date(autumn[0]!.begin).toISOString()).to.equal('2026-10-25T07:00:00.000Z');
  });

  it('open through the autumn change: the repeated hour is two real hours, each slot once', () => {
    const slots = freeSlots({
      ...base,
      now: at('2026-10-23T00:00:00+03:00'),
      openingHours: [
        { date: '2026-10-25', opens: at('2026-10-25T02:00:00+03:00'), closes: at('2026-10-25T05:00:00+02:00') },
      ],
    });
    expect(slots).to.have.length(8);
    expect(new Set(slots.map((s) => s.begin)).size).to.equal(8);
    slots.forEach((s, i) => expect(s.end - s.begin).to.equal(30 * MIN, `slot ${i}`));
  });

  it('the booking window ends at a local midnight also across a DST change', () => {
    const { from, until } = bookingWindow(at('2026-03-27T15:00:00+02:00'), 1, 3);
    expect(new Date(from).toISOString()).to.equal('2026-03-27T22:00:00.000Z');
    expect(new Date(until).toISOString()).to.equal('2026-03-29T21:00:00.000Z');
  });

  it('copes with unsorted opening days and reservations', () => {
    const slots = freeSlots({
      ...base,
      openingHours: [morning('2025-09-03'), morning('2025-09-02')],
      reservations: [
        booked('2025-09-03T09:00:00+03:00', '2025-09-03T12:00:00+03:00'),
        booked('2025-09-02T09:00:00+03:00', '2025-09-02T11:30:00+03:00'),
      ],
    });
    expect(slots.map(label)).to.deep.equal(['2025-09-02 11.30–12.00']);
  });
});
