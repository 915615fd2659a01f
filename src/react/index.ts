/**
 * `koto-elements/react`: the elements as React components, made with `@lit/react`. Importing
 * this module registers the tags. Properties (`prefill`, `client`, `now`…) are set as
 * properties, and each event has a typed callback named after it: `onCourseSelect` for
 * `koto-course-select`, `onEnrolmentSubmitted`, `onBookingConfirmed`, `onBookingCancelled`.
 *
 * ```tsx
 * import { KotoCourseCatalogue } from 'koto-elements/react';
 * <KotoCourseCatalogue keyword="yso:p19331" onCourseSelect={(e) => go(e.detail.id)} />
 * ```
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { KotoCourseCatalogue as CourseCatalogueElement, type CourseSelectEvent } from '../define/course-catalogue.js';
import {
  KotoEnrolmentForm as EnrolmentFormElement,
  type KotoEnrolmentSubmittedEvent,
} from '../define/enrolment-form.js';
import {
  KotoGuidanceBooking as GuidanceBookingElement,
  type KotoBookingCancelledEvent,
  type KotoBookingConfirmedEvent,
} from '../define/guidance-booking.js';
import {
  KotoContactCard as ContactCardElement,
  KotoContactPerson as ContactPersonElement,
} from '../define/contact-card.js';

/** `<koto-course-catalogue>`; `onCourseSelect` gets `koto-course-select` (cancelable). */
export const KotoCourseCatalogue = createComponent({
  react: React,
  tagName: 'koto-course-catalogue',
  elementClass: CourseCatalogueElement,
  displayName: 'KotoCourseCatalogue',
  events: {
    onCourseSelect: 'koto-course-select' as EventName<CourseSelectEvent>,
  },
});

/** `<koto-enrolment-form>`; `onEnrolmentSubmitted` gets `koto-enrolment-submitted`. */
export const KotoEnrolmentForm = createComponent({
  react: React,
  tagName: 'koto-enrolment-form',
  elementClass: EnrolmentFormElement,
  displayName: 'KotoEnrolmentForm',
  events: {
    onEnrolmentSubmitted: 'koto-enrolment-submitted' as EventName<KotoEnrolmentSubmittedEvent>,
  },
});

/** `<koto-guidance-booking>`; `onBookingConfirmed` and `onBookingCancelled` get its two events. */
export const KotoGuidanceBooking = createComponent({
  react: React,
  tagName: 'koto-guidance-booking',
  elementClass: GuidanceBookingElement,
  displayName: 'KotoGuidanceBooking',
  events: {
    onBookingConfirmed: 'koto-booking-confirmed' as EventName<KotoBookingConfirmedEvent>,
    onBookingCancelled: 'koto-booking-cancelled' as EventName<KotoBookingCancelledEvent>,
  },
});

/** `<koto-contact-card>`: put `KotoContactPerson`s inside. */
export const KotoContactCard = createComponent({
  react: React,
  tagName: 'koto-contact-card',
  elementClass: ContactCardElement,
  displayName: 'KotoContactCard',
});

/** `<koto-contact-person>`: one person on a `KotoContactCard`. */
export const KotoContactPerson = createComponent({
  react: React,
  tagName: 'koto-contact-person',
  elementClass: ContactPersonElement,
  displayName: 'KotoContactPerson',
});

export type { CourseSelectEvent, KotoEnrolmentSubmittedEvent, KotoBookingConfirmedEvent, KotoBookingCancelledEvent };
