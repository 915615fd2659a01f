import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { KotoEnrolmentForm } from '../../../src/components/enrolment-form/enrolment-form.component.js';
import { sendKeys } from '@web/test-runner-commands';
import { mockApiForEachTest } from '../../helpers/mock.js';
import type { KotoEnrolmentSubmittedEvent } from '../../../src/components/enrolment-form/events.js';
import {
  $,
  COURSE,
  RecordingClient,
  choose,
  fill,
  fillAboutYou,
  fillAll,
  log,
  makeForm,
  next,
  send,
  sent,
  start,
  stepTitle,
  text,
  waitUntil,
  hasFocused,
} from './helpers.js';

describe('<koto-enrolment-form>', function () {
  // Many requests and renders per test: room for three engines sharing two cores.
  this.timeout(30_000);
  const api = mockApiForEachTest();

  describe('the course and its enrolment state', () => {
    it('shows the course and a way to start when enrolment is open', async () => {
      const el = await makeForm(api);
      await expect(el).to.be.accessible();
      expect($(el, '#course-title')!.textContent).to.contain('Integration training in Finnish');
      expect(text(el)).to.contain('Start enrolment');
      expect((await api.state()).seatReservations).to.equal(0);
    });

    // Issue 15: the catalogue's card says "Monday, Wednesday 17.00–20.15"; the form said neither.
    it('says on which weekdays and at what times the course meets, on the start page and in the form', async () => {
      const el = await makeForm(api, { event: COURSE.openShort });
      const daysAndTimes = () =>
        [...el.shadowRoot!.querySelectorAll('.facts > div')]
          .find((row) => row.querySelector('dt')!.textContent!.trim() === 'Days and times')
          ?.querySelector('dd')!
          .textContent!.replace(/\s+/g, ' ')
          .trim();
      const shown = /^(Monday|Tuesday|Wednesday|Thursday|Friday)\b.* \d{1,2}\.\d{2}–\d{1,2}\.\d{2}$/;
      expect(daysAndTimes()).to.match(shown);
      await start(el);
      expect(daysAndTimes()).to.match(shown);
      // The times keep their order in an Arabic form.
      el.lang = 'ar';
      await waitUntil(() => !daysAndTimes(), 'Arabic labels');
      const isolated = [...el.shadowRoot!.querySelectorAll('.facts bdi[dir="ltr"]')].map((b) => b.textContent);
      expect(
        isolated.some((t) => /^\d{1,2}\.\d{2}–\d{1,2}\.\d{2}$/.test(t!)),
        isolated.join(' | '),
      ).to.equal(true);
    });

    it('finishes loading when the language changes while the course is still loading', async () => {
      // The registration answers late: the language changes after the course came, before it.
      await api.fault({ path: 'registration/', fault: 'latency=600' });
      const el = await fixture<KotoEnrolmentForm>(
        html`<koto-enrolment-form api-base=${api.linkedEvents} event=${COURSE.open} lang="en"></koto-enrolment-form>`,
      );
      // Once the course has come (the registration is still on its way), switch to Swedish.
      await waitUntil(async () => (await api.state()).log.some((r) => r.path.startsWith('event/')), 'course loaded');
      el.setAttribute('lang', 'sv');
      await waitUntil(() => text(el).includes('Börja anmälan'), 'the Swedish start button', { timeout: 10_000 });
      await expect(el).to.be.accessible();
    });

    it('says when enrolment opens, and offers no start, when it is not open yet', async () => {
      const el = await makeForm(api, { event: COURSE.upcoming });
      await expect(el).to.be.accessible();
      expect(text(el)).to.match(/Enrolment opens on \d{1,2}\.\d{1,2}\.\d{4} \d{1,2}\.\d{2}\. Come back then\./);
      expect(text(el)).not.to.contain('Start enrolment');
    });

    it('says enrolment has closed and links back to the courses', async () => {
      const el = await makeForm(api, { event: COURSE.closed });
      await expect(el).to.be.accessible();
      expect(text(el)).to.contain('Enrolment for this course has closed');
      expect($(el, 'a.catalogue-link')!.getAttribute('href')).to.equal('#courses');
    });

    it('says a full course with a full waiting list cannot take requests', async () => {
      const el = await makeForm(api, { event: COURSE.full });
      await expect(el).to.be.accessible();
      expect(text(el)).to.contain('This course is full. The waiting list is full too.');
      expect(text(el)).not.to.contain('Start enrolment');
    });

    it('says a full course puts the request on the waiting list', async () => {
      const el = await makeForm(api, { event: COURSE.waitlist });
      await expect(el).to.be.accessible();
      expect(text(el)).to.contain('Your request goes to the waiting list');
      expect(text(el)).to.contain('Join the waiting list');
    });

    it('without a course id, links back to the course list', async () => {
      const el = await makeForm(api, { event: null });
      await expect(el).to.be.accessible();
      expect(text(el)).to.contain('Choose a course first');
      expect($(el, 'a.catalogue-link')!.getAttribute('href')).to.equal('#courses');
    });

    it('reads the course id from ?course= in the page address when it has no event attribute', async () => {
      const before = location.href;
      history.replaceState(null, '', `?course=${encodeURIComponent(COURSE.open)}`);
      try {
        const el = await makeForm(api, { event: null });
        expect($(el, '#course-title')!.textContent).to.contain('Integration training in Finnish');
      } finally {
        history.replaceState(null, '', before);
      }
    });

    it('explains a course that cannot be loaded and offers to try again', async () => {
      const el = await makeForm(api, { event: 'porvoo:no-such-course' });
      await expect(el).to.be.accessible();
      expect(text(el)).to.contain('We could not find this information');
      expect(text(el)).to.contain('Try again');
    });
  });

  describe('enrolling (the happy path)', () => {
    it('holds a seat, walks through five steps and sends one signup to the registration', async () => {
      const client = new RecordingClient({ baseUrl: api.linkedEvents });
      const el = await makeForm(api, { client });
      await start(el);
      expect((await api.state()).seatReservations).to.equal(1);
      expect(text(el)).to.match(/Your seat is held\. Time left: 1[56] minutes\./);
      expect(stepTitle(el)).to.equal('About you');
      await expect(el).to.be.accessible();

      await fillAll(el);
      expect(stepTitle(el)).to.equal('Check and send');
      expect(text(el)).to.contain('Amina');
      expect($(el, '.privacy a')!.getAttribute('href')).to.equal('/tietosuoja');
      await expect(el).to.be.accessible();

      const submitted = oneEvent(el, 'koto-enrolment-submitted') as Promise<KotoEnrolmentSubmittedEvent>;
      await send(el);
      const event = await submitted;
      expect(event.detail).to.deep.equal({ courseId: COURSE.open, status: 'attending' });
      await waitUntil(() => sent(el));
      expect((await api.state()).signups).to.equal(1);
      expect(text(el)).to.contain('Your enrolment request has been sent');
      expect(text(el)).to.contain('We will contact you within two weeks');
      expect(text(el)).to.contain('What happens next');
      // What happens next, without "initial assessment": who does what, in plain words.
      expect(text(el)).to.contain('We call you or send a text message. We agree on a time to meet.');
      expect(text(el)).to.contain(
        'At the meeting, you do a short Finnish test and we talk. Then we find the right group and study path for you.',
      );
      expect(text(el)).to.contain('Print');
      await expect(el).to.be.accessible();

      const body = client.signups[0]!;
      expect(body.contactPerson).to.deep.include({
        first_name: 'Amina',
        last_name: 'Yusuf',
        email: 'amina@example.fi',
        phone_number: '040 123 4567',
        service_language: 'en',
        native_language: 'ar',
      });
      expect(body.signups).to.have.length(1);
      expect(body.signups[0]).to.deep.include({ zipcode: '06100', city: 'Porvoo', user_consent: true });
      expect(body.signups[0]!.date_of_birth).to.match(/^\d{4}-03-15$/);
      const note = body.signups[0]!.extra_info!;
      expect(note).to.contain('Äidinkieli: arabia');
      expect(note).to.contain('Suomen kielen taito (oma arvio): A1');
      expect(note).to.contain('Työllisyyspalveluiden asiakas: kyllä');
      expect(note).to.contain('Tarvitsee tulkin: kyllä, kieli: arabia');
      expect(note).to.contain('Asiointikieli: englanti');
      expect(JSON.stringify(body)).not.to.match(/henkilötunnus|identity|ssn/i);
    });

    it('moves focus to each new step and lets the learner go back without losing answers', async () => {
      const el = await makeForm(api, { event: COURSE.openShort });
      await start(el);
      await waitUntil(() => hasFocused(el, 'step-title'), 'focus on the step', { timeout: 5000 });
      await fillAll(el, false);
      $<HTMLButtonElement>(el, '.nav .secondary')!.click();
      await el.updateComplete;
      expect(stepTitle(el)).to.equal('Needs');
      expect($<HTMLSelectElement>(el, '[name="interpreterLanguage"]')!.value).to.equal('ar');
      await next(el);
      expect(stepTitle(el)).to.equal('Check and send');
    });
  });

  describe('accessibility of every step', () => {
    // Issue 15: the heading's focus ring covered "Step 1 of 5" above it.
    it('keeps "Step 1 of 5" clear of the step heading’s focus ring', async () => {
      const el = await makeForm(api, { event: COURSE.openShort });
      await start(el);
      const heading = $(el, '#step-title')!;
      // A key press first: focus moved by a script after it is shown as :focus-visible.
      await sendKeys({ press: 'Shift' });
      heading.focus();
      const style = getComputedStyle(heading);
      expect(style.outlineStyle, 'the ring is shown').to.not.equal('none');
      const ring = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
      const stepOf = $(el, '.step-of')!.getBoundingClientRect();
      expect(heading.getBoundingClientRect().top - ring).to.be.at.least(stepOf.bottom);
    });

    it('passes axe on each step, with and without errors shown', async () => {
      const el = await makeForm(api, { event: COURSE.open });
      await start(el);
      for (let step = 0; step < 4; step++) {
        await next(el); // with nothing filled in: the error summary and field errors
        expect($(el, '.error-summary'), `summary on step ${step + 1}`).to.not.equal(null);
        await expect(el).to.be.accessible();
        if (step === 0) await fillAboutYou(el);
        if (step === 1) {
          await choose(el, 'nativeLanguage', 'other');
          await fill(el, 'nativeLanguageOther', 'tigrinya');
          await choose(el, 'finnishLevel', 'none');
          await choose(el, 'latinAlphabet', 'some');
          await fill(el, 'schoolYears', '3');
        }
        if (step === 2) {
          await choose(el, 'employmentClient', 'yes');
          await choose(el, 'integrationPlan', 'yes');
          await choose(el, 'timeOfDay', 'evening');
        }
        if (step === 3) await choose(el, 'interpreter', 'no');
        await expect(el).to.be.accessible();
        await next(el);
      }
      expect(stepTitle(el)).to.equal('Check and send');
      await expect(el).to.be.accessible();
    });
  });

  describe('joining the waiting list', () => {
    it('holds a waiting-list place and confirms the learner is on the waiting list', async () => {
      const el = await makeForm(api, { event: COURSE.waitlist });
      await start(el);
      expect(text(el)).to.contain('Your place on the waiting list is held');
      await expect(el).to.be.accessible();
      await fillAll(el, false);
      const submitted = oneEvent(el, 'koto-enrolment-submitted') as Promise<KotoEnrolmentSubmittedEvent>;
      await send(el);
      expect((await submitted).detail.status).to.equal('waitlisted');
      await waitUntil(() => sent(el));
      expect(text(el)).to.contain('You are on the waiting list');
      await expect(el).to.be.accessible();
      expect(await log(api, 'signup_group/')).to.have.length(1);
    });
  });
});
