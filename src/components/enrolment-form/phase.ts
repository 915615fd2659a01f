/** The states of the enrolment form, one union each: a state that cannot happen cannot be written. */
import type { HttpFailure } from '../../api/http.js';
import type { AttendeeStatus } from '../../api/linked-events/registration.js';
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
