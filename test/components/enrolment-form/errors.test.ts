import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mockApiForEachTest } from '../../helpers/mock.js';
import {
  $,
  COURSE,
  RecordingClient,
  choose,
  errorOf,
  fill,
  fillAboutYou,
  fillAll,
  holdElsewhere,
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

describe('<koto-enrolment-form> with bad input and faults', function () {
  // Many requests and renders per test: room for three engines sharing two cores.
  this.timeout(30_000);
  const api = mockApiForEachTest();

  describe('checking answers as the learner types', () => {
    it('checks a field when it is left, then on every input until it is fixed', async () => {
      const el = await makeForm(api, { event: COURSE.openShort });
      await start(el);
      await fill(el, 'phone', 'abc');
      expect(errorOf(el, 'phone')).to.contain('Enter your phone number, for example 040 123 4567.');
      const input = $<HTMLInputElement>(el, '#f-phone')!;
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.equal('f-phone-hint f-phone-error');
      await expect(el).to.be.accessible();
      await fill(el, 'phone', '040 123', false);
      expect(errorOf(el, 'phone')).to.contain('Enter your phone number');
      await fill(el, 'phone', '040 123 4567', false);
      expect(errorOf(el, 'phone')).to.equal('');
      expect(input.getAttribute('aria-invalid')).to.equal('false');
    });

    it('does not call an untouched empty field wrong just because focus passed through it', async () => {
      const el = await makeForm(api, { event: COURSE.openShort });
      await start(el);
      const input = $<HTMLInputElement>(el, '#f-firstName')!;
      input.focus();
      input.blur();
      await el.updateComplete;
      expect(errorOf(el, 'firstName')).to.equal('');
    });

    it('re-announces an error whose words did not change (role="alert" for one frame)', async () => {
      const el = await makeForm(api, { event: COURSE.openShort });
      await start(el);
      await fill(el, 'phone', 'abc');
      await fill(el, 'phone', 'abcd');
      const error = $(el, '#f-phone-error')!;
      await waitUntil(() => error.getAttribute('role') === 'alert', 'alert role set');
      await waitUntil(() => !error.hasAttribute('role'), 'alert role removed after a frame');
    });

    it('on Next, shows an error summary that takes focus and links to each field', async () => {
      const el = await makeForm(api, { event: COURSE.open });
      await start(el);
      await fill(el, 'firstName', 'Amina');
      await next(el);
      expect(stepTitle(el)).to.equal('About you');
      const summary = $(el, '.error-summary')!;
      expect(hasFocused(el, 'error-summary-title'), 'focus on #error-summary-title').to.equal(true);
      const links = [...summary.querySelectorAll('a')];
      expect(links.map((a) => a.textContent)).to.deep.equal([
        'Enter your last name.',
        'Enter your date of birth: day, month and year.',
        'Enter your phone number, for example 040 123 4567.',
        'Enter your street address, for example Kirkkokatu 1 A 2.',
        'Enter your postal code: 5 numbers, for example 06100.',
        'Enter your town or city, for example Porvoo.',
      ]);
      await expect(el).to.be.accessible();
      links[1]!.click();
      expect(hasFocused(el, 'f-dobDay'), 'focus on #f-dobDay').to.equal(true);
      await fill(el, 'lastName', 'Yusuf');
      expect([...summary.querySelectorAll('a')]).to.have.length(5);
    });

    describe('an error summary that names each question', () => {
      /** To "Your situation" with nothing chosen there, then Next. */
      async function emptySituation(lang: string) {
        const el = await makeForm(api, { event: COURSE.openShort, lang });
        await start(el);
        await fillAboutYou(el, false);
        await next(el);
        await choose(el, 'nativeLanguage', 'ar');
        await choose(el, 'finnishLevel', 'a1');
        await choose(el, 'latinAlphabet', 'yes');
        await fill(el, 'schoolYears', '9');
        await next(el);
        await next(el);
        return el;
      }
      const lines = (el: Parameters<typeof $>[0]) =>
        [...$(el, '.error-summary')!.querySelectorAll('a')].map((a) => a.textContent!.replace(/\s+/g, ' ').trim());

      // Issue 15: step 3 said "Choose one answer." three times; neither the summary nor a screen
      // reader's list of links told which question was meant.
      it('puts the question before "Choose one answer."', async () => {
        const el = await emptySituation('en');
        expect(lines(el)).to.deep.equal([
          'Are you a client of employment services? Choose one answer.',
          'Do you have an integration plan? Choose one answer.',
          'When can you study? Choose one answer.',
        ]);
        await expect(el).to.be.accessible();
      });

      it('does so in a right-to-left language too, each line starting with its own question', async () => {
        const el = await emptySituation('ar');
        const links = [...$(el, '.error-summary')!.querySelectorAll('a')];
        expect(links).to.have.length(3);
        expect(new Set(lines(el)).size, 'three different lines').to.equal(3);
        for (const link of links) {
          const question = $(el, link.getAttribute('href')!)!.closest('fieldset')!.querySelector('legend')!;
          expect(link.textContent!.trim().startsWith(question.textContent!.trim()), link.textContent!).to.equal(true);
        }
      });
    });

    it('checks the age limits of the registration against the date of birth', async () => {
      const el = await makeForm(api, { event: COURSE.openShort });
      await start(el);
      await fill(el, 'dobDay', '1');
      await fill(el, 'dobMonth', '6');
      await fill(el, 'dobYear', String(new Date().getFullYear() - 12));
      expect(errorOf(el, 'dob')).to.contain('You must be at least 17 years old for this course.');
      await fill(el, 'dobDay', '31');
      await fill(el, 'dobMonth', '2');
      expect(errorOf(el, 'dob')).to.contain('Enter a real date of birth');
    });

    it('asks for the interpreter language only when an interpreter is needed', async () => {
      const el = await makeForm(api, { event: COURSE.openShort });
      await start(el);
      await fillAboutYou(el, false);
      await next(el);
      await choose(el, 'nativeLanguage', 'other');
      await choose(el, 'finnishLevel', 'none');
      await choose(el, 'latinAlphabet', 'no');
      await fill(el, 'schoolYears', '0');
      await next(el);
      expect(errorOf(el, 'nativeLanguageOther')).to.contain('Write the name of your native language.');
      await fill(el, 'nativeLanguageOther', 'tigrinya');
      await next(el);
      // Says who to tell: not "your own expert".
      await choose(el, 'employmentClient', 'yes');
      expect(text(el)).to.contain(
        'Tell your contact person at the employment services that you are applying to this course.',
      );
      await choose(el, 'employmentClient', 'no');
      expect(text(el)).to.contain(
        'You can apply directly. Before the course, you do a short Finnish test and talk with us.',
      );
      await choose(el, 'integrationPlan', 'no');
      await choose(el, 'timeOfDay', 'either');
      await next(el);
      await choose(el, 'interpreter', 'no');
      expect($(el, '[name="interpreterLanguage"]')).to.equal(null);
      await choose(el, 'interpreter', 'yes');
      await next(el);
      expect(errorOf(el, 'interpreterLanguage')).to.contain('Choose the language you need.');
    });

    it('will not send without consent', async () => {
      const el = await makeForm(api, { event: COURSE.openShort });
      await start(el);
      await fillAll(el, false);
      $<HTMLInputElement>(el, '[name="consent"]')!.click();
      await el.updateComplete;
      await send(el);
      expect(errorOf(el, 'consent')).to.contain('Tick the box to agree');
      expect(await log(api, 'signup_group/')).to.have.length(0);
    });
  });

  describe('trying again when the course could not be loaded', () => {
    /** The course answers 503 more often than the client tries by itself (three times a load). */
    const failLoads = (loads: number) => api.fault({ path: 'event/', fault: 'status=503', times: 3 * loads });
    const courseRequests = async () => (await log(api, 'event/', 'GET')).length;

    /** Presses "Try again" with the keyboard, as a learner without a mouse does. */
    async function tryAgainWithKeyboard(el: Awaited<ReturnType<typeof makeForm>>): Promise<void> {
      const button = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.notice button')].find(
        (b) => b.textContent?.trim() === 'Try again',
      )!;
      button.focus();
      await sendKeys({ press: 'Enter' });
    }

    it('moves keyboard focus to the course when it loads, not to the top of the page', async () => {
      await failLoads(1);
      const el = await makeForm(api, { event: COURSE.openShort });
      expect(text(el)).to.contain('The service has a problem right now');
      // Focus stays where it was: the notice is announced as an alert.
      expect($(el, '#load-error')!.getAttribute('role')).to.equal('alert');
      await tryAgainWithKeyboard(el);
      await waitUntil(() => $(el, '#course-title'), 'the course loaded');
      await el.updateComplete;
      expect(hasFocused(el, 'course-title'), 'focus on the course heading').to.equal(true);
    });

    it('moves keyboard focus to the new notice when the course fails to load again', async () => {
      await failLoads(2);
      const el = await makeForm(api, { event: COURSE.openShort });
      await tryAgainWithKeyboard(el);
      await waitUntil(async () => (await courseRequests()) === 6 && !$(el, '.loading'), 'failed again');
      await el.updateComplete;
      expect(text(el)).to.contain('The service has a problem right now');
      expect(hasFocused(el, 'load-error'), 'focus on the notice').to.equal(true);
      // Heard through focus: as an alert besides, a screen reader says it twice (test/e2e/spoken.e2e.mjs).
      expect($(el, '#load-error')!.getAttribute('role')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('errors from the registration service', () => {
    it('puts nested field errors (signups.0.date_of_birth) on the field and goes to its step', async () => {
      const el = await makeForm(api, { event: COURSE.openShort });
      // The learner's device clock is two years ahead: the form's age check passes, the server's does not.
      el.now = () => Date.now() + 2 * 365 * 86_400_000;
      await start(el);
      await fillAll(el, false);
      // Back to step 1 to enter a birth date 16 years ago (18 by the device clock).
      for (let i = 0; i < 4; i++) {
        $<HTMLButtonElement>(el, '.nav .secondary')!.click();
        await el.updateComplete;
      }
      await fill(el, 'dobYear', String(new Date().getFullYear() - 16));
      for (let i = 0; i < 4; i++) await next(el);
      await send(el);
      await waitUntil(() => stepTitle(el) === 'About you', 'back on the first step');
      expect(errorOf(el, 'dob')).to.contain('The participant is too young.');
      expect(hasFocused(el, 'error-summary-title'), 'focus on #error-summary-title').to.equal(true);
      // The service's words name no question: the summary line does (issue 15).
      expect($(el, '.error-summary a')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Date of birth: The participant is too young.',
      );
      expect((await api.state()).signups).to.equal(0);
      expect($<HTMLInputElement>(el, '#f-firstName')!.value).to.equal('Amina');
      await expect(el).to.be.accessible();
    });

    it('puts contact_person.email errors on the e-mail field', async () => {
      const client = new RecordingClient({ baseUrl: api.linkedEvents });
      client.tamper = (input) => ({ ...input, contactPerson: { ...input.contactPerson, email: 'amina@' } });
      const el = await makeForm(api, { event: COURSE.openShort, client });
      await start(el);
      await fillAll(el, false);
      await send(el);
      await waitUntil(() => stepTitle(el) === 'About you', 'back on the first step');
      expect(errorOf(el, 'email')).to.contain('Enter a valid email address.');
    });

    it('explains a 409 when enrolment closed while the learner was typing, keeping the answers', async () => {
      const el = await makeForm(api, { event: COURSE.openShort });
      await start(el);
      await fillAll(el, false);
      await api.clock({ advance: 60 * 86_400_000 });
      await send(el);
      await waitUntil(() => text(el).includes('Enrolment for this course has closed'), 'closed explained');
      expect(text(el)).to.contain('Enrolment is already closed.');
      expect(text(el)).to.contain('Amina');
      expect((await api.state()).signups).to.equal(0);
      await expect(el).to.be.accessible();
    });

    describe("in an Arabic form, the service's own words (Finnish: it has no Arabic)", () => {
      const FINNISH = new Intl.DisplayNames(['ar'], { type: 'language' }).of('fi')!;

      it('are marked as Finnish after words of ours, when enrolment closed (409)', async () => {
        const el = await makeForm(api, { event: COURSE.openShort, lang: 'ar' });
        await api.clock({ advance: 60 * 86_400_000 });
        $<HTMLButtonElement>(el, '#start')!.click();
        await waitUntil(() => $(el, '#blocked .detail'), 'the refusal explained');
        await el.updateComplete;
        const detail = $(el, '#blocked .detail')!;
        expect($(el, '#blocked [lang="fi"]')?.textContent?.trim()).to.equal('Ilmoittautuminen on jo päättynyt.');
        expect(detail.textContent!.trim().startsWith('Ilmoittautuminen'), 'our words first').to.equal(false);
        expect($(el, '#blocked .lang-note')?.textContent).to.contain(FINNISH);
        await expect(el).to.be.accessible();
      });

      it('are marked as Finnish on the field and in the error summary', async () => {
        const client = new RecordingClient({ baseUrl: api.linkedEvents });
        client.tamper = (input) => ({ ...input, contactPerson: { ...input.contactPerson, email: 'amina@' } });
        const el = await makeForm(api, { event: COURSE.openShort, client, lang: 'ar' });
        await start(el);
        await fillAll(el, false);
        await send(el);
        await waitUntil(() => errorOf(el, 'email').includes('Syötä kelvollinen sähköpostiosoite.'), 'on the field');
        for (const where of ['#f-email-error', '.error-summary a']) {
          expect($(el, `${where} [lang="fi"]`)?.textContent?.trim(), where).to.equal(
            'Syötä kelvollinen sähköpostiosoite.',
          );
          expect($(el, `${where} .lang-note`)?.textContent, where).to.contain(FINNISH);
        }
        await expect(el).to.be.accessible();
      });
    });

    it('renews an expired seat hold and sends the request once more', async () => {
      const el = await makeForm(api, { event: COURSE.openShort });
      await start(el);
      await fillAll(el, false);
      await api.clock({ advance: 20 * 60_000 });
      await send(el);
      await waitUntil(() => sent(el), 'sent after renewal');
      expect(await log(api, 'seats_reservation/')).to.have.length(2);
      expect((await log(api, 'signup_group/')).map((l) => l.status)).to.deep.equal([400, 201]);
      expect((await api.state()).signups).to.equal(1);
    });

    it('when the last seat was taken meanwhile, the renewed hold puts the request on the waiting list', async () => {
      const el = await makeForm(api, { event: COURSE.lastSeat });
      await start(el);
      await fillAll(el, false);
      await api.clock({ advance: 20 * 60_000 });
      await holdElsewhere(api, '101');
      await send(el);
      await waitUntil(() => sent(el), 'sent');
      expect(text(el)).to.contain('You are on the waiting list');
    });

    it('keeps everything after a 503 and sends on "Try again"', async () => {
      const el = await makeForm(api, { event: COURSE.openShort });
      await start(el);
      await fillAll(el, false);
      await api.fault({ path: 'signup_group/', fault: 'status=503' });
      await send(el);
      await waitUntil(() => $(el, '#send-error'), 'error shown');
      expect(text(el)).to.contain('The service has a problem right now');
      expect(text(el)).to.contain('Your answers are safe');
      expect(hasFocused(el, 'send-error'), 'focus on #send-error').to.equal(true);
      expect($(el, '#send-error')!.getAttribute('role'), 'heard through focus, not also as an alert').to.equal(null);
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '#send-error button')!.click();
      await waitUntil(() => sent(el), 'sent on retry');
      expect((await api.state()).signups).to.equal(1);
    });

    it('keeps everything after a network failure and offers to try again', async () => {
      const el = await makeForm(api, { event: COURSE.openShort });
      await start(el);
      await fillAll(el, false);
      await api.fault({ path: 'signup_group/', fault: 'reset' });
      await send(el);
      await waitUntil(() => $(el, '#send-error'), 'error shown');
      expect(text(el)).to.contain('We could not connect');
      expect(text(el)).to.contain('Amina');
      $<HTMLButtonElement>(el, '#send-error button')!.click();
      await waitUntil(() => sent(el), 'sent on retry');
    });

    it('sends one request when Send is clicked twice', async () => {
      const el = await makeForm(api, { event: COURSE.openShort });
      await start(el);
      await fillAll(el, false);
      await api.fault({ path: 'signup_group/', fault: 'latency=300' });
      const button = $<HTMLButtonElement>(el, 'button[type="submit"]')!;
      button.click();
      button.click();
      await el.updateComplete;
      button.click();
      await waitUntil(() => sent(el), 'sent');
      expect((await api.state()).signups).to.equal(1);
      expect(await log(api, 'signup_group/')).to.have.length(1);
    });

    it('holds nothing and sends nothing when a bot fills the hidden field', async () => {
      const el = await makeForm(api, { event: COURSE.openShort });
      await start(el);
      await fillAll(el, false);
      const trap = $<HTMLInputElement>(el, '#f-website')!;
      expect(trap.closest('[aria-hidden="true"]')).to.not.equal(null);
      expect(trap.tabIndex).to.equal(-1);
      trap.value = 'http://spam.example';
      await send(el);
      expect(await log(api, 'signup_group/')).to.have.length(0);
      expect(text(el)).to.contain('We could not send the request');
    });
  });
});
