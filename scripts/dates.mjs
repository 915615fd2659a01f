// @ts-check
/**
 * The hard days: the Helsinki instants `npm run test:dates` runs the date-dependent test files
 * at, and which files those are. The browser-test config reads this in sweep mode
 * (KOTO_SWEEP=1): one group of the files per instant, each page starting at its instant.
 */

/** @type {{ at: string, why: string }[]} */
export const INSTANTS = [
  { at: '2027-03-27T23:50+02:00', why: 'the evening before the clocks go forward' },
  { at: '2027-03-28T02:30+02:00', why: 'spring-forward night, before the change' },
  { at: '2027-03-28T04:30+03:00', why: 'spring-forward night, after the change' },
  { at: '2027-10-30T23:50+03:00', why: 'the evening before the clocks go back' },
  { at: '2027-10-31T03:30+03:00', why: 'the repeated hour, first time (summer time)' },
  { at: '2027-10-31T03:30+02:00', why: 'the repeated hour, second time (winter time)' },
  { at: '2026-12-31T23:55+02:00', why: "New Year's Eve" },
  { at: '2027-01-01T00:05+02:00', why: "New Year's Day" },
  { at: '2028-02-29T12:00+02:00', why: 'a leap day' },
  { at: '2027-02-28T23:59+02:00', why: 'the last minute of February' },
  { at: '2027-01-10T23:59+02:00', why: 'a Sunday at 23.59' },
  { at: '2027-01-11T00:00+02:00', why: 'a Monday at 00.00' },
  { at: '2027-04-30T23:59+03:00', why: 'the last day of a month at 23.59' },
];

/**
 * The test files whose outcome can depend on the day they run: enrolment windows and
 * statuses, start months, age limits and "today", seat holds, free times and weeks, opening
 * hours and "open now", the fake's seed (relative to its clock), and the dates and times shown.
 * Files that only format fixed instants (test/hostile/properties.test.ts) or do not look at
 * the date are left out: CI runs this list 13 times.
 */
export const DATE_FILES = [
  'test/api/linked-events/course.test.ts',
  'test/api/ptv/hours.test.ts',
  'test/api/respa/ics.test.ts',
  'test/api/respa/slots.test.ts',
  'test/components/contact-card/contact-card.test.ts',
  'test/components/course-catalogue/course-catalogue.test.ts',
  'test/components/course-catalogue/filters.test.ts',
  'test/components/enrolment-form/age-limits.test.ts',
  'test/components/enrolment-form/holds.test.ts',
  'test/components/enrolment-form/model.test.ts',
  'test/components/guidance-booking/guidance-booking.test.ts',
  'test/mock/linked-events.test.ts',
  'test/mock/ptv.test.ts',
  'test/mock/respa.test.ts',
];
