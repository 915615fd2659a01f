/**
 * No personal data in URLs (the page's, or any request's), localStorage, sessionStorage,
 * cookies or console output, after the enrolment and booking flows run to the end.
 */
import { expect } from '@open-wc/testing';
import { mockApi } from '../helpers/mock.js';
import {
  BOOKING_NOW,
  PERSON,
  booked,
  fillEnrolment,
  formSent,
  mountBooking,
  mountForm,
  startEnrolment,
  submitBooking,
  toBookingDetails,
  typeBooking,
  waitUntil,
  $,
} from './elements.js';

const BOOKER = { name: 'Leyla Haddad', phone: '050 987 6543', email: 'leyla.haddad@example.fi' };

/** Everything typed, also as it may be encoded in a URL or normalised (digits only). */
function typedForms(): RegExp {
  const plain = [
    PERSON.firstName,
    PERSON.lastName,
    PERSON.phone,
    PERSON.email,
    `${PERSON.dob.year}-${PERSON.dob.month.padStart(2, '0')}-${PERSON.dob.day.padStart(2, '0')}`,
    `${PERSON.dob.day}.${PERSON.dob.month}.${PERSON.dob.year}`,
    BOOKER.name,
    BOOKER.phone,
    BOOKER.email,
    'Haddad',
    'Leyla',
  ];
  const variants = plain.flatMap((s) => [s, encodeURIComponent(s), s.replace(/\s/g, '+'), s.replace(/\D/g, '')]);
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(
    variants
      .filter((v) => v.length >= 5)
      .map(escape)
      .join('|'),
    'i',
  );
}

describe('hostile conditions: no personal data leaks', function () {
  this.timeout(40_000);

  it('after enrolling and booking: nothing typed in URLs, storage, cookies or the console', async () => {
    const seen: string[] = [];
    const methods = ['log', 'info', 'warn', 'error', 'debug', 'trace', 'table', 'dir'] as const;
    const originals = methods.map((m) => console[m]);
    methods.forEach(
      (m) =>
        (console[m] = (...args: unknown[]) =>
          void seen.push(args.map((a) => (typeof a === 'string' ? a : (JSON.stringify(a) ?? String(a)))).join(' '))),
    );
    performance.clearResourceTimings();
    const startedAt = location.href;
    try {
      const api = await mockApi();
      const form = await mountForm(api);
      await startEnrolment(form);
      await fillEnrolment(form);
      $<HTMLButtonElement>(form, 'button[type="submit"]')!.click();
      await waitUntil(() => formSent(form), 'enrolment sent');

      const respa = await mockApi({ now: BOOKING_NOW });
      const booking = await mountBooking(respa);
      await toBookingDetails(booking);
      await typeBooking(booking, { ...BOOKER, message: `Call ${BOOKER.name}` });
      submitBooking(booking);
      await waitUntil(() => booked(booking), 'booked');
      expect((await api.state()).signups).to.equal(1);
      expect((await respa.state()).reservations).to.equal(1);
    } finally {
      methods.forEach((m, i) => (console[m] = originals[i]!));
    }
    const personal = typedForms();
    expect(personal.test(`${PERSON.firstName} ${BOOKER.email}`), 'the pattern finds what was typed').to.equal(true);
    expect(location.href).to.equal(startedAt);
    expect(location.href).not.to.match(personal);
    const requested = performance.getEntriesByType('resource').map((e) => e.name);
    expect(requested.some((u) => u.includes('signup_group') || u.includes('seats_reservation'))).to.equal(true);
    expect(requested.filter((u) => personal.test(u))).to.deep.equal([]);
    expect(JSON.stringify({ ...localStorage })).not.to.match(personal);
    expect(JSON.stringify({ ...sessionStorage })).not.to.match(personal);
    expect(document.cookie).not.to.match(personal);
    expect(seen.filter((s) => personal.test(s))).to.deep.equal([]);
  });
});
