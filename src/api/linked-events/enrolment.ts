/**
 * Enrolling through Linked Events v1: a course with its registration, seat holds
 * (`seats_reservation/`) and signups (`signup_group/`). What `<koto-enrolment-form>` needs,
 * without the course listing (`courses.ts`).
 */
import type { Result } from '../http.js';
import type { Course } from './course.js';
import { Connection, INCLUDE, type LinkedEventsCallOptions, type LinkedEventsClientOptions } from './connection.js';
import {
  toRegistration,
  type AttendeeStatus,
  type Registration,
  type SeatHold,
  type SignupGroupInput,
  type SignupResult,
} from './registration.js';
import { SeatsReservation, SignupGroupResponse } from './enrolment-schemas.js';
import { Event, Registration as RegistrationSchema } from './schemas.js';
import { parseInstant } from '../../shared/time.js';

/** What `<koto-enrolment-form>` needs; a portal may implement it over its own data. */
export interface EnrolmentClient {
  getCourse(id: string, options?: LinkedEventsCallOptions): Promise<Result<Course>>;
  getRegistration(id: string, options?: LinkedEventsCallOptions): Promise<Result<Registration>>;
  reserveSeats(registration: string, seats: number, options?: LinkedEventsCallOptions): Promise<Result<SeatHold>>;
  signup(input: SignupGroupInput, options?: LinkedEventsCallOptions): Promise<Result<SignupResult>>;
}

/**
 * A registration id as the contract types it in request bodies: an integer (Linked Events'
 * `SeatReservationCode.registration`, `SignUpGroupCreate.registration`). The elements keep ids
 * as strings; one that is not all digits (another deployment's) is sent as it is.
 */
const registrationWireId = (id: string): number | string => (/^\d{1,15}$/.test(id) ? Number(id) : id);

/** One course, with its registration when the API gave only a reference to it. */
export async function getCourse(
  api: Connection,
  id: string,
  options: LinkedEventsCallOptions = {},
): Promise<Result<Course>> {
  const result = await api.http.request({
    path: `event/${encodeURIComponent(id)}/`,
    query: { include: INCLUDE },
    schema: Event,
    language: options.language,
    signal: options.signal,
  });
  if (!result.ok) return result;
  const event = await api.expandLocation(result.value, options);
  let registration = event.registration && 'id' in event.registration ? event.registration : undefined;
  const ref = event.registration && !('id' in event.registration) ? event.registration['@id'] : undefined;
  if (!registration && ref) {
    const reg = await api.http.requestUrl(ref, {
      schema: RegistrationSchema,
      language: options.language,
      signal: options.signal,
    });
    if (!reg.ok) return reg;
    registration = reg.value;
  }
  return { ok: true, value: api.course(event, options, registration) };
}

export async function getRegistration(
  api: Connection,
  id: string,
  options: LinkedEventsCallOptions = {},
): Promise<Result<Registration>> {
  const result = await api.http.request({
    path: `registration/${encodeURIComponent(id)}/`,
    schema: RegistrationSchema,
    language: options.language,
    signal: options.signal,
  });
  return result.ok
    ? { ok: true, value: toRegistration(result.value, { locale: api.locale(options), now: api.now() }) }
    : result;
}

/** Holds seats while the learner fills in the form (`POST seats_reservation/`). Never retried blindly. */
export async function reserveSeats(
  api: Connection,
  registration: string,
  seats: number,
  options: LinkedEventsCallOptions = {},
): Promise<Result<SeatHold>> {
  const result = await api.http.request({
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
export async function signup(
  api: Connection,
  input: SignupGroupInput,
  options: LinkedEventsCallOptions = {},
): Promise<Result<SignupResult>> {
  const result = await api.http.request({
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

/**
 * A Linked Events client that enrols (a course, its registration, seat holds, signups) but
 * does not list courses: what `<koto-enrolment-form>` makes for its `api-base`.
 * `LinkedEventsClient` does the same and lists courses too.
 */
export class LinkedEventsEnrolmentClient implements EnrolmentClient {
  protected readonly api: Connection;

  constructor(options: LinkedEventsClientOptions) {
    this.api = new Connection(options);
  }

  /** One course, with its registration when the API gave only a reference to it. */
  getCourse(id: string, options?: LinkedEventsCallOptions): Promise<Result<Course>> {
    return getCourse(this.api, id, options);
  }

  getRegistration(id: string, options?: LinkedEventsCallOptions): Promise<Result<Registration>> {
    return getRegistration(this.api, id, options);
  }

  /** Holds seats while the learner fills in the form (`POST seats_reservation/`). Never retried blindly. */
  reserveSeats(registration: string, seats: number, options?: LinkedEventsCallOptions): Promise<Result<SeatHold>> {
    return reserveSeats(this.api, registration, seats, options);
  }

  /** Sends the enrolment (`POST signup_group/`). Never retried blindly. */
  signup(input: SignupGroupInput, options?: LinkedEventsCallOptions): Promise<Result<SignupResult>> {
    return signup(this.api, input, options);
  }
}
