/**
 * The states of the enrolment form, one union each (a state that cannot happen cannot be
 * written), and why enrolment is not possible, read from the registration or a refusal.
 */
import type { HttpFailure } from '../../api/http.js';
import type { AttendeeStatus, Registration } from '../../api/linked-events/registration.js';
import type { ApiWords } from '../../shared/errors.js';
import type { ErrorCode } from './draft.js';

/** Where the form is: what it shows. */
export type Phase =
  | { kind: 'loading' }
  /** No course chosen. */
  | { kind: 'no-course' }
  | { kind: 'load-error'; error: HttpFailure }
  /** The course and "Start". */
  | { kind: 'intro' }
  /** The five steps. */
  | { kind: 'form' }
  | { kind: 'sent'; status: AttendeeStatus }
  /** A bot filled in the hidden field: nothing was sent. */
  | { kind: 'rejected' };

/** Why the learner cannot go on: enrolment not open yet, closed, no place left, or no online enrolment. */
export type BlockedReason = 'upcoming' | 'closed' | 'full' | 'no-registration';

/** Enrolment is not possible, and why; with the API's own words (409 and "full"), shown under ours. */
export interface Blocked {
  reason: BlockedReason;
  detail?: ApiWords;
}

/** A problem with an answer: found by the form's own check, or the service's words about it. */
export type FieldError = { code: ErrorCode } | { server: ApiWords };

/** Why enrolment is not possible by the registration (the service's words from an earlier refusal are kept). */
export function blockedBy(reg: Registration | undefined, before: Blocked | undefined): Blocked | undefined {
  const state = reg?.enrolment.state;
  const reason: BlockedReason | undefined = !reg
    ? 'no-registration'
    : state === 'upcoming' || state === 'closed'
      ? state
      : reg.full
        ? 'full'
        : undefined;
  return reason ? { reason, detail: before?.detail } : undefined;
}

/**
 * Not open, closed, no online enrolment, or a payment the form cannot take: there is nothing to
 * fill in. ("Full" is decided by the hold.)
 */
export function isHardBlock(blocked: Blocked | undefined, reg?: Registration): boolean {
  const reason = blocked?.reason;
  return reason === 'upcoming' || reason === 'closed' || reason === 'no-registration' || reg?.requiresPayment === true;
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
