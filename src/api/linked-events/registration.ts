/**
 * The registration (enrolment) model: capacity, waiting list, the enrolment window,
 * what the form must ask, and the messages the staff wrote. Pure.
 */
import { pickLocalised, type LocalisedText } from '../localised.js';
import { parseInstant } from '../../shared/time.js';
import { enrolmentState, num, registrationSeats, waitingListTakesMore, type EnrolmentState } from './course.js';
import type { RegistrationWire } from './schemas.js';

/** Fields a registration may make mandatory for each signup. */
export type SignupField = 'first_name' | 'last_name' | 'phone_number' | 'street_address' | 'zipcode' | 'city';

export interface Registration {
  id: string;
  enrolment: { state: EnrolmentState; start?: number; end?: number };
  capacity?: number;
  /** Seats still free; 0 means full. */
  seatsLeft?: number;
  waitingListCapacity?: number;
  waitingListLeft?: number;
  /** The waiting list has no limit (`waiting_list_capacity: null`): a full course always takes a request to it. */
  waitingListUnlimited?: boolean;
  /** Full, but a request still goes to the waiting list. */
  waitingListOnly: boolean;
  /** Neither a seat nor a waiting-list place is left. */
  full: boolean;
  maxGroupSize?: number;
  mandatoryFields: SignupField[];
  minAge?: number;
  maxAge?: number;
  confirmationMessage?: LocalisedText;
  instructions?: LocalisedText;
  /**
   * The registration has customer groups with prices (`registration_price_groups`): enrolling
   * requires a payment, which only the city's own signup page (`signupUrl`) can take.
   */
  requiresPayment?: boolean;
  /** Linked Registrations' signup page for this registration, in the learner's language when it has one. */
  signupUrl?: LocalisedText;
}

const FIELDS: readonly SignupField[] = ['first_name', 'last_name', 'phone_number', 'street_address', 'zipcode', 'city'];

export function toRegistration(wire: RegistrationWire, options: { locale: string; now: number }): Registration {
  const start = parseInstant(wire.enrolment_start_time);
  const end = parseInstant(wire.enrolment_end_time);
  const seats = registrationSeats(wire);
  const noSeats = seats.left === 0;
  const waitingList = waitingListTakesMore(seats);
  const registration: Registration = {
    id: String(wire.id),
    enrolment: { state: enrolmentState(start, end, options.now) },
    waitingListOnly: noSeats && waitingList,
    full: noSeats && !waitingList,
    mandatoryFields: (wire.mandatory_fields ?? []).filter((f): f is SignupField =>
      (FIELDS as readonly string[]).includes(f),
    ),
    requiresPayment: (wire.registration_price_groups ?? []).length > 0,
  };
  const optional: Partial<Registration> = {
    capacity: seats.capacity,
    seatsLeft: seats.left,
    waitingListCapacity: seats.waitingListCapacity,
    waitingListLeft: seats.waitingListLeft,
    waitingListUnlimited: seats.waitingListUnlimited,
    maxGroupSize: num(wire.maximum_group_size),
    minAge: num(wire.audience_min_age),
    maxAge: num(wire.audience_max_age),
    confirmationMessage: pickLocalised(wire.confirmation_message, options.locale),
    instructions: pickLocalised(wire.instructions, options.locale),
    signupUrl: pickLocalised(wire.signup_url, options.locale),
  };
  if (start !== undefined) registration.enrolment.start = start;
  if (end !== undefined) registration.enrolment.end = end;
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) (registration as unknown as Record<string, unknown>)[key] = value;
  }
  return registration;
}

/** A seat held for the learner while they fill in the form. */
export interface SeatHold {
  id: string;
  code: string;
  seats: number;
  /** The place will be on the waiting list. */
  inWaitlist: boolean;
  /** When the hold ends (epoch ms, the server's clock). */
  expires: number;
  /** When the server made the hold (epoch ms, its clock): `expires - reserved` is how long it lasts, whatever the skew of the learner's clock. */
  reserved?: number;
}

/** One person's signup, as Linked Events takes it. */
export interface SignupInput {
  first_name: string;
  last_name: string;
  date_of_birth?: string;
  phone_number?: string;
  street_address?: string;
  zipcode?: string;
  city?: string;
  extra_info?: string;
  user_consent: boolean;
}

export interface ContactPersonInput {
  first_name: string;
  last_name: string;
  email?: string;
  phone_number?: string;
  native_language?: string;
  service_language?: string;
  notifications?: 'none' | 'sms' | 'email' | 'sms and email';
}

export interface SignupGroupInput {
  registration: string;
  reservationCode: string;
  contactPerson: ContactPersonInput;
  signups: SignupInput[];
  extraInfo?: string;
}

export type AttendeeStatus = 'attending' | 'waitlisted' | 'awaiting_payment';

export interface SignupResult {
  groupId?: string;
  status: AttendeeStatus;
}
