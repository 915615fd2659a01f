/**
 * Wherever the booking tells a learner to phone or e-mail the adult education centre (no
 * free times, a refused time, a booking or a cancel not allowed), it gives the number and
 * the address of `contact-phone` and `contact-email` as links, or the page's `contact`
 * slot; without them it says the same sentence and shows no empty links.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { waitUntil } from '../../helpers/wait.js';
import '../../../src/define/guidance-booking.js';
import type { KotoGuidanceBooking } from '../../../src/components/guidance-booking/guidance-booking.component.js';
import { RespaClient, type RespaApi } from '../../../src/api/respa/client.js';
import { mockApi, type MockApi } from '../../helpers/mock.js';

const NOW = '2025-09-01T06:00:00Z';
const now = () => Date.parse(NOW);

const $ = <T extends Element = HTMLElement>(el: KotoGuidanceBooking, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const heading = (el: KotoGuidanceBooking) => text($(el, '#step-heading'));
const links = (root: ParentNode | null) =>
  [...(root?.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"], a[href^="mailto:"]') ?? [])].map((a) => [
    a.getAttribute('href'),
    a.textContent!.trim(),
  ]);

const CONTACT = [
  ['tel:0195200000', '019 520 0000'],
  ['mailto:kansalaisopisto@porvoo.fi', 'kansalaisopisto@porvoo.fi'],
];

type Options = { resource?: string; lang?: string; client?: RespaApi; contact?: boolean };

function place(api: MockApi, o: Options = {}): Promise<KotoGuidanceBooking> {
  const contact = o.contact ?? true;
  return fixture<KotoGuidanceBooking>(
    html`<koto-guidance-booking
      api-base=${o.client ? nothing : api.respa}
      resource=${o.resource ?? 'porvoo-ohjaus-1'}
      lang=${o.lang ?? 'en'}
      contact-phone=${contact ? '019 520 0000' : nothing}
      contact-email=${contact ? 'kansalaisopisto@porvoo.fi' : nothing}
      .client=${o.client}
      .now=${now}
    ></koto-guidance-booking>`,
  );
}

async function mount(api: MockApi, o: Options = {}): Promise<KotoGuidanceBooking> {
  const el = await place(api, o);
  await waitUntil(() => $(el, '#step-heading'), 'loaded', { timeout: 5000 });
  return el;
}

async function toTimes(el: KotoGuidanceBooking): Promise<void> {
  $<HTMLInputElement>(el, 'input[name="topic"][value="before"]')!.click();
  $<HTMLInputElement>(el, 'input[name="mode"][value="phone"]')!.click();
  await el.updateComplete;
  $<HTMLButtonElement>(el, 'form button[type="submit"]')!.click();
  await waitUntil(() => $(el, '#previous-week'), 'the times');
}

/** Picks the first free time, fills in the contact step and books. */
async function bookFirst(el: KotoGuidanceBooking): Promise<void> {
  await toTimes(el);
  $<HTMLButtonElement>(el, 'button.slot')!.click();
  await waitUntil(() => $(el, '#name'), 'the contact step');
  for (const [id, value] of [
    ['name', 'Amina Testinen'],
    ['phone', '040 111 1111'],
  ]) {
    const input = $<HTMLInputElement>(el, `#${id}`)!;
    input.value = value!;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
  await el.updateComplete;
  $<HTMLButtonElement>(el, 'form button[type="submit"]')!.click();
}

/** Respa refusing every booking with `status` (400: the time; 403: not allowed). */
function refusing(api: MockApi, status: number): RespaApi {
  const real = new RespaClient({ baseUrl: api.respa });
  return {
    getResource: (...args) => real.getResource(...args),
    createReservation: async () => ({
      ok: false,
      error: { kind: 'http', status, body: { messages: [], fields: {} } },
    }),
    cancelReservation: (id) => real.cancelReservation(id),
  };
}

describe('<koto-guidance-booking> says how to reach the centre (contact-phone, contact-email)', function () {
  this.timeout(30_000);
  let api: MockApi;
  beforeEach(async () => {
    api = await mockApi({ now: NOW });
  });

  it('no free times: the links under "contact the adult education centre by phone or e-mail"', async () => {
    const el = await mount(api, { resource: 'porvoo-ohjaus-3' });
    await toTimes(el);
    const notice = [...el.shadowRoot!.querySelectorAll('.notice')].find((n) =>
      text(n).includes('There are no free times'),
    )!;
    expect(text(notice)).to.contain('Try again later, or contact the adult education centre by phone or e-mail.');
    expect(links(notice)).to.deep.equal(CONTACT);
    expect(notice.querySelector('[part="contact"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('a refused time: the links under "Choose another time, or contact…"', async () => {
    const el = await mount(api, { client: refusing(api, 400) });
    await bookFirst(el);
    await waitUntil(() => $(el, '#submit-error'), 'refusal shown');
    expect(text($(el, '#submit-error'))).to.contain('Choose another time, or contact the adult education centre');
    expect(links($(el, '#submit-error'))).to.deep.equal(CONTACT);
    await expect(el).to.be.accessible();
  });

  it('a booking not allowed (403): the links under "Call or e-mail the adult education centre"', async () => {
    const el = await mount(api, { client: refusing(api, 403) });
    await bookFirst(el);
    await waitUntil(() => $(el, '#submit-error'), 'failure shown');
    expect(text($(el, '#submit-error'))).to.contain('Call or e-mail the adult education centre.');
    expect(links($(el, '#submit-error'))).to.deep.equal(CONTACT);
    await expect(el).to.be.accessible();
  });

  it('times not allowed to load (401): the links in the message', async () => {
    await api.fault({ path: 'resource/', fault: 'status=401' });
    const el = await place(api);
    await waitUntil(() => $(el, '#load-error'), 'error shown', { timeout: 6000 });
    expect(text($(el, '#load-error'))).to.contain('Call or e-mail the adult education centre.');
    expect(links($(el, '#load-error'))).to.deep.equal(CONTACT);
    await expect(el).to.be.accessible();
  });

  it('a cancel not allowed (403): the links in the message; a passing fault (500) says to try again, without them', async () => {
    const el = await mount(api);
    await bookFirst(el);
    await waitUntil(() => heading(el) === 'Your appointment is booked', 'booked');
    const button = (name: string) =>
      [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b).includes(name))!;
    button('Cancel the appointment').click();
    await el.updateComplete;
    await api.fault({ path: 'reservation/', method: 'DELETE', fault: 'status=403' });
    button('Yes, cancel').click();
    await waitUntil(() => $(el, '#cancel-error'), 'cancel error', { timeout: 6000 });
    expect(text($(el, '#cancel-error'))).to.contain('Call or e-mail the adult education centre.');
    expect(links($(el, '#cancel-error'))).to.deep.equal(CONTACT);
    await expect(el).to.be.accessible();
    await api.fault({ path: 'reservation/', method: 'DELETE', fault: 'status=500', times: 3 });
    button('Try again').click();
    await waitUntil(() => text($(el, '#cancel-error')).includes('The service has a problem'), '500', { timeout: 6000 });
    expect(links($(el, '#cancel-error'))).to.deep.equal([]);
  });

  it('keep their left-to-right order in an Arabic booking', async () => {
    const el = await mount(api, { resource: 'porvoo-ohjaus-3', lang: 'ar' });
    await toTimes(el);
    const found = [...$(el, '[part="contact"]')!.querySelectorAll('a')];
    expect(found).to.have.length(2);
    for (const a of found) expect(a.querySelector('bdi[dir="ltr"]'), a.textContent!).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('the page may put its own contact details in the "contact" slot instead', async () => {
    const el = await mount(api, { resource: 'porvoo-ohjaus-3' });
    const own = document.createElement('p');
    own.slot = 'contact';
    own.textContent = 'Neuvonta, ma–pe 9–15';
    el.append(own);
    await toTimes(el);
    const slot = $<HTMLSlotElement>(el, 'slot[name="contact"]')!;
    expect(slot.assignedElements()).to.deep.equal([own]);
    await expect(el).to.be.accessible();
  });

  it('without contact details, says the same sentence and shows no empty links', async () => {
    const el = await mount(api, { resource: 'porvoo-ohjaus-3', contact: false });
    await toTimes(el);
    expect(text($(el, '.step'))).to.contain(
      'Try again later, or contact the adult education centre by phone or e-mail.',
    );
    expect(links(el.shadowRoot!)).to.deep.equal([]);
    expect($(el, '[part="contact"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
