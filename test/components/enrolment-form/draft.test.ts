import { expect, fixtureCleanup } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { msg } from '@lit/localize';
import { LinkedEventsClient } from '../../../src/api/linked-events/client.js';
import type { Result } from '../../../src/api/http.js';
import { loadLocale, withLocale } from '../../../src/shared/localization.js';
import { mockApiForEachTest } from '../../helpers/mock.js';
import { draftKey } from '../../../src/components/enrolment-form/draft-store.js';
import type { KotoEnrolmentForm } from '../../../src/components/enrolment-form/enrolment-form.component.js';
import {
  $,
  COURSE,
  clearForm,
  choose,
  fill,
  fillAboutYou,
  fillAll,
  log,
  makeForm,
  next,
  send,
  sent,
  shadow,
  start,
  stepTitle,
  text,
  waitUntil,
} from './helpers.js';

const focused = (el: KotoEnrolmentForm) => shadow(el).activeElement as HTMLElement | null;

/** Presses Tab until the element with `id` has focus; fails if it is not reachable by keyboard. */
async function tabTo(el: KotoEnrolmentForm, id: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if (focused(el)?.id === id) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`#${id} not reached with Tab (at ${focused(el)?.id ?? 'none'})`);
}

/** Asks the fake once for each course and registration, then answers at once from memory (before any strings load). */
class AnswersAtOnce extends LinkedEventsClient {
  private readonly known = new Map<string, Result<unknown>>();
  private async remember<T extends Result<unknown>>(key: string, ask: () => Promise<T>): Promise<T> {
    const known = this.known.get(key) as T | undefined;
    if (known) return known;
    const answer = await ask();
    if (answer.ok) this.known.set(key, answer);
    return answer;
  }
  override getCourse(id: string, options?: Parameters<LinkedEventsClient['getCourse']>[1]) {
    return this.remember(`course ${id}`, () => super.getCourse(id, options));
  }
  override getRegistration(id: string, options?: Parameters<LinkedEventsClient['getRegistration']>[1]) {
    return this.remember(`registration ${id}`, () => super.getRegistration(id, options));
  }
}

const isWebKitGtk = /AppleWebKit/.test(navigator.userAgent) && !/Chrome|Chromium/.test(navigator.userAgent);

async function type(el: KotoEnrolmentForm, id: string, value: string): Promise<void> {
  await tabTo(el, id);
  // WebKitGTK's driver drops the second of two equal characters typed in one go ("1990"
  // arrives as "190"): there, one key press per character.
  if (!isWebKitGtk) await sendKeys({ type: value });
  else for (const char of value) await sendKeys({ press: char });
}

describe('<koto-enrolment-form> keeps what the learner typed', function () {
  // Many requests and renders per test: room for three engines sharing two cores.
  this.timeout(30_000);
  const api = mockApiForEachTest();

  describe('restoring the draft after a reload', () => {
    it('brings back every answer and the step, and keeps the same seat hold', async () => {
      let el = await makeForm(api, { event: COURSE.openShort });
      await start(el);
      await fillAboutYou(el, false);
      await next(el);
      await choose(el, 'nativeLanguage', 'uk');
      await fill(el, 'schoolYears', '12');
      fixtureCleanup();

      el = await makeForm(api, { event: COURSE.openShort });
      await waitUntil(() => $(el, 'form'), 'form restored');
      expect(stepTitle(el)).to.equal('Languages and background');
      expect($<HTMLSelectElement>(el, '[name="nativeLanguage"]')!.value).to.equal('uk');
      expect($<HTMLInputElement>(el, '[name="schoolYears"]')!.value).to.equal('12');
      $<HTMLButtonElement>(el, '.nav .secondary')!.click();
      await el.updateComplete;
      expect($<HTMLInputElement>(el, '[name="firstName"]')!.value).to.equal('Amina');
      expect($<HTMLInputElement>(el, '[name="dobMonth"]')!.value).to.equal('3');
      expect(await log(api, 'seats_reservation/')).to.have.length(1);
    });

    // The course loads while the form's words are still on their way: the answers it brings
    // back are not announced in English before the words of the form's language are there.
    it('says it brought the answers back in the form’s language, when the course came before its words', async () => {
      const client = new AnswersAtOnce({ baseUrl: api.linkedEvents });
      let el = await makeForm(api, { event: COURSE.openShort, client });
      await start(el);
      await fill(el, 'firstName', 'Amina');
      fixtureCleanup();

      el = await makeForm(api, { event: COURSE.openShort, client, lang: 'ru' });
      await waitUntil(() => $(el, 'form'), 'form restored');
      const said = () => $(el, '[role="status"]')!.textContent!.trim();
      await waitUntil(() => said(), 'the answers brought back are announced');
      await loadLocale('ru');
      expect(said()).to.equal(withLocale('ru', () => msg('We brought back what you typed before.')));
      expect($<HTMLInputElement>(el, '[name="firstName"]')!.value).to.equal('Amina');
    });

    it('forgets the draft after sending', async () => {
      const el = await makeForm(api, { event: COURSE.openShort });
      await start(el);
      await fillAll(el, false);
      expect(sessionStorage.getItem(draftKey(api.linkedEvents, COURSE.openShort))).to.contain('Amina');
      await send(el);
      await waitUntil(() => sent(el));
      expect(sessionStorage.getItem(draftKey(api.linkedEvents, COURSE.openShort))).to.equal(null);
    });

    it('forgets the answers when the learner clears the form (only the seat hold is kept)', async () => {
      const el = await makeForm(api, { event: COURSE.openShort });
      await start(el);
      await fillAboutYou(el, false);
      await clearForm(el);
      const stored = sessionStorage.getItem(draftKey(api.linkedEvents, COURSE.openShort)) ?? '';
      expect(stored).not.to.match(/Amina|Yusuf|040 123|amina@/);
      expect(text(el)).to.contain('Start enrolment');
    });

    it('puts nothing personal in the address, localStorage, cookies or the console', async () => {
      const seen: string[] = [];
      const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
      const originals = methods.map((m) => console[m]);
      methods.forEach((m) => (console[m] = (...args: unknown[]) => void seen.push(args.map(String).join(' '))));
      try {
        const el = await makeForm(api, { event: COURSE.openShort });
        await start(el);
        await fillAll(el, false);
        await send(el);
        await waitUntil(() => sent(el));
      } finally {
        methods.forEach((m, i) => (console[m] = originals[i]!));
      }
      const personal = /Amina|Yusuf|040 123|amina@/;
      expect(seen.filter((s) => personal.test(s))).to.deep.equal([]);
      expect(location.href).not.to.match(personal);
      expect(JSON.stringify({ ...localStorage })).not.to.match(personal);
      expect(document.cookie).not.to.match(personal);
    });
  });

  // Issue 15: "Clear the form and start again", right below Next, wiped everything with one tap.
  describe('clearing the form asks first', () => {
    it('asks before clearing; "Keep my answers" keeps them and takes focus back to the button', async () => {
      const el = await makeForm(api, { event: COURSE.openShort });
      await start(el);
      await fill(el, 'firstName', 'Amina');
      $<HTMLButtonElement>(el, '#discard')!.click();
      await el.updateComplete;
      expect($<HTMLInputElement>(el, '[name="firstName"]')!.value, 'nothing cleared yet').to.equal('Amina');
      await waitUntil(() => focused(el)?.id === 'discard-question', 'focus on the question');
      expect($(el, '[role="group"][aria-labelledby="discard-question"]')!.textContent).to.contain(
        'Clear all your answers?',
      );
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '#discard-no')!.click();
      await el.updateComplete;
      expect($(el, '#discard-yes'), 'the question is gone').to.equal(null);
      expect($<HTMLInputElement>(el, '[name="firstName"]')!.value).to.equal('Amina');
      await waitUntil(() => focused(el)?.id === 'discard', 'focus back on the button');
    });

    it('works by keyboard: Escape keeps the answers, "Yes, clear" clears them', async () => {
      const el = await makeForm(api, { event: COURSE.openShort });
      await start(el);
      await type(el, 'f-firstName', 'Amina');
      await tabTo(el, 'discard');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => focused(el)?.id === 'discard-question', 'focus on the question');
      await tabTo(el, 'discard-yes');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => focused(el)?.id === 'discard', 'kept, focus back on the button');
      expect($<HTMLInputElement>(el, '[name="firstName"]')!.value).to.equal('Amina');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '#discard-yes'), 'asked again');
      await tabTo(el, 'discard-yes');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '#start'), 'cleared: the start page');
      await waitUntil(() => text(el).includes('We cleared the form.'), 'said');
    });
  });

  describe('the seat hold', () => {
    it('warns once, politely, a few minutes before the hold ends', async () => {
      const el = await makeForm(api, { event: COURSE.openShort });
      await start(el);
      await fill(el, 'firstName', 'Amina');
      const status = $(el, '[role="status"]')!;
      expect(status.getAttribute('aria-live')).to.equal('polite');
      const skew = 14 * 60_000;
      el.now = () => Date.now() + skew;
      await waitUntil(() => status.textContent!.includes('3 more minutes'), 'warning announced', { timeout: 5000 });
      expect($(el, '.timer')!.className).to.contain('warn');
      expect($(el, '.timer')!.closest('[aria-live]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('holds a new seat when the time runs out, without losing anything typed', async () => {
      const el = await makeForm(api, { event: COURSE.openShort });
      await start(el);
      await fill(el, 'firstName', 'Amina');
      el.now = () => Date.now() + 17 * 60_000;
      await waitUntil(async () => (await log(api, 'seats_reservation/')).length === 2, 'second hold', {
        timeout: 5000,
      });
      await waitUntil(() => $(el, '[role="status"]')!.textContent!.includes('We hold a new seat'), 'renewal said', {
        timeout: 3000,
      });
      expect($<HTMLInputElement>(el, '[name="firstName"]')!.value).to.equal('Amina');
      expect(text(el)).to.match(/Your seat is held\. Time left: 1[56] minutes\./);
    });
  });

  describe('keyboard only', () => {
    it('can be completed and sent with the keyboard alone', async function () {
      this.timeout(40_000);
      const el = await makeForm(api, { event: COURSE.openShort });
      await tabTo(el, 'start');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => focused(el)?.id === 'step-title', 'focus on the first step');
      await type(el, 'f-firstName', 'Amina');
      await type(el, 'f-lastName', 'Yusuf');
      await type(el, 'f-dobDay', '15');
      await type(el, 'f-dobMonth', '3');
      await type(el, 'f-dobYear', '1990');
      await type(el, 'f-phone', '0401234567');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => stepTitle(el) === 'Languages and background', 'step 2');
      await tabTo(el, 'f-nativeLanguage');
      // Arrow keys move through a closed list (typeahead would depend on typing speed).
      const select = $<HTMLSelectElement>(el, '#f-nativeLanguage')!;
      for (let i = 0; i < 10 && select.value !== 'ar'; i++) await sendKeys({ press: 'ArrowDown' });
      expect(select.value).to.equal('ar');
      await tabTo(el, 'f-finnishLevel-0');
      await sendKeys({ press: ' ' });
      await tabTo(el, 'f-latinAlphabet-0');
      await sendKeys({ press: ' ' });
      await type(el, 'f-schoolYears', '9');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => stepTitle(el) === 'Your situation', 'step 3');
      for (const id of ['f-employmentClient-0', 'f-integrationPlan-0', 'f-timeOfDay-0']) {
        await tabTo(el, id);
        await sendKeys({ press: ' ' });
      }
      await tabTo(el, 'f-timeOfDay-0');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => stepTitle(el) === 'Needs', 'step 4');
      await tabTo(el, 'f-interpreter-0');
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => $<HTMLInputElement>(el, '#f-interpreter-1')!.checked, 'no interpreter');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => stepTitle(el) === 'Check and send', 'step 5');
      await tabTo(el, 'f-consent');
      await sendKeys({ press: ' ' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => sent(el), 'sent');
      expect(focused(el)?.id).to.equal('done-title');
      expect((await api.state()).signups).to.equal(1);
    });
  });

  describe('languages', () => {
    it('speaks Finnish and Swedish, and the server answers in the same language', async () => {
      const fi = await makeForm(api, { event: COURSE.openShort, lang: 'fi' });
      await start(fi);
      expect(stepTitle(fi)).to.not.equal('About you');
      expect(text(fi)).to.not.contain('Start enrolment');
      await fill(fi, 'phone', 'x');
      const fiError = $(fi, '#f-phone-error')!.textContent!;
      expect(fiError).to.contain('040 123 4567');
      expect(fiError).to.not.contain('Enter your phone number');
      await expect(fi).to.be.accessible();
      await fill(fi, 'phone', '040 123 4567');
      await fillAll(fi, false);
      await api.clock({ advance: 60 * 86_400_000 });
      await send(fi);
      await waitUntil(() => text(fi).includes('Ilmoittautuminen on jo päättynyt.'), 'the API answered in Finnish');
      fixtureCleanup();

      const sv = await makeForm(api, { event: COURSE.closed, lang: 'sv' });
      expect(text(sv)).to.not.contain('Enrolment for this course has closed');
      await expect(sv).to.be.accessible();
    });

    it('follows a language change while the learner is typing', async () => {
      const el = await makeForm(api, { event: COURSE.openShort, lang: 'en' });
      await start(el);
      await fill(el, 'firstName', 'Amina');
      el.setAttribute('lang', 'sv');
      await waitUntil(() => stepTitle(el) !== 'About you', 'Swedish');
      expect($<HTMLInputElement>(el, '[name="firstName"]')!.value).to.equal('Amina');
    });
  });
});
