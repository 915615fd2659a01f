/**
 * Thin typed client for Linked Events v1: courses (`event/?event_type=Course`),
 * registrations, seat holds and signups. Validates at the edge, normalises into
 * `Course` and `Registration`, and reports every failure as data.
 */
import * as z from 'zod/mini';
import { HttpClient, type ClientOptions, type RequestOptions, type Result } from '../http.js';
import { toCourse, type Course, type KeywordConfig } from './course.js';
import {
  toRegistration,
  type Registration,
  type SeatHold,
  type SignupGroupInput,
  type SignupResult,
  type AttendeeStatus,
} from './registration.js';
import {
  Event,
  EventPage,
  Place as PlaceSchema,
  type EventWire,
  type PlaceWire,
  Registration as RegistrationSchema,
  SeatsReservation,
  SignupGroupResponse,
} from './schemas.js';
import { parseInstant } from '../../shared/time.js';

/** What a course search can ask; every field maps to the API's own query parameter. */
export interface CourseQuery {
  /** Free text (`text`). */
  text?: string;
  /** Keyword ids, any of which matches (`keyword`, comma = OR). */
  keyword?: string[];
  /** Keyword ids, all of which must match (`keyword_AND`). */
  keywordAll?: string[];
  /**
   * Groups of keyword ids: a course must have one id of every group (`keyword_OR_set1`,
   * `keyword_OR_set2` …, each comma = OR, the groups AND). For a level with its sub-levels.
   */
  keywordAnyOf?: string[][];
  /** ISO date, `today` or `now` (`start`: courses that end after it). */
  start?: string;
  /** ISO date (`end`: courses that start before it). */
  end?: string;
  /** Hours of the local day, `16` or `16:30`: only courses whose sessions start then or later (`starts_after`). */
  startsAfter?: string;
  /** Hours of the local day: only courses whose sessions end by then (`ends_before`). */
  endsBefore?: string;
  /**
   * Only courses with a registration whose enrolment has not ended and with seats left
   * (`enrolment_open`). Linked Events checks neither the start of enrolment nor the status: a
   * cancelled course, or one whose enrolment opens later, still comes.
   */
  enrolmentOpen?: boolean;
  /** As `enrolmentOpen`, also when the seats are taken but the waiting list has room (`enrolment_open_waitlist`). */
  enrolmentOpenWaitlist?: boolean;
  /** Place ids (`location`). */
  location?: string[];
  /** Organisation ids (`publisher`). */
  publisher?: string[];
  page?: number;
  pageSize?: number;
  /** For example `start_time` or `-enrolment_start_time`. */
  sort?: string;
}

export interface CoursePage {
  count: number;
  courses: Course[];
  /** The API's link to the next page, for `listCoursesAt()`. */
  next?: string;
  /** Events left out because they did not validate (real data is messy; one bad item hides nothing else). */
  skipped: number;
}

export interface LinkedEventsCallOptions extends RequestOptions {
  /** The interface locale for picking translations (defaults to `language`, then `fi`). */
  locale?: string;
}

/** What `<koto-course-catalogue>` and `<koto-enrolment-form>` need; a portal may implement it over its own data. */
export interface CourseCatalogueClient {
  listCourses(query: CourseQuery, options?: LinkedEventsCallOptions): Promise<Result<CoursePage>>;
  listCoursesAt(nextUrl: string, options?: LinkedEventsCallOptions): Promise<Result<CoursePage>>;
  getCourse(id: string, options?: LinkedEventsCallOptions): Promise<Result<Course>>;
}

export interface EnrolmentClient {
  getCourse(id: string, options?: LinkedEventsCallOptions): Promise<Result<Course>>;
  getRegistration(id: string, options?: LinkedEventsCallOptions): Promise<Result<Registration>>;
  reserveSeats(registration: string, seats: number, options?: LinkedEventsCallOptions): Promise<Result<SeatHold>>;
  signup(input: SignupGroupInput, options?: LinkedEventsCallOptions): Promise<Result<SignupResult>>;
}

export interface LinkedEventsClientOptions extends ClientOptions {
  /** Which keyword ids mean a study path, level or weekday (the city's own). */
  keywords?: KeywordConfig;
  /** The clock for enrolment states (tests). */
  now?: () => number;
}

/** `sub_events`: a recurring series comes with its dates (Linked Events expands them one level). */
const INCLUDE = 'location,keywords,in_language,registration,sub_events';

/** The id at the end of an `@id` URL (`…/place/tprek:8100/` → `tprek:8100`). */
function idOf(ref: string | undefined): string | undefined {
  const m = /\/([^/]+)\/?$/.exec(ref ?? '');
  return m ? decodeURIComponent(m[1]!) : undefined;
}

/**
 * A registration id as the contract types it in request bodies: an integer (Linked Events'
 * `SeatReservationCode.registration`, `SignUpGroupCreate.registration`). The elements keep ids
 * as strings; one that is not all digits (another deployment's) is sent as it is.
 */
const registrationWireId = (id: string): number | string => (/^\d{1,15}$/.test(id) ? Number(id) : id);

/**
 * Linked Events writes its error messages in Finnish, Swedish and English, localised by
 * `Accept-Language`, and in Finnish for any other language (../../../shared/reference/apis.md).
 * It sends no `Content-Language`: this says which language a refusal is in.
 */
const MESSAGE_LANGUAGES = { supported: ['fi', 'sv', 'en'], fallback: 'fi' } as const;

export class LinkedEventsClient implements CourseCatalogueClient, EnrolmentClient {
  private readonly http: HttpClient;
  private readonly keywords: KeywordConfig | undefined;
  private readonly now: () => number;
  /** Places fetched because an answer gave only their `@id`: once per id, for the client's lifetime. */
  private readonly places = new Map<string, Promise<PlaceWire | undefined>>();

  constructor(options: LinkedEventsClientOptions) {
    this.http = new HttpClient({ messageLanguages: MESSAGE_LANGUAGES, ...options });
    this.keywords = options.keywords;
    this.now = options.now ?? Date.now;
  }

  private locale(options: LinkedEventsCallOptions = {}): string {
    return options.locale ?? options.language ?? 'fi';
  }

  /**
   * The place of an event whose `location` came as a bare `{ "@id" }` (Linked Events does not
   * always expand what `include` asked for): fetched from the configured base, once per id.
   * A place that cannot be had stays as it was (its id only).
   */
  private async expandLocation(event: EventWire, options: LinkedEventsCallOptions): Promise<EventWire> {
    const location = event.location;
    if (!location || location.name || location.street_address) return event;
    const id = location.id ?? idOf(location['@id']);
    if (!id) return event;
    let place = this.places.get(id);
    if (!place) {
      place = this.http
        .request({
          path: `place/${encodeURIComponent(id)}/`,
          schema: PlaceSchema,
          language: options.language,
          signal: options.signal,
        })
        .then((r) => (r.ok ? r.value : undefined));
      this.places.set(id, place);
    }
    const found = await place;
    // A failed fetch (offline, aborted) is tried again next time.
    if (!found) {
      if (this.places.get(id) === place) this.places.delete(id);
      return event;
    }
    return { ...event, location: { ...found, id: found.id ?? id } };
  }

  private async toPage(
    value: { meta: { count: number; next?: string | null | undefined }; data: unknown[] },
    options: LinkedEventsCallOptions = {},
  ): Promise<CoursePage> {
    const events: EventWire[] = [];
    let skipped = 0;
    for (const item of value.data) {
      const parsed = z.safeParse(Event, item);
      if (!parsed.success) skipped++;
      else events.push(parsed.data);
    }
    // A series is one course: its sub-events are its dates, not courses of their own. The
    // list asks the API to leave them out (`hide_recurring_children`); any that still come
    // with their series on the same page are dropped here.
    const series = new Set(events.filter((e) => e.super_event_type === 'recurring').map((e) => e.id));
    const shown = events.filter((e) => {
      const parent = idOf(e.super_event?.['@id']);
      return !(parent && series.has(parent));
    });
    const expanded = await Promise.all(shown.map((e) => this.expandLocation(e, options)));
    const courses = expanded.map((e) =>
      toCourse(e, { locale: this.locale(options), now: this.now(), keywords: this.keywords }),
    );
    const page: CoursePage = { count: value.meta.count, courses, skipped };
    if (value.meta.next) page.next = value.meta.next;
    return page;
  }

  /** Lists courses: always `event_type=Course` with places, keywords, languages and registrations included. */
  async listCourses(query: CourseQuery, options: LinkedEventsCallOptions = {}): Promise<Result<CoursePage>> {
    const join = (list?: string[]) => (list && list.length ? list.join(',') : undefined);
    const anyOf = Object.fromEntries(
      (query.keywordAnyOf ?? []).filter((set) => set.length).map((set, i) => [`keyword_OR_set${i + 1}`, join(set)]),
    );
    const result = await this.http.request({
      path: 'event/',
      query: {
        event_type: 'Course',
        include: INCLUDE,
        text: query.text?.trim(),
        keyword: join(query.keyword),
        keyword_AND: join(query.keywordAll),
        ...anyOf,
        start: query.start,
        end: query.end,
        starts_after: query.startsAfter,
        ends_before: query.endsBefore,
        enrolment_open: query.enrolmentOpen ? 'true' : undefined,
        enrolment_open_waitlist: query.enrolmentOpenWaitlist ? 'true' : undefined,
        location: join(query.location),
        publisher: join(query.publisher),
        page: query.page,
        page_size: query.pageSize,
        sort: query.sort,
        hide_recurring_children: true,
      },
      schema: EventPage,
      language: options.language,
      signal: options.signal,
    });
    return result.ok ? { ok: true, value: await this.toPage(result.value, options) } : result;
  }

  /**
   * Follows the API's `next` link: only its query is kept, sent to `event/` below the
   * configured base. Behind a proxy the link may name a host the browser cannot reach, and
   * an absolute URL to another origin is never followed.
   */
  async listCoursesAt(nextUrl: string, options: LinkedEventsCallOptions = {}): Promise<Result<CoursePage>> {
    let query: Record<string, string>;
    try {
      query = Object.fromEntries(new URL(nextUrl, 'http://localhost/').searchParams);
    } catch {
      return { ok: false, error: { kind: 'invalid-response', issues: [`meta.next: not a link: ${nextUrl}`] } };
    }
    const result = await this.http.request({
      path: 'event/',
      query,
      schema: EventPage,
      language: options.language,
      signal: options.signal,
    });
    return result.ok ? { ok: true, value: await this.toPage(result.value, options) } : result;
  }

  /** One course, with its registration when the API gave only a reference to it. */
  async getCourse(id: string, options: LinkedEventsCallOptions = {}): Promise<Result<Course>> {
    const result = await this.http.request({
      path: `event/${encodeURIComponent(id)}/`,
      query: { include: INCLUDE },
      schema: Event,
      language: options.language,
      signal: options.signal,
    });
    if (!result.ok) return result;
    const event = await this.expandLocation(result.value, options);
    let registration = event.registration && 'id' in event.registration ? event.registration : undefined;
    const ref = event.registration && !('id' in event.registration) ? event.registration['@id'] : undefined;
    if (!registration && ref) {
      const reg = await this.http.requestUrl(ref, {
        schema: RegistrationSchema,
        language: options.language,
        signal: options.signal,
      });
      if (!reg.ok) return reg;
      registration = reg.value;
    }
    return {
      ok: true,
      value: toCourse(event, { locale: this.locale(options), now: this.now(), keywords: this.keywords, registration }),
    };
  }

  async getRegistration(id: string, options: LinkedEventsCallOptions = {}): Promise<Result<Registration>> {
    const result = await this.http.request({
      path: `registration/${encodeURIComponent(id)}/`,
      schema: RegistrationSchema,
      language: options.language,
      signal: options.signal,
    });
    return result.ok
      ? { ok: true, value: toRegistration(result.value, { locale: this.locale(options), now: this.now() }) }
      : result;
  }

  /** Holds seats while the learner fills in the form (`POST seats_reservation/`). Never retried blindly. */
  async reserveSeats(
    registration: string,
    seats: number,
    options: LinkedEventsCallOptions = {},
  ): Promise<Result<SeatHold>> {
    const result = await this.http.request({
      method: 'POST',
      path: 'seats_reservation/',
      body: { registration: registrationWireId(registration), seats },
      schema: SeatsReservation,
      language: options.language,
      signal: options.signal,
    });
    if (!result.ok) return result;
    const r = result.value;
    const expires = parseInstant(r.expiration);
    if (expires === undefined)
      return { ok: false, error: { kind: 'invalid-response', issues: ['expiration: not a date-time'] } };
    const hold: SeatHold = { id: String(r.id), code: r.code, seats: r.seats, inWaitlist: r.in_waitlist, expires };
    const reserved = parseInstant(r.timestamp);
    if (reserved !== undefined) hold.reserved = reserved;
    return { ok: true, value: hold };
  }

  /** Sends the enrolment (`POST signup_group/`). Never retried blindly. */
  async signup(input: SignupGroupInput, options: LinkedEventsCallOptions = {}): Promise<Result<SignupResult>> {
    const result = await this.http.request({
      method: 'POST',
      path: 'signup_group/',
      body: {
        registration: registrationWireId(input.registration),
        reservation_code: input.reservationCode,
        contact_person: input.contactPerson,
        signups: input.signups,
        extra_info: input.extraInfo ?? '',
      },
      schema: SignupGroupResponse,
      language: options.language,
      signal: options.signal,
    });
    if (!result.ok) return result;
    const statuses = result.value.signups.map((s) => s.attendee_status);
    const status: AttendeeStatus = statuses.includes('waitlisted')
      ? 'waitlisted'
      : statuses.includes('awaiting_payment')
        ? 'awaiting_payment'
        : 'attending';
    const out: SignupResult = { status };
    if (result.value.id !== undefined) out.groupId = String(result.value.id);
    return { ok: true, value: out };
  }
}
