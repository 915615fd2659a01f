/**
 * Two learners at once: two booking elements racing for one time, and two enrolment forms
 * racing for the last seat. Exactly one wins; the other is told plainly and offered the
 * next step (another time, or the waiting list), without losing what they typed.
 */
import { expect } from '@open-wc/testing';
import { mockApiForEachTest } from '../helpers/mock.js';
import {
  $,
  $$,
  BOOKING_NOW,
  COURSE,
  FIRST_SLOT,
  PERSON,
  SECOND_SLOT,
  booked,
  buttonNamed,
  fillEnrolment,
  formLoaded,
  formSent,
  mountBooking,
  mountForm,
  submitBooking,
  text,
  toBookingDetails,
  typeBooking,
  waitUntil,
} from './elements.js';

describe('hostile conditions: races', function () {
  this.timeout(30_000);

  describe('two booking elements, one time', () => {
    const api = mockApiForEachTest({ now: BOOKING_NOW });

    it('sent in the same moment: exactly one reservation; the other learner is told, sees fresh times and keeps what they typed', async () => {
      const a = await mountBooking(api);
      const b = await mountBooking(api);
      await toBookingDetails(a);
      await toBookingDetails(b);
      await typeBooking(a, { name: 'Amina Testinen', phone: '040 111 1111' });
      await typeBooking(b, { name: 'Boris Testinen', phone: '040 222 2222', message: 'Hei' });
      // Both press "Book" in the same task: the fake sees two POSTs for one slot.
      submitBooking(a);
      submitBooking(b);
      await waitUntil(
        () => (booked(a) || $(a, '#taken-notice')) && (booked(b) || $(b, '#taken-notice')),
        'both settled',
      );
      const winners = [a, b].filter(booked);
      const loser = [a, b].find((x) => !booked(x))!;
      expect(winners).to.have.length(1);
      expect((await api.state()).reservations).to.equal(1);
      expect(text($(loser, '#taken-notice'))).to.contain('Someone else booked this time a moment ago.');
      expect($$(loser, 'button.slot').map(text)).not.to.include(FIRST_SLOT);
      const next = $$<HTMLButtonElement>(loser, 'button.slot').find((s) => text(s) === SECOND_SLOT);
      expect(next, 'the next free time is offered').not.to.equal(undefined);
      next!.click();
      await loser.updateComplete;
      await waitUntil(() => $(loser, '#name'));
      const typedName = loser === a ? 'Amina Testinen' : 'Boris Testinen';
      expect($<HTMLInputElement>(loser, '#name')!.value).to.equal(typedName);
      submitBooking(loser);
      await waitUntil(() => booked(loser), 'the other time is booked');
      expect((await api.state()).reservations).to.equal(2);
    });
  });

  describe('two enrolment forms, the last seat', () => {
    const api = mockApiForEachTest();

    it('started in the same moment: one holds the seat, the other is told and offered the waiting list', async () => {
      const a = await mountForm(api, {}, COURSE.lastSeat);
      const b = await mountForm(api, {}, COURSE.lastSeat);
      await waitUntil(() => formLoaded(a) && formLoaded(b), 'both loaded');
      expect(text(a.shadowRoot)).to.contain('Start enrolment');
      expect(text(b.shadowRoot)).to.contain('Start enrolment');
      buttonNamed(a, 'Start enrolment')!.click();
      buttonNamed(b, 'Start enrolment')!.click();
      const held = (el: Element) => $(el, 'form') && $(el, '.timer') && !text($(el, '.timer')).includes('…');
      await waitUntil(() => held(a) && held(b), 'both forms open');
      const onWaitlist = [a, b].filter((el) => text(el.shadowRoot).includes('Your request goes to the waiting list'));
      expect(onWaitlist, 'exactly one form is told the course is full').to.have.length(1);
      const loser = onWaitlist[0]!;
      const winner = loser === a ? b : a;
      expect(text(winner.shadowRoot)).to.contain('Your seat is held');
      expect(text(loser.shadowRoot)).to.contain('The course is full.');
      expect(text(loser.shadowRoot)).to.contain('Your place on the waiting list is held');
      expect((await api.state()).seatReservations).to.equal(2);

      // Both send in the same moment: one enrolment, one waiting-list request, nothing lost.
      await fillEnrolment(winner);
      await fillEnrolment(loser, { ...PERSON, firstName: 'Boris', email: 'boris@example.fi' });
      $<HTMLButtonElement>(winner, 'button[type="submit"]')!.click();
      $<HTMLButtonElement>(loser, 'button[type="submit"]')!.click();
      await waitUntil(() => formSent(winner) && formSent(loser), 'both sent');
      expect(text(winner.shadowRoot)).to.contain('Your enrolment request has been sent');
      expect(text(loser.shadowRoot)).to.contain('You are on the waiting list');
      expect((await api.state()).signups).to.equal(2);
      const registration = await (await fetch(`${api.linkedEvents}registration/101/`)).json();
      expect(registration.remaining_attendee_capacity).to.equal(0);
    });
  });
});
