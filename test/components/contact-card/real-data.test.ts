import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait.js';
import '../../../src/define/contact-card.js';
import type { KotoContactCard } from '../../../src/components/contact-card/contact-card.component.js';
import { mockApi } from '../../helpers/mock.js';

const EMPLOYMENT = '00000000-0000-4000-8000-000000000001';
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function card(lang: string): Promise<KotoContactCard> {
  const api = await mockApi({ now: '2026-03-25T08:00:00Z', quirks: ['phone-languages'] });
  const el = await fixture<KotoContactCard>(
    html`<koto-contact-card api-base=${api.ptv} channel=${EMPLOYMENT} lang=${lang}></koto-contact-card>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelector('[part~="office"] a[href^="tel:"]'), 'the office', {
    timeout: 10_000,
  });
  await el.updateComplete;
  return el;
}

const phoneItems = (el: KotoContactCard) =>
  [...el.shadowRoot!.querySelectorAll('[part~="office"] a[href^="tel:"]')].map((a) => a.closest('li')!);

describe('<koto-contact-card> on real-shaped data: phone numbers by language (src/mock/QUIRKS.md)', function () {
  this.timeout(30_000);

  it('a number given only in Swedish is shown on the Finnish page, marked with its language', async () => {
    const el = await card('fi');
    const free = phoneItems(el).find((li) => li.querySelector('a[href="tel:+358800123456"]'));
    expect(free, 'the Swedish-only 0800 line').to.not.equal(undefined);
    expect(free!.querySelector('a')!.getAttribute('lang')).to.equal('sv');
    expect(text(free!.querySelector('.phone-lang'))).to.equal('Kieli: ruotsi');
    // The Finnish numbers are there too, unmarked.
    expect(phoneItems(el).some((li) => !li.querySelector('.phone-lang'))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it("on the Swedish page the same line is the page language's: not marked, and the Finnish numbers still show", async () => {
    const el = await card('sv');
    const items = phoneItems(el);
    const free = items.find((li) => li.querySelector('a[href="tel:+358800123456"]'))!;
    expect(free.querySelector('.phone-lang')).to.equal(null);
    expect(items.length).to.be.greaterThan(1);
  });
});
