/**
 * The states of the enrolment form, one union each (a state that cannot happen cannot be
 * written), and why enrolment is not possible, read from the registration or a refusal.
 */
import type { HttpFailure } from '../../api/http.js';
import type { Course } from '../../api/linked-events/course.js';
import type { AttendeeStatus, Registration } from '../../api/linked-events/registration.js';
import type { ApiWords } from '../../shared/errors.js';
import type { ErrorCode } from './draft.js';

/** Where the form is: what it shows. */
export type Phase =
  | { kind: 'loading' }
  /** No course chosen. */
  | { kind: 'no-course' }
  /** A course, but no API to ask (no `api-base`, `<meta>` tag or `client`). */
  | { kind: 'not-set-up' }
  /** `focused`: the notice takes focus ("Try again" from the keyboard failed again), so it is no alert. */
  | { kind: 'load-error'; error: HttpFailure; focused?: boolean }
  /** The course and "Start". */
  | { kind: 'intro' }
  /** The five steps. */
  | { kind: 'form' }
  | { kind: 'sent'; status: AttendeeStatus }
  /** A bot filled in the hidden field: nothing was sent. */
  | { kind: 'rejected' };

/**
 * Why the learner cannot go on: the course is cancelled or postponed, enrolment is not open yet
 * or closed, no place is left, or there is no online enrolment.
 */
export type BlockedReason = 'cancelled' | 'postponed' | 'upcoming' | 'closed' | 'full' | 'no-registration';

/** Enrolment is not possible, and why; with the API's own words (409 and "full"), shown under ours. */
export interface Blocked {
  reason: BlockedReason;
  detail?: ApiWords;
}

/** A problem with an answer: found by the form's own check, or the service's words about it. */
export type FieldError = { code: ErrorCode } | { server: ApiWords };

/**
 * Why enrolment is not possible, by the course's status and then its registration (the service's
 * words from an earlier refusal are kept). The status wins: Linked Events keeps a cancelled or
 * postponed course's registration open as it was, and would still take a signup.
 */
export function blockedBy(
  reg: Registration | undefined,
  before: Blocked | undefined,
  course?: Pick<Course, 'status'>,
): Blocked | undefined {
  const state = reg?.enrolment.state;
  const reason: BlockedReason | undefined =
    stoppedBy(course)?.reason ??
    (!reg ? 'no-registration' : state === 'upcoming' || state === 'closed' ? state : reg.full ? 'full' : undefined);
  return reason ? { reason, detail: before?.detail } : undefined;
}

/**
 * A cancelled or postponed course: the event alone says that no one can enrol, so the form
 * says so as soon as the course is there, not after its registration is checked.
 */
export function stoppedBy(course: Pick<Course, 'status'> | undefined): Blocked | undefined {
  const status = course?.status;
  return status === 'cancelled' || status === 'postponed' ? { reason: status } : undefined;
}

/**
 * Cancelled, postponed, not open, closed, no online enrolment, or a payment the form cannot
 * take: there is nothing to fill in. ("Full" is decided by the hold.)
 */
export function isHardBlock(blocked: Blocked | undefined, reg?: Registration): boolean {
  const reason = blocked?.reason;
  return (reason !== undefined && reason !== 'full') || reg?.requiresPayment === true;
}

/**
 * A 409 (not open, or closed) or a 400 about seats, explained as not possible, with the
 * service's own words; `undefined` for any other failure. `now` is what the registration says.
 */
export function blockedByRefusal(error: HttpFailure, now: Blocked | undefined): Blocked | undefined {
  if (error.kind !== 'http') return undefined;
  const seats = error.body.fields.seats?.[0];
  if (error.status !== 409 && !(error.status === 400 && seats)) return undefined;
  const text = error.body.messages[0] ?? seats;
  const reason = error.status === 400 || !now ? (error.status === 409 ? 'closed' : 'full') : now.reason;
  return { reason, detail: text ? { text, lang: error.body.lang } : undefined };
}
