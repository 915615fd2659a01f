/**
 * Type-level test, compiled by `tsc -p tsconfig.json` in `npm test` (never run): what a
 * portal written in TypeScript gets from the tag and event maps. A line that stops
 * type-checking, or a `@ts-expect-error` that stops being an error, fails the build.
 */
import type {} from '../../src/define/all.js';
import type { KotoContactCard, KotoContactPerson } from '../../src/define/contact-card.js';
import type { KotoCourseCatalogue, CourseSelectEvent } from '../../src/define/course-catalogue.js';
import type { KotoEnrolmentForm, KotoEnrolmentSubmittedEvent } from '../../src/define/enrolment-form.js';
import type {
  KotoBookingCancelledEvent,
  KotoBookingConfirmedEvent,
  KotoGuidanceBooking,
} from '../../src/define/guidance-booking.js';
import type { AttendeeStatus } from '../../src/api/linked-events/registration.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const assertType = <T extends true>(value: T): T => value;

export function tags(): void {
  const catalogue = document.createElement('koto-course-catalogue');
  const form = document.createElement('koto-enrolment-form');
  const booking = document.createElement('koto-guidance-booking');
  const card = document.createElement('koto-contact-card');
  const person = document.createElement('koto-contact-person');
  assertType<Equal<typeof catalogue, KotoCourseCatalogue>>(true);
  assertType<Equal<typeof form, KotoEnrolmentForm>>(true);
  assertType<Equal<typeof booking, KotoGuidanceBooking>>(true);
  assertType<Equal<typeof card, KotoContactCard>>(true);
  assertType<Equal<typeof person, KotoContactPerson>>(true);

  // Properties are typed too.
  catalogue.enrolHref = '/ilmoittautuminen?course={id}';
  booking.weeks = 6;
  booking.prefill = { name: 'Etunimi Sukunimi' };
  card.compact = true;
  form.event = 'porvoo:koto-01';
  person.name = 'Etunimi Sukunimi';
  // @ts-expect-error `weeks` is a number
  booking.weeks = 'six';

  const found = document.querySelector('koto-guidance-booking');
  assertType<Equal<typeof found, KotoGuidanceBooking | null>>(true);
  if (found) found.resource = 'porvoo-ohjaus-1';
}

export function events(catalogue: KotoCourseCatalogue, form: KotoEnrolmentForm, booking: KotoGuidanceBooking): void {
  catalogue.addEventListener('koto-course-select', (e) => {
    assertType<Equal<typeof e, CourseSelectEvent>>(true);
    const id: string = e.detail.id;
    const href: string | undefined = e.detail.href;
    void [id, href, e.detail.course.name];
    e.preventDefault();
    // @ts-expect-error no such field in the detail
    void e.detail.personalData;
  });
  form.addEventListener('koto-enrolment-submitted', (e) => {
    assertType<Equal<typeof e, KotoEnrolmentSubmittedEvent>>(true);
    const courseId: string = e.detail.courseId;
    const status: AttendeeStatus = e.detail.status;
    void [courseId, status];
  });
  booking.addEventListener('koto-booking-confirmed', (e) => {
    assertType<Equal<typeof e, KotoBookingConfirmedEvent>>(true);
    const { reservationId, resource, begin, end, state } = e.detail;
    void [reservationId, resource, begin, end, state];
  });
  booking.addEventListener('koto-booking-cancelled', (e) => {
    assertType<Equal<typeof e, KotoBookingCancelledEvent>>(true);
    void e.detail.reservationId;
  });
  // Bubbling and composed: a listener on the document gets them typed as well.
  document.addEventListener('koto-booking-confirmed', (e) => void e.detail.state);
}
