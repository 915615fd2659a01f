import { expect } from '@open-wc/testing';
import {
  emptyFilters,
  filtersFromSearch,
  linkWithFilters,
  refine,
  searchWithFilters,
  toQuery,
  upcomingMonths,
  type CatalogueFilters,
} from '../../../src/components/course-catalogue/filters.js';
import { defaultKeywordConfig, type Course } from '../../../src/api/linked-events/course.js';
import { fromZoned } from '../../../src/shared/time.js';

const f = (patch: Partial<CatalogueFilters>): CatalogueFilters => ({ ...emptyFilters(), ...patch });

describe('catalogue filters', () => {
  describe('to the API query', () => {
    const cases: [string, Partial<CatalogueFilters>, Record<string, unknown>][] = [
      ['nothing chosen', {}, { sort: 'start_time' }],
      ['text, trimmed', { text: '  suomi ' }, { text: 'suomi' }],
      ['study path', { path: 'literacy' }, { keywordAll: ['porvoo:path-literacy'] }],
      [
        'path, level and weekday together: each must match',
        { path: 'fast', level: 'B1.1', weekday: 5 },
        { keywordAll: ['porvoo:path-fast', 'porvoo:weekday-fri'], keywordAnyOf: [['porvoo:level-b1-1']] },
      ],
      [
        'a level finds its sub-levels: A1 is any of A1, A1.1, A1.2, A1.3',
        { level: 'A1' },
        {
          keywordAll: undefined,
          keywordAnyOf: [['porvoo:level-a1', 'porvoo:level-a1-1', 'porvoo:level-a1-2', 'porvoo:level-a1-3']],
        },
      ],
      ['evening', { time: 'evening' }, { startsAfter: '16' }],
      ['daytime', { time: 'daytime' }, { endsBefore: '17' }],
      ['start month', { month: '2027-02' }, { start: '2027-02-01', end: '2027-02-28' }],
      ['start month in a leap year', { month: '2028-02' }, { end: '2028-02-29' }],
      ['a broken month is ignored', { month: '2027-13' }, { start: undefined, end: undefined }],
      // A full course whose waiting list has room takes requests too (`enrolment_open_waitlist`).
      ['enrolment open', { open: true }, { enrolmentOpenWaitlist: true, enrolmentOpen: undefined }],
      ['place', { place: 'porvoo:kulloo' }, { location: ['porvoo:kulloo'] }],
    ];
    for (const [name, filters, expected] of cases) {
      it(name, () => {
        const q = toQuery(f(filters), {}, defaultKeywordConfig) as Record<string, unknown>;
        for (const [key, value] of Object.entries(expected)) expect(q[key], key).to.deep.equal(value);
      });
    }

    it('keeps the presets: keyword (OR), publisher, location unless a place is chosen, page size', () => {
      const preset = { keyword: ['yso:p19331', 'yso:p11617'], publisher: ['p'], location: ['a', 'b'], pageSize: 10 };
      expect(toQuery(f({}), preset, defaultKeywordConfig)).to.include({ pageSize: 10 });
      expect(toQuery(f({}), preset, defaultKeywordConfig).keyword).to.deep.equal(['yso:p19331', 'yso:p11617']);
      expect(toQuery(f({}), preset, defaultKeywordConfig).location).to.deep.equal(['a', 'b']);
      expect(toQuery(f({ place: 'c' }), preset, defaultKeywordConfig).location).to.deep.equal(['c']);
    });
  });

  describe('in the page URL', () => {
    it('round-trips every filter and keeps the page own parameters', () => {
      const all = f({
        text: 'a b',
        path: 'slow',
        level: 'A1.1',
        time: 'evening',
        weekday: 3,
        place: 'x:y',
        open: true,
        month: '2027-01',
      });
      const search = searchWithFilters('?lang=sv&koto-path=fast', all);
      expect(new URLSearchParams(search).get('lang')).to.equal('sv');
      expect(filtersFromSearch(search, defaultKeywordConfig)).to.deep.equal(all);
      expect(searchWithFilters('?koto-q=x', emptyFilters())).to.equal('');
    });

    it('is carried by a link to the enrolment form on this same page, and by no other link', () => {
      const search = f({ level: 'A1', time: 'evening' });
      const here = 'https://porvoo.example/kotoutuminen?koto-level=A1&koto-time=evening';
      // The demo's way: the form beside the catalogue, reached by ?course=…#enrol.
      const link = linkWithFilters('?course=le%3A1#enrol', search, here);
      expect(link.startsWith('?') && link.endsWith('#enrol')).to.equal(true);
      const back = new URLSearchParams(link.slice(0, link.indexOf('#')));
      expect(back.get('course')).to.equal('le:1');
      expect(filtersFromSearch(link.slice(0, link.indexOf('#')), defaultKeywordConfig)).to.deep.equal(search);
      expect(linkWithFilters('/kotoutuminen?course=1', search, here)).to.equal(
        '/kotoutuminen?course=1&koto-level=A1&koto-time=evening',
      );
      // Another page, another site, or a link that chooses a filter itself: left as given.
      expect(linkWithFilters('/hae?course=1', search, here)).to.equal('/hae?course=1');
      expect(linkWithFilters('https://other.example/kotoutuminen?course=1', search, here)).to.equal(
        'https://other.example/kotoutuminen?course=1',
      );
      expect(linkWithFilters('?course=1&koto-level=B1', search, here)).to.equal('?course=1&koto-level=B1');
      expect(linkWithFilters('?course=1', emptyFilters(), here)).to.equal('?course=1');
    });

    it('ignores values it does not know', () => {
      const read = filtersFromSearch(
        '?koto-path=sideways&koto-level=Z9&koto-time=night&koto-day=9&koto-month=soon',
        defaultKeywordConfig,
      );
      expect(read).to.deep.equal(emptyFilters());
    });
  });

  describe('on the loaded page', () => {
    it('with a start month, drops courses that began earlier', () => {
      const course = (y: number, m: number, d: number) =>
        ({ id: `${y}-${m}-${d}`, start: { instant: fromZoned(y, m, d, 9), dateOnly: false } }) as Course;
      const list = [course(2027, 1, 31), course(2027, 2, 1), course(2027, 2, 28)];
      expect(refine(list, f({ month: '2027-02' })).map((c) => c.id)).to.deep.equal(['2027-2-1', '2027-2-28']);
      expect(refine(list, f({}))).to.have.length(3);
    });

    it('with "enrolment open now", keeps only courses that take a request now: a seat or the waiting list', () => {
      const course = (
        id: string,
        status: Course['status'],
        state: Course['enrolment']['state'],
        seats: Course['seats'],
      ) => ({ id, status, enrolment: { state }, seats }) as Course;
      const list = [
        course('seat', 'scheduled', 'open', { left: 3 }),
        course('no-limit', 'rescheduled', 'open', {}),
        course('waiting-list', 'scheduled', 'open', { left: 0, waitingListLeft: 2 }),
        course('full', 'scheduled', 'open', { left: 0, waitingListLeft: 0 }),
        // Linked Events' enrolment_open lists these three too.
        course('cancelled', 'cancelled', 'open', { left: 3 }),
        course('postponed', 'postponed', 'open', { left: 3 }),
        course('opens-later', 'scheduled', 'upcoming', { left: 3 }),
        course('ended', 'scheduled', 'closed', { left: 3 }),
      ];
      expect(refine(list, f({ open: true })).map((c) => c.id)).to.deep.equal(['seat', 'no-limit', 'waiting-list']);
      expect(refine(list, f({}))).to.have.length(list.length);
    });

    it('offers twelve months from this one, across the year', () => {
      expect(upcomingMonths(fromZoned(2026, 11, 15), 3)).to.deep.equal(['2026-11', '2026-12', '2027-01']);
    });
  });
});
