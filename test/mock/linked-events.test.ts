import { expect } from '@open-wc/testing';
import { loadSample, shapeDifferences } from '../helpers/shape.js';
import { mockApi, type MockApi } from '../helpers/mock.js';

interface Page {
  meta: { count: number; next: string | null; previous: string | null };
  data: { id: string; start_time: string; registration: { '@id': string } | null; keywords: { id: string }[] }[];
}

const get = async <T>(url: string, init?: RequestInit): Promise<{ status: number; body: T }> => {
  const res = await fetch(url, init);
  return { status: res.status, body: (await res.json()) as T };
};
const post = <T>(url: string, body: unknown, lang = 'en') =>
  get<T>(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Accept-Language': lang },
    body: JSON.stringify(body),
  });

/**
 * The samples (shared/reference/samples) write Linked Events' integer ids as strings (`"42"`); the
 * official OpenAPI types them integer, and the fake follows it (test/contract). Their shapes are
 * compared with the ids read as the contract has them.
 */
const withContractIds = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(withContractIds)
    : typeof value === 'object' && value !== null
      ? Object.fromEntries(
          Object.entries(value).map(([k, v]) => [
            k,
            (k === 'id' || k === 'registration') && typeof v === 'string' && /^\d+$/.test(v)
              ? Number(v)
              : withContractIds(v),
          ]),
        )
      : value;

describe('Linked Events fake', () => {
  let api: MockApi;
  beforeEach(async () => {
    api = await mockApi();
  });

  describe('contract: answers in the shapes of the samples', () => {
    it('course page', async () => {
      const sample = withContractIds(await loadSample('linked-events-course-page.json'));
      const { body } = await get(`${api.linkedEvents}event/?event_type=Course&include=location,keywords&page_size=2`);
      expect(shapeDifferences(sample, body)).to.deep.equal([]);
    });

    it('registration', async () => {
      const sample = withContractIds(await loadSample('linked-events-registration.json'));
      const { body } = await get(`${api.linkedEvents}registration/100/`);
      expect(shapeDifferences(sample, body)).to.deep.equal([]);
    });

    it('the enrolment flow, its errors included', async () => {
      const s = withContractIds(await loadSample('linked-events-enrol-flow.json')) as Record<
        string,
        Record<string, unknown>
      >;
      const hold = await post<{ code: string }>(`${api.linkedEvents}seats_reservation/`, {
        registration: '100',
        seats: 1,
      });
      expect(hold.status).to.equal(201);
      expect(shapeDifferences(s.seats_reservation_201, hold.body)).to.deep.equal([]);

      const request: Record<string, unknown> = {
        ...s.signup_group_request,
        registration: '100',
        reservation_code: hold.body.code,
      };
      const bad = await post(`${api.linkedEvents}signup_group/`, {
        ...request,
        contact_person: { ...(request.contact_person as object), email: 'not-an-email' },
        signups: [{ ...(request.signups as object[])[0], date_of_birth: '2020-01-01' }],
      });
      expect(bad.status).to.equal(400);
      expect(bad.body).to.deep.equal({
        contact_person: { email: ['Enter a valid email address.'] },
        signups: [{ date_of_birth: ['The participant is too young.'] }],
      });

      const ok = await post<{ signups: { attendee_status: string }[] }>(`${api.linkedEvents}signup_group/`, request);
      expect(ok.status).to.equal(201);
      expect(ok.body.signups[0]!.attendee_status).to.equal('attending');

      const again = await post(`${api.linkedEvents}signup_group/`, request);
      expect(again.status).to.equal(400);
      expect(again.body).to.deep.equal({ reservation_code: ["Reservation code doesn't exist."] });
    });
  });

  describe('course list', () => {
    it('lists only courses, with paging links', async () => {
      const general = await get<Page>(`${api.linkedEvents}event/`);
      expect(general.body.meta.count).to.equal(0);
      const first = await get<Page>(`${api.linkedEvents}event/?event_type=Course&page_size=10`);
      expect(first.body.meta.count).to.be.at.least(30);
      expect(first.body.data).to.have.length(10);
      expect(first.body.meta.previous).to.equal(null);
      const second = await get<Page>(first.body.meta.next!);
      expect(second.body.data[0]!.id).to.not.equal(first.body.data[0]!.id);
      expect(new URL(second.body.meta.previous!).searchParams.get('page')).to.equal('1');
      expect((await get(`${api.linkedEvents}event/?event_type=Course&page=99`)).status).to.equal(404);
    });

    it('filters by text, keyword (OR), keyword_AND, location and enrolment_open, and sorts', async () => {
      const url = (q: string) => `${api.linkedEvents}event/?event_type=Course&page_size=100&include=keywords&${q}`;
      const literacy = await get<Page>(url('keyword=porvoo:path-literacy'));
      expect(literacy.body.meta.count).to.be.greaterThan(3);
      for (const ev of literacy.body.data) expect(ev.keywords.map((k) => k.id)).to.include('porvoo:path-literacy');
      const either = await get<Page>(url('keyword=porvoo:path-literacy,porvoo:path-fast'));
      expect(either.body.meta.count).to.be.greaterThan(literacy.body.meta.count);
      const both = await get<Page>(url('keyword_AND=porvoo:path-fast,porvoo:weekday-fri'));
      expect(both.body.meta.count).to.be.greaterThan(0).and.lessThan(either.body.meta.count);
      const text = await get<Page>(url('text=LUKUTAITO'));
      expect(text.body.meta.count).to.equal(literacy.body.meta.count);
      const kulloo = await get<Page>(url('location=porvoo:kulloo'));
      expect(kulloo.body.meta.count).to.be.greaterThan(0);
      const open = await get<Page>(url('enrolment_open=true'));
      const all = await get<Page>(url(''));
      expect(open.body.meta.count).to.be.greaterThan(5).and.lessThan(all.body.meta.count);
      const sorted = await get<Page>(url('sort=start_time'));
      const starts = sorted.body.data.map((e) => Date.parse(e.start_time));
      expect(starts).to.deep.equal([...starts].sort((a, b) => a - b));
    });

    it('enrolment_open and enrolment_open_waitlist read a null capacity as no limit', async () => {
      const ids = async (q: string) =>
        (await get<Page>(`${api.linkedEvents}event/?event_type=Course&page_size=100&${q}`)).body.data.map((e) => e.id);
      const open = await ids('enrolment_open=true');
      const openOrWaitlist = await ids('enrolment_open_waitlist=true');
      // Course 35: full, waiting list without a limit. Course 36: no seat limit.
      expect(open).to.include('porvoo:koto-36').and.not.include('porvoo:koto-35');
      expect(openOrWaitlist).to.include.members(['porvoo:koto-35', 'porvoo:koto-36', 'porvoo:koto-03']);
      // Course 10: full, and its waiting list (capacity 0) too.
      expect(openOrWaitlist).to.not.include('porvoo:koto-10');
    });

    it('keyword_OR_set1, keyword_OR_set2 …: any id of each set, and every set must match, with keyword_AND too', async () => {
      const page = async (q: string) =>
        (await get<Page>(`${api.linkedEvents}event/?event_type=Course&page_size=100&include=keywords&${q}`)).body;
      const a1 = 'porvoo:level-a1,porvoo:level-a1-1,porvoo:level-a1-2,porvoo:level-a1-3';
      const level = await page(`keyword_OR_set1=${a1}`);
      const exact = await page('keyword=porvoo:level-a1');
      expect(level.meta.count).to.be.greaterThan(exact.meta.count);
      for (const ev of level.data) expect(ev.keywords.map((k) => k.id).some((k) => a1.includes(k))).to.equal(true);
      const both = await page(`keyword_OR_set1=${a1}&keyword_OR_set2=porvoo:path-slow,porvoo:path-literacy`);
      expect(both.meta.count).to.be.greaterThan(0).and.lessThan(level.meta.count);
      for (const ev of both.data)
        expect(ev.keywords.map((k) => k.id)).to.satisfy(
          (k: string[]) => k.includes('porvoo:path-slow') || k.includes('porvoo:path-literacy'),
        );
      const andToo = await page(`keyword_OR_set1=${a1}&keyword_AND=porvoo:path-slow,porvoo:weekday-mon`);
      expect(andToo.meta.count).to.be.greaterThan(0).and.lessThan(level.meta.count);
      for (const ev of andToo.data)
        expect(ev.keywords.map((k) => k.id)).to.include.members(['porvoo:path-slow', 'porvoo:weekday-mon']);
      // keyword_OR is keyword by another name; the OR set and the preset keyword both apply.
      expect((await page('keyword_OR=porvoo:level-a1')).meta.count).to.equal(exact.meta.count);
      expect((await page(`keyword=porvoo:path-fast&keyword_OR_set1=${a1}`)).meta.count).to.be.lessThan(
        level.meta.count,
      );
    });

    it('enrolment_open as Linked Events has it: a registration whose enrolment has not ended, whatever the status', async () => {
      const ids = async (q: string) =>
        (await get<Page>(`${api.linkedEvents}event/?event_type=Course&page_size=100&${q}`)).body.data.map((e) => e.id);
      const open = await ids('enrolment_open=true');
      // Course 29 is cancelled and course 17 postponed, both with open registrations; course 4's enrolment opens later.
      expect(open).to.include.members(['porvoo:koto-29', 'porvoo:koto-17', 'porvoo:koto-04', 'porvoo:koto-01']);
      // Courses 30 and 31 have no registration; course 7's enrolment has ended.
      expect(open).to.not.include.members(['porvoo:koto-30']);
      expect(open).to.not.include.members(['porvoo:koto-31']);
      expect(open).to.not.include.members(['porvoo:koto-07']);
      const stopped = await ids('event_status=EventCancelled,EventPostponed');
      expect(stopped).to.have.members(['porvoo:koto-29', 'porvoo:koto-17']);
    });

    it('has the seed a catalogue needs: every path, a cancelled course, a bare date, full courses', async () => {
      const { body } = await get<Page & { data: Record<string, unknown>[] }>(
        `${api.linkedEvents}event/?event_type=Course&page_size=100&include=registration`,
      );
      const events = body.data as unknown as {
        event_status: string;
        start_time: string;
        name: Record<string, string | null>;
        registration: { remaining_attendee_capacity: number; remaining_waiting_list_capacity: number } | null;
      }[];
      expect(events.some((e) => e.event_status === 'EventCancelled')).to.equal(true);
      expect(events.some((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.start_time))).to.equal(true);
      expect(events.some((e) => !e.name.en)).to.equal(true);
      expect(events.some((e) => e.registration?.remaining_attendee_capacity === 0)).to.equal(true);
    });
  });

  describe('enrolling', () => {
    it('a hold takes a seat, then the waiting list; holds expire with the clock', async () => {
      // Registration 101 has one seat left.
      const reg = () => get<{ remaining_attendee_capacity: number }>(`${api.linkedEvents}registration/101/`);
      expect((await reg()).body.remaining_attendee_capacity).to.equal(1);
      const first = await post<{ in_waitlist: boolean }>(`${api.linkedEvents}seats_reservation/`, {
        registration: '101',
        seats: 1,
      });
      expect(first.body.in_waitlist).to.equal(false);
      expect((await reg()).body.remaining_attendee_capacity).to.equal(0);
      const second = await post<{ in_waitlist: boolean }>(`${api.linkedEvents}seats_reservation/`, {
        registration: '101',
        seats: 1,
      });
      expect(second.body.in_waitlist).to.equal(true);
      await api.clock({ advance: 17 * 60_000 });
      expect((await reg()).body.remaining_attendee_capacity).to.equal(1);
    });

    it('answers 409 outside the enrolment window, in the asked language', async () => {
      // Registration 103 (course 4) opens later; 106 (course 7) has closed.
      const early = await post(`${api.linkedEvents}seats_reservation/`, { registration: '103', seats: 1 }, 'fi');
      expect(early).to.deep.equal({ status: 409, body: { detail: 'Ilmoittautuminen ei ole vielä alkanut.' } });
      const late = await post(`${api.linkedEvents}seats_reservation/`, { registration: '106', seats: 1 });
      expect(late).to.deep.equal({ status: 409, body: { detail: 'Enrolment is already closed.' } });
    });

    it('refuses a hold when neither seats nor waiting list are left', async () => {
      // Registration 109 (course 10) is full with no waiting list.
      const full = await post(`${api.linkedEvents}seats_reservation/`, { registration: '109', seats: 1 });
      expect(full).to.deep.equal({ status: 400, body: { seats: ['Not enough seats available. Capacity left: 0.'] } });
    });

    it('a waiting list without a limit (null) takes a hold when the course is full, as the real API does', async () => {
      // Registration 134 (course 35) is full; its waiting list has no limit.
      const { body: reg } = await get<Record<string, unknown>>(`${api.linkedEvents}registration/134/`);
      expect(reg).to.include({
        remaining_attendee_capacity: 0,
        waiting_list_capacity: null,
        remaining_waiting_list_capacity: null,
      });
      for (let i = 0; i < 3; i++) {
        const hold = await post<{ in_waitlist: boolean }>(`${api.linkedEvents}seats_reservation/`, {
          registration: '134',
          seats: 1,
        });
        expect([hold.status, hold.body.in_waitlist]).to.deep.equal([201, true]);
      }
    });

    it('a course without a seat limit (null) holds a seat, never a waiting-list place', async () => {
      // Registration 135 (course 36) has no limit on attendees.
      const { body: reg } = await get<Record<string, unknown>>(`${api.linkedEvents}registration/135/`);
      expect(reg).to.include({ maximum_attendee_capacity: null, remaining_attendee_capacity: null });
      const hold = await post<{ in_waitlist: boolean }>(`${api.linkedEvents}seats_reservation/`, {
        registration: '135',
        seats: 1,
      });
      expect([hold.status, hold.body.in_waitlist]).to.deep.equal([201, false]);
    });

    it('an expired hold cannot be used', async () => {
      const hold = await post<{ code: string }>(`${api.linkedEvents}seats_reservation/`, {
        registration: '100',
        seats: 1,
      });
      await api.clock({ advance: 20 * 60_000 });
      const res = await post(`${api.linkedEvents}signup_group/`, {
        registration: '100',
        reservation_code: hold.body.code,
        signups: [{ first_name: 'A', last_name: 'B', phone_number: '+358401111111', date_of_birth: '1990-01-01' }],
      });
      expect(res).to.deep.equal({
        status: 400,
        body: { reservation_code: ['Cannot update expired seats reservation.'] },
      });
    });
  });

  describe('age limits, counted as Linked Events counts them', () => {
    // 01:30 on 15 June in Helsinki, still 14 June in UTC. Registration 105 (course 6) asks for 17 years.
    const NOW = '2026-06-14T22:30:00Z';
    beforeEach(async () => {
      api = await mockApi({ now: NOW });
    });

    /** Holds a seat and signs up someone born on `dob`: the status and any date-of-birth error. */
    async function enrol(dob: string): Promise<{ status: number; error?: string }> {
      const hold = await post<{ code: string }>(`${api.linkedEvents}seats_reservation/`, {
        registration: '105',
        seats: 1,
      });
      const res = await post<{ signups: { date_of_birth?: string[] }[] }>(`${api.linkedEvents}signup_group/`, {
        registration: '105',
        reservation_code: hold.body.code,
        signups: [{ first_name: 'A', last_name: 'B', phone_number: '+358401111111', date_of_birth: dob }],
      });
      if (res.status !== 400) return { status: res.status };
      return { status: res.status, error: res.body.signups[0]?.date_of_birth?.[0] ?? JSON.stringify(res.body) };
    }

    it('on the day the course starts, when that is later than today', async () => {
      await api.putEvent({ id: 'porvoo:koto-06', start_time: '2026-07-20T06:00:00Z' });
      // 16 today, 17 on 20 July.
      expect(await enrol('2009-07-20')).to.deep.equal({ status: 201 });
      expect(await enrol('2009-07-21')).to.deep.equal({ status: 400, error: 'The participant is too young.' });
    });

    it('on the Helsinki date of the start: a course starting on a bare date (midnight in Helsinki)', async () => {
      // 2026-08-03 in Helsinki is still 2 August in UTC.
      await api.putEvent({ id: 'porvoo:koto-06', start_time: '2026-08-03' });
      expect(await enrol('2009-08-03')).to.deep.equal({ status: 201 });
    });

    it('on today in Helsinki, when the course has already started', async () => {
      await api.putEvent({ id: 'porvoo:koto-06', start_time: '2026-06-01T06:00:00Z' });
      // 17 on 15 June, which it already is in Helsinki (not yet in UTC).
      expect(await enrol('2009-06-15')).to.deep.equal({ status: 201 });
      expect(await enrol('2009-06-16')).to.deep.equal({ status: 400, error: 'The participant is too young.' });
    });
  });
});
