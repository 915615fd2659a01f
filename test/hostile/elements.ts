/**
 * The four elements, mounted the same way for the hostile-conditions tests: each on the
 * project's API fake, each with a client the test can give a short timeout.
 */
import { fixture, html } from '@open-wc/testing';
import '../../src/define/all.js';
import type { KotoCourseCatalogue } from '../../src/components/course-catalogue/course-catalogue.component.js';
import type { KotoEnrolmentForm } from '../../src/components/enrolment-form/enrolment-form.component.js';
import type { KotoGuidanceBooking } from '../../src/components/guidance-booking/guidance-booking.component.js';
import type { KotoContactCard } from '../../src/components/contact-card/contact-card.component.js';
import { LinkedEventsClient } from '../../src/api/linked-events/client.js';
import { RespaClient } from '../../src/api/respa/client.js';
import { PtvClient } from '../../src/api/ptv/client.js';
import type { ClientOptions } from '../../src/api/http.js';
import type { MockApi } from '../helpers/mock.js';
import {
  choose,
  fillAboutYou,
  fillBackgroundAndSituation,
  next,
  start,
  waitUntil,
  type Learner,
} from '../components/enrolment-form/helpers.js';

export type { KotoCourseCatalogue, KotoEnrolmentForm, KotoGuidanceBooking, KotoContactCard };

/** `waitUntil` with room for three engines sharing two cores. */
export { waitUntil };

export const text = (node: Element | ShadowRoot | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
export const buttonNamed = (el: Element, name: string | RegExp) =>
  $$<HTMLButtonElement>(el, 'button').find((b) =>
    typeof name === 'string' ? text(b).includes(name) : name.test(text(b)),
  );

/** Monday 1.9.2025 9.00 in Helsinki: porvoo-ohjaus-1's first free time is Tuesday 2.9. 9.00–9.30. */
export const BOOKING_NOW = '2025-09-01T06:00:00Z';
export const FIRST_SLOT = 'Tuesday 2.9. 9.00–9.30';
export const SECOND_SLOT = 'Tuesday 2.9. 9.30–10.00';
/** PTV channels of the seed. */
export const CHANNEL = {
  employment: '00000000-0000-4000-8000-000000000001',
  adultEducation: '00000000-0000-4000-8000-000000000002',
};
/** Linked Events seed: registration `100 + n` belongs to `porvoo:koto-(n+1)`. */
export const COURSE = { open: 'porvoo:koto-01', lastSeat: 'porvoo:koto-02', openShort: 'porvoo:koto-06' };

type Opts = Partial<Omit<ClientOptions, 'baseUrl'>> & { lang?: string };

export async function mountCatalogue(api: MockApi, opts: Opts = {}): Promise<KotoCourseCatalogue> {
  const client = new LinkedEventsClient({ baseUrl: api.linkedEvents, ...opts });
  const el = await fixture<KotoCourseCatalogue>(
    html`<koto-course-catalogue lang=${opts.lang ?? 'en'} page-size="100" .client=${client}></koto-course-catalogue>`,
  );
  el.searchDelay = 20;
  return el;
}
export const catalogueLoaded = (el: Element) =>
  !!el.shadowRoot?.querySelector('li.card:not(.skeleton-card)') && !el.shadowRoot.querySelector('[aria-busy="true"]');

export async function mountForm(api: MockApi, opts: Opts = {}, event = COURSE.openShort): Promise<KotoEnrolmentForm> {
  const client = new LinkedEventsClient({ baseUrl: api.linkedEvents, ...opts });
  return fixture<KotoEnrolmentForm>(
    html`<koto-enrolment-form
      lang=${opts.lang ?? 'en'}
      event=${event}
      privacy-href="/tietosuoja"
      catalogue-href="#courses"
      .client=${client}
    ></koto-enrolment-form>`,
  );
}
/** The course shown and whether one can enrol known: its registration comes after the course (issue 18). */
export const formLoaded = (el: Element) =>
  !!el.shadowRoot?.querySelector('#course-title') && !el.shadowRoot.querySelector('.checking');

export async function mountBooking(
  api: MockApi,
  opts: Opts = {},
  resource = 'porvoo-ohjaus-1',
): Promise<KotoGuidanceBooking> {
  const client = new RespaClient({ baseUrl: api.respa, ...opts });
  return fixture<KotoGuidanceBooking>(
    html`<koto-guidance-booking
      lang=${opts.lang ?? 'en'}
      resource=${resource}
      .now=${() => Date.parse(BOOKING_NOW)}
      .client=${client}
    ></koto-guidance-booking>`,
  );
}
export const bookingLoaded = (el: Element) => !!el.shadowRoot?.querySelector('#step-heading');

export async function mountCard(api: MockApi, opts: Opts = {}, channel = CHANNEL.employment): Promise<KotoContactCard> {
  const client = new PtvClient({ baseUrl: api.ptv, ...opts });
  return fixture<KotoContactCard>(
    html`<koto-contact-card lang=${opts.lang ?? 'en'} channel=${channel} .client=${client}></koto-contact-card>`,
  );
}
export const cardLoaded = (el: Element) =>
  !!el.shadowRoot?.querySelector('[part~="office"] h2, [part~="office"] h3') &&
  !el.shadowRoot.querySelector('.loading');

// Driving the enrolment form.

export async function startEnrolment(el: KotoEnrolmentForm): Promise<void> {
  await waitUntil(() => formLoaded(el), 'the course loads');
  await start(el);
}

/** What the learner types in the enrolment form. */
export const PERSON: Learner = {
  firstName: 'Zahra',
  lastName: 'Karimi',
  phone: '044 765 4321',
  email: 'zahra.karimi@example.fi',
  dob: { day: '7', month: '11', year: String(new Date().getFullYear() - 34) },
};

/** Fills every step of the form (no address asked) and stops on the last one, consent given. */
export async function fillEnrolment(el: KotoEnrolmentForm, person: Learner = PERSON): Promise<void> {
  await fillAboutYou(el, false, person);
  await next(el);
  await fillBackgroundAndSituation(el);
  await choose(el, 'interpreter', 'no');
  await next(el);
  $<HTMLInputElement>(el, '[name="consent"]')!.click();
  await el.updateComplete;
}

export const formSent = (el: Element) => !!$(el, '#done-title');

// Driving the booking.

async function settle(el: KotoGuidanceBooking): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}

export const bookingHeading = (el: Element) => text($(el, '#step-heading'));

/** Answers the first step, picks a time and stops on the contact details. */
export async function toBookingDetails(el: KotoGuidanceBooking, slot = FIRST_SLOT): Promise<void> {
  await waitUntil(() => bookingLoaded(el), 'the booking loads');
  $<HTMLInputElement>(el, 'input[name="topic"][value="before"]')!.click();
  $<HTMLInputElement>(el, 'input[name="mode"][value="phone"]')!.click();
  await el.updateComplete;
  $<HTMLButtonElement>(el, 'form button[type="submit"]')!.click();
  await settle(el);
  const button = $$<HTMLButtonElement>(el, 'button.slot').find((b) => text(b) === slot);
  if (!button) throw new Error(`no slot ${slot}`);
  button.click();
  // The contact step's code comes on its own, after the first step: wait for what a learner sees.
  await waitUntil(() => $(el, '#name'), 'the contact step');
  await settle(el);
}

export async function typeBooking(el: KotoGuidanceBooking, values: Record<string, string>): Promise<void> {
  for (const [id, value] of Object.entries(values)) {
    const input = $<HTMLInputElement>(el, `#${id}`)!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
  await el.updateComplete;
}

export const submitBooking = (el: Element) => $<HTMLButtonElement>(el, 'form button[type="submit"]')!.click();
export const booked = (el: Element) => bookingHeading(el) === 'Your appointment is booked';
