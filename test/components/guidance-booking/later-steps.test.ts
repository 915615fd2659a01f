/**
 * The booking's later steps come as code of their own (later-steps.ts, through LazyModule).
 * When that code cannot load (offline, the file gone from the server), the learner is told
 * so and can try again, instead of reading "Loading…" for ever.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait.js';
import '../../../src/define/guidance-booking.js';
import type { KotoGuidanceBooking } from '../../../src/components/guidance-booking/guidance-booking.component.js';
import { mockApi, type MockApi } from '../../helpers/mock.js';

const NOW = Date.parse('2025-09-01T06:00:00Z');
const $ = <T extends HTMLElement = HTMLElement>(el: KotoGuidanceBooking, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * The booking, its later code failing `failures` times (the load from the first step, then
 * the learner's), then loading (`hang`: on its way for ever).
 */
async function bookingWithoutLaterCode(api: MockApi, failures: number, lang = 'en', hang = false) {
  const el = document.createElement('koto-guidance-booking') as KotoGuidanceBooking;
  const later = (el as unknown as { later: { importer: () => Promise<unknown> } }).later;
  const real = later.importer;
  let calls = 0;
  later.importer = () =>
    ++calls <= failures
      ? Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
      : hang
        ? new Promise(() => {})
        : real();
  el.setAttribute('api-base', api.respa);
  el.setAttribute('resource', 'porvoo-ohjaus-1');
  el.setAttribute('lang', lang);
  el.now = () => NOW;
  await fixture(html`<div>${el}</div>`);
  await waitUntil(() => $(el, '#step-heading'), 'the first step', { timeout: 5000 });
  $(el, 'input[name="topic"][value="before"]')!.click();
  $(el, 'input[name="mode"][value="in-person"]')!.click();
  await el.updateComplete;
  $(el, 'form button[type="submit"]')!.click();
  await waitUntil(() => $(el, 'button.slot'), 'the times');
  $(el, 'button.slot')!.click();
  return { el, calls: () => calls };
}

describe('<koto-guidance-booking> when its later steps’ code cannot load', () => {
  let api: MockApi;
  beforeEach(async () => {
    api = await mockApi({ now: '2025-09-01T06:00:00Z' });
  });

  it('says so in plain words with "Try again", which loads the contact step', async () => {
    const { el, calls } = await bookingWithoutLaterCode(api, 2);
    await waitUntil(() => $(el, '#code-error'), 'the message');
    expect(text($(el, '#code-error'))).to.contain('Check your internet connection and try again.');
    expect(text($(el, '#code-error'))).to.contain('reload the page');
    expect(text(el.shadowRoot!.querySelector('.booking'))).to.not.contain('Loading…');
    await expect(el).to.be.accessible();
    $(el, '#code-retry')!.click();
    await waitUntil(() => $(el, '#name'), 'the contact step');
    expect(calls()).to.equal(3);
    expect(el.shadowRoot!.activeElement?.id, 'focus on the step that came').to.equal('step-heading');
  });

  it('a keyboard "Try again" that fails again leaves focus on the new "Try again", not on the page', async () => {
    const { el, calls } = await bookingWithoutLaterCode(api, 3);
    const later = (el as unknown as { later: { failed: boolean } }).later;
    await waitUntil(() => $(el, '#code-retry'), 'the message');
    $(el, '#code-retry')!.focus();
    $(el, '#code-retry')!.click();
    await waitUntil(
      () => calls() === 3 && later.failed && el.shadowRoot!.activeElement?.id === 'code-retry',
      'focus on the new "Try again"',
    );
    expect(document.activeElement).to.equal(el);
  });

  it('tries again by itself when the learner goes on, after a failure on the first step', async () => {
    const { el, calls } = await bookingWithoutLaterCode(api, 1);
    await waitUntil(() => $(el, '#name'), 'the contact step');
    expect(calls()).to.equal(2);
  });

  it('in Finnish too, the message and the loading line (strings of the shared part the booking loads)', async () => {
    const { el } = await bookingWithoutLaterCode(api, 2, 'fi', true);
    await waitUntil(() => $(el, '#code-error'), 'the message');
    expect(text($(el, '#code-error'))).to.contain(
      'Tarkista internetyhteys ja yritä uudelleen. Jos se ei vieläkään toimi, lataa sivu uudelleen.',
    );
    $(el, '#code-retry')!.click();
    await waitUntil(() => !$(el, '#code-error'), 'loading again');
    expect(text($(el, '.booking [role="status"]:not(.visually-hidden)'))).to.equal('Ladataan…');
  });
});
