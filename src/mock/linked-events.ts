/**
 * Fake of Linked Events v1 (courses and registrations), faithful to the real API's
 * paths, query parameters, paging, `include`, status codes and DRF error bodies.
 * See ../../../shared/reference/apis.md §1.
 */
import { json, notFound, type FakeApi, type FakeRequest, type FakeResponse } from './core.js';
import {
  PUBLISHER,
  buildLinkedEventsSeed,
  type Localised,
  type SeedEvent,
  type SeedRegistration,
  type LinkedEventsSeed,
} from './seed/linked-events.js';
import { ageOn, isoDateOf, parseInstant, parseIsoDate, toZoned } from '../shared/time.js';

type Lang = 'fi' | 'sv' | 'en';

// DRF messages as Linked Events words them, in the languages it answers in.
const MESSAGES: Record<string, Record<Lang, string>> = {
  required: { fi: 'Tämä kenttä vaaditaan.', sv: 'Detta fält är obligatoriskt.', en: 'This field is required.' },
  blank: {
    fi: 'Tämä kenttä ei voi olla tyhjä.',
    sv: 'Detta fält får inte vara tomt.',
    en: 'This field may not be blank.',
  },
  email: {
    fi: 'Syötä kelvollinen sähköpostiosoite.',
    sv: 'Ange en giltig e-postadress.',
    en: 'Enter a valid email address.',
  },
  date: {
    fi: 'Päivämäärän muoto on virheellinen. Käytä muotoa YYYY-MM-DD.',
    sv: 'Datumet har fel format. Använd YYYY-MM-DD.',
    en: 'Date has wrong format. Use one of these formats instead: YYYY-MM-DD.',
  },
  tooYoung: { fi: 'Osallistuja on liian nuori.', sv: 'Deltagaren är för ung.', en: 'The participant is too young.' },
  tooOld: { fi: 'Osallistuja on liian vanha.', sv: 'Deltagaren är för gammal.', en: 'The participant is too old.' },
  closed: {
    fi: 'Ilmoittautuminen on jo päättynyt.',
    sv: 'Anmälan har redan stängts.',
    en: 'Enrolment is already closed.',
  },
  notOpen: {
    fi: 'Ilmoittautuminen ei ole vielä alkanut.',
    sv: 'Anmälan har inte öppnats ännu.',
    en: 'Enrolment is not yet open.',
  },
  noCode: {
    fi: 'Varauskoodia ei ole olemassa.',
    sv: 'Reservationskoden finns inte.',
    en: "Reservation code doesn't exist.",
  },
  expired: {
    fi: 'Vanhentunutta paikkavarausta ei voi päivittää.',
    sv: 'En utgången platsreservation kan inte uppdateras.',
    en: 'Cannot update expired seats reservation.',
  },
  waitlistFull: {
    fi: 'Jonotuslista on jo täynnä',
    sv: 'Kölistan är redan full',
    en: 'The waiting list is already full',
  },
  notFoundRegistration: {
    fi: 'Ilmoittautumista ei löydy.',
    sv: 'Anmälan hittades inte.',
    en: 'Registration not found.',
  },
  groupSize: {
    fi: 'Ryhmän enimmäiskoko on ylitetty.',
    sv: 'Gruppens maximala storlek har överskridits.',
    en: 'Amount of seats is greater than maximum group size: 1.',
  },
  seatsMismatch: {
    fi: 'Ilmoittautujien määrä ylittää varattujen paikkojen määrän.',
    sv: 'Antalet anmälda är större än antalet reserverade platser.',
    en: 'Number of signups exceeds the number of requested seats in reservation.',
  },
  consent: { fi: 'Suostumus vaaditaan.', sv: 'Samtycke krävs.', en: 'Consent is required.' },
};

function t(key: string, lang: string): string {
  const l: Lang = lang === 'sv' || lang === 'en' ? lang : 'fi';
  return MESSAGES[key]![l];
}

function seatsMessage(left: number, lang: string): string {
  return lang === 'sv'
    ? `Det finns inte tillräckligt med platser. Kvar: ${left}.`
    : lang === 'en'
      ? `Not enough seats available. Capacity left: ${left}.`
      : `Paikkoja ei ole riittävästi. Jäljellä: ${left}.`;
}

interface SeatReservation {
  id: string;
  code: string;
  registration: string;
  seats: number;
  in_waitlist: boolean;
  timestamp: number;
  expiration: number;
}

interface Signup {
  id: string;
  registration: string;
  attendee_status: 'attending' | 'waitlisted';
  first_name: string;
  last_name: string;
  date_of_birth: string | null;
  phone_number: string | null;
  street_address: string | null;
  zipcode: string | null;
  city: string | null;
  extra_info: string;
  user_consent: boolean;
  group: string;
}

interface SignupGroup {
  id: string;
  registration: string;
  extra_info: string;
  contact_person: Record<string, unknown>;
  signups: Signup[];
}

const iso = (t: number) => new Date(t).toISOString();

/**
 * Linked Events' database ids (registrations, seat holds, signups, their groups and contact
 * persons) are integers on the wire; the fake keeps them as strings and sends them as numbers.
 */
const int = (id: string): number => Number(id);

/** Where Linked Registrations, the city's own signup UI (payments included), takes a signup: `signup_url`. */
const REGISTRATIONS_UI = 'https://linkedregistrations.example.fi';

/** The data source of an id: its prefix (`yso:p19331` → `yso`). */
const dataSourceOf = (id: string) => id.split(':')[0] ?? id;

/** The fixed time the fake's stored objects were made, edited and published. */
const CREATED = '2025-01-15T08:00:00Z';
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function isStr(v: unknown): v is string {
  return typeof v === 'string';
}

/** The in-memory Linked Events. */
export class LinkedEventsFake implements FakeApi {
  readonly seed: LinkedEventsSeed;
  /** More filters of the event list, applied before paging (Linked Events' series filters: ./quirks.ts). */
  readonly listFilters: ((events: SeedEvent[], query: URLSearchParams) => SeedEvent[])[] = [];
  private readonly seatReservations = new Map<string, SeatReservation>();
  private readonly groups: SignupGroup[] = [];
  private nextId = 1000;

  constructor(
    private readonly now: () => number,
    options: { courses?: number | undefined } = {},
  ) {
    this.seed = buildLinkedEventsSeed(now(), options.courses);
  }

  signupCount(): number {
    return this.groups.reduce((n, g) => n + g.signups.length, 0);
  }

  seatReservationCount(): number {
    return this.seatReservations.size;
  }

  /**
   * Adds an event, or changes fields of an existing one (what an editor does in the
   * real API's admin). A new event starts as a copy of the first seeded course, without
   * a registration unless one is named. Returns the event as stored.
   */
  putEvent(patch: Partial<SeedEvent> & { id: string }): SeedEvent {
    const existing = this.seed.events.find((e) => e.id === patch.id);
    if (existing) return Object.assign(existing, patch);
    const template = this.seed.events[0]!;
    const event: SeedEvent = {
      ...structuredClone(template),
      registration: null,
      last_modified_time: new Date(this.now()).toISOString(),
      ...patch,
    };
    this.seed.events.push(event);
    return event;
  }

  /** All signups so far (for tests that read what the staff would receive). */
  signupGroups(): readonly SignupGroup[] {
    return this.groups;
  }

  handle(req: FakeRequest): FakeResponse {
    const p = req.path.replace(/^\/+/, '');
    let m: RegExpExecArray | null;
    if (req.method === 'GET') {
      if (p === 'event/' || p === 'event') return this.listEvents(req);
      if ((m = /^event\/([^/]+)\/?$/.exec(p))) return this.getEvent(decodeURIComponent(m[1]!), req);
      if ((m = /^registration\/([^/]+)\/?$/.exec(p))) return this.getRegistration(m[1]!, req);
      if ((m = /^place\/([^/]+)\/?$/.exec(p))) {
        const place = this.seed.places.find((x) => x.id === decodeURIComponent(m![1]!));
        return place ? json(200, this.placeJson(place.id, req)) : notFound();
      }
      if ((m = /^keyword\/([^/]+)\/?$/.exec(p))) {
        const kw = this.seed.keywords.find((x) => x.id === decodeURIComponent(m![1]!));
        return kw ? json(200, this.keywordJson(kw.id, req)) : notFound();
      }
      if ((m = /^language\/([^/]+)\/?$/.exec(p))) return json(200, this.languageJson(m[1]!, req));
      return notFound();
    }
    if (req.method === 'POST') {
      if (p === 'seats_reservation/') return this.reserveSeats(req);
      if (p === 'signup_group/') return this.signup(req, 'group');
      if (p === 'signup/') return this.signup(req, 'single');
      return notFound();
    }
    if (req.method === 'DELETE') {
      if ((m = /^signup_group\/([^/]+)\/?$/.exec(p))) return this.deleteGroup(m[1]!);
      return notFound();
    }
    return json(405, { detail: `Method "${req.method}" not allowed.` });
  }

  // ----- reading -------------------------------------------------------------------

  private base(req: FakeRequest): string {
    const { pathname, origin } = req.url;
    return `${origin}${pathname.slice(0, pathname.length - req.path.length)}`;
  }

  private ref(req: FakeRequest, kind: string, id: string) {
    return { '@id': `${this.base(req)}${kind}/${encodeURIComponent(id)}/` };
  }

  private placeJson(id: string, req: FakeRequest) {
    const place = this.seed.places.find((x) => x.id === id)!;
    const events = this.seed.events.filter((e) => e.location === id);
    return {
      ...place,
      '@id': this.ref(req, 'place', id)['@id'],
      '@type': 'Place',
      data_source: dataSourceOf(id),
      publisher: PUBLISHER,
      n_events: events.length,
      has_upcoming_events: events.length > 0,
      deleted: false,
      divisions: [],
      has_user_editable_resources: false,
      created_time: CREATED,
      last_modified_time: CREATED,
    };
  }

  private keywordJson(id: string, req: FakeRequest) {
    const kw = this.seed.keywords.find((x) => x.id === id) ?? { id, name: { fi: id } };
    const events = this.seed.events.filter((e) => e.keywords.includes(id)).length;
    return {
      ...kw,
      '@id': this.ref(req, 'keyword', id)['@id'],
      '@type': 'Keyword',
      data_source: dataSourceOf(id),
      publisher: null,
      alt_labels: [],
      n_events: events,
      has_upcoming_events: events > 0,
      aggregate: false,
      deprecated: false,
      image: null,
      replaced_by: null,
      created_time: CREATED,
      last_modified_time: CREATED,
    };
  }

  private languageJson(id: string, req: FakeRequest) {
    const names: Record<string, Localised> = {
      fi: { fi: 'suomi', sv: 'finska', en: 'Finnish' },
      sv: { fi: 'ruotsi', sv: 'svenska', en: 'Swedish' },
      en: { fi: 'englanti', sv: 'engelska', en: 'English' },
    };
    // Linked Events translates into, and serves registrations in, Finnish, Swedish and English.
    const own = id === 'fi' || id === 'sv' || id === 'en';
    return {
      id,
      name: names[id] ?? { fi: id },
      translation_available: own,
      service_language: own,
      '@id': this.ref(req, 'language', id)['@id'],
      '@type': 'Language',
    };
  }

  private registrationOf(event: SeedEvent): SeedRegistration | undefined {
    return event.registration ? this.seed.registrations.find((r) => r.id === event.registration) : undefined;
  }

  private activeHolds(registration: string): { seats: number; waitlist: number } {
    const now = this.now();
    let seats = 0;
    let waitlist = 0;
    for (const r of this.seatReservations.values()) {
      if (r.registration !== registration || r.expiration <= now) continue;
      if (r.in_waitlist) waitlist += r.seats;
      else seats += r.seats;
    }
    return { seats, waitlist };
  }

  private counts(reg: SeedRegistration) {
    const signups = this.groups.filter((g) => g.registration === reg.id).flatMap((g) => g.signups);
    const attending = reg.seededAttendees + signups.filter((s) => s.attendee_status === 'attending').length;
    const waiting = reg.seededWaitlist + signups.filter((s) => s.attendee_status === 'waitlisted').length;
    const holds = this.activeHolds(reg.id);
    const remainingAttendee =
      reg.maximum_attendee_capacity === null
        ? null
        : Math.max(0, reg.maximum_attendee_capacity - attending - holds.seats);
    const remainingWaitlist =
      reg.waiting_list_capacity === null ? null : Math.max(0, reg.waiting_list_capacity - waiting - holds.waitlist);
    return { attending, waiting, remainingAttendee, remainingWaitlist };
  }

  private registrationJson(reg: SeedRegistration, req: FakeRequest) {
    const c = this.counts(reg);
    const { seededAttendees: _a, seededWaitlist: _w, ...wire } = reg;
    const event = this.seed.events.find((e) => e.id === reg.event);
    return {
      ...wire,
      id: int(reg.id),
      '@id': this.ref(req, 'registration', reg.id)['@id'],
      '@type': 'Registration',
      event: this.ref(req, 'event', reg.event),
      // Inherited from the event, as Linked Events does.
      data_source: dataSourceOf(reg.event),
      publisher: event?.publisher ?? PUBLISHER,
      attendee_registration: false,
      minimum_attendee_capacity: null,
      current_attendee_count: c.attending,
      current_waiting_list_count: c.waiting,
      remaining_attendee_capacity: c.remainingAttendee,
      remaining_waiting_list_capacity: c.remainingWaitlist,
      has_registration_user_access: false,
      has_substitute_user_access: false,
      is_created_by_current_user: false,
      signup_url: Object.fromEntries(
        (['en', 'fi', 'sv'] as const).map((l) => [
          l,
          `${REGISTRATIONS_UI}/${l}/registration/${reg.id}/signup-group/create`,
        ]),
      ),
      created_time: CREATED,
      last_modified_time: CREATED,
    };
  }

  private eventJson(ev: SeedEvent, req: FakeRequest) {
    const include = new Set((req.query.get('include') ?? '').split(',').map((s) => s.trim()));
    const { publisher, keywords, in_language, location, registration, ...rest } = ev;
    return {
      ...rest,
      '@id': this.ref(req, 'event', ev.id)['@id'],
      '@type': 'Event',
      type_id: 'Course',
      publisher,
      data_source: 'porvoo',
      keywords: keywords.map((k) => (include.has('keywords') ? this.keywordJson(k, req) : this.ref(req, 'keyword', k))),
      audience: [],
      in_language: in_language.map((l) =>
        include.has('in_language') ? this.languageJson(l, req) : this.ref(req, 'language', l),
      ),
      location: location
        ? include.has('location')
          ? this.placeJson(location, req)
          : this.ref(req, 'place', location)
        : null,
      registration: registration
        ? include.has('registration')
          ? this.registrationJson(
              this.seed.registrations.find((r) => r.id === registration)!,
              req,
            )
          : this.ref(req, 'registration', registration)
        : null,
      super_event: null,
      super_event_type: null,
      sub_events: [],
      images: [],
      external_links: [],
      videos: [],
      date_published: null,
      created_time: CREATED,
    };
  }

  /**
   * `enrolment_open` (and `…_waitlist`) as Linked Events has it (events/api.py): only events with
   * a registration whose enrolment has not ended and that has places. It does not look at the
   * start of enrolment, nor at the event's status: a cancelled course, or one whose enrolment
   * opens later, is listed too.
   */
  private enrolmentOpen(ev: SeedEvent, waitlistToo: boolean): boolean {
    const reg = this.registrationOf(ev);
    if (!reg) return false;
    const end = parseInstant(reg.enrolment_end_time);
    if (end === undefined || this.now() > end) return false;
    const c = this.counts(reg);
    // null: no limit, as Linked Events has it.
    const seats = c.remainingAttendee === null || c.remainingAttendee > 0;
    return seats || (waitlistToo && (c.remainingWaitlist === null || c.remainingWaitlist > 0));
  }

  private listEvents(req: FakeRequest): FakeResponse {
    const q = req.query;
    const lang = req.language;
    // Without event_type=Course the real API lists general events only; Porvoo's have none here.
    const types = (q.get('event_type') ?? 'General').split(',').map((s) => s.trim().toLowerCase());
    let events = types.includes('course') ? [...this.seed.events] : [];

    const text = q.get('text')?.trim().toLowerCase();
    if (text) {
      events = events.filter((ev) =>
        [ev.name, ev.short_description, ev.description].some((loc) =>
          Object.values(loc ?? {}).some((v) => typeof v === 'string' && v.toLowerCase().includes(text)),
        ),
      );
    }
    // `keyword` and `keyword_OR` (the same) take any of their ids; so does each `keyword_OR_setN`,
    // and every one of them given must match: (a OR b) AND (c OR d), as Linked Events reads them.
    for (const [name, value] of q) {
      if (!/^keyword(_OR|_OR_set\d*)?$/.test(name) || !value) continue;
      const ids = value.split(',').map((s) => s.trim());
      events = events.filter((ev) => ev.keywords.some((k) => ids.includes(k)));
    }
    const keywordAnd = q.get('keyword_AND');
    if (keywordAnd) {
      const ids = keywordAnd.split(',').map((s) => s.trim());
      events = events.filter((ev) => ids.every((id) => ev.keywords.includes(id)));
    }
    const location = q.get('location');
    if (location) {
      const ids = location.split(',').map((s) => s.trim());
      events = events.filter((ev) => ev.location !== null && ids.includes(ev.location));
    }
    const publisher = q.get('publisher');
    if (publisher) {
      const ids = publisher.split(',').map((s) => s.trim());
      events = events.filter((ev) => ids.includes(ev.publisher));
    }
    const status = q.get('event_status');
    if (status) events = events.filter((ev) => status.split(',').includes(ev.event_status));
    const isFree = q.get('is_free');
    if (isFree === 'true' || isFree === 'false') {
      events = events.filter((ev) => ev.offers.some((o) => o.is_free) === (isFree === 'true'));
    }
    const inLanguage = q.get('in_language');
    if (inLanguage) events = events.filter((ev) => inLanguage.split(',').some((l) => ev.in_language.includes(l)));

    const parseBound = (value: string | null, endOfDay: boolean): number | undefined => {
      if (!value) return undefined;
      if (value === 'now') return this.now();
      if (value === 'today') {
        const d = new Date(this.now());
        return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) + (endOfDay ? 86_399_999 : 0);
      }
      const t = parseInstant(value);
      return t === undefined ? undefined : t + (endOfDay && /^\d{4}-\d{2}-\d{2}$/.test(value) ? 86_399_999 : 0);
    };
    const start = parseBound(q.get('start'), false);
    const end = parseBound(q.get('end'), true);
    if (q.get('start') && start === undefined) return json(400, { detail: `Invalid start value: ${q.get('start')}` });
    if (q.get('end') && end === undefined) return json(400, { detail: `Invalid end value: ${q.get('end')}` });
    if (start !== undefined) {
      events = events.filter((ev) => (parseInstant(ev.end_time) ?? parseInstant(ev.start_time) ?? 0) >= start);
    }
    if (end !== undefined) events = events.filter((ev) => (parseInstant(ev.start_time) ?? Infinity) <= end);

    // Hours of the local day (`16` or `16:30`), as Linked Events reads `starts_after` and `ends_before`.
    const hours = (value: string | null): number | undefined => {
      const m = /^(\d{1,2})(?::(\d{2}))?$/.exec(value ?? '');
      return m ? Number(m[1]) * 60 + Number(m[2] ?? 0) : undefined;
    };
    const minuteOfDay = (value: string | null): number | undefined => {
      if (!value || /^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
      const t = parseInstant(value);
      if (t === undefined) return undefined;
      const z = toZoned(t);
      return z.hour * 60 + z.minute;
    };
    const startsAfter = hours(q.get('starts_after'));
    if (q.get('starts_after') && startsAfter === undefined)
      return json(400, { detail: `Invalid starts_after value: ${q.get('starts_after')}` });
    if (startsAfter !== undefined) events = events.filter((ev) => (minuteOfDay(ev.start_time) ?? -1) >= startsAfter);
    const endsBefore = hours(q.get('ends_before'));
    if (q.get('ends_before') && endsBefore === undefined)
      return json(400, { detail: `Invalid ends_before value: ${q.get('ends_before')}` });
    if (endsBefore !== undefined) events = events.filter((ev) => (minuteOfDay(ev.end_time) ?? Infinity) <= endsBefore);

    if (q.get('enrolment_open') === 'true') events = events.filter((ev) => this.enrolmentOpen(ev, false));
    if (q.get('enrolment_open_waitlist') === 'true') events = events.filter((ev) => this.enrolmentOpen(ev, true));
    for (const filter of this.listFilters) events = filter(events, q);

    const sort = q.get('sort') ?? '-last_modified_time';
    const desc = sort.startsWith('-');
    const key = sort.replace(/^-/, '');
    const sortValue = (ev: SeedEvent): number | string => {
      if (key === 'name') return (ev.name[lang as Lang] ?? ev.name.fi ?? '').toLowerCase();
      const reg = this.registrationOf(ev);
      const v =
        key === 'enrolment_start_time'
          ? (reg?.enrolment_start_time ?? ev.enrolment_start_time)
          : key === 'enrolment_end_time'
            ? (reg?.enrolment_end_time ?? ev.enrolment_end_time)
            : key === 'end_time'
              ? ev.end_time
              : key === 'start_time'
                ? ev.start_time
                : ev.last_modified_time;
      return parseInstant(v) ?? 0;
    };
    events.sort((a, b) => {
      const va = sortValue(a);
      const vb = sortValue(b);
      const c = va < vb ? -1 : va > vb ? 1 : a.id.localeCompare(b.id);
      return desc ? -c : c;
    });

    const pageSize = Math.min(100, Math.max(1, Number(q.get('page_size') ?? 20) || 20));
    const page = Math.max(1, Number(q.get('page') ?? 1) || 1);
    const count = events.length;
    const pages = Math.max(1, Math.ceil(count / pageSize));
    if (page > pages) return json(404, { detail: 'Invalid page.' });
    const link = (n: number) => {
      const url = new URL(req.url.href);
      url.searchParams.set('page', String(n));
      return url.href;
    };
    return json(200, {
      meta: { count, next: page < pages ? link(page + 1) : null, previous: page > 1 ? link(page - 1) : null },
      data: events.slice((page - 1) * pageSize, page * pageSize).map((ev) => this.eventJson(ev, req)),
    });
  }

  private getEvent(id: string, req: FakeRequest): FakeResponse {
    const ev = this.seed.events.find((e) => e.id === id);
    return ev ? json(200, this.eventJson(ev, req)) : notFound();
  }

  private getRegistration(id: string, req: FakeRequest): FakeResponse {
    const reg = this.seed.registrations.find((r) => r.id === id);
    return reg ? json(200, this.registrationJson(reg, req)) : notFound();
  }

  // ----- enrolling -----------------------------------------------------------------

  private windowError(reg: SeedRegistration, lang: string): FakeResponse | undefined {
    const now = this.now();
    const start = parseInstant(reg.enrolment_start_time);
    const end = parseInstant(reg.enrolment_end_time);
    if (start !== undefined && now < start) return json(409, { detail: t('notOpen', lang) });
    if (end !== undefined && now > end) return json(409, { detail: t('closed', lang) });
    return undefined;
  }

  private reserveSeats(req: FakeRequest): FakeResponse {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const lang = req.language;
    const errors: Record<string, string[]> = {};
    if (body.registration === undefined || body.registration === null) errors.registration = [t('required', lang)];
    if (body.seats === undefined) errors.seats = [t('required', lang)];
    else if (!Number.isInteger(body.seats) || (body.seats as number) < 1)
      errors.seats = ['A valid integer is required.'];
    if (Object.keys(errors).length) return json(400, errors);
    const reg = this.seed.registrations.find((r) => r.id === String(body.registration));
    if (!reg) return json(400, { registration: [t('notFoundRegistration', lang)] });
    const seats = body.seats as number;
    if (reg.maximum_group_size !== null && seats > reg.maximum_group_size)
      return json(400, { seats: [t('groupSize', lang)] });
    const windowError = this.windowError(reg, lang);
    if (windowError) return windowError;
    const c = this.counts(reg);
    let inWaitlist = false;
    if (c.remainingAttendee !== null && c.remainingAttendee < seats) {
      // A waiting list without a limit (null) always takes more, as in Linked Events.
      const waitlistRoom = c.remainingWaitlist === null || c.remainingWaitlist >= seats;
      if (c.remainingAttendee === 0 && waitlistRoom) inWaitlist = true;
      else if (c.remainingAttendee === 0 && reg.waiting_list_capacity)
        return json(400, { seats: [t('waitlistFull', lang)] });
      else return json(400, { seats: [seatsMessage(c.remainingAttendee, lang)] });
    }
    const now = this.now();
    const id = String(this.nextId++);
    const reservation: SeatReservation = {
      id,
      code: crypto.randomUUID(),
      registration: reg.id,
      seats,
      in_waitlist: inWaitlist,
      timestamp: now,
      // As in Linked Events: 15 minutes plus one a seat.
      expiration: now + (15 + seats) * 60_000,
    };
    this.seatReservations.set(reservation.code, reservation);
    return json(201, this.reservationJson(reservation));
  }

  private reservationJson(r: SeatReservation) {
    return {
      id: int(r.id),
      code: r.code,
      registration: int(r.registration),
      seats: r.seats,
      in_waitlist: r.in_waitlist,
      timestamp: iso(r.timestamp),
      expiration: iso(r.expiration),
    };
  }

  private validateSignup(
    raw: unknown,
    reg: SeedRegistration,
    lang: string,
  ): [Record<string, string[]>, Partial<Signup>] {
    const s = (raw ?? {}) as Record<string, unknown>;
    const errors: Record<string, string[]> = {};
    for (const field of reg.mandatory_fields) {
      const v = s[field];
      if (v === undefined || v === null) errors[field] = [t('required', lang)];
      else if (!isStr(v) || !v.trim()) errors[field] = [t('blank', lang)];
    }
    const dob = s.date_of_birth;
    if (dob !== undefined && dob !== null && dob !== '') {
      if (!isStr(dob) || !parseIsoDate(dob)) errors.date_of_birth = [t('date', lang)];
      else {
        const age = ageOn(dob, this.ageLimitDay(reg));
        if (reg.audience_min_age !== null && age < reg.audience_min_age) errors.date_of_birth = [t('tooYoung', lang)];
        if (reg.audience_max_age !== null && age > reg.audience_max_age) errors.date_of_birth = [t('tooOld', lang)];
      }
    } else if (reg.audience_min_age !== null || reg.audience_max_age !== null) {
      errors.date_of_birth = [t('required', lang)];
    }
    const str = (k: string) => (isStr(s[k]) ? (s[k] as string) : null);
    return [
      errors,
      {
        first_name: str('first_name') ?? '',
        last_name: str('last_name') ?? '',
        date_of_birth: str('date_of_birth'),
        phone_number: str('phone_number'),
        street_address: str('street_address'),
        zipcode: str('zipcode'),
        city: str('city'),
        extra_info: str('extra_info') ?? '',
        user_consent: s.user_consent === true,
      },
    ];
  }

  /**
   * The day a signup's age is counted on, as Linked Events does: the later of today and the
   * day the event starts (`localdate()` and the start's date; Helsinki dates here).
   */
  private ageLimitDay(reg: SeedRegistration): string {
    const today = isoDateOf(this.now());
    const start = parseInstant(this.seed.events.find((e) => e.id === reg.event)?.start_time);
    const startDay = start === undefined ? today : isoDateOf(start);
    return startDay > today ? startDay : today;
  }

  private signup(req: FakeRequest, kind: 'group' | 'single'): FakeResponse {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const lang = req.language;
    if (body.registration === undefined) return json(400, { registration: [t('required', lang)] });
    const reg = this.seed.registrations.find((r) => r.id === String(body.registration));
    if (!reg) return json(400, { registration: [t('notFoundRegistration', lang)] });
    const code = body.reservation_code;
    if (!isStr(code) || !code) return json(400, { reservation_code: [t('required', lang)] });
    const reservation = this.seatReservations.get(code);
    if (!reservation || reservation.registration !== reg.id)
      return json(400, { reservation_code: [t('noCode', lang)] });
    if (reservation.expiration <= this.now()) return json(400, { reservation_code: [t('expired', lang)] });
    const windowError = this.windowError(reg, lang);
    if (windowError) return windowError;

    const signupsRaw = Array.isArray(body.signups) ? body.signups : [];
    if (signupsRaw.length === 0) return json(400, { signups: [t('required', lang)] });
    if (signupsRaw.length > reservation.seats) return json(400, { signups: [t('seatsMismatch', lang)] });
    const errors: Record<string, unknown> = {};
    const signupErrors = signupsRaw.map((raw) => this.validateSignup(raw, reg, lang));
    if (signupErrors.some(([e]) => Object.keys(e).length)) errors.signups = signupErrors.map(([e]) => e);

    if (kind === 'group') {
      const cp = (body.contact_person ?? {}) as Record<string, unknown>;
      const cpErrors: Record<string, string[]> = {};
      const email = cp.email;
      if (email !== undefined && email !== null && email !== '' && (!isStr(email) || !EMAIL.test(email)))
        cpErrors.email = [t('email', lang)];
      const notifications = cp.notifications;
      if (notifications !== undefined && !['none', 'sms', 'email', 'sms and email'].includes(String(notifications))) {
        cpErrors.notifications = [`"${String(notifications)}" is not a valid choice.`];
      }
      if (Object.keys(cpErrors).length) errors.contact_person = cpErrors;
    }
    if (Object.keys(errors).length) return json(400, errors);

    const groupId = String(this.nextId++);
    const status = reservation.in_waitlist ? 'waitlisted' : 'attending';
    const signups: Signup[] = signupErrors.map(([, s]) => ({
      ...(s as Omit<Signup, 'id' | 'registration' | 'attendee_status' | 'group'>),
      id: String(this.nextId++),
      registration: reg.id,
      attendee_status: status,
      group: groupId,
    }));
    // The reservation is used up: a second send with the same code gets the real 400.
    this.seatReservations.delete(code);
    const group: SignupGroup = {
      id: groupId,
      registration: reg.id,
      extra_info: isStr(body.extra_info) ? body.extra_info : '',
      contact_person: (body.contact_person ?? {}) as Record<string, unknown>,
      signups,
    };
    this.groups.push(group);
    const stamp = iso(this.now());
    const made = { created_time: stamp, last_modified_time: stamp, created_by: null, last_modified_by: null };
    const signupJson = ({ group: groupOf, ...signup }: Signup) => ({
      ...signup,
      id: int(signup.id),
      registration: int(signup.registration),
      signup_group: kind === 'group' ? int(groupOf) : null,
      anonymization_time: null,
      presence_status: 'not_present',
      has_contact_person_access: false,
      is_created_by_current_user: true,
      ...made,
    });
    if (kind === 'single') return json(201, signups.map(signupJson));
    return json(201, {
      id: int(group.id),
      registration: int(group.registration),
      signups: group.signups.map(signupJson),
      anonymization_time: null,
      contact_person: { ...group.contact_person, id: this.nextId++ },
      extra_info: group.extra_info,
      has_contact_person_access: false,
      is_created_by_current_user: true,
      ...made,
    });
  }

  private deleteGroup(id: string): FakeResponse {
    const i = this.groups.findIndex((g) => g.id === id);
    if (i < 0) return notFound();
    this.groups.splice(i, 1);
    return { status: 204 };
  }
}
