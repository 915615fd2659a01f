import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { Event, EventPage, Registration } from '../../../src/api/linked-events/schemas.js';
import {
  availability,
  defaultKeywordConfig,
  enrolmentState,
  levelKeywordIds,
  toCourse,
  type Course,
} from '../../../src/api/linked-events/course.js';
import { toRegistration } from '../../../src/api/linked-events/registration.js';
import { pickLocalised } from '../../../src/api/localised.js';
import { loadSample } from '../../helpers/shape.js';

const parseEvent = (data: unknown) => {
  const r = z.safeParse(Event, data);
  if (!r.success) throw new Error(r.error.message);
  return r.data;
};
const NOW = Date.parse('2025-06-01T09:00:00Z');

describe('Linked Events normalisation', () => {
  let page: { data: unknown[] };
  before(async () => {
    page = await loadSample('linked-events-course-page.json');
    expect(z.safeParse(EventPage, page).success).to.equal(true);
  });

  describe('localised texts', () => {
    it('falls back UI language → fi → sv → en and says which language it shows', () => {
      const name = { fi: 'Kurssi', sv: 'Kurs', en: null };
      expect(pickLocalised(name, 'en')).to.deep.equal({ text: 'Kurssi', lang: 'fi' });
      expect(pickLocalised(name, 'sv')).to.deep.equal({ text: 'Kurs', lang: 'sv' });
      expect(pickLocalised({ sv: 'Kurs', en: 'Course' }, 'fi')).to.deep.equal({ text: 'Kurs', lang: 'sv' });
      expect(pickLocalised({ zh_hans: '课程' }, 'fi')).to.deep.equal({ text: '课程', lang: 'zh-hans' });
      expect(pickLocalised({ fi: '  ' }, 'fi')).to.equal(undefined);
      expect(pickLocalised(null, 'fi')).to.equal(undefined);
    });
  });

  describe('the sample course page', () => {
    it('normalises an included course with its path, level, place, times and price', () => {
      const course = toCourse(parseEvent(page.data[0]), { locale: 'en', now: NOW });
      expect(course.id).to.equal('porvoo:koto-25s-1');
      expect(course.name).to.deep.equal({ text: 'Kotoutumiskoulutus, peruspolku', lang: 'fi' });
      expect(course.paths).to.deep.equal(['basic']);
      expect(course.levels).to.deep.equal(['A1']);
      expect(course.place?.name).to.deep.equal({ text: 'Porvoon kansalaisopisto', lang: 'fi' });
      expect(course.place?.postalCode).to.equal('06100');
      expect(course.start).to.deep.equal({ instant: Date.parse('2025-08-18T06:00:00Z'), dateOnly: false });
      expect(course.timeOfDay).to.equal('daytime');
      expect(course.weekdays).to.deep.equal([1]);
      expect(course.enrolment.state).to.equal('open');
      expect(course.registrationId).to.equal('42');
      expect(course.isFree).to.equal(true);
      expect(course.status).to.equal('scheduled');
    });

    it('normalises refs, a bare start date, nulls and a cancelled status', () => {
      const course = toCourse(parseEvent(page.data[1]), { locale: 'sv', now: NOW });
      expect(course.status).to.equal('cancelled');
      expect(course.start?.dateOnly).to.equal(true);
      // Midnight in Helsinki on that date.
      expect(new Date(course.start!.instant).toISOString()).to.equal('2025-08-31T21:00:00.000Z');
      expect(course.timeOfDay).to.equal(undefined);
      expect(course.end).to.equal(undefined);
      expect(course.place?.id).to.equal('porvoo:kansalaisopisto');
      expect(course.registrationId).to.equal(undefined);
      expect(course.enrolment.state).to.equal('closed');
      expect(course.seats).to.deep.equal({});
      expect(course.shortDescription).to.equal(undefined);
      expect(course.isFree).to.equal(undefined);
    });

    it('ignores unknown extra fields and tolerates nulls everywhere', () => {
      const minimal = parseEvent({
        id: 'x:1',
        name: null,
        keywords: null,
        offers: null,
        location: null,
        start_time: null,
        registration: null,
        brand_new_field: { deep: [1, 2] },
      });
      const course = toCourse(minimal, { locale: 'fi', now: NOW });
      expect(course.name.lang).to.equal('und');
      expect(course.weekdays).to.deep.equal([]);
      expect(JSON.stringify(course)).not.to.match(/NaN|Invalid Date|undefined/);
    });

    it('rejects a wrong type', () => {
      expect(z.safeParse(Event, { id: 42, name: 'oops' }).success).to.equal(false);
      expect(z.safeParse(Event, { id: 'x', start_time: 5 }).success).to.equal(false);
    });
  });

  describe('enrolment state', () => {
    it('is upcoming, open or closed from the window; the registration wins over the event', async () => {
      expect(enrolmentState(10, 20, 5)).to.equal('upcoming');
      expect(enrolmentState(10, 20, 15)).to.equal('open');
      expect(enrolmentState(10, 20, 25)).to.equal('closed');
      expect(enrolmentState(undefined, 20, 15)).to.equal('open');
      expect(enrolmentState(undefined, undefined, 15)).to.equal('closed');
      const registration = z.safeParse(Registration, await loadSample('linked-events-registration.json'));
      if (!registration.success) throw new Error('sample registration does not validate');
      const event = parseEvent({ ...(page.data[0] as object), enrolment_start_time: '2030-01-01T00:00:00Z' });
      const withReg = toCourse(event, { locale: 'fi', now: NOW, registration: registration.data });
      expect(withReg.enrolment.state).to.equal('open');
      expect(withReg.seats).to.deep.equal({ capacity: 16, left: 2, waitingListCapacity: 10, waitingListLeft: 10 });
      expect(toCourse(event, { locale: 'fi', now: NOW }).enrolment.state).to.equal('upcoming');
    });

    it('a registration tells full, waiting list only, mandatory fields and messages', async () => {
      const sample = await loadSample<Record<string, unknown>>('linked-events-registration.json');
      const parse = (data: unknown) => {
        const r = z.safeParse(Registration, data);
        if (!r.success) throw new Error(r.error.message);
        return r.data;
      };
      const reg = toRegistration(parse(sample), { locale: 'en', now: NOW });
      expect(reg.mandatoryFields).to.deep.equal(['first_name', 'last_name', 'phone_number']);
      expect(reg.confirmationMessage?.lang).to.equal('fi');
      expect(reg.waitingListOnly).to.equal(false);
      expect(reg.minAge).to.equal(17);
      const waitlist = toRegistration(parse({ ...sample, remaining_attendee_capacity: 0 }), { locale: 'sv', now: NOW });
      expect([waitlist.waitingListOnly, waitlist.full]).to.deep.equal([true, false]);
      const full = toRegistration(
        parse({ ...sample, remaining_attendee_capacity: 0, remaining_waiting_list_capacity: 0 }),
        {
          locale: 'sv',
          now: NOW,
        },
      );
      expect([full.waitingListOnly, full.full]).to.deep.equal([false, true]);
      expect(parse({ ...sample, id: 42 }).id).to.equal('42');
    });
  });

  describe('what a learner can do: the status wins over the enrolment window', () => {
    const registration = async (patch: Record<string, unknown> = {}) => {
      const r = z.safeParse(Registration, {
        ...(await loadSample<object>('linked-events-registration.json')),
        ...patch,
      });
      if (!r.success) throw new Error(r.error.message);
      return r.data;
    };
    const event = (patch: Record<string, unknown>) => parseEvent({ ...(page.data[0] as object), ...patch });

    for (const [wire, status] of [
      ['EventCancelled', 'cancelled'],
      ['EventPostponed', 'postponed'],
    ] as const) {
      it(`a ${status} course is never open, though its registration is open and has seats`, async () => {
        const course = toCourse(event({ event_status: wire }), {
          locale: 'en',
          now: NOW,
          registration: await registration(),
        });
        expect(course.seats.left).to.be.greaterThan(0);
        expect(course.enrolment.state).to.equal('closed');
        expect(availability(course)).to.equal(status);
      });

      it(`a ${status} course without a registration (registration: null) is never open either`, () => {
        const course = toCourse(event({ event_status: wire, registration: null }), { locale: 'en', now: NOW });
        expect(course.registrationId).to.equal(undefined);
        expect(course.enrolment.state).to.equal('closed');
        expect(availability(course)).to.equal(status);
      });
    }

    it('an open course: a seat, the waiting list, or full; a rescheduled one stays open', async () => {
      const open = toCourse(event({}), { locale: 'en', now: NOW, registration: await registration() });
      expect(availability(open)).to.equal('open');
      const rescheduled = toCourse(event({ event_status: 'EventRescheduled' }), {
        locale: 'en',
        now: NOW,
        registration: await registration(),
      });
      expect(availability(rescheduled)).to.equal('open');
      const waiting = toCourse(event({}), {
        locale: 'en',
        now: NOW,
        registration: await registration({ remaining_attendee_capacity: 0 }),
      });
      expect(availability(waiting)).to.equal('waiting-list');
      const full = toCourse(event({}), {
        locale: 'en',
        now: NOW,
        registration: await registration({ remaining_attendee_capacity: 0, remaining_waiting_list_capacity: 0 }),
      });
      expect(availability(full)).to.equal('full');
    });

    it('reads a course a portal made itself the same way', () => {
      const own = { status: 'cancelled', enrolment: { state: 'open' }, seats: { left: 3 } } as Course;
      expect(availability(own)).to.equal('cancelled');
      expect(availability({ ...own, status: 'scheduled', enrolment: { state: 'upcoming' } })).to.equal('upcoming');
    });
  });

  describe('levels', () => {
    it('a level finds its sub-levels too: A1 is A1.1, A1.2 and A1.3 as well; a sub-level only itself', () => {
      expect(levelKeywordIds(defaultKeywordConfig, 'A1')).to.deep.equal([
        'porvoo:level-a1',
        'porvoo:level-a1-1',
        'porvoo:level-a1-2',
        'porvoo:level-a1-3',
      ]);
      expect(levelKeywordIds(defaultKeywordConfig, 'A1.2')).to.deep.equal(['porvoo:level-a1-2']);
      expect(levelKeywordIds(defaultKeywordConfig, 'B1')).to.deep.equal(['porvoo:level-b1', 'porvoo:level-b1-1']);
      // Not "A1" within "A10" or "A1x": only labels below it.
      const config = { ...defaultKeywordConfig, levels: { A1: ['a'], 'A1.1': ['b'], A10: ['c'] } };
      expect(levelKeywordIds(config, 'A1')).to.deep.equal(['a', 'b']);
    });
  });

  describe('limits that Linked Events leaves open (null)', () => {
    const parse = (data: unknown) => {
      const r = z.safeParse(Registration, data);
      if (!r.success) throw new Error(r.error.message);
      return r.data;
    };

    it('a full course whose waiting list has no limit still takes requests, to the waiting list', async () => {
      const sample = await loadSample<Record<string, unknown>>('linked-events-registration.json');
      // What the API sends for `waiting_list_capacity: null` once the seats are taken.
      const wire = parse({
        ...sample,
        remaining_attendee_capacity: 0,
        waiting_list_capacity: null,
        current_waiting_list_count: 25,
        remaining_waiting_list_capacity: null,
      });
      const reg = toRegistration(wire, { locale: 'en', now: NOW });
      expect([reg.waitingListOnly, reg.full]).to.deep.equal([true, false]);
      expect(reg.waitingListUnlimited).to.equal(true);
      expect(reg.waitingListLeft).to.equal(undefined);
      const course = toCourse(parseEvent(page.data[0]), { locale: 'en', now: NOW, registration: wire });
      expect(course.seats).to.deep.equal({ capacity: 16, left: 0, waitingListUnlimited: true });
      // A waiting list with a limit says so, and only then counts its places.
      const limited = toCourse(parseEvent(page.data[0]), { locale: 'en', now: NOW, registration: parse(sample) });
      expect(limited.seats.waitingListUnlimited).to.equal(undefined);
    });

    it("a course with no limit on seats is never full, and the event's capacity does not stand in for it", async () => {
      const sample = await loadSample<Record<string, unknown>>('linked-events-registration.json');
      const wire = parse({
        ...sample,
        maximum_attendee_capacity: null,
        current_attendee_count: 40,
        remaining_attendee_capacity: null,
      });
      const reg = toRegistration(wire, { locale: 'en', now: NOW });
      expect([reg.waitingListOnly, reg.full]).to.deep.equal([false, false]);
      expect([reg.capacity, reg.seatsLeft]).to.deep.equal([undefined, undefined]);
      // The event still carries a number of its own; the registration's "no limit" wins, as its times do.
      const event = parseEvent({ ...(page.data[0] as object), maximum_attendee_capacity: 16 });
      const course = toCourse(event, { locale: 'en', now: NOW, registration: wire });
      expect(course.seats.capacity).to.equal(undefined);
      expect(course.seats.left).to.equal(undefined);
    });
  });
});
