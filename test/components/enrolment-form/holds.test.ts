import { expect, fixtureCleanup } from '@open-wc/testing';
import { mockApi, type MockApi } from '../../helpers/mock.js';
import {
  $,
  COURSE,
  fill,
  fillAboutYou,
  fillAll,
  log,
  makeForm,
  send,
  sent,
  start,
  text,
  waitUntil,
} from './helpers.js';

/** Someone else holds a place of registration `id` (a seat, or a place on its waiting list). */
async function holdElsewhere(api: MockApi, id: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) {
    const res = await fetch(`${api.linkedEvents}seats_reservation/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ registration: id, seats: 1 }),
    });
    expect(res.status, 'a place held by someone else').to.equal(201);
  }
}

const sendButton = (el: Parameters<typeof $>[0]) => $<HTMLButtonElement>(el, 'button[type="submit"]')!;

describe('<koto-enrolment-form> holds one seat for the learner', function () {
  // Many requests and renders per test: room for three engines sharing two cores.
  this.timeout(30_000);
  let api: MockApi;
  beforeEach(async () => {
    api = await mockApi();
  });

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
      expect(text(el)).to.match(/Your seat is held for 1\d min/);
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
      $<HTMLButtonElement>(el, '.discard button')!.click();
      await el.updateComplete;
      expect(text(el)).to.not.contain('waiting list');
      await start(el);
      expect($<HTMLInputElement>(el, '[name="firstName"]')!.value).to.equal('');
      expect(text(el)).to.match(/Your seat is held for 1\d min/);
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
      $<HTMLButtonElement>(el, '.discard button')!.click();
      await el.updateComplete;
      expect(text(el)).to.contain('Start enrolment');
      expect(text(el)).to.not.contain('waiting list');
      await start(el);
      expect(text(el)).to.match(/Your seat is held for 1\d min/);
      expect(await log(api, 'seats_reservation/')).to.have.length(1);
    });
  });
});
