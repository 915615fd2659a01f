import { expect } from '@open-wc/testing';
import {
  LinkedEventsClient,
  LinkedEventsCourseClient,
  LinkedEventsEnrolmentClient,
} from '../../../src/api/linked-events/client.js';
import { mockApi, type MockApi } from '../../helpers/mock.js';

describe('LinkedEventsClient', () => {
  let api: MockApi;
  let client: LinkedEventsClient;
  beforeEach(async () => {
    api = await mockApi();
    client = new LinkedEventsClient({ baseUrl: api.linkedEvents, backoffMs: 1 });
  });

  describe('listing courses', () => {
    it('always asks for courses with places, keywords, languages and registrations included', async () => {
      const result = await client.listCourses({ keyword: ['porvoo:path-literacy'], pageSize: 3 }, { language: 'sv' });
      expect(result.ok).to.equal(true);
      if (!result.ok) return;
      expect(result.value.courses).to.have.length(3);
      expect(result.value.courses.every((c) => c.paths.includes('literacy'))).to.equal(true);
      expect(result.value.courses[0]!.name.lang).to.be.oneOf(['sv', 'fi']);
      expect(result.value.next).to.be.a('string');
      const url = new URL(result.value.next!);
      expect(url.searchParams.get('event_type')).to.equal('Course');
      expect(url.searchParams.get('include')).to.equal('location,keywords,in_language,registration,sub_events');
    });

    it('follows next links until the end', async () => {
      const first = await client.listCourses({ pageSize: 20 });
      if (!first.ok) throw new Error('first page');
      const second = await client.listCoursesAt(first.value.next!);
      if (!second.ok) throw new Error('second page');
      expect(first.value.courses.length + second.value.courses.length).to.equal(first.value.count);
      expect(second.value.next).to.equal(undefined);
    });

    it('leaves out single events that do not validate and says how many', async () => {
      await api.fault({ path: 'event/', fault: 'corrupt-item' });
      const result = await client.listCourses({ pageSize: 5 });
      expect(result.ok && [result.value.courses.length, result.value.skipped]).to.deep.equal([4, 1]);
    });

    it('a page of the wrong shape is an invalid response', async () => {
      await api.fault({ path: 'event/', fault: 'schema' });
      const broken = await client.listCourses({});
      expect(!broken.ok && broken.error.kind).to.equal('invalid-response');
    });

    it('reports a server error as data after its retries', async () => {
      await api.fault({ path: 'event/', fault: 'status=500', times: 3 });
      const result = await client.listCourses({});
      expect(!result.ok && result.error.kind === 'http' && result.error.status).to.equal(500);
    });
  });

  describe('one course', () => {
    it('comes with seats from its registration', async () => {
      const result = await client.getCourse('porvoo:koto-02', { language: 'en' });
      if (!result.ok) throw new Error(result.error.kind);
      expect(result.value.seats.left).to.equal(1);
      expect(result.value.registrationId).to.equal('101');
      expect(result.value.enrolment.state).to.equal('open');
    });

    it('a missing course is a 404', async () => {
      const result = await client.getCourse('porvoo:nope');
      expect(!result.ok && result.error.kind === 'http' && result.error.status).to.equal(404);
    });
  });

  describe('enrolling', () => {
    it('holds a seat and signs up once', async () => {
      const hold = await client.reserveSeats('100', 1);
      if (!hold.ok) throw new Error(hold.error.kind);
      expect(hold.value.inWaitlist).to.equal(false);
      expect(hold.value.expires).to.be.greaterThan(Date.now());
      const input = {
        registration: '100',
        reservationCode: hold.value.code,
        contactPerson: {
          first_name: 'Amina',
          last_name: 'Testinen',
          email: 'amina@example.org',
          service_language: 'fi',
        },
        signups: [
          {
            first_name: 'Amina',
            last_name: 'Testinen',
            date_of_birth: '1990-04-07',
            phone_number: '+358401111111',
            street_address: 'Esimerkkikatu 1',
            zipcode: '06100',
            city: 'Porvoo',
            user_consent: true,
          },
        ],
      };
      const done = await client.signup(input);
      expect(done.ok && done.value.status).to.equal('attending');
      expect((await api.state()).signups).to.equal(1);
      const again = await client.signup(input, { language: 'en' });
      expect(!again.ok && again.error.kind === 'http' && again.error.body.fields).to.deep.equal({
        reservation_code: ["Reservation code doesn't exist."],
      });
    });

    it("says which language the service's refusal is in: Finnish, for a Ukrainian form", async () => {
      // Registration 106: enrolment closed. Linked Events has no Ukrainian: it answers in Finnish.
      const result = await client.reserveSeats('106', 1, { language: 'uk' });
      expect(!result.ok && result.error).to.deep.equal({
        kind: 'http',
        status: 409,
        body: { messages: ['Ilmoittautuminen on jo päättynyt.'], fields: {}, lang: 'fi' },
      });
    });

    it('a full course puts the hold on the waiting list', async () => {
      // Registration 102 (course 3) is full with a waiting list.
      const hold = await client.reserveSeats('102', 1);
      expect(hold.ok && hold.value.inWaitlist).to.equal(true);
    });
  });

  // Each element makes the half it needs, so that a page with the catalogue does not ship the
  // enrolment requests, nor a page with the form the listing (issue 18).
  describe('the halves the elements make', () => {
    it('the course client lists as the whole client does, and only lists', async () => {
      const half = new LinkedEventsCourseClient({ baseUrl: api.linkedEvents, backoffMs: 1 });
      const [mine, whole] = await Promise.all([half.listCourses({ pageSize: 3 }), client.listCourses({ pageSize: 3 })]);
      expect(mine).to.deep.equal(whole);
      if (!mine.ok) return;
      const next = await half.listCoursesAt(mine.value.next!);
      expect(next.ok && next.value.courses.length).to.equal(3);
      expect('getCourse' in half || 'reserveSeats' in half).to.equal(false);
    });

    it('the enrolment client finds a course with its registration and holds a seat, and does not list', async () => {
      const half = new LinkedEventsEnrolmentClient({ baseUrl: api.linkedEvents, backoffMs: 1 });
      const course = await half.getCourse('porvoo:koto-02', { language: 'en' });
      expect(course.ok && course.value.registrationId).to.equal('101');
      const registration = await half.getRegistration('101');
      expect(registration.ok && registration.value.id).to.equal('101');
      const hold = await half.reserveSeats('100', 1);
      expect(hold.ok && hold.value.inWaitlist).to.equal(false);
      expect('listCourses' in half).to.equal(false);
    });
  });
});
