/**
 * Small helpers the stories share (not stories themselves): the narrow-screen frame,
 * fixed clocks, and the steps a learner takes before a state can be seen. Play
 * functions use plain DOM, so the every-story test can run them too.
 */
import { html, type TemplateResult } from 'lit';
import { addDays, fromZoned, isoDateOf, parseIsoDate, startOfWeek } from '../src/shared/time.js';

/** The narrowest phone the components support: a 320 px wide column. */
export const narrow = (content: TemplateResult) =>
  html`<div style="inline-size: 320px; max-inline-size: 100%; outline: 1px dashed #767676">${content}</div>`;

/** Friday 13.00 (Helsinki) of the current week: too late in the week for free times this week. */
export function lateThisWeek(): number {
  const friday = parseIsoDate(addDays(startOfWeek(isoDateOf(Date.now())), 4))!;
  return fromZoned(friday.year, friday.month, friday.day, 13, 0);
}

/** Waits until `find()` gives something (the element may still be loading), at most `ms`. */
export async function waitFor<T>(find: () => T | null | undefined, ms = 5000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() > until) throw new Error('waitFor: gave up');
    await new Promise((r) => setTimeout(r, 50));
  }
}

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

/** Answers the booking's first step (topic "before studies", at the office) and goes on to the times. */
export async function answerAboutStep(canvas: HTMLElement): Promise<Updating> {
  const el = await waitFor(() => canvas.querySelector<Updating>('koto-guidance-booking'));
  const root = el.shadowRoot!;
  await waitFor(() => root.querySelector('input[name="topic"]'));
  const resource = root.querySelector<HTMLInputElement>('input[name="resource"]');
  resource?.click();
  root.querySelector<HTMLInputElement>('input[name="topic"]')!.click();
  root.querySelector<HTMLInputElement>('input[name="mode"]')!.click();
  await el.updateComplete;
  root.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
  await el.updateComplete;
  await waitFor(() => root.querySelector('#week-label'));
  return el;
}

/** The worked theming example of the editor's guide: Porvoo blue (README, "Theming"). */
export const porvooBlue = (content: TemplateResult) =>
  html`<style>
      .porvoo-blue koto-course-catalogue,
      .porvoo-blue koto-enrolment-form,
      .porvoo-blue koto-guidance-booking,
      .porvoo-blue koto-contact-card {
        --koto-color-primary: #00509e;
        --koto-radius: 0;
        --koto-font-family: inherit;
      }
      .porvoo-blue koto-course-catalogue::part(card) {
        border-inline-start: 0.375rem solid #00509e;
      }
      .porvoo-blue koto-guidance-booking {
        --koto-booking-slot-bg: #e6eef7;
      }
      .porvoo-blue koto-contact-card {
        --koto-contact-card-background: #f2f6fb;
      }
    </style>
    <div class="porvoo-blue">${content}</div>`;

let worlds = 0;

/**
 * A fresh world of the API fake for one rendering of a story, so a flow that holds seats
 * or books times never changes what another story (or the next run) sees. With `now`,
 * the fake's clock starts there (and `clock` is the same moment for the element);
 * render the element once `ready` has settled.
 */
export function freshWorld(api: 'linkedevents/v1' | 'respa/v1' | 'ptv/v11', now?: string) {
  const tenant = `/mock-api/storybook-${Date.now().toString(36)}-${(worlds += 1)}`;
  const startedAt = Date.now();
  const at = now === undefined ? undefined : Date.parse(now);
  const ready =
    at === undefined
      ? Promise.resolve()
      : fetch(`${tenant}/__control/reset`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ now: at }),
        }).then(() => undefined);
  return {
    base: `${tenant}/${api}/`,
    ready,
    clock: () => (at === undefined ? Date.now() : at + Date.now() - startedAt),
  };
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);

/** Types into a field as a learner would: input, then leaving the field. */
async function type(el: Updating, name: string, value: string): Promise<void> {
  const input = await waitFor(() => $<HTMLInputElement>(el, `[name="${name}"], #${name}`));
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function pick(el: Updating, name: string, value: string): Promise<void> {
  const input = await waitFor(
    () =>
      $<HTMLSelectElement>(el, `select[name="${name}"]`) ??
      $<HTMLInputElement>(el, `[name="${name}"][value="${value}"]`),
  );
  if (input instanceof HTMLSelectElement) {
    input.value = value;
    input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  } else input.click();
  await el.updateComplete;
}

const stepTitle = (el: Element) => $(el, '#step-title')?.textContent?.trim() ?? '';

/** "Next" on the enrolment form; waits until the next step (or `until`) is on the screen. */
async function nextStep(el: Updating, until?: () => unknown): Promise<void> {
  const before = stepTitle(el);
  $<HTMLButtonElement>(el, 'form button[type="submit"]')!.click();
  await waitFor(until ?? (() => stepTitle(el) && stepTitle(el) !== before), 10_000);
  await el.updateComplete;
}

/** The enrolment form's steps, in order: how many to answer (and go on from) before the state the story shows. */
export type EnrolmentStop = 'about-you' | 'languages' | 'situation' | 'needs' | 'check' | 'errors' | 'sent';

/** Starts an enrolment (the seat is held) and answers the steps before `stop`, as a learner would. */
export async function enrolUpTo(canvas: HTMLElement, stop: EnrolmentStop): Promise<void> {
  const el = await waitFor(() => canvas.querySelector<Updating>('koto-enrolment-form'));
  (await waitFor(() => $<HTMLButtonElement>(el, '#start'), 10_000)).click();
  await waitFor(() => $(el, 'form') && $(el, '.timer') && !$(el, '.timer')!.textContent!.includes('…'), 10_000);
  if (stop === 'about-you') return;
  if (stop === 'errors') return nextStep(el, () => $(el, '[part~="error-summary"]'));
  const year = String(new Date().getFullYear() - 30);
  for (const [name, value] of Object.entries({
    firstName: 'Amina',
    lastName: 'Yusuf',
    dobDay: '15',
    dobMonth: '3',
    dobYear: year,
    phone: '040 123 4567',
    email: 'amina@example.fi',
    streetAddress: 'Kirkkokatu 1 A 2',
    zipcode: '06100',
    city: 'Porvoo',
  }))
    if ($(el, `[name="${name}"]`)) await type(el, name, value);
  await nextStep(el);
  if (stop === 'languages') return;
  await pick(el, 'nativeLanguage', 'ar');
  await pick(el, 'finnishLevel', 'a1');
  await pick(el, 'latinAlphabet', 'yes');
  await type(el, 'schoolYears', '9');
  await nextStep(el);
  if (stop === 'situation') return;
  await pick(el, 'employmentClient', 'yes');
  await pick(el, 'integrationPlan', 'unknown');
  await pick(el, 'timeOfDay', 'daytime');
  await nextStep(el);
  if (stop === 'needs') return;
  await pick(el, 'interpreter', 'yes');
  await pick(el, 'interpreterLanguage', 'ar');
  await nextStep(el);
  if (stop === 'check') return;
  $<HTMLInputElement>(el, '[name="consent"]')!.click();
  await el.updateComplete;
  await nextStep(el, () => $(el, '#done-title'));
}

/** From the booking's first step to the form for the learner's details (first free time). */
export async function chooseFirstFreeTime(canvas: HTMLElement): Promise<Updating> {
  const el = await answerAboutStep(canvas);
  (await waitFor(() => $<HTMLButtonElement>(el, '[part~="slot"]'), 10_000)).click();
  await waitFor(() => $(el, '#name'));
  await el.updateComplete;
  return el;
}

/** Books the first free time and waits for the confirmation. */
export async function bookFirstFreeTime(canvas: HTMLElement): Promise<void> {
  const el = await chooseFirstFreeTime(canvas);
  await type(el, 'name', 'Amina Yusuf');
  await type(el, 'phone', '040 123 4567');
  // Asked for some resources and ways of meeting only.
  if ($(el, '#email')) await type(el, 'email', 'amina@example.fi');
  $<HTMLButtonElement>(el, 'form button[type="submit"]')!.click();
  await waitFor(() => $(el, '[part~="confirmation"]'), 10_000);
}
