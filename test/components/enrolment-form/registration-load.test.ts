/**
 * Issue 18, the critical path: the course shows as soon as the event comes, and whether the
 * learner can enrol (its registration, which the event names) follows with its own states.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { mockApiForEachTest, type MockApi } from '../../helpers/mock.js';
import type { KotoEnrolmentForm } from '../../../src/components/enrolment-form/enrolment-form.component.js';
import { $, COURSE, fill, log, makeForm, start, text, waitUntil } from './helpers.js';

/** The form on the page, not waiting for anything (makeForm waits for the registration). */
async function mount(api: MockApi, event: string, lang = 'en'): Promise<KotoEnrolmentForm> {
  const el = await fixture<KotoEnrolmentForm>(
    html`<koto-enrolment-form api-base=${api.linkedEvents} event=${event} lang=${lang}></koto-enrolment-form>`,
  );
  el.shadowRoot!.addEventListener('focusin', (e) => lastFocus.set(el, (e.target as HTMLElement).id));
  return el;
}

const lastFocus = new WeakMap<KotoEnrolmentForm, string>();
/** Whether focus went to `id` (as helpers' hasFocused: a background window may send no focus events). */
const focusedOn = (el: KotoEnrolmentForm, id: string) =>
  el.shadowRoot!.activeElement?.id === id || lastFocus.get(el) === id;

const checking = (el: KotoEnrolmentForm) => $(el, '.checking [role="status"]')?.textContent?.trim() ?? '';
const courseShown = (el: KotoEnrolmentForm) => waitUntil(() => $(el, '#course-title'), 'the course shown');
const eventGets = async (api: MockApi) => (await log(api, 'event/', 'GET')).length;

describe('<koto-enrolment-form> the course first, then whether one can enrol', function () {
  this.timeout(30_000);
  const api = mockApiForEachTest();

  describe('while the registration is on its way', () => {
    it('shows the course, says politely that it checks, and offers no "Start" until the registration is known', async () => {
      await api.fault({ path: 'registration/', fault: 'latency=1500' });
      const el = await mount(api, COURSE.open);
      await courseShown(el);
      await el.updateComplete;
      expect(checking(el)).to.equal('Checking whether you can enrol…');
      expect($(el, '#start'), 'no "Start" yet').to.equal(null);
      expect(text(el)).to.not.contain('Seats left');
      expect($(el, '[aria-busy="true"]'), 'the course is content, not a loading state').to.equal(null);
      await expect(el).to.be.accessible();
      await waitUntil(() => $(el, '#start'), 'the registration known', { timeout: 10_000 });
      expect($(el, '.checking')).to.equal(null);
      // The enrolment state is the normal content: the only live region is the form's own, and it is silent.
      const regions = el.shadowRoot!.querySelectorAll('[role="status"], [role="alert"], [aria-live]');
      expect(regions.length).to.equal(1);
      expect(regions[0]!.textContent!.trim()).to.equal('');
      expect((await api.state()).seatReservations, 'no seat taken before "Start"').to.equal(0);
    });

    it('never shows the late registration of a course the page switched away from', async () => {
      await api.fault({ path: 'registration/100', fault: 'latency=1500' });
      const el = await mount(api, COURSE.open);
      await courseShown(el);
      el.event = COURSE.waitlist;
      await waitUntil(() => $(el, '#start')?.textContent?.includes('Join the waiting list'), 'the new course’s state');
      await new Promise((r) => setTimeout(r, 1800));
      await el.updateComplete;
      expect($(el, '#start')!.textContent).to.contain('Join the waiting list');
      expect($(el, '.notice.warning')?.textContent).to.contain('The course is full');
      expect($(el, '.checking')).to.equal(null);
    });

    it('says at once that a cancelled course takes no enrolment: its status decides, not its registration', async () => {
      await api.fault({ path: 'registration/', fault: 'latency=3000' });
      // A seed course that is cancelled, its registration still open as Linked Events keeps it.
      const el = await mount(api, 'porvoo:koto-29');
      await courseShown(el);
      await el.updateComplete;
      expect($(el, '#blocked strong')?.textContent?.trim()).to.equal(
        'This course is cancelled. You cannot enrol in it. Look for another course.',
      );
      expect($(el, '.checking'), 'no "checking" for a course no one can enrol on').to.equal(null);
      expect($(el, '#start')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('speaks Finnish', async () => {
      await api.fault({ path: 'registration/', fault: 'latency=1500' });
      const el = await mount(api, COURSE.open, 'fi');
      await courseShown(el);
      await el.updateComplete;
      expect(checking(el)).to.equal('Tarkistamme, voitko ilmoittautua…');
    });
  });

  describe('when the registration cannot be loaded', () => {
    const failing = () => api.fault({ path: 'registration/', fault: 'status=503', times: 3 });

    it('says so where "Start" goes, as an alert, with "Try again"; the course stays', async () => {
      await failing();
      const el = await mount(api, COURSE.open);
      await waitUntil(() => $(el, '#registration-error'), 'the error shown', { timeout: 10_000 });
      const notice = $(el, '#registration-error')!;
      expect(notice.getAttribute('role')).to.equal('alert');
      expect(notice.textContent).to.contain('We could not check whether you can enrol.');
      expect(notice.textContent).to.contain('The service has a problem right now.');
      expect($(el, '#course-title')).to.not.equal(null);
      expect($(el, '#start')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('"Try again" loads the registration alone, brings back what the learner typed, and moves focus to it', async () => {
      const first = await makeForm(api);
      await start(first);
      await fill(first, 'firstName', 'Amina');
      first.remove();
      await failing();
      const el = await mount(api, COURSE.open);
      await waitUntil(() => $(el, '#registration-error'), 'the error shown', { timeout: 10_000 });
      const courses = await eventGets(api);
      const retry = $<HTMLButtonElement>(el, '#registration-error button')!;
      retry.focus();
      retry.click();
      await waitUntil(() => $(el, '#step-title'), 'the form back', { timeout: 10_000 });
      await el.updateComplete;
      expect($<HTMLInputElement>(el, '[name="firstName"]')!.value).to.equal('Amina');
      expect(await eventGets(api), 'the course is not asked again').to.equal(courses);
      await waitUntil(() => focusedOn(el, 'step-title'), 'focus on the step');
    });

    it('failing again from the keyboard, the notice takes focus and is no alert (heard once)', async () => {
      await failing();
      const el = await mount(api, COURSE.open);
      await waitUntil(() => $(el, '#registration-error'), 'the error shown', { timeout: 10_000 });
      await failing();
      const retry = $<HTMLButtonElement>(el, '#registration-error button')!;
      retry.focus();
      retry.click();
      await waitUntil(() => $(el, '.checking'), 'checking again');
      await waitUntil(() => $(el, '#registration-error'), 'the error again', { timeout: 10_000 });
      await el.updateComplete;
      expect($(el, '#registration-error')!.hasAttribute('role')).to.equal(false);
      await waitUntil(() => focusedOn(el, 'registration-error'), 'focus on the notice');
      await expect(el).to.be.accessible();
    });

    it('speaks Finnish', async () => {
      await failing();
      const el = await mount(api, COURSE.open, 'fi');
      await waitUntil(() => $(el, '#registration-error'), 'the error shown', { timeout: 10_000 });
      expect($(el, '#registration-error')!.textContent).to.contain('Emme voineet tarkistaa, voitko ilmoittautua.');
      expect($(el, '#registration-error button')!.textContent!.trim()).to.equal('Yritä uudelleen');
    });
  });
});
