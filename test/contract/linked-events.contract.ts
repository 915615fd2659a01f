/**
 * The official contract: every request `LinkedEventsClient` builds, and every answer the API
 * fake (`koto-elements/mock`) gives to the elements, validated against the Linked Events
 * OpenAPI file as its source corrects it (`corrections.ts`). Node's test runner, through
 * `scripts/contract.mjs`.
 */
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import type { KotoMock } from '../../src/mock/index.js';
import { LinkedEventsClient, type CourseQuery } from '../../src/api/linked-events/client.js';
import { emptyDraft, toSignupGroup } from '../../src/components/enrolment-form/draft.js';
import { LinkedEventsContract } from './openapi.js';
import { recordingFake, summary, type Exchange } from './recorder.js';

const BASE = 'https://api.example.fi/linkedevents/v1/';
const NOW = '2026-03-02T09:00:00Z';

/** A client over a fresh fake, and every exchange it has. */
function world(): {
  mock: KotoMock;
  client: LinkedEventsClient;
  fetch: (url: string) => Promise<Response>;
  exchanges: Exchange[];
} {
  const { mock, fetch, exchanges } = recordingFake(NOW);
  const client = new LinkedEventsClient({ baseUrl: BASE, fetch, now: () => Date.parse(NOW) });
  return { mock, client, fetch, exchanges };
}

const contract = new LinkedEventsContract();

/** The path below the API base, as the file writes it: `/event/porvoo:koto-01/`. */
const pathOf = (url: URL) => `/${url.pathname.slice(new URL(BASE).pathname.length)}`;

/** What the request breaks: an unknown operation, an undeclared or ill-typed query parameter, a body that does not fit. */
function requestProblems(x: Exchange): string[] {
  const template = contract.template(x.method, pathOf(x.url));
  if (!template) return [`${x.method} ${pathOf(x.url)}: no such operation`];
  const problems = contract.checkQuery(x.method, template, x.url.searchParams);
  if (x.body !== undefined) {
    const schema = contract.requestSchema(x.method, template);
    problems.push(...(schema ? contract.check(schema, x.body, 'request') : [`${x.method} ${template}: no body`]));
  }
  return problems;
}

type Json = Record<string, unknown>;

/** A bare `{ "@id" }`: what the reference field's schema says, and all real data sometimes gives despite `include`. */
const isReference = (value: unknown) =>
  typeof value === 'object' && value !== null && Object.keys(value).every((k) => k === '@id' || k === '@type');

/** Included objects (`include=`): each against its own schema, as the reference field's schema says only `@id`. */
function includedProblems(event: Json, include: string[]): string[] {
  const problems: string[] = [];
  const list = (field: string, schema: string) => {
    if (!include.includes(field)) return;
    for (const item of (event[field] as unknown[] | undefined) ?? []) {
      if (isReference(item)) continue;
      problems.push(...contract.check(schema, item, 'response').map((p) => `included ${field}: ${p}`));
    }
  };
  list('keywords', 'Keyword');
  list('in_language', 'Language');
  const one = (field: string, schema: string) => {
    if (!include.includes(field) || event[field] === null || isReference(event[field])) return;
    problems.push(...contract.check(schema, event[field], 'response').map((p) => `included ${field}: ${p}`));
  };
  one('location', 'Place');
  one('registration', 'Registration');
  return problems;
}

/** What the answer breaks (successful answers only: error bodies are DRF's, not in the file). */
function answerProblems(x: Exchange): string[] {
  if (x.status >= 300) return [];
  const template = contract.template(x.method, pathOf(x.url))!;
  const schema = contract.responseSchema(x.method, template, x.status);
  if (!schema) return [`${x.method} ${template} ${x.status}: the file has no answer`];
  const problems = contract.check(schema, x.answer, 'response');
  const include = (x.url.searchParams.get('include') ?? '').split(',');
  const events =
    schema === 'PaginatedEventList'
      ? ((x.answer as { data: Json[] }).data ?? [])
      : schema === 'Event'
        ? [x.answer as Json]
        : [];
  for (const event of events) problems.push(...includedProblems(event, include));
  return problems;
}

describe('Linked Events contract (OpenAPI 2024-09, corrected by the source)', () => {
  describe('the catalogue: GET /event/', () => {
    let exchanges: Exchange[];
    before(async () => {
      const w = world();
      exchanges = w.exchanges;
      const every: CourseQuery = {
        text: 'suomi',
        keyword: ['porvoo:path-basic', 'porvoo:path-slow'],
        keywordAll: ['yso:p19331'],
        keywordAnyOf: [
          ['porvoo:level-a1', 'porvoo:level-a1-1'],
          ['porvoo:weekday-mon', 'porvoo:weekday-tue'],
        ],
        start: '2026-03-01',
        end: '2026-12-31',
        startsAfter: '16',
        endsBefore: '20:30',
        enrolmentOpen: true,
        enrolmentOpenWaitlist: true,
        location: ['porvoo:kirjasto'],
        publisher: ['porvoo:kansalaisopisto'],
        page: 1,
        pageSize: 5,
        sort: '-enrolment_start_time',
      };
      const ok = (r: { ok: boolean }) => assert.ok(r.ok, JSON.stringify(r));
      ok(await w.client.listCourses(every));
      ok(await w.client.listCourses({ start: 'today' }));
      ok(await w.client.listCourses({ start: 'now', end: '2026-06-30T21:00:00Z', sort: 'start_time' }));
      const first = await w.client.listCourses({ pageSize: 10 });
      ok(first);
      assert.ok(first.ok && first.value.next, 'a first page with a next page');
      if (first.ok && first.value.next) ok(await w.client.listCoursesAt(first.value.next));
      ok(await w.client.listCourses({ pageSize: 100 }));
    });

    it('every query parameter the client sends is declared, with a value of its type', () => {
      assert.deepEqual(summary(exchanges.flatMap(requestProblems)), []);
    });

    it('every page of events fits PaginatedEventList, included places, keywords, languages and registrations too', () => {
      assert.equal(exchanges.length, 6);
      assert.deepEqual(summary(exchanges.flatMap(answerProblems)), []);
    });
  });

  describe('one course: GET /event/{id}/ and GET /registration/{id}/', () => {
    let exchanges: Exchange[];
    before(async () => {
      const w = world();
      exchanges = w.exchanges;
      for (const event of w.mock.linkedEvents.seed.events) {
        const course = await w.client.getCourse(event.id);
        assert.ok(course.ok, `${event.id}: ${JSON.stringify(course)}`);
      }
      for (const registration of w.mock.linkedEvents.seed.registrations) {
        assert.ok((await w.client.getRegistration(String(registration.id))).ok);
      }
      // What the fake serves beside: an event without `include` (references only), and what they refer to.
      const { seed } = w.mock.linkedEvents;
      await w.fetch(`${BASE}event/${seed.events[0]!.id}/`);
      for (const place of seed.places) await w.fetch(`${BASE}place/${place.id}/`);
      for (const keyword of seed.keywords) await w.fetch(`${BASE}keyword/${keyword.id}/`);
      for (const language of ['fi', 'sv', 'en']) await w.fetch(`${BASE}language/${language}/`);
    });

    it('every request is an operation of the file, with declared parameters', () => {
      assert.deepEqual(summary(exchanges.flatMap(requestProblems)), []);
    });

    it('every event and registration fits its schema, included objects too', () => {
      assert.ok(exchanges.length >= 36 + 30 + 4);
      // The fake's paid registration is among them: its customer groups are checked too.
      assert.ok(exchanges.some((x) => ((x.answer as Json).registration_price_groups as unknown[])?.length));
      assert.deepEqual(summary(exchanges.flatMap(answerProblems)), []);
    });
  });

  describe('enrolling: POST /seats_reservation/ and POST /signup_group/', () => {
    let exchanges: Exchange[];
    before(async () => {
      const w = world();
      exchanges = w.exchanges;
      const listed = await w.client.listCourses({ enrolmentOpen: true, pageSize: 100 });
      assert.ok(listed.ok);
      const open = listed.value.courses.filter((c) => c.registrationId && c.seats.left !== 0);
      assert.ok(open.length > 1);
      // One signup written out with every field the client can send; one built by the form itself.
      const [first, second] = open;
      const hold = await w.client.reserveSeats(first!.registrationId!, 1);
      assert.ok(hold.ok, JSON.stringify(hold));
      const signup = await w.client.signup({
        registration: first!.registrationId!,
        reservationCode: hold.value.code,
        contactPerson: {
          first_name: 'Amina',
          last_name: 'Yusuf',
          email: 'amina@example.fi',
          phone_number: '+358401234567',
          native_language: 'ar',
          service_language: 'fi',
          notifications: 'email',
        },
        signups: [
          {
            first_name: 'Amina',
            last_name: 'Yusuf',
            date_of_birth: '1990-05-04',
            phone_number: '+358401234567',
            street_address: 'Esimerkkikatu 2',
            zipcode: '06100',
            city: 'Porvoo',
            extra_info: 'Tarvitsen lastenhoitoa.',
            user_consent: true,
          },
        ],
        extraInfo: 'Ryhmä',
      });
      assert.ok(signup.ok, JSON.stringify(signup));

      const registration = await w.client.getRegistration(second!.registrationId!);
      assert.ok(registration.ok);
      const held = await w.client.reserveSeats(registration.value.id, 1);
      assert.ok(held.ok, JSON.stringify(held));
      const draft = {
        ...emptyDraft(),
        ...{ firstName: 'Olena', lastName: 'Koval', dobDay: '7', dobMonth: '4', dobYear: '1988' },
        ...{ phone: '+358 40 765 4321', email: 'olena@example.fi', nativeLanguage: 'uk', consent: true },
        ...{ streetAddress: 'Kirjastokatu 3', zipcode: '06100', city: 'Porvoo' },
      };
      const body = toSignupGroup(draft, {
        registration: registration.value,
        reservationCode: held.value.code,
        serviceLanguage: 'uk',
      });
      const sent = await w.client.signup(body);
      assert.ok(sent.ok, JSON.stringify(sent));
    });

    it('the seat hold and the signup send the bodies the file asks for', () => {
      assert.deepEqual(
        exchanges.filter((x) => x.method === 'POST').map((x) => pathOf(x.url)),
        ['/seats_reservation/', '/signup_group/', '/seats_reservation/', '/signup_group/'],
      );
      assert.deepEqual(summary(exchanges.flatMap(requestProblems)), []);
    });

    it('the seat hold and the signup group answer in the file’s shapes', () => {
      assert.deepEqual(summary(exchanges.flatMap(answerProblems)), []);
    });
  });

  describe('the check itself', () => {
    it('catches a string id where the contract types an integer, in a request and in an answer', () => {
      assert.deepEqual(contract.check('SeatReservationCode', { registration: '100', seats: 1 }, 'request'), [
        'SeatReservationCode/registration: must be integer',
      ]);
      assert.ok(contract.check('SeatReservationCode', { registration: 100, seats: 1 }, 'request').length === 0);
      const answer = { id: '7', code: crypto.randomUUID(), registration: 100, seats: 1, in_waitlist: false };
      assert.deepEqual(
        contract.check('SeatReservationCode', { ...answer, timestamp: NOW, expiration: NOW }, 'response'),
        ['SeatReservationCode/id: must be integer'],
      );
    });

    it('catches a missing required field, a null the contract does not allow and an undeclared parameter', () => {
      assert.deepEqual(
        contract.check('Language', { id: 'fi', name: { fi: 'suomi' }, service_language: true }, 'response'),
        ['Language: translation_available is required'],
      );
      assert.deepEqual(
        contract.check('Keyword', { data_source: 'yso', n_events: 1, name: { fi: 'x', en: null } }, 'response'),
        ['Keyword/name/en: must be string'],
      );
      assert.deepEqual(contract.checkQuery('GET', '/event/', new URLSearchParams('keywords=yso:p1&page=two')), [
        'GET /event/: ?keywords is not a parameter of the operation',
        'GET /event/: ?page=two does not fit {"type":"integer"}',
      ]);
    });
  });
});
