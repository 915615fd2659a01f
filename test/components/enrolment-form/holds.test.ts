import { expect, fixtureCleanup } from '@open-wc/testing';
import { mockApiForEachTest } from '../../helpers/mock.js';
import type { KotoEnrolmentForm } from '../../../src/components/enrolment-form/enrolment-form.component.js';
import {
  $,
  COURSE,
  clearForm,
  fill,
  fillAboutYou,
  fillAll,
  hasFocused,
  holdElsewhere,
  log,
  makeForm,
  RecordingClient,
  send,
  sent,
  start,
  text,
  waitUntil,
} from './helpers.js';

/** A course without a registration: no online enrolment (the seed's `porvoo:koto-31`). */
const NO_REGISTRATION = 'porvoo:koto-31';

const sendButton = (el: KotoEnrolmentForm) => $<HTMLButtonElement>(el, 'button[type="submit"]')!;

describe('<koto-enrolment-form> holds one seat for the learner', function () {
  // Many requests and renders per test: room for three engines sharing two cores.
  this.timeout(30_000);
  const api = mockApiForEachTest();

  describe('across a reload', () => {
    it('lets a learner who holds the last seat go on, although the course now looks full', async () => {
      let el = await makeForm(api, { event: COURSE.lastSeat });
      await start(el);
      await fillAboutYou(el, false);
      // Registration 101 had one seat, now the learner's; others take all 10 waiting-list places.
      await holdElsewhere(api, '101', 10);
      fixtureCleanup();

      el = await makeForm(api, { event: COURSE.lastSeat });
      await waitUntil(() => $(el, 'form'), 'form restored');
      expect(text(el)).to.not.contain('This course is full');
      expect(sendButton(el).disabled, 'the button goes on').to.equal(false);
      expect(text(el)).to.match(/Your seat is held\. Time left: 1\d minutes\./);
      await fillAll(el, false);
      await send(el);
      await waitUntil(() => sent(el), 'sent');
      expect(text(el)).to.contain('Your enrolment request has been sent');
      // The learner's one hold, and the ten of the others: the form took no second place.
      expect(await log(api, 'seats_reservation/')).to.have.length(11);
    });
  });

  describe('when the learner clears the form and starts again', () => {
    it('keeps the seat already held instead of taking a second place', async () => {
      const el = await makeForm(api, { event: COURSE.lastSeat });
      await start(el);
      await fill(el, 'firstName', 'Amina');
      await clearForm(el);
      expect(text(el)).to.not.contain('waiting list');
      await start(el);
      expect($<HTMLInputElement>(el, '[name="firstName"]')!.value).to.equal('');
      expect(text(el)).to.match(/Your seat is held\. Time left: 1\d minutes\./);
      expect(text(el)).to.not.contain('waiting list');
      expect(await log(api, 'seats_reservation/')).to.have.length(1);
    });

    it('after a reload too: the start page offers the seat held, not the waiting list', async () => {
      let el = await makeForm(api, { event: COURSE.lastSeat });
      await start(el);
      await fill(el, 'firstName', 'Amina');
      fixtureCleanup();

      // Reloaded, the course counts the learner's seat as taken: only the waiting list looks open.
      el = await makeForm(api, { event: COURSE.lastSeat });
      await waitUntil(() => $(el, 'form'), 'form restored');
      await clearForm(el);
      expect(text(el)).to.contain('Start enrolment');
      expect(text(el)).to.not.contain('waiting list');
      await start(el);
      expect(text(el)).to.match(/Your seat is held\. Time left: 1\d minutes\./);
      expect(await log(api, 'seats_reservation/')).to.have.length(1);
    });
  });

  // Issue 15: a reload after clearing took a new seat (on the last seat, a waiting-list place).
  it('after clearing, a reload keeps the seat: the start page offers it and "Start" takes no second place', async () => {
    let el = await makeForm(api, { event: COURSE.lastSeat });
    await start(el);
    await fill(el, 'firstName', 'Amina');
    await clearForm(el);
    fixtureCleanup();

    el = await makeForm(api, { event: COURSE.lastSeat });
    expect(text(el)).to.contain('Start enrolment');
    expect(text(el)).to.not.contain('waiting list');
    await start(el);
    expect($<HTMLInputElement>(el, '[name="firstName"]')!.value).to.equal('');
    expect(text(el)).to.match(/Your seat is held\. Time left: 1\d minutes\./);
    expect(await log(api, 'seats_reservation/')).to.have.length(1);
  });

  describe('when a portal changes the course in place', () => {
    it('forgets the previous course: no seat, no sending to it; its draft comes back with it', async () => {
      const el = await makeForm(api, { event: COURSE.openShort });
      await start(el);
      await fill(el, 'firstName', 'Amina');

      el.event = NO_REGISTRATION;
      await waitUntil(() => text(el).includes('You cannot enrol in this course online'), 'no online enrolment');
      expect($(el, '#start'), 'no start button').to.equal(null);
      expect($(el, 'form'), 'no form').to.equal(null);
      expect(text(el)).to.not.contain('Your seat is held');
      await expect(el).to.be.accessible();

      el.event = COURSE.openShort;
      await waitUntil(() => $(el, 'form'), 'the first course, restored');
      expect($<HTMLInputElement>(el, '[name="firstName"]')!.value).to.equal('Amina');
      expect(await log(api, 'seats_reservation/')).to.have.length(1);
      expect(await log(api, 'signup_group/')).to.have.length(0);
    });

    it('does not use a hold that comes for the previous course after the change', async () => {
      const client = new RecordingClient({ baseUrl: api.linkedEvents });
      const el = await makeForm(api, { event: COURSE.openShort, client });
      await api.fault({ path: 'seats_reservation/', fault: 'latency=600' });
      $<HTMLButtonElement>(el, '#start')!.click();
      await waitUntil(() => $(el, '.timer'), 'holding a seat in the first course');
      el.event = COURSE.open;
      await waitUntil(() => $(el, '#start'), 'the second course');
      await waitUntil(async () => (await log(api, 'seats_reservation/')).length === 1, 'the first hold answered');
      await start(el);
      await fillAll(el);
      await send(el);
      await waitUntil(() => sent(el), 'sent');
      expect(client.signups.map((s) => s.registration)).to.deep.equal(['100']);
      expect((await log(api, 'signup_group/')).map((l) => l.status)).to.deep.equal([201]);
    });

    it('does not carry a refusal for the previous course over to the new one', async () => {
      const el = await makeForm(api, { event: COURSE.lastSeat });
      // Meanwhile others take the last seat and all 10 waiting-list places of registration 101.
      await holdElsewhere(api, '101', 11);
      // The look at the registration after the refusal is slow; the portal switches course then.
      await api.fault({ path: 'registration/', method: 'GET', fault: 'latency=800' });
      $<HTMLButtonElement>(el, '#start')!.click();
      await waitUntil(async () => (await log(api, 'seats_reservation/')).length === 12, 'the hold refused');
      el.event = COURSE.openShort;
      await waitUntil(() => $(el, '#start'), 'the second course');
      await new Promise((r) => setTimeout(r, 1000));
      await el.updateComplete;
      expect(text(el)).to.not.contain('This course is full');
      expect($(el, '#blocked')).to.equal(null);
    });

    it('leaves a request sent for the previous course to it, and does not offer it to send again', async () => {
      const el = await makeForm(api, { event: COURSE.openShort });
      await start(el);
      await fillAll(el, false);
      await api.fault({ path: 'signup_group/', fault: 'latency=600' });
      await send(el);
      el.event = COURSE.open;
      await waitUntil(() => $(el, '#start'), 'the second course');
      await waitUntil(async () => (await log(api, 'signup_group/')).length === 1, 'the request answered');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(sent(el), 'the second course is not "sent"').to.equal(false);
      expect((await api.state()).signups).to.equal(1);
      el.event = COURSE.openShort;
      await waitUntil(() => $(el, '#start'), 'the first course again, from its start page');
      expect($(el, 'form')).to.equal(null);
    });
  });

  describe('when no new place can be held', () => {
    /** The hold runs out after enrolment has closed: its renewal is refused with a 409. */
    async function refuseRenewal(el: KotoEnrolmentForm): Promise<void> {
      await api.clock({ advance: 60 * 86_400_000 });
      el.now = () => Date.now() + 17 * 60_000;
      await waitUntil(() => text(el).includes('Enrolment for this course has closed'), 'closed explained');
      await el.updateComplete;
    }

    it('moves keyboard focus from Send, which can no longer be used, to why: enrolment closed', async () => {
      const el = await makeForm(api, { event: COURSE.openShort });
      await start(el);
      await fillAll(el, false);
      // The hold ran out meanwhile, and the new one is refused with a 409.
      await api.clock({ advance: 60 * 86_400_000 });
      sendButton(el).focus();
      await send(el);
      await waitUntil(() => text(el).includes('Enrolment for this course has closed'), 'closed explained');
      await el.updateComplete;
      expect(sendButton(el).disabled).to.equal(true);
      expect(hasFocused(el, 'blocked'), 'focus on the explanation').to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('moves keyboard focus to why: the last seat and the waiting list went while the hold ran out', async () => {
      const el = await makeForm(api, { event: COURSE.lastSeat });
      await start(el);
      await fillAll(el, false);
      await api.clock({ advance: 20 * 60_000 });
      await holdElsewhere(api, '101', 11);
      sendButton(el).focus();
      await send(el);
      await waitUntil(() => text(el).includes('This course is full'), 'full explained');
      await el.updateComplete;
      expect(hasFocused(el, 'blocked'), 'focus on the explanation').to.equal(true);
    });

    it('moves keyboard focus to why from the Next button, when the renewal of the hold is refused', async () => {
      const el = await makeForm(api, { event: COURSE.openShort });
      await start(el);
      sendButton(el).focus();
      await refuseRenewal(el);
      expect(hasFocused(el, 'blocked'), 'focus on the explanation').to.equal(true);
    });

    it('leaves focus in the field the learner is typing in when the renewal is refused', async () => {
      const el = await makeForm(api, { event: COURSE.openShort });
      await start(el);
      $<HTMLInputElement>(el, '#f-firstName')!.focus();
      await refuseRenewal(el);
      expect(hasFocused(el, 'f-firstName'), 'focus stays in the field').to.equal(true);
    });
  });
});
