import type { AttendeeStatus } from '../../api/linked-events/registration.js';

export interface EnrolmentSubmittedDetail {
  /** The course (Linked Events event) id. */
  courseId: string;
  /** `attending`, `waitlisted` or `awaiting_payment`. No personal data travels in this event. */
  status: AttendeeStatus;
}

/** The enrolment request was received by the registration service. */
export class KotoEnrolmentSubmittedEvent extends CustomEvent<EnrolmentSubmittedDetail> {
  static readonly type = 'koto-enrolment-submitted';
  constructor(detail: EnrolmentSubmittedDetail) {
    super(KotoEnrolmentSubmittedEvent.type, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'koto-enrolment-submitted': KotoEnrolmentSubmittedEvent;
  }
}
