import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait.js';
import { nothing } from 'lit';
import ICAL from 'ical.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/guidance-booking.js';
import type { KotoGuidanceBooking } from '../../../src/components/guidance-booking/guidance-booking.component.js';
import { RespaClient, type RespaApi, type ReservationRequest } from '../../../src/api/respa/client.js';
import { mockApi, type MockApi } from '../../helpers/mock.js';

// Monday 1.9.2025 9.00 in Helsinki. porvoo-ohjaus-1 books from the next day on; its
// first free time is Tuesday 2.9. 9.00–9.30.
const NOW = '2025-09-01T06:00:00Z';
const now = () => Date.parse(NOW);
const FIRST_SLOT = { begin: '2025-09-02T09:00:00+03:00', name: 'Tuesday 2.9. 9.00–9.30' };

const $ = <T extends Element = HTMLElement>(el: KotoGuidanceBooking, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: KotoGuidanceBooking, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const heading = (el: KotoGuidanceBooking) => text($(el, '#step-heading'));
const slots = (el: KotoGuidanceBooking) => $$<HTMLButtonElement>(el, 'button.slot');
const slotNamed = (el: KotoGuidanceBooking, name: string) => slots(el).find((b) => text(b) === name);
const buttonNamed = (el: KotoGuidanceBooking, name: string) =>
  $$<HTMLButtonElement>(el, 'button').find((b) => text(b).includes(name));

type MountOptions = { resource?: string; lang?: string; prefill?: Record<string, string>; client?: RespaApi };

/** Puts the element on the page without waiting for it to load (for its loading and error states). */
function place(api: MockApi, options: MountOptions = {}): Promise<KotoGuidanceBooking> {
  return fixture<KotoGuidanceBooking>(
    html`<koto-guidance-booking
      api-base=${options.client ? nothing : api.respa}
      resource=${options.resource ?? 'porvoo-ohjaus-1'}
      lang=${options.lang ?? 'en'}
      .client=${options.client}
      .now=${now}
      .prefill=${options.prefill ?? {}}
    ></koto-guidance-booking>`,
  );
}

async function mount(api: MockApi, options: MountOptions = {}): Promise<KotoGuidanceBooking> {
  const el = await place(api, options);
  await waitUntil(() => $(el, '#step-heading'), 'loaded', { timeout: 5000 });
  return el;
}

async function settle(el: KotoGuidanceBooking): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}

async function about(el: KotoGuidanceBooking, topic = 'before', mode = 'in-person', interpreter = ''): Promise<void> {
  $<HTMLInputElement>(el, `input[name="topic"][value="${topic}"]`)!.click();
  $<HTMLInputElement>(el, `input[name="mode"][value="${mode}"]`)!.click();
  if (interpreter) {
    $<HTMLInputElement>(el, 'input[type="checkbox"]')!.click();
    await el.updateComplete;
    choose(el, 'interpreter', interpreter);
  }
  await el.updateComplete;
  $<HTMLButtonElement>(el, 'form button[type="submit"]')!.click();
  await settle(el);
}

function choose(el: KotoGuidanceBooking, id: string, value: string): void {
  const select = $<HTMLSelectElement>(el, `#${id}`)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

function type(el: KotoGuidanceBooking, id: string, value: string): void {
  const input = $<HTMLInputElement>(el, `#${id}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

async function details(el: KotoGuidanceBooking, values: Record<string, string>): Promise<void> {
  for (const [id, value] of Object.entries(values)) type(el, id, value);
  await el.updateComplete;
}

const submit = (el: KotoGuidanceBooking) => $<HTMLButtonElement>(el, 'form button[type="submit"]')!.click();

/** Picks a free time and waits for the contact step (its code comes on its own, after the first step). */
async function pick(el: KotoGuidanceBooking, slot: HTMLElement): Promise<void> {
  slot.click();
  await waitUntil(() => $(el, '#name'), 'the contact step');
  await el.updateComplete;
}

async function toDetails(el: KotoGuidanceBooking, slotName = FIRST_SLOT.name): Promise<void> {
  await about(el, 'before', 'phone', 'ar');
  await pick(el, slotNamed(el, slotName)!);
}

/** Books the first free time, by phone, and waits for the confirmation. */
async function book(api: MockApi): Promise<KotoGuidanceBooking> {
  const el = await mount(api);
  await toDetails(el);
  await details(el, { name: 'Amina Testinen', phone: '040 111 1111' });
  submit(el);
  await waitUntil(() => heading(el) === 'Your appointment is booked', 'booked');
  return el;
}

/** The fake's Respa, recording every reservation request the element makes. */
function recording(api: MockApi): { client: RespaApi; seen: ReservationRequest[] } {
  const real = new RespaClient({ baseUrl: api.respa });
  const seen: ReservationRequest[] = [];
  const client: RespaApi = {
    getResource: (...args) => real.getResource(...args),
    createReservation: (request, options) => {
      seen.push(request);
      return real.createReservation(request, options);
    },
    cancelReservation: (id, options) => real.cancelReservation(id, options),
  };
  return { client, seen };
}

async function reservationsAt(api: MockApi, resource: string, begin: string) {
  const client = new RespaClient({ baseUrl: api.respa });
  const result = await client.getResource(resource, now(), now() + 14 * 86_400_000);
  if (!result.ok) throw new Error('resource');
  return result.value.reservations.filter((r) => r.begin === Date.parse(begin));
}

describe('<koto-guidance-booking>', () => {
  let api: MockApi;
  beforeEach(async () => {
    api = await mockApi({ now: NOW });
  });

  describe('accessibility in every state', () => {
    it('loading', async () => {
      await api.fault({ path: 'resource/', fault: 'latency=1500' });
      const el = await place(api);
      await el.updateComplete;
      expect(text($(el, '.loading [role="status"]'))).to.equal('Loading free times…');
      await expect(el).to.be.accessible();
    });

    it('loaded: the first step, and the week of free times', async () => {
      const el = await mount(api, { resource: 'porvoo-ohjaus-1,porvoo-ohjaus-2' });
      await expect(el).to.be.accessible();
      $<HTMLInputElement>(el, 'input[name="resource"][value="porvoo-ohjaus-1"]')!.click();
      await about(el);
      expect(heading(el)).to.equal('Choose a time');
      await expect(el).to.be.accessible();
    });

    it('no free times: every day says so', async () => {
      const el = await mount(api, { resource: 'porvoo-ohjaus-3' });
      await about(el);
      expect(slots(el)).to.have.length(0);
      expect(text($(el, '.step'))).to.contain('There are no free times until 14.9.2025.');
      expect($$(el, '.day .none')).to.have.length(5);
      await expect(el).to.be.accessible();
    });

    it('error with a way to try again', async () => {
      await api.fault({ path: 'resource/', fault: 'status=503', times: 3 });
      const el = await place(api);
      await waitUntil(() => $(el, '[part="error"]'), 'error shown', { timeout: 6000 });
      expect(text($(el, '[part="error"]'))).to.contain('The service has a problem right now.');
      await expect(el).to.be.accessible();
      buttonNamed(el, 'Try again')!.click();
      await waitUntil(() => $(el, '#step-heading'), 'loaded after retry');
      expect(heading(el)).to.equal('What is the appointment about?');
    });

    it('after Try again with the keyboard, focus goes to what came, not to the top of the page', async () => {
      await api.fault({ path: 'resource/', fault: 'status=503', times: 6 });
      const el = await place(api);
      await waitUntil(() => buttonNamed(el, 'Try again'), 'error shown', { timeout: 6000 });
      // Fails again: focus stays on the new Try again button.
      buttonNamed(el, 'Try again')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.shadowRoot!.activeElement === buttonNamed(el, 'Try again'), 'focus on the new button', {
        timeout: 6000,
      });
      // Works: focus on the heading of what loaded.
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.shadowRoot!.activeElement?.id === 'step-heading', 'focus on the heading', {
        timeout: 6000,
      });
    });

    it('after Try again ends in an error that cannot be tried again, focus goes to the message', async () => {
      await api.fault({ path: 'resource/', fault: 'status=503', times: 3 });
      await api.fault({ path: 'resource/', fault: 'status=404' });
      const el = await place(api);
      await waitUntil(() => buttonNamed(el, 'Try again'), 'error shown', { timeout: 6000 });
      // Focus stays where it was: the notice is announced as an alert.
      expect($(el, '#load-error')!.getAttribute('role')).to.equal('alert');
      buttonNamed(el, 'Try again')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.shadowRoot!.activeElement?.id === 'load-error', 'focus on the message', {
        timeout: 6000,
      });
      expect(buttonNamed(el, 'Try again')).to.equal(undefined);
      // Heard through focus: as an alert besides, a screen reader says it twice (test/e2e/spoken.e2e.mjs).
      expect($(el, '#load-error')!.getAttribute('role')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('checks a filled-in field when the learner leaves it, then on every change until fixed', async () => {
      const el = await mount(api);
      await toDetails(el);
      const email = $<HTMLInputElement>(el, '#email')!;
      $<HTMLInputElement>(el, '#name')!.dispatchEvent(new Event('blur'));
      await settle(el);
      expect($(el, '#name-error')).to.equal(null);
      await details(el, { email: 'amina@' });
      email.dispatchEvent(new Event('blur'));
      await settle(el);
      expect(text($(el, '#email-error'))).to.equal('Write the e-mail address like this: name@example.com.');
      expect(email.getAttribute('aria-describedby')).to.equal('email-hint email-error');
      await details(el, { email: 'amina@example.com' });
      expect($(el, '#email-error')).to.equal(null);
    });

    it('the form, with its error summary', async () => {
      const el = await mount(api);
      await toDetails(el);
      expect(heading(el)).to.equal('Your contact details');
      await expect(el).to.be.accessible();
      submit(el);
      await settle(el);
      expect(el.shadowRoot!.activeElement?.id).to.equal('error-summary-heading');
      expect($$(el, '.error-summary li').map(text)).to.deep.equal([
        'Enter your name.',
        'Enter your phone number, for example 040 123 4567.',
      ]);
      expect($(el, '#name')!.getAttribute('aria-invalid')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('the confirmation, and after cancelling', async () => {
      const el = await book(api);
      await expect(el).to.be.accessible();
      buttonNamed(el, 'Cancel the appointment')!.click();
      await settle(el);
      await expect(el).to.be.accessible();
      buttonNamed(el, 'Yes, cancel')!.click();
      await waitUntil(() => heading(el) === 'The appointment is cancelled', 'cancelled');
      await expect(el).to.be.accessible();
    });
  });

  describe('the first step', () => {
    it('asks what, how and which interpreter, and will not go on without what and how', async () => {
      const el = await mount(api);
      $<HTMLButtonElement>(el, 'form button[type="submit"]')!.click();
      await settle(el);
      expect($$(el, '.error-summary li').map(text)).to.deep.equal([
        'Choose what the appointment is about.',
        'Choose how you want to meet.',
      ]);
      expect(el.shadowRoot!.activeElement?.id).to.equal('error-summary-heading');
      await about(el, 'during', 'video');
      expect(heading(el)).to.equal('Choose a time');
    });

    it('takes the interpreter’s language from a list, or written when it is not there, and tells the counsellor in Finnish', async () => {
      const { client, seen } = recording(api);
      const el = await mount(api, { client });
      $<HTMLInputElement>(el, 'input[name="topic"][value="after"]')!.click();
      $<HTMLInputElement>(el, 'input[name="mode"][value="phone"]')!.click();
      $<HTMLInputElement>(el, 'input[type="checkbox"]')!.click();
      await el.updateComplete;
      const next = () => $<HTMLButtonElement>(el, 'form button[type="submit"]')!.click();
      next();
      await settle(el);
      expect($$(el, '.error-summary li').map(text)).to.deep.equal(['Choose the language you need.']);
      // The list is named in the interface language; Dari is not in it.
      // Each language also in its own name, for a learner who does not read English or Finnish well.
      const names = $$(el, '#interpreter option').map((o) => text(o).replace(/[\u2068\u2069]/g, ''));
      expect(names).to.include.members(['Arabic – العربية', 'Other language']);
      expect(names.some((n) => n.startsWith('Somali'))).to.equal(true);
      choose(el, 'interpreter', 'other');
      await settle(el);
      next();
      await settle(el);
      expect($$(el, '.error-summary li').map(text)).to.deep.equal(['Write the language you need.']);
      // Choosing from the list after all ends that question; back to "other" asks it again.
      choose(el, 'interpreter', 'ar');
      await settle(el);
      expect($$(el, '.error-summary li').map(text)).to.deep.equal([]);
      choose(el, 'interpreter', 'other');
      await settle(el);
      type(el, 'interpreterOther', 'dari');
      await el.updateComplete;
      await expect(el).to.be.accessible();
      next();
      await settle(el);
      expect(heading(el)).to.equal('Choose a time');
      await pick(el, slotNamed(el, FIRST_SLOT.name)!);
      await details(el, { name: 'Amina Testinen', phone: '040 111 1111' });
      expect(text($(el, 'dl'))).to.contain('Interpreter dari');
      submit(el);
      await waitUntil(() => seen.length === 1, 'booked');
      expect(seen[0]!.eventDescription).to.equal(
        'Aihe: ohjaus koulutuksen jälkeen.\nTapa: puhelu.\nTulkki: muu kieli, asiakkaan kirjoittamana: dari.',
      );
    });

    it('lets the learner pick the service by its localised name, marking a fallback language', async () => {
      const el = await mount(api, { resource: 'porvoo-ohjaus-1, porvoo-ohjaus-2', lang: 'en' });
      const labels = $$(el, 'fieldset#resource label');
      expect(labels.map((l) => text(l.querySelector('span')!.firstElementChild ?? l))).to.have.length(2);
      expect(text(labels[0])).to.contain('Study guidance, integration training');
      // The coach has no English name: the Finnish one is shown and marked as Finnish.
      const fallback = labels[1]!.querySelector('[lang]');
      expect(fallback?.getAttribute('lang')).to.equal('fi');
      expect(text(fallback)).to.equal('Työvalmentaja, työllisyyspalvelut');
    });
  });

  describe('the week view', () => {
    it('names each free time in full and says when a day has nothing free', async () => {
      const el = await mount(api);
      await about(el);
      expect(text($(el, '#week-label'))).to.equal('Week 36: 1.9.–7.9.2025');
      expect(slots(el)[0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(FIRST_SLOT.name);
      // Monday is today (booking opens tomorrow) and Wednesday is closed.
      const days = $$(el, '.day');
      expect(text(days[0]!.querySelector('h4'))).to.equal('Monday 1.9.');
      expect(text(days[0]!.querySelector('.none'))).to.equal('No free times');
      expect(text(days[2]!.querySelector('.none'))).to.equal('No free times');
      // Seeded on Thursday: 13.00–14.00 taken; 12.30 denied, which frees it again.
      expect(
        slots(el)
          .filter((b) => text(b).startsWith('Thursday'))
          .map((b) => text(b).split(' ')[2]),
      ).to.deep.equal(['12.00–12.30', '12.30–13.00', '14.00–14.30', '14.30–15.00', '15.00–15.30', '15.30–16.00']);
    });

    it('moves between weeks, stops at the end of the booking window, and jumps to the first free time', async () => {
      const el = await mount(api, { resource: 'porvoo-ohjaus-2' });
      await about(el);
      // Two days ahead at the earliest: Wednesday 3.9. has the first free time.
      buttonNamed(el, 'Next week')!.click();
      await settle(el);
      expect(text($(el, '#week-label'))).to.equal('Week 37: 8.9.–14.9.2025');
      buttonNamed(el, 'First free time')!.click();
      await settle(el);
      expect(text($(el, '#week-label'))).to.equal('Week 36: 1.9.–7.9.2025');
      expect(text(el.shadowRoot!.activeElement)).to.equal('Wednesday 3.9. 12.30–13.30');
      const next = buttonNamed(el, 'Next week')!;
      for (let i = 0; i < 6; i++) {
        next.click();
        await settle(el);
      }
      // weeks="4" by default, and the coach books 42 days ahead: four weeks.
      expect(text($(el, '#week-label'))).to.equal('Week 39: 22.9.–28.9.2025');
      expect(next.getAttribute('aria-disabled')).to.equal('true');
    });

    it('is used with the keyboard alone: one tab stop, arrows between times, Enter chooses', async () => {
      const el = await mount(api);
      await about(el);
      const focused = () => el.shadowRoot!.activeElement as HTMLElement;
      const press = async (key: string) => {
        await sendKeys({ press: key });
        await settle(el);
      };
      const first = slotNamed(el, FIRST_SLOT.name)!;
      expect(slots(el).filter((b) => b.tabIndex === 0)).to.deep.equal([first]);
      first.focus();
      await press('ArrowDown');
      expect(text(focused())).to.equal('Tuesday 2.9. 9.30–10.00');
      await press('ArrowRight');
      expect(text(focused())).to.match(/^Thursday 4\.9\. /);
      await press('ArrowLeft');
      expect(text(focused())).to.equal('Tuesday 2.9. 9.30–10.00');
      await press('End');
      expect(text(focused())).to.match(/^Friday 5\.9\. /);
      await press('Home');
      expect(text(focused())).to.equal(FIRST_SLOT.name);
      expect(slots(el).filter((b) => b.tabIndex === 0)).to.deep.equal([focused()]);
      await press('Enter');
      expect(heading(el)).to.equal('Your contact details');
      expect(el.shadowRoot!.activeElement?.id).to.equal('step-heading');
      // Back to the times, then the week buttons keep focus when they reach the end.
      buttonNamed(el, 'Change the time')!.click();
      await settle(el);
      const previous = $<HTMLButtonElement>(el, '#previous-week')!;
      previous.focus();
      previous.click();
      await settle(el);
      expect(previous.getAttribute('aria-disabled')).to.equal('true');
      expect(focused()).to.equal(previous);
    });

    it('shows fresh times when the learner comes back to a page left open', async () => {
      const el = await mount(api);
      await about(el);
      expect(slotNamed(el, FIRST_SLOT.name)).to.not.equal(undefined);
      // Meanwhile someone books Thursday at 12.00, and a day passes.
      const other = await new RespaClient({ baseUrl: api.respa }).createReservation({
        resource: 'porvoo-ohjaus-1',
        begin: Date.parse('2025-09-04T12:00:00+03:00'),
        end: Date.parse('2025-09-04T12:30:00+03:00'),
        reserverName: 'Toinen Oppija',
        reserverPhoneNumber: '040 333 3333',
      });
      expect(other.ok).to.equal(true);
      el.now = () => Date.parse('2025-09-02T06:00:00Z');
      document.dispatchEvent(new Event('visibilitychange'));
      await waitUntil(() => !slotNamed(el, 'Thursday 4.9. 12.00–12.30'), 'times fetched again');
      // Tuesday is today now, and booking opens a day ahead.
      expect(slotNamed(el, FIRST_SLOT.name)).to.equal(undefined);
      expect(slotNamed(el, 'Thursday 4.9. 12.30–13.00')).to.not.equal(undefined);
    });

    it('on a narrow screen, where a day’s times run across, the arrows follow the screen too', async () => {
      const el = await mount(api);
      el.style.inlineSize = '20rem';
      await about(el);
      const days = $$(el, '.day');
      const focused = () => el.shadowRoot!.activeElement as HTMLElement;
      slots(el)[0]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      expect(text(focused())).to.equal('Tuesday 2.9. 9.30–10.00');
      await sendKeys({ press: 'ArrowDown' });
      await settle(el);
      expect(focused().closest('.day')).to.equal(days[3]);
      await sendKeys({ press: 'ArrowUp' });
      await settle(el);
      expect(focused().closest('.day')).to.equal(days[1]);
    });

    it('says that the arrow keys move between the times', async () => {
      const el = await mount(api);
      await about(el);
      const week = $(el, '[part="week"]')!;
      const hint = el.shadowRoot!.getElementById(week.getAttribute('aria-describedby') ?? '');
      expect(text(hint)).to.equal('Use the arrow keys to move between the times.');
    });

    it('in a right-to-left language, the arrows follow the mirrored week: left is the next day', async () => {
      const el = await mount(api, { lang: 'ar' });
      await about(el);
      const days = $$(el, '.day');
      const dayOfFocus = () => (el.shadowRoot!.activeElement as HTMLElement).closest('.day');
      slots(el)[0]!.focus();
      expect(dayOfFocus()).to.equal(days[1]);
      await sendKeys({ press: 'ArrowLeft' });
      await settle(el);
      // Wednesday is closed: the next day with free times is Thursday.
      expect(dayOfFocus()).to.equal(days[3]);
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      expect(dayOfFocus()).to.equal(days[1]);
    });
  });

  describe('booking', () => {
    it('takes the slot in Respa and says it is confirmed, with a typed event without personal data', async () => {
      const el = await mount(api);
      await toDetails(el);
      await details(el, { name: 'Amina Testinen', phone: '040 111 1111', message: 'Tarvitsen apua.' });
      const event = oneEvent(el, 'koto-booking-confirmed');
      submit(el);
      const { detail } = await event;
      expect(detail).to.deep.equal({
        reservationId: detail.reservationId,
        resource: 'porvoo-ohjaus-1',
        begin: FIRST_SLOT.begin,
        end: '2025-09-02T09:30:00+03:00',
        state: 'confirmed',
      });
      await settle(el);
      expect(heading(el)).to.equal('Your appointment is booked');
      expect(text($(el, '[part~="confirmation"]'))).to.contain('The time is confirmed.');
      const taken = await reservationsAt(api, 'porvoo-ohjaus-1', FIRST_SLOT.begin);
      expect(taken.map((r) => r.state)).to.deep.equal(['confirmed']);
      expect((await api.state()).reservations).to.equal(1);
    });

    it('explains a request that a person still has to confirm', async () => {
      const el = await mount(api, { resource: 'porvoo-ohjaus-2' });
      await about(el, 'after', 'video');
      await pick(el, slots(el)[0]!);
      // A video call needs an e-mail address; the coach asks for it anyway.
      await details(el, { name: 'Amina Testinen', email: 'amina@example.com' });
      submit(el);
      await waitUntil(() => heading(el) === 'Your request was sent', 'requested');
      expect(text($(el, '[part~="confirmation"]'))).to.contain('The time is not confirmed yet.');
    });

    it('puts the choices into event_description in plain Finnish', async () => {
      const { client, seen } = recording(api);
      const el = await mount(api, { client, lang: 'sv', prefill: { name: 'Amina Testinen', phone: '040 111 1111' } });
      await toDetails(el, 'Tisdag 2.9. 9.00–9.30');
      expect($<HTMLInputElement>(el, '#name')!.value).to.equal('Amina Testinen');
      await details(el, { message: 'Jag behöver hjälp med jobbsökning.' });
      submit(el);
      await waitUntil(() => seen.length === 1 && $(el, '[part~="confirmation"]'), 'booked');
      expect(seen[0]!.eventDescription).to.equal(
        'Aihe: ohjaus ennen koulutusta.\nTapa: puhelu.\nTulkki: arabia.\nAsiakkaan viesti: Jag behöver hjälp med jobbsökning.',
      );
    });

    it('a double click makes one reservation', async () => {
      const el = await mount(api);
      await toDetails(el);
      await details(el, { name: 'Amina Testinen', phone: '040 111 1111' });
      submit(el);
      submit(el);
      await waitUntil(() => heading(el) === 'Your appointment is booked', 'booked');
      const posts = (await api.state()).log.filter((r) => r.method === 'POST' && r.path === 'reservation/');
      expect(posts).to.have.length(1);
      expect((await api.state()).reservations).to.equal(1);
    });

    it('keeps the form on a network fault or a 5xx, and tries again', async () => {
      const el = await mount(api);
      await toDetails(el);
      await details(el, { name: 'Amina Testinen', phone: '040 111 1111' });
      await api.fault({ path: 'reservation/', method: 'POST', fault: 'reset' });
      submit(el);
      await waitUntil(() => $(el, '#submit-error'), 'network error shown');
      expect(text($(el, '#submit-error'))).to.contain('We could not connect.');
      await api.fault({ path: 'reservation/', method: 'POST', fault: 'status=503' });
      submit(el);
      await waitUntil(() => text($(el, '#submit-error')).includes('The service has a problem'), '503 shown');
      expect($<HTMLInputElement>(el, '#name')!.value).to.equal('Amina Testinen');
      expect(text($(el, 'form button[type="submit"]'))).to.equal('Try again');
      await expect(el).to.be.accessible();
      submit(el);
      await waitUntil(() => heading(el) === 'Your appointment is booked', 'booked on retry');
      expect((await api.state()).reservations).to.equal(1);
    });
  });

  describe('refusals and set-up faults', () => {
    it('a refusal that is not a race (the time is still free) is shown as such, and the form stays', async () => {
      const real = new RespaClient({ baseUrl: api.respa });
      // Respa's own words, in the language its answer named: Finnish here, in an English form.
      const words = 'Tämän resurssin aktiivisten varausten enimmäismäärä on ylitetty.';
      const client: RespaApi = {
        getResource: (...args) => real.getResource(...args),
        createReservation: async () => ({
          ok: false,
          error: { kind: 'http', status: 400, body: { messages: [words], fields: {}, lang: 'fi' } },
        }),
        cancelReservation: (id) => real.cancelReservation(id),
      };
      const el = await mount(api, { client });
      await toDetails(el);
      await details(el, { name: 'Amina Testinen', phone: '040 111 1111' });
      submit(el);
      await waitUntil(() => $(el, '#submit-error'), 'refusal shown');
      expect(text($(el, '#submit-error'))).to.contain('We could not book this time.');
      expect(text($(el, '#submit-error [lang="fi"]'))).to.equal(words);
      expect(text($(el, '#submit-error .lang-note'))).to.equal('Language: Finnish');
      expect(heading(el)).to.equal('Your contact details');
      expect($<HTMLInputElement>(el, '#name')!.value).to.equal('Amina Testinen');
    });

    it('without any API base it says booking is not available, without a request', async () => {
      const el = await fixture<KotoGuidanceBooking>(
        html`<koto-guidance-booking resource="porvoo-ohjaus-1" lang="en"></koto-guidance-booking>`,
      );
      await waitUntil(() => $(el, '[part="error"]'), 'set-up message');
      expect(text($(el, '[part="error"]'))).to.contain('Booking is not set up on this page.');
      await expect(el).to.be.accessible();
    });

    it('a failed cancel keeps the booking on screen and offers to try again', async () => {
      const el = await book(api);
      buttonNamed(el, 'Cancel the appointment')!.click();
      await settle(el);
      await api.fault({ path: 'reservation/', method: 'DELETE', fault: 'status=500', times: 3 });
      buttonNamed(el, 'Yes, cancel')!.click();
      await waitUntil(() => $(el, '#cancel-error'), 'cancel error', { timeout: 6000 });
      expect(text($(el, '#cancel-error'))).to.contain('The service has a problem right now.');
      await settle(el);
      expect(el.shadowRoot!.activeElement?.id, 'focus on why').to.equal('cancel-error');
      expect($(el, '#cancel-error')!.getAttribute('role'), 'heard through focus, not also as an alert').to.equal(null);
      await expect(el).to.be.accessible();
      expect(heading(el)).to.equal('Your appointment is booked');
      buttonNamed(el, 'Try again')!.click();
      await waitUntil(() => heading(el) === 'The appointment is cancelled', 'cancelled on retry');
      expect((await api.state()).reservations).to.equal(0);
    });
  });

  describe('two learners racing for one time', () => {
    it('exactly one wins; the other is told plainly, sees fresh times and keeps what they typed', async () => {
      const a = await mount(api);
      const b = await mount(api);
      await toDetails(a);
      await toDetails(b);
      await details(a, { name: 'Amina Testinen', phone: '040 111 1111' });
      await details(b, { name: 'Boris Testinen', phone: '040 222 2222', message: 'Hei' });
      submit(a);
      await waitUntil(() => heading(a) === 'Your appointment is booked', 'a booked');
      submit(b);
      await waitUntil(() => $(b, '#taken-notice'), 'b told');
      expect(text($(b, '#taken-notice'))).to.contain('Someone else booked this time a moment ago.');
      expect(b.shadowRoot!.activeElement?.id).to.equal('taken-notice');
      expect(slotNamed(b, FIRST_SLOT.name)).to.equal(undefined);
      expect((await reservationsAt(api, 'porvoo-ohjaus-1', FIRST_SLOT.begin)).map((r) => r.state)).to.deep.equal([
        'confirmed',
      ]);
      await pick(b, slotNamed(b, 'Tuesday 2.9. 9.30–10.00')!);
      expect($<HTMLInputElement>(b, '#name')!.value).to.equal('Boris Testinen');
      expect($<HTMLTextAreaElement>(b, '#message')!.value).to.equal('Hei');
      submit(b);
      await waitUntil(() => heading(b) === 'Your appointment is booked', 'b booked another');
      expect((await api.state()).reservations).to.equal(2);
    });
  });

  describe('after booking', () => {
    it('offers an .ics file with the same start and end', async () => {
      const el = await mount(api);
      await toDetails(el);
      await details(el, { name: 'Amina Testinen', phone: '040 111 1111' });
      submit(el);
      await waitUntil(() => $(el, 'a[download]'), 'link');
      const link = $<HTMLAnchorElement>(el, 'a[download]')!;
      expect(link.getAttribute('download')).to.match(/\.ics$/);
      const ics = decodeURIComponent(link.href.replace(/^data:text\/calendar;charset=utf-8,/, ''));
      const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
      const event = new ICAL.Event(vevent);
      expect(event.startDate.toJSDate().getTime()).to.equal(Date.parse(FIRST_SLOT.begin));
      expect(event.endDate.toJSDate().getTime()).to.equal(Date.parse('2025-09-02T09:30:00+03:00'));
      expect(event.summary).to.equal('Study guidance, integration training');
    });

    it('cancel frees the slot, with a typed event', async () => {
      const el = await book(api);
      buttonNamed(el, 'Cancel the appointment')!.click();
      await settle(el);
      expect(el.shadowRoot!.activeElement?.id).to.equal('cancel-yes');
      const event = oneEvent(el, 'koto-booking-cancelled');
      buttonNamed(el, 'Yes, cancel')!.click();
      const { detail } = await event;
      expect(detail.state).to.equal('cancelled');
      expect(Object.keys(detail).sort()).to.deep.equal(['begin', 'end', 'reservationId', 'resource', 'state']);
      expect((await api.state()).reservations).to.equal(0);
      // Gone from the resource's reservations: Respa lists only current ones (test/contract/respa-schema.json).
      expect(await reservationsAt(api, 'porvoo-ohjaus-1', FIRST_SLOT.begin)).to.deep.equal([]);
      buttonNamed(el, 'Book a new time')!.click();
      await waitUntil(() => slotNamed(el, FIRST_SLOT.name), 'the slot is free again');
    });
  });

  describe('what the live region says', () => {
    const live = (el: KotoGuidanceBooking) => text($(el, '.booking > [role="status"]'));

    it('says the week while the times are shown, and no longer once a time is chosen', async () => {
      const el = await mount(api);
      await about(el);
      buttonNamed(el, 'Next week')!.click();
      await waitUntil(() => live(el).startsWith('Week 37'), 'the new week is said');
      buttonNamed(el, 'Previous week')!.click();
      await waitUntil(() => live(el).startsWith('Week 36'), 'the week is said again');
      await pick(el, slotNamed(el, FIRST_SLOT.name)!);
      expect(heading(el)).to.not.equal('Choose a time');
      expect(live(el), 'step 3 does not keep saying the week').to.equal('');
    });

    it('does not keep saying “Booking the time…” after the booking is confirmed', async () => {
      const el = await mount(api);
      await toDetails(el);
      await details(el, { name: 'Amina Testinen', phone: '040 111 1111' });
      await api.fault({ path: 'reservation/', method: 'POST', fault: 'latency=400' });
      submit(el);
      await waitUntil(() => live(el) === 'Booking the time…', 'said while booking');
      await waitUntil(() => heading(el) === 'Your appointment is booked', 'booked');
      await settle(el);
      expect(live(el)).to.equal('');
    });
  });

  describe('languages', () => {
    const cases = [
      {
        lang: 'fi',
        heading: 'Mistä haluat puhua?',
        error: 'Valitse, mistä haluat puhua.',
        slot: 'Tiistai 2.9. 9.00–9.30',
        service: 'Opinto-ohjaus',
      },
      {
        lang: 'sv',
        heading: 'Vad vill du prata om?',
        error: 'Välj vad du vill prata om.',
        slot: 'Tisdag 2.9. 9.00–9.30',
        service: 'Studiehandledning',
      },
      {
        lang: 'en',
        heading: 'What is the appointment about?',
        error: 'Choose what the appointment is about.',
        slot: FIRST_SLOT.name,
        service: 'Study guidance',
      },
    ];
    for (const c of cases) {
      it(`speaks ${c.lang}`, async () => {
        const el = await mount(api, { lang: c.lang });
        expect(heading(el)).to.equal(c.heading);
        expect(text($(el, '.step > p:not(.step-count)'))).to.contain(c.service);
        // Messages made in event handlers speak the element's language too.
        $<HTMLButtonElement>(el, 'form button[type="submit"]')!.click();
        await settle(el);
        expect(text($(el, '.error-summary li'))).to.equal(c.error);
        await about(el);
        expect(slotNamed(el, c.slot)).to.not.equal(undefined);
        await expect(el).to.be.accessible();
      });
    }
  });
});
