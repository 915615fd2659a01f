/**
 * Property-based tests of the three API clients: whatever body an API sends (arbitrary
 * JSON, or a valid payload with fields removed, nulled, retyped or oversized), a client
 * never throws past its typed `Result`, and a model it accepts has no `undefined`, `NaN`
 * or `Invalid Date` where text is shown, in its own fields or once formatted.
 */
import { expect } from '@open-wc/testing';
import { fixture, fixtureCleanup, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define/all.js';
import { LinkedEventsClient } from '../../src/api/linked-events/client.js';
import { RespaClient } from '../../src/api/respa/client.js';
import { PtvClient } from '../../src/api/ptv/client.js';
import { toOfficeContact } from '../../src/api/ptv/contact.js';
import { formatWeek, upcomingExceptions, weeklyGroups, openState } from '../../src/api/ptv/hours.js';
import { freeSlots } from '../../src/api/respa/slots.js';
import type { GuidanceResource } from '../../src/api/respa/client.js';
import { parseApiError, type Result, type FetchLike } from '../../src/api/http.js';
import { fieldOfServerPath } from '../../src/components/enrolment-form/draft.js';
import { formatDate, formatDateRange, formatDateTime, formatTime } from '../../src/shared/format.js';
import { createKotoMock } from '../../src/mock/index.js';

const RUNS = 100;
const BAD_TEXT = /\bundefined\b|\bNaN\b|Invalid Date|\[object /;
const TIME_KEY = /^(start|end|begin|instant|from|to|expires|expiration|opens|closes)$/i;

/** A `fetch` that answers every request with this body (as JSON, or raw text). */
const answering =
  (body: unknown, status = 200, raw = false): FetchLike =>
  async () =>
    new Response(raw ? String(body) : JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json' },
    });

/** Every place in a model that a component could render: strings clean, numbers real, dates valid. */
function problems(value: unknown, path = '$', out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (BAD_TEXT.test(value)) out.push(`${path}: ${JSON.stringify(value.slice(0, 80))}`);
  } else if (typeof value === 'number') {
    if (Number.isNaN(value)) out.push(`${path}: NaN`);
    const key = path.split('.').at(-1) ?? '';
    if (TIME_KEY.test(key) && Number.isFinite(value) && Math.abs(value) > 1e11) {
      for (const f of [formatDate, formatTime, formatDateTime])
        if (BAD_TEXT.test(f(value))) out.push(`${path} formatted: ${f(value)}`);
    }
  } else if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) out.push(`${path}: Invalid Date`);
  } else if (value instanceof Map) {
    for (const [k, v] of value) problems(v, `${path}.${String(k)}`, out);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => problems(v, `${path}.${i}`, out));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) problems(v, `${path}.${k}`, out);
  }
  return out;
}

/** Input whose own text would trip the check is not a failure of the client. */
const clean = (input: unknown) => !BAD_TEXT.test(JSON.stringify(input) ?? '');

type Path = (string | number)[];
function paths(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      out.push([...prefix, k]);
      paths(v, [...prefix, k], out);
    }
  if (prefix.length && Array.isArray(value)) out.push(prefix);
  return out;
}

const OVERSIZED = [
  'x'.repeat(100_000),
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER,
  '9999-99-99T99:99:99',
  '+275760-09-13T00:00:01Z',
  '2025-13-45',
  '',
  Array.from({ length: 2000 }, (_, i) => i),
];

type Mutation = { at: number; op: 'remove' | 'null' | 'retype' | 'oversize'; value: unknown };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  op: fc.constantFrom('remove', 'null', 'retype', 'oversize'),
  value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(...OVERSIZED)),
});

/** A valid payload with some of its fields removed, nulled, retyped or oversized. */
function mutated(samples: unknown[]): fc.Arbitrary<unknown> {
  return fc
    .tuple(fc.constantFrom(...samples), fc.array(mutation, { minLength: 1, maxLength: 6 }))
    .map(([sample, mutations]) => {
      const body = structuredClone(sample);
      for (const m of mutations) {
        const all = paths(body);
        if (!all.length) break;
        const path = all[m.at % all.length]!;
        const parent = path.slice(0, -1).reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], body) as Record<
          string | number,
          unknown
        >;
        const key = path.at(-1)!;
        if (!parent || typeof parent !== 'object') continue;
        const old = parent[key];
        if (m.op === 'remove') {
          if (Array.isArray(parent)) parent.splice(Number(key), 1);
          else delete parent[key];
        } else if (m.op === 'null') parent[key] = null;
        else if (m.op === 'oversize') parent[key] = OVERSIZED[m.at % OVERSIZED.length];
        else parent[key] = typeof old === typeof m.value ? [m.value] : m.value;
      }
      return body;
    });
}

/** Arbitrary JSON, and arbitrary text that is not JSON at all. */
const anyBody = fc.oneof(
  fc.jsonValue().map((v) => ({ body: v, raw: false })),
  fc.string({ maxLength: 200 }).map((v) => ({ body: v, raw: true })),
);
const anyStatus = fc.constantFrom(200, 200, 200, 201, 400, 404, 409, 500, 503);

/** A call never throws; an accepted model is clean; a failure is one of the typed kinds. */
async function holds<T>(call: Promise<Result<T>>, describe: (value: T) => unknown = (v) => v): Promise<void> {
  let result: Result<T>;
  try {
    result = await call;
  } catch (e) {
    throw new Error(`the client threw: ${String(e)}`);
  }
  if (result.ok) {
    const found = problems(describe(result.value));
    if (found.length) throw new Error(`bad text in the model:\n${found.slice(0, 5).join('\n')}`);
  } else {
    expect(['network', 'timeout', 'aborted', 'http', 'invalid-response']).to.include(result.error.kind);
    expect(problems(result.error)).to.deep.equal([]);
  }
}

const NOW = Date.parse('2025-09-01T06:00:00Z');
const fakeBase = 'https://fake.invalid/';

async function fakeJson(path: string, init?: RequestInit): Promise<unknown> {
  return (await mock.fetch(`${fakeBase}${path}`, init)).json();
}
const mock = createKotoMock({ now: NOW });
const samples: Record<string, unknown[]> = {};

async function sample(name: string): Promise<Record<string, unknown>> {
  return (await fetch(new URL(`../fixtures/samples/${name}`, import.meta.url))).json();
}

before(async () => {
  const page = await sample('linked-events-course-page.json');
  const flow = await sample('linked-events-enrol-flow.json');
  const fakePage = (await fakeJson(
    'linkedevents/v1/event/?event_type=Course&page_size=3&include=location,keywords,registration',
  )) as {
    data: unknown[];
  };
  const hold = (await fakeJson('linkedevents/v1/seats_reservation/', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ registration: '105', seats: 1 }),
  })) as { code: string };
  const signup = await fakeJson('linkedevents/v1/signup_group/', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      ...(flow.signup_group_request as object),
      registration: '105',
      reservation_code: hold.code,
    }),
  });
  samples.page = [page, fakePage];
  samples.event = [...(page.data as unknown[]), ...fakePage.data];
  samples.registration = [
    await sample('linked-events-registration.json'),
    await fakeJson('linkedevents/v1/registration/100/'),
  ];
  samples.hold = [flow.seats_reservation_201, hold];
  samples.signup = [signup];
  samples.resource = [
    await sample('respa-resource.json'),
    await fakeJson(
      'respa/v1/resource/porvoo-ohjaus-1/?start=2025-09-01T00:00:00%2B03:00&end=2025-09-30T00:00:00%2B03:00',
    ),
  ];
  samples.reservation = [
    {
      id: 'r1',
      resource: 'porvoo-ohjaus-1',
      begin: '2025-09-02T09:00:00+03:00',
      end: '2025-09-02T09:30:00+03:00',
      state: 'confirmed',
    },
  ];
  const channel = await sample('ptv-service-location.json');
  const fakeChannel = await fakeJson('ptv/v11/ServiceChannel/00000000-0000-4000-8000-000000000001');
  samples.channel = [channel, fakeChannel];
  samples.organization = [
    await fakeJson(`ptv/v11/Organization/${(fakeChannel as { organizationId: string }).organizationId}`),
  ];
  for (const [name, list] of Object.entries(samples))
    for (const s of list) expect(s, `sample ${name}`).to.be.an('object').and.not.have.property('detail');
});

const le = (f: FetchLike) => new LinkedEventsClient({ baseUrl: fakeBase, fetch: f, retries: 0, now: () => NOW });
const respa = (f: FetchLike) => new RespaClient({ baseUrl: fakeBase, fetch: f, retries: 0 });
const ptv = (f: FetchLike) => new PtvClient({ baseUrl: fakeBase, fetch: f, retries: 0 });

/** What a component formats from a course: its dates as text. */
const courseText = (c: { start?: { instant: number }; end?: { instant: number } }) => ({
  model: c,
  dates: c.start ? formatDateRange(c.start.instant, c.end?.instant) : '',
});
const officeText = (locale: string) => (channel: Parameters<typeof toOfficeContact>[0]) => {
  const office = toOfficeContact(channel, locale);
  return {
    office,
    week: formatWeek(weeklyGroups(office.hours, '2025-09-01'), locale),
    exceptions: upcomingExceptions(office.hours, '2025-09-01'),
    open: openState(office.hours, NOW),
  };
};

const CALLS: {
  name: string;
  samples: string;
  call(f: FetchLike): Promise<Result<unknown>>;
  describe?: (v: never) => unknown;
}[] = [
  { name: 'Linked Events: a page of courses', samples: 'page', call: (f) => le(f).listCourses({}, { locale: 'en' }) },
  {
    name: 'Linked Events: one course',
    samples: 'event',
    call: (f) => le(f).getCourse('porvoo:koto-01', { locale: 'sv' }),
    describe: courseText as (v: never) => unknown,
  },
  { name: 'Linked Events: a registration', samples: 'registration', call: (f) => le(f).getRegistration('100') },
  { name: 'Linked Events: a seat hold', samples: 'hold', call: (f) => le(f).reserveSeats('100', 1) },
  {
    name: 'Linked Events: a signup',
    samples: 'signup',
    call: (f) =>
      le(f).signup({
        registration: '100',
        reservationCode: 'x',
        signups: [],
      } as unknown as Parameters<LinkedEventsClient['signup']>[0]),
  },
  {
    name: 'Respa: a resource',
    samples: 'resource',
    call: (f) => respa(f).getResource('porvoo-ohjaus-1', NOW, NOW + 14 * 86_400_000),
    describe: ((r: GuidanceResource) => ({
      r,
      // As the element computes them.
      slots: freeSlots({
        openingHours: r.openingHours,
        reservations: r.reservations,
        slotMs: r.slotMs,
        periodMs: r.minPeriodMs,
        now: NOW,
        minDaysInAdvance: r.minDaysInAdvance,
        maxDaysInAdvance: r.maxDaysInAdvance,
      }),
    })) as (v: never) => unknown,
  },
  {
    name: 'Respa: a reservation',
    samples: 'reservation',
    call: (f) => respa(f).createReservation({ resource: 'porvoo-ohjaus-1', begin: NOW, end: NOW + 1_800_000 }),
  },
  {
    name: 'PTV: a service channel',
    samples: 'channel',
    call: (f) => ptv(f).getServiceChannel('00000000-0000-4000-8000-000000000001'),
    describe: officeText('fi') as (v: never) => unknown,
  },
  {
    name: 'PTV: an organisation',
    samples: 'organization',
    call: (f) => ptv(f).getOrganization('00000000-0000-4000-8000-000000000009'),
  },
];

describe('hostile conditions: every client against malformed data (fast-check)', function () {
  this.timeout(60_000);

  for (const c of CALLS) {
    describe(c.name, () => {
      it('arbitrary bodies and statuses: never throws, only typed failures or clean models', async () => {
        await fc.assert(
          fc.asyncProperty(anyBody, anyStatus, async ({ body, raw }, status) => {
            fc.pre(clean(body));
            await holds(c.call(answering(body, status, raw)), c.describe as never);
          }),
          { numRuns: RUNS },
        );
      });

      it('valid payloads with fields removed, nulled, retyped or oversized: never throws, clean models', async () => {
        await fc.assert(
          fc.asyncProperty(
            fc.constant(null).chain(() => mutated(samples[c.samples]!)),
            async (body) => {
              await holds(c.call(answering(body)), c.describe as never);
            },
          ),
          { numRuns: RUNS },
        );
      });

      it('the unmutated samples are accepted (the property above is not vacuous)', async () => {
        for (const s of samples[c.samples]!) {
          const result = await c.call(
            answering(s, c.samples === 'hold' || c.samples === 'signup' || c.samples === 'reservation' ? 201 : 200),
          );
          expect(result.ok, JSON.stringify(result.ok ? '' : result.error).slice(0, 300)).to.equal(true);
        }
      });
    });
  }

  describe('error bodies whose field names are those of Object.prototype', () => {
    const NAMES = ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf', 'signups', 'detail'];
    it('are read as plain field names, never throw and never touch a prototype', () => {
      fc.assert(
        fc.property(
          fc.dictionary(
            fc.oneof(fc.constantFrom(...NAMES), fc.string({ maxLength: 8 })),
            fc.jsonValue({ maxDepth: 3 }),
          ),
          (raw) => {
            // Through JSON, as an API's body arrives: `__proto__` becomes an own property.
            const body = parseApiError(JSON.parse(JSON.stringify(raw)));
            for (const [path, list] of Object.entries(body.fields)) {
              expect(list, path).to.be.an('array');
              for (const m of list) expect(m).to.be.a('string');
            }
            expect(Object.getPrototypeOf(body.fields)).to.equal(Object.prototype);
            expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
          },
        ),
        { numRuns: RUNS },
      );
      const tricky = parseApiError(JSON.parse('{"toString": "a", "__proto__": ["b"], "constructor": {"name": ["c"]}}'));
      expect(tricky.fields.toString).to.deep.equal(['a']);
      expect(Object.getOwnPropertyDescriptor(tricky.fields, '__proto__')?.value).to.deep.equal(['b']);
      expect(tricky.fields['constructor.name']).to.deep.equal(['c']);
    });

    it('are not mistaken for questions of the enrolment form', () => {
      for (const name of NAMES) expect(fieldOfServerPath(`signups.0.${name}`), name).to.equal(undefined);
      expect(fieldOfServerPath('signups.0.first_name')).to.equal('firstName');
    });
  });
});

describe('hostile conditions: the elements render mutated payloads without undefined, NaN or Invalid Date', function () {
  this.timeout(60_000);
  const ELEMENT_RUNS = 15;

  /** A fetch that answers by path: the event or page, or the registration. */
  const routed =
    (bodies: { registration?: unknown; other: unknown }): FetchLike =>
    async (url) =>
      answering(
        url.includes('/registration/') && bodies.registration !== undefined ? bodies.registration : bodies.other,
      )(url);

  async function shown(el: HTMLElement): Promise<string> {
    for (let i = 0; i < 5; i++) {
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      await new Promise((r) => setTimeout(r, 20));
    }
    const texts: string[] = [el.shadowRoot?.textContent ?? ''];
    for (const node of el.shadowRoot?.querySelectorAll('*') ?? [])
      for (const attr of ['aria-label', 'title', 'datetime', 'href', 'alt']) {
        const v = node.getAttribute(attr);
        if (v) texts.push(v);
      }
    return texts.join(' ');
  }

  const cases: {
    name: string;
    body: () => fc.Arbitrary<unknown>;
    valid: () => unknown;
    mount(body: unknown): Promise<HTMLElement>;
  }[] = [
    {
      name: '<koto-course-catalogue>',
      body: () => mutated(samples.page!),
      valid: () => samples.page![0],
      mount: (body) =>
        fixture(html`<koto-course-catalogue lang="en" .client=${le(answering(body))}></koto-course-catalogue>`),
    },
    {
      name: '<koto-enrolment-form>',
      body: () => fc.tuple(mutated(samples.event!), mutated(samples.registration!)),
      valid: () => [samples.event![samples.event!.length - 1], samples.registration![1]],
      mount: (body) => {
        const [event, registration] = body as [unknown, unknown];
        const client = le(routed({ registration, other: event }));
        return fixture(
          html`<koto-enrolment-form lang="en" event="porvoo:koto-01" .client=${client}></koto-enrolment-form>`,
        );
      },
    },
    {
      name: '<koto-guidance-booking>',
      body: () => mutated(samples.resource!),
      valid: () => samples.resource![0],
      mount: (body) =>
        fixture(
          html`<koto-guidance-booking
            lang="en"
            resource="porvoo-ohjaus-1"
            .now=${() => NOW}
            .client=${respa(answering(body))}
          ></koto-guidance-booking>`,
        ),
    },
    {
      name: '<koto-contact-card>',
      body: () => mutated(samples.channel!),
      valid: () => samples.channel![0],
      mount: (body) =>
        fixture(
          html`<koto-contact-card
            lang="en"
            channel="00000000-0000-4000-8000-000000000001"
            .now=${() => NOW}
            .client=${ptv(answering(body))}
          ></koto-contact-card>`,
        ),
    },
  ];

  for (const c of cases) {
    it(`${c.name}: the unmutated payload is shown as data, not as an error (the property is not vacuous)`, async () => {
      const el = await c.mount(c.valid());
      try {
        const text = await shown(el);
        expect(text).not.to.contain('Try again');
        expect(text).not.to.match(BAD_TEXT);
        expect(text.replace(/\s+/g, ' ').length).to.be.greaterThan(60);
      } finally {
        fixtureCleanup();
      }
    });

    it(`${c.name}: shows data or a plain error, never undefined, NaN or Invalid Date`, async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constant(null).chain(() => c.body()),
          async (body) => {
            fc.pre(clean(body));
            const el = await c.mount(body);
            try {
              const text = await shown(el);
              expect(text).not.to.match(BAD_TEXT);
            } finally {
              fixtureCleanup();
            }
          },
        ),
        { numRuns: ELEMENT_RUNS },
      );
    });
  }
});
