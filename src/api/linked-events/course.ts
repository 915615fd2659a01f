/**
 * The normalised course model the elements render, made from a Linked Events event
 * (and its registration, when there is one). Pure: no I/O, no DOM.
 */
import { pickLocalised, type LocalisedText } from '../localised.js';
import { parseInstant, toZoned } from '../../shared/time.js';
import type { EventWire, KeywordWire, RegistrationWire } from './schemas.js';

export type StudyPath = 'slow' | 'basic' | 'fast' | 'literacy';
export type EnrolmentState = 'upcoming' | 'open' | 'closed';
export type CourseStatus = 'scheduled' | 'cancelled' | 'postponed' | 'rescheduled';
export type TimeOfDay = 'daytime' | 'evening';

/** A point in time that may have no time of day (Linked Events sends bare `YYYY-MM-DD` dates too). */
export interface CourseTime {
  instant: number;
  /** True when the API gave only a date. */
  dateOnly: boolean;
}

export interface Seats {
  /** Unknown when the course has no limit on seats (then `left` is unknown too: never full). */
  capacity?: number;
  /** Seats still free; 0 means full. Unknown when the course has no registration, or no limit. */
  left?: number;
  waitingListCapacity?: number;
  waitingListLeft?: number;
  /** The waiting list has no limit: a full course still takes requests, to the waiting list. */
  waitingListUnlimited?: boolean;
}

export interface Enrolment {
  /**
   * From the enrolment window, except that the course's status wins: a cancelled or postponed
   * course is `closed` whatever its window says (see `availability()` for what a learner can do).
   */
  state: EnrolmentState;
  start?: number;
  end?: number;
}

export interface Place {
  id?: string;
  name?: LocalisedText;
  streetAddress?: LocalisedText;
  postalCode?: string;
  locality?: LocalisedText;
  extraInfo?: LocalisedText;
}

/** One date of a recurring series (a sub-event). */
export interface Session {
  id?: string;
  start: CourseTime;
  /** Unknown when the API gave no end (`end_time: null`). */
  end?: CourseTime;
  status: CourseStatus;
}

export interface Offer {
  isFree: boolean;
  price?: LocalisedText;
  description?: LocalisedText;
}

/** Which keyword ids mean a study path, a level or a weekday: each city has its own. */
export interface KeywordConfig {
  paths: Record<StudyPath, string[]>;
  /** Level label (`A1.1`) → keyword ids. */
  levels: Record<string, string[]>;
  /** Weekday 1 (Monday) – 7 (Sunday) → keyword ids. */
  weekdays: Record<number, string[]>;
}

/**
 * Porvoo's keywords, as the API fake has them. Only levels that have a keyword: each one is
 * offered in the catalogue's level filter, and a level there must be able to find something.
 */
export const defaultKeywordConfig: KeywordConfig = {
  paths: {
    slow: ['porvoo:path-slow'],
    basic: ['porvoo:path-basic'],
    fast: ['porvoo:path-fast'],
    literacy: ['porvoo:path-literacy'],
  },
  levels: Object.fromEntries(
    ['A1', 'A1.1', 'A1.2', 'A1.3', 'A2', 'A2.1', 'A2.2', 'B1', 'B1.1'].map((l) => [
      l,
      [`porvoo:level-${l.toLowerCase().replace('.', '-')}`],
    ]),
  ),
  weekdays: {
    1: ['porvoo:weekday-mon'],
    2: ['porvoo:weekday-tue'],
    3: ['porvoo:weekday-wed'],
    4: ['porvoo:weekday-thu'],
    5: ['porvoo:weekday-fri'],
    6: ['porvoo:weekday-sat'],
    7: ['porvoo:weekday-sun'],
  },
};

export interface Course {
  id: string;
  name: LocalisedText;
  shortDescription?: LocalisedText;
  /** The description as the API sent it: HTML that MUST be sanitised before it is shown. */
  descriptionHtml?: LocalisedText;
  start?: CourseTime;
  end?: CourseTime;
  /** Weekdays of the sessions, 1 (Monday) – 7 (Sunday). */
  weekdays: number[];
  timeOfDay?: TimeOfDay;
  place?: Place;
  enrolment: Enrolment;
  seats: Seats;
  registrationId?: string;
  status: CourseStatus;
  paths: StudyPath[];
  /** Language levels, ordered (`A1.1`, `A1.2` …). */
  levels: string[];
  offers: Offer[];
  /** Free when an offer says so; `undefined` when the API says nothing. */
  isFree?: boolean;
  infoUrl?: LocalisedText;
  minAge?: number;
  maxAge?: number;
  /**
   * The dates of a recurring series (`super_event_type: "recurring"`), in time order: the
   * series is one course, and these are its sessions. Unset for a single event.
   */
  sessions?: Session[];
  /** How many dates a series has, when the API listed them without their times. */
  sessionCount?: number;
  /** The languages the course is taught in (`in_language`), as codes: `fi`, `sv`. */
  languages?: string[];
  /** Who runs the course (`provider`). */
  provider?: LocalisedText;
}

const STATUS: Record<string, CourseStatus> = {
  EventScheduled: 'scheduled',
  EventCancelled: 'cancelled',
  EventPostponed: 'postponed',
  EventRescheduled: 'rescheduled',
};

/** The id of a keyword given as an object or as an `@id` URL (`…/keyword/yso:p19331/`). */
export function keywordId(k: KeywordWire): string | undefined {
  if (k.id) return k.id;
  const m = /\/([^/]+)\/?$/.exec(k['@id'] ?? '');
  return m ? decodeURIComponent(m[1]!) : undefined;
}

/**
 * The clock times of a course's sessions: the start's time of day, and the end's when the
 * API gave one. `end_time: null` (an event without a known end) keeps the start time.
 * `undefined` when the course has no start time (only dates).
 */
export function sessionTimes(course: Pick<Course, 'start' | 'end'>): { start: number; end?: number } | undefined {
  if (!course.start || course.start.dateOnly) return undefined;
  return course.end && !course.end.dateOnly
    ? { start: course.start.instant, end: course.end.instant }
    : { start: course.start.instant };
}

function courseTime(value: string | null | undefined): CourseTime | undefined {
  const instant = parseInstant(value);
  if (instant === undefined) return undefined;
  return { instant, dateOnly: /^\d{4}-\d{2}-\d{2}$/.test(value ?? '') };
}

/** A number the API sent, or `undefined` for null, missing or not finite. */
export const num = (n: number | null | undefined) => (typeof n === 'number' && Number.isFinite(n) ? n : undefined);

/**
 * Seats and waiting list as a registration gives them, the one reading of its capacities
 * for the catalogue and the enrolment form: null means "no limit", and what is left is
 * never below 0.
 */
export function registrationSeats(registration: RegistrationWire): Seats {
  const seats: Seats = {};
  const capacity = num(registration.maximum_attendee_capacity);
  if (capacity !== undefined) seats.capacity = capacity;
  const left = num(registration.remaining_attendee_capacity);
  if (left !== undefined) seats.left = Math.max(0, left);
  const wlCapacity = num(registration.waiting_list_capacity);
  if (wlCapacity !== undefined) seats.waitingListCapacity = wlCapacity;
  const wlLeft = num(registration.remaining_waiting_list_capacity);
  if (wlLeft !== undefined) seats.waitingListLeft = Math.max(0, wlLeft);
  if (hasUnlimitedWaitingList(registration)) seats.waitingListUnlimited = true;
  return seats;
}

/**
 * Whether a registration's waiting list has no limit. Linked Events says "no limit" with
 * `waiting_list_capacity: null`, and then sends `remaining_waiting_list_capacity: null` too.
 */
export function hasUnlimitedWaitingList(registration: RegistrationWire): boolean {
  return (
    num(registration.waiting_list_capacity) === undefined &&
    num(registration.remaining_waiting_list_capacity) === undefined
  );
}

/** Whether a full course still takes a request, to its waiting list. */
export function waitingListTakesMore(seats: Pick<Seats, 'waitingListLeft' | 'waitingListUnlimited'>): boolean {
  return seats.waitingListUnlimited === true || (seats.waitingListLeft ?? 0) > 0;
}

/**
 * What a learner can do about a course now, the one reading of its status, enrolment window,
 * seats and waiting list for the card, the "Enrolment open now" filter and the order of the list:
 * - `open`: enrolment is open and a seat is left (or there is no limit);
 * - `waiting-list`: enrolment is open, every seat is taken, and the waiting list takes more;
 * - `full`: enrolment is open, but neither a seat nor a waiting-list place is left;
 * - `upcoming`, `closed`: the enrolment window has not opened, or has ended;
 * - `cancelled`, `postponed`: the status wins over the window and the seats. Linked Events keeps
 *   a cancelled course's registration as it was (and `enrolment_open` still lists it).
 */
export type Availability = 'open' | 'waiting-list' | 'full' | 'upcoming' | 'closed' | 'cancelled' | 'postponed';

export function availability(course: Pick<Course, 'status' | 'enrolment' | 'seats'>): Availability {
  if (course.status === 'cancelled' || course.status === 'postponed') return course.status;
  const { state } = course.enrolment;
  if (state !== 'open') return state;
  const { left } = course.seats;
  if (left === undefined || left > 0) return 'open';
  return waitingListTakesMore(course.seats) ? 'waiting-list' : 'full';
}

/** Whether a learner can ask for a place now: a seat, or a place on the waiting list. */
export const takesRequests = (course: Pick<Course, 'status' | 'enrolment' | 'seats'>): boolean => {
  const a = availability(course);
  return a === 'open' || a === 'waiting-list';
};

/** `upcoming | open | closed` from the enrolment window at `now`. */
export function enrolmentState(start: number | undefined, end: number | undefined, now: number): EnrolmentState {
  if (start !== undefined && now < start) return 'upcoming';
  if (end !== undefined && now > end) return 'closed';
  if (start === undefined && end === undefined) return 'closed';
  return 'open';
}

const LEVEL_ORDER = (level: string) => level.replace(/^([A-C])(\d)$/, '$1$2.0');

/** A configuration's level labels in their order (`A1`, `A1.1` … `B1`), sorted once rather than per course. */
const levelOrders = new WeakMap<KeywordConfig['levels'], string[]>();
function levelsInOrder(levels: KeywordConfig['levels']): string[] {
  let order = levelOrders.get(levels);
  if (!order) {
    order = Object.keys(levels).sort((a, b) => LEVEL_ORDER(a).localeCompare(LEVEL_ORDER(b)));
    levelOrders.set(levels, order);
  }
  return order;
}

/**
 * The keyword ids that find a level: its own and its sub-levels' (`A1` → `A1`, `A1.1`, `A1.2`,
 * `A1.3`), as courses are tagged with the sub-levels they teach. A sub-level finds only itself.
 */
export function levelKeywordIds(config: KeywordConfig, level: string): string[] {
  const labels = Object.keys(config.levels).filter((l) => l === level || l.startsWith(`${level}.`));
  return [...new Set(labels.flatMap((l) => config.levels[l] ?? []))];
}

export interface NormaliseOptions {
  locale: string;
  now: number;
  keywords?: KeywordConfig;
  /** The course's registration, when it was fetched separately; an included one is used otherwise. */
  registration?: RegistrationWire;
}

/** Turns one validated event into a `Course`. */
export function toCourse(event: EventWire, options: NormaliseOptions): Course {
  const { locale, now } = options;
  const config = options.keywords ?? defaultKeywordConfig;
  const included = event.registration && 'id' in event.registration ? event.registration : undefined;
  const registration = options.registration ?? included;
  const registrationId =
    registration?.id ??
    (event.registration && '@id' in event.registration
      ? /\/registration\/([^/]+)\/?$/.exec(event.registration['@id'])?.[1]
      : undefined);

  const ids = new Set((event.keywords ?? []).map(keywordId).filter((id): id is string => !!id));
  const has = (list: string[] | undefined) => (list ?? []).some((id) => ids.has(id));
  const paths = (Object.keys(config.paths) as StudyPath[]).filter((p) => has(config.paths[p]));
  const levels = levelsInOrder(config.levels).filter((l) => has(config.levels[l]));

  const start = courseTime(event.start_time);
  const end = courseTime(event.end_time);
  let weekdays = Object.keys(config.weekdays)
    .map(Number)
    .filter((d) => has(config.weekdays[d]));
  const weekdaysFromKeywords = weekdays.length > 0;
  if (weekdays.length === 0 && start) weekdays = [toZoned(start.instant).weekday];
  weekdays.sort((a, b) => a - b);
  const timeOfDay: TimeOfDay | undefined =
    start && !start.dateOnly ? (toZoned(start.instant).hour >= 16 ? 'evening' : 'daytime') : undefined;

  // The registration's times win over the event's when there is a registration.
  const enrolStart = parseInstant(registration ? registration.enrolment_start_time : event.enrolment_start_time);
  const enrolEnd = parseInstant(registration ? registration.enrolment_end_time : event.enrolment_end_time);

  // The registration's capacities win too: its null means "no limit", whatever number the event still has.
  const eventCapacity = num(event.maximum_attendee_capacity);
  const seats: Seats = registration
    ? registrationSeats(registration)
    : eventCapacity === undefined
      ? {}
      : { capacity: eventCapacity };

  const offers: Offer[] = (event.offers ?? []).map((o) => {
    const offer: Offer = { isFree: o.is_free === true };
    const price = pickLocalised(o.price, locale);
    if (price) offer.price = price;
    const description = pickLocalised(o.description, locale);
    if (description) offer.description = description;
    return offer;
  });

  const location = event.location;
  let place: Place | undefined;
  if (location) {
    place = {};
    const placeId = location.id ?? keywordId({ '@id': location['@id'], id: undefined, name: undefined });
    if (placeId) place.id = placeId;
    const name = pickLocalised(location.name, locale);
    if (name) place.name = name;
    const street = pickLocalised(location.street_address, locale);
    if (street) place.streetAddress = street;
    if (location.postal_code) place.postalCode = location.postal_code;
    const locality = pickLocalised(location.address_locality, locale);
    if (locality) place.locality = locality;
  }
  const extra = pickLocalised(event.location_extra_info, locale);
  if (extra) (place ??= {}).extraInfo = extra;

  const status = STATUS[event.event_status ?? ''] ?? 'scheduled';
  // The status wins over the window, with or without a registration.
  const stopped = status === 'cancelled' || status === 'postponed';
  const course: Course = {
    id: event.id,
    // A course without any name is still shown, by its id, rather than dropped.
    name: pickLocalised(event.name, locale) ?? { text: event.id, lang: 'und' },
    weekdays,
    enrolment: { state: stopped ? 'closed' : enrolmentState(enrolStart, enrolEnd, now) },
    seats,
    status,
    paths,
    levels,
    offers,
    languages: (event.in_language ?? []).map(keywordId).filter((id): id is string => !!id),
  };
  const optional: Partial<Course> = {
    shortDescription: pickLocalised(event.short_description, locale),
    descriptionHtml: pickLocalised(event.description, locale),
    start,
    end,
    timeOfDay,
    place,
    registrationId: registrationId === undefined ? undefined : String(registrationId),
    infoUrl: pickLocalised(event.info_url, locale),
    provider: pickLocalised(event.provider, locale),
    minAge: num(registration?.audience_min_age) ?? num(event.audience_min_age),
    maxAge: num(registration?.audience_max_age) ?? num(event.audience_max_age),
    isFree: offers.length ? offers.some((o) => o.isFree) : undefined,
  };
  if (event.super_event_type === 'recurring' && event.sub_events?.length) {
    const sessions: Session[] = [];
    for (const sub of event.sub_events) {
      const subStart = courseTime(sub.start_time);
      if (!subStart) continue;
      const session: Session = { start: subStart, status: STATUS[sub.event_status ?? ''] ?? 'scheduled' };
      const subEnd = courseTime(sub.end_time);
      if (subEnd) session.end = subEnd;
      const subId = sub.id ?? keywordId({ '@id': sub['@id'], id: undefined, name: undefined });
      if (subId !== undefined) session.id = String(subId);
      sessions.push(session);
    }
    sessions.sort((a, b) => a.start.instant - b.start.instant);
    if (sessions.length) {
      course.sessions = sessions;
      // A series meets on the weekdays of its dates, not only on its first date's.
      if (!weekdaysFromKeywords)
        course.weekdays = [...new Set(sessions.map((x) => toZoned(x.start.instant).weekday))].sort((a, b) => a - b);
    } else course.sessionCount = event.sub_events.length;
  }
  if (enrolStart !== undefined) course.enrolment.start = enrolStart;
  if (enrolEnd !== undefined) course.enrolment.end = enrolEnd;
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) (course as unknown as Record<string, unknown>)[key] = value;
  }
  return course;
}
