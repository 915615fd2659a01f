/**
 * Driving `<koto-enrolment-form>` as a learner would, against the project's API fake.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait.js';
import '../../../src/define/enrolment-form.js';
import type { KotoEnrolmentForm } from '../../../src/components/enrolment-form/enrolment-form.component.js';
import { LinkedEventsClient, type EnrolmentClient } from '../../../src/api/linked-events/client.js';
import type { SignupGroupInput } from '../../../src/api/linked-events/registration.js';
import type { MockApi } from '../../helpers/mock.js';

/** Waiting for a condition as long as a test may run (test/helpers/wait.ts). */
export { waitUntil };

/** Course ids of the seed: registration `100 + n` belongs to `porvoo:koto-(n+1)`. */
export const COURSE = {
  open: 'porvoo:koto-01', // registration 100: open, address fields mandatory
  lastSeat: 'porvoo:koto-02', // 101: one seat left
  waitlist: 'porvoo:koto-03', // 102: full, waiting list open
  upcoming: 'porvoo:koto-04', // 103: enrolment not open yet
  openShort: 'porvoo:koto-06', // 105: open, no address asked
  closed: 'porvoo:koto-07', // 106: enrolment closed
  full: 'porvoo:koto-10', // 109: full, no waiting list
};

export const shadow = (el: KotoEnrolmentForm) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: KotoEnrolmentForm, selector: string) =>
  shadow(el).querySelector<T>(selector);
export const text = (el: KotoEnrolmentForm) => shadow(el).textContent?.replace(/\s+/g, ' ') ?? '';
/** The error message shown under field `id` ('' when none). */
export const errorOf = (el: KotoEnrolmentForm, id: string) =>
  $(el, `#f-${id}-error`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

const focusLog = new WeakMap<KotoEnrolmentForm, string>();

const lastFocused = (el: KotoEnrolmentForm) => focusLog.get(el);

/**
 * Whether the form moved focus to `id`: it has focus now, or received it last. (A background
 * Firefox window moves focus without focus events; WebKit's iframes can lose it to another file.)
 */
export const hasFocused = (el: KotoEnrolmentForm, id: string) =>
  el.shadowRoot!.activeElement?.id === id || lastFocused(el) === id;

export async function makeForm(
  api: MockApi,
  options: { event?: string | null; lang?: string; client?: EnrolmentClient; catalogueHref?: string } = {},
): Promise<KotoEnrolmentForm> {
  const event = options.event === undefined ? COURSE.open : options.event;
  const el = await fixture<KotoEnrolmentForm>(
    html`<koto-enrolment-form
      api-base=${api.linkedEvents}
      event=${event ?? ''}
      lang=${options.lang ?? 'en'}
      privacy-href="/tietosuoja"
      catalogue-href=${options.catalogueHref ?? '#courses'}
      .client=${options.client}
    ></koto-enrolment-form>`,
  );
  if (!event) el.removeAttribute('event');
  el.shadowRoot!.addEventListener('focusin', (e) => focusLog.set(el, (e.target as HTMLElement).id));
  // The course shows first; whether one can enrol comes with the registration (issue 18).
  await waitUntil(() => !$(el, '.loading') && !$(el, '.checking'), 'the course and its registration load');
  await el.updateComplete;
  return el;
}

export async function start(el: KotoEnrolmentForm): Promise<void> {
  // "Start" comes once the registration is known, after the course (issue 18).
  await waitUntil(() => !$(el, '.loading') && !$(el, '.checking'), 'whether one can enrol is known');
  const button = $<HTMLButtonElement>(el, '#start');
  if (!button) throw new Error('no start button');
  button.click();
  await waitUntil(() => $(el, 'form') && $(el, '.timer') && !$(el, '.timer')!.textContent!.includes('…'), 'seat held', {
    timeout: 10_000,
  });
}

/** Types into a field as a learner would: an input event, then leaving the field. */
export async function fill(el: KotoEnrolmentForm, name: string, value: string, blur = true): Promise<void> {
  const input = $<HTMLInputElement>(el, `[name="${name}"]`);
  if (!input) throw new Error(`no field ${name}`);
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  if (blur) {
    input.blur();
    // A page without window focus (parallel test runs) gets no focus events from blur().
    input.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
  }
  await el.updateComplete;
}

export async function choose(el: KotoEnrolmentForm, name: string, value: string): Promise<void> {
  const input =
    $<HTMLSelectElement>(el, `select[name="${name}"]`) ?? $<HTMLInputElement>(el, `[name="${name}"][value="${value}"]`);
  if (!input) throw new Error(`no choice ${name}=${value}`);
  if (input instanceof HTMLSelectElement) {
    input.value = value;
    input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  } else {
    input.click();
  }
  await el.updateComplete;
}

export async function next(el: KotoEnrolmentForm): Promise<void> {
  $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
  await el.updateComplete;
  await el.updateComplete;
}

/** "Clear the form and start again", and "Yes, clear" when the form asks. */
export async function clearForm(el: KotoEnrolmentForm): Promise<void> {
  $<HTMLButtonElement>(el, '#discard')!.click();
  await el.updateComplete;
  $<HTMLButtonElement>(el, '#discard-yes')!.click();
  await el.updateComplete;
}

export const stepTitle = (el: KotoEnrolmentForm) => $(el, '#step-title')?.textContent?.trim() ?? '';

/** A valid date of birth: 30 years ago. */
export const DOB = { day: '15', month: '3', year: String(new Date().getFullYear() - 30) };

/** Who enrols, unless a test says otherwise. */
export const LEARNER = {
  firstName: 'Amina',
  lastName: 'Yusuf',
  phone: '040 123 4567',
  email: 'amina@example.fi',
  dob: DOB,
};
export type Learner = typeof LEARNER;

export async function fillAboutYou(el: KotoEnrolmentForm, address = true, learner: Learner = LEARNER): Promise<void> {
  await fill(el, 'firstName', learner.firstName);
  await fill(el, 'lastName', learner.lastName);
  await fill(el, 'dobDay', learner.dob.day);
  await fill(el, 'dobMonth', learner.dob.month);
  await fill(el, 'dobYear', learner.dob.year);
  await fill(el, 'phone', learner.phone);
  await fill(el, 'email', learner.email);
  if (address) {
    await fill(el, 'streetAddress', 'Kirkkokatu 1 A 2');
    await fill(el, 'zipcode', '06100');
    await fill(el, 'city', 'Porvoo');
  }
}

/**
 * From "Languages and background" to "Needs": valid answers on the two steps between, going on
 * after each; other languages only when given.
 */
export async function fillBackgroundAndSituation(el: KotoEnrolmentForm, otherLanguages?: string): Promise<void> {
  await choose(el, 'nativeLanguage', 'ar');
  if (otherLanguages !== undefined) await fill(el, 'otherLanguages', otherLanguages);
  await choose(el, 'finnishLevel', 'a1');
  await choose(el, 'latinAlphabet', 'yes');
  await fill(el, 'schoolYears', '9');
  await next(el);
  await choose(el, 'employmentClient', 'yes');
  await choose(el, 'integrationPlan', 'unknown');
  await choose(el, 'timeOfDay', 'daytime');
  await next(el);
}

/** Fills in every step with valid answers and stops on the last one (not sent). */
export async function fillAll(el: KotoEnrolmentForm, address = true): Promise<void> {
  await fillAboutYou(el, address);
  await next(el);
  await fillBackgroundAndSituation(el, 'English');
  await choose(el, 'interpreter', 'yes');
  await choose(el, 'interpreterLanguage', 'ar');
  await fill(el, 'otherNeeds', 'I have a small child.');
  await next(el);
  const consent = $<HTMLInputElement>(el, '[name="consent"]')!;
  consent.click();
  await el.updateComplete;
}

export async function send(el: KotoEnrolmentForm): Promise<void> {
  $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
  await el.updateComplete;
}

export const sent = (el: KotoEnrolmentForm) => !!$(el, '#done-title');

/** A Linked Events client on the fake that remembers what was sent (the fake itself keeps it from the browser). */
export class RecordingClient extends LinkedEventsClient {
  readonly signups: SignupGroupInput[] = [];
  tamper?: (input: SignupGroupInput) => SignupGroupInput;
  override signup(input: SignupGroupInput, options?: Parameters<LinkedEventsClient['signup']>[1]) {
    const body = this.tamper ? this.tamper(input) : input;
    this.signups.push(body);
    return super.signup(body, options);
  }
}

export const log = async (api: MockApi, path: string, method = 'POST') =>
  (await api.state()).log.filter((l) => l.path.startsWith(path) && l.method === method);

/** Someone else holds a place of registration `id` (a seat, or a place on its waiting list). */
export async function holdElsewhere(api: MockApi, id: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) {
    const res = await fetch(`${api.linkedEvents}seats_reservation/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ registration: id, seats: 1 }),
    });
    expect(res.status, 'a place held by someone else').to.equal(201);
  }
}
