import { expect } from '@open-wc/testing';
import {
  formatWeek,
  openState,
  parseClock,
  parseServiceHours,
  relativeDay,
  upcomingExceptions,
  weeklyGroups,
  type OpenState,
  type ServiceHours,
} from '../../../src/api/ptv/hours.js';
import type { PtvServiceHour } from '../../../src/api/ptv/schemas.js';

type Raw = Partial<Omit<PtvServiceHour, 'openingHour'>> & {
  openingHour?: [dayFrom: string | null, dayTo: string | null, from: string, to: string][];
};

function hours(...raw: Raw[]): ServiceHours {
  return parseServiceHours(
    raw.map((r) => ({
      serviceHourType: 'DaysOfTheWeek',
      additionalInformation: [],
      ...r,
      openingHour: (r.openingHour ?? []).map(([dayFrom, dayTo, from, to]) => ({ dayFrom, dayTo, from, to })),
    })),
  );
}

const OFFICE: Raw = {
  openingHour: [
    ['Monday', 'Thursday', '09:00', '15:00'],
    ['Friday', null, '09:00', '12:00'],
  ],
};
const closedOn = (from: string, to: string | null = null): Raw => ({
  serviceHourType: 'Exceptional',
  validFrom: `${from}T00:00:00`,
  validTo: to ? `${to}T00:00:00` : null,
  isClosed: true,
  additionalInformation: [{ value: 'Joulu', language: 'fi' }],
});
// Saturday night into Sunday: the night the clocks change in March and October.
const NIGHT: Raw = { serviceHourType: 'OverMidnight', openingHour: [['Saturday', 'Sunday', '22:00', '04:00']] };
const at = (iso: string) => Date.parse(iso);

/** The state without the exception object, for short tables. */
function brief(state: OpenState) {
  if (state.kind === 'open')
    return { kind: 'open', closesAt: new Date(state.closesAt).toISOString(), r: state.reservation };
  if (state.kind === 'closed') {
    return {
      kind: 'closed',
      opensAt: state.opensAt === undefined ? undefined : new Date(state.opensAt).toISOString(),
      r: state.reservation,
      exception: !!state.exception,
    };
  }
  return { kind: state.kind };
}

describe('service hours', () => {
  describe('open now, closes at / opens at (Europe/Helsinki)', () => {
    const cases: [string, ServiceHours, string, ReturnType<typeof brief>][] = [
      [
        'weekday, open',
        hours(OFFICE),
        '2026-03-25T08:00:00Z',
        { kind: 'open', closesAt: '2026-03-25T13:00:00.000Z', r: false },
      ],
      [
        'Friday afternoon, opens Monday after the spring DST change (9.00 is now 06:00Z)',
        hours(OFFICE),
        '2026-03-27T10:30:00Z',
        { kind: 'closed', opensAt: '2026-03-30T06:00:00.000Z', r: false, exception: false },
      ],
      [
        'one minute before opening',
        hours(OFFICE),
        '2026-03-30T05:59:00Z',
        { kind: 'closed', opensAt: '2026-03-30T06:00:00.000Z', r: false, exception: false },
      ],
      [
        'at opening, closes 15.00 summer time',
        hours(OFFICE),
        '2026-03-30T06:00:00Z',
        { kind: 'open', closesAt: '2026-03-30T12:00:00.000Z', r: false },
      ],
      [
        'over midnight on the spring DST night: 2.30 winter time, closes at 4.00 summer time',
        hours(NIGHT),
        '2026-03-29T00:30:00Z',
        { kind: 'open', closesAt: '2026-03-29T01:00:00.000Z', r: false },
      ],
      [
        'over midnight, just after closing (4.30 summer time)',
        hours(NIGHT),
        '2026-03-29T01:30:00Z',
        { kind: 'closed', opensAt: '2026-04-04T19:00:00.000Z', r: false, exception: false },
      ],
      [
        'over midnight on the autumn DST night: 3.30 comes twice, closing is at 4.00 winter time',
        hours(NIGHT),
        '2026-10-25T00:30:00Z',
        { kind: 'open', closesAt: '2026-10-25T02:00:00.000Z', r: false },
      ],
      [
        'a weekly range whose end is before its start runs over midnight',
        hours({ openingHour: [['Friday', null, '22:00', '02:00']] }),
        '2026-03-27T23:00:00Z',
        { kind: 'open', closesAt: '2026-03-28T00:00:00.000Z', r: false },
      ],
      [
        'over midnight written the older way (Special)',
        hours({ ...NIGHT, serviceHourType: 'Special' }),
        '2026-03-29T00:30:00Z',
        { kind: 'open', closesAt: '2026-03-29T01:00:00.000Z', r: false },
      ],
      ['always open', hours({ isAlwaysOpen: true }), '2026-03-29T00:30:00Z', { kind: 'always-open' }],
      [
        'always open, but closed today by exception: opens at midnight',
        hours({ isAlwaysOpen: true }, closedOn('2026-03-25')),
        '2026-03-25T08:00:00Z',
        { kind: 'closed', opensAt: '2026-03-25T22:00:00.000Z', r: false, exception: true },
      ],
      [
        'exceptional closure today',
        hours(OFFICE, closedOn('2026-03-25')),
        '2026-03-25T08:00:00Z',
        { kind: 'closed', opensAt: '2026-03-26T07:00:00.000Z', r: false, exception: true },
      ],
      [
        'a closure of three days (validTo inclusive) and a closed Sunday',
        hours(OFFICE, closedOn('2026-12-24', '2026-12-26')),
        '2026-12-24T08:00:00Z',
        { kind: 'closed', opensAt: '2026-12-28T07:00:00.000Z', r: false, exception: true },
      ],
      [
        'an exceptional opening on a Saturday',
        hours(OFFICE, {
          serviceHourType: 'Exceptional',
          validFrom: '2026-03-28T00:00:00',
          isClosed: false,
          openingHour: [[null, null, '10:00', '14:00']],
        }),
        '2026-03-28T09:00:00Z',
        { kind: 'open', closesAt: '2026-03-28T12:00:00.000Z', r: false },
      ],
      [
        'reservation only, during appointment hours',
        hours({ isReservation: true, openingHour: [['Tuesday', null, '09:00', '15:00']] }),
        '2026-03-24T08:00:00Z',
        { kind: 'open', closesAt: '2026-03-24T13:00:00.000Z', r: true },
      ],
      [
        'reservation only, next appointments next Tuesday',
        hours({ isReservation: true, openingHour: [['Tuesday', null, '09:00', '15:00']] }),
        '2026-03-25T08:00:00Z',
        { kind: 'closed', opensAt: '2026-03-31T06:00:00.000Z', r: true, exception: false },
      ],
      [
        'seasonal (summer) hours win over the normal ones while valid',
        hours(OFFICE, {
          validFrom: '2026-06-01T00:00:00',
          validTo: '2026-08-31T00:00:00',
          openingHour: [['Monday', 'Friday', '09:00', '12:00']],
        }),
        '2026-07-01T10:00:00Z',
        { kind: 'closed', opensAt: '2026-07-02T06:00:00.000Z', r: false, exception: false },
      ],
      ['no hours at all', hours(), '2026-03-25T08:00:00Z', { kind: 'unknown' }],
      [
        'nothing open within two weeks',
        hours({ openingHour: [['Monday', null, 'nonsense', '15:00']] }),
        '2026-03-25T08:00:00Z',
        { kind: 'closed', opensAt: undefined, r: false, exception: false },
      ],
    ];
    for (const [name, h, now, expected] of cases) {
      it(name, () => {
        const got = brief(openState(h, at(now)));
        if (expected.kind === 'closed' && expected.opensAt === undefined)
          delete (expected as { opensAt?: string }).opensAt;
        if (got.kind === 'closed' && got.opensAt === undefined) delete (got as { opensAt?: string }).opensAt;
        expect(got).to.deep.equal(expected);
      });
    }
  });

  describe('the regular week as a person reads it', () => {
    const cases: [string, ServiceHours, string, string][] = [
      ['groups equal days', hours(OFFICE), 'en', 'Mon–Thu 9.00–15.00, Fri 9.00–12.00'],
      ['in Finnish', hours(OFFICE), 'fi', 'ma–to 9.00–15.00, pe 9.00–12.00'],
      ['in Swedish', hours(OFFICE), 'sv', 'mån–tors 9.00–15.00, fre 9.00–12.00'],
      [
        'does not join days that are not next to each other',
        hours({
          openingHour: [
            ['Tuesday', null, '09:00', '15:00'],
            ['Thursday', null, '09:00', '15:00'],
          ],
        }),
        'en',
        'Tue 9.00–15.00, Thu 9.00–15.00',
      ],
      [
        'adds hours over midnight to their first day',
        hours(
          { openingHour: [['Monday', 'Friday', '10:00', '16:00']] },
          { serviceHourType: 'OverMidnight', openingHour: [['Friday', 'Saturday', '20:00', '02:00']] },
        ),
        'en',
        'Mon–Thu 10.00–16.00, Fri 10.00–16.00, 20.00–2.00',
      ],
      [
        'a range across Sunday',
        hours({ openingHour: [['Friday', 'Monday', '09:00', '15:00']] }),
        'en',
        'Mon 9.00–15.00, Fri–Sun 9.00–15.00',
      ],
      [
        'seconds and a single-digit hour',
        hours({ openingHour: [['Monday', null, '8:30:00', '16:15:00']] }),
        'en',
        'Mon 8.30–16.15',
      ],
      [
        'an evening that ends at midnight ends at 24.00, not 0.00',
        hours({ openingHour: [['Monday', 'Friday', '16:00', '00:00']] }),
        'fi',
        'ma–pe 16.00–24.00',
      ],
      ['always open has no weekly rows', hours({ isAlwaysOpen: true }), 'en', ''],
    ];
    for (const [name, h, locale, expected] of cases) {
      it(name, () => expect(formatWeek(weeklyGroups(h, '2026-03-25'), locale)).to.equal(expected));
    }
  });

  describe('exceptional days of the coming weeks', () => {
    const h = hours(
      OFFICE,
      closedOn('2026-03-20'),
      closedOn('2026-03-25'),
      closedOn('2026-04-10', '2026-04-13'),
      closedOn('2026-05-01'),
    );
    it('lists those from today on, within four weeks, in date order', () => {
      expect(upcomingExceptions(h, '2026-03-25').map((e) => [e.from, e.to])).to.deep.equal([
        ['2026-03-25', '2026-03-25'],
        ['2026-04-10', '2026-04-13'],
      ]);
    });
    it('keeps a closure that began before today and still runs', () => {
      expect(upcomingExceptions(h, '2026-04-12').map((e) => e.from)).to.deep.equal(['2026-04-10', '2026-05-01']);
    });
  });

  describe('reading PTV clock times', () => {
    const cases: [string, number | undefined][] = [
      ['09:00', 540],
      ['9:00', 540],
      ['15:30:00', 930],
      ['00:00', 0],
      ['24:00', 1440],
      ['24:30', undefined],
      ['9.00', undefined],
      ['', undefined],
    ];
    for (const [value, minutes] of cases) it(`"${value}"`, () => expect(parseClock(value)).to.equal(minutes));
  });

  describe('days relative to today', () => {
    const now = at('2026-03-27T10:00:00Z'); // Friday
    const cases: [string, ReturnType<typeof relativeDay>][] = [
      ['2026-03-27T20:00:00Z', { kind: 'today' }],
      ['2026-03-28T06:00:00Z', { kind: 'tomorrow' }],
      ['2026-03-30T06:00:00Z', { kind: 'weekday', weekday: 1 }],
      ['2026-04-03T06:00:00Z', { kind: 'date' }],
    ];
    for (const [when, expected] of cases) it(when, () => expect(relativeDay(at(when), now)).to.deep.equal(expected));
  });
});
