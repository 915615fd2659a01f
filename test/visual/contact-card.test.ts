import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/contact-card.js';
import type { KotoContactCard } from '../../src/components/contact-card/contact-card.component.js';
import { PtvClient } from '../../src/api/ptv/client.js';
import { mockApiForEachTest, type MockApi } from '../helpers/mock.js';
import {
  applyForcedColorsRules,
  applyTextSpacing,
  hasForcedColorsRule,
  horizontalOverflow,
  smallTargets,
  xOf,
} from './helpers.js';

const EMPLOYMENT = '00000000-0000-4000-8000-000000000001';
const ADULT_EDUCATION = '00000000-0000-4000-8000-000000000002';
const INTEGRATION = '00000000-0000-4000-8000-000000000003';
const ADVICE_LINE = '00000000-0000-4000-8000-000000000005';
// Wednesday 25.3.2026 at 10.00 in Porvoo.
const WEDNESDAY = '2026-03-25T08:00:00Z';

const root = (el: Element) => el.shadowRoot!;
const office = (el: Element, id: string) => root(el).querySelector(`[part~="office"][data-channel="${id}"]`)!;

// Fixtures are the card itself, never a wrapper (a wrapper waits for an animation frame,
// which a background page of Firefox or WebKit does not get).
async function card(api: MockApi, { width = '320px', dir = '', compact = false } = {}): Promise<KotoContactCard> {
  const el = await fixture<KotoContactCard>(
    html`<koto-contact-card
      api-base=${api.ptv}
      channel="${EMPLOYMENT}, ${ADULT_EDUCATION}, ${INTEGRATION}, ${ADVICE_LINE}"
      lang="en"
      dir=${dir || 'ltr'}
      ?compact=${compact}
      style="inline-size: ${width}"
    >
      <koto-contact-person
        name="Etunimi Sukunimi"
        role="Kehittämispäällikkö, kotoutumiskoulutus"
        organisation="Porvoon kansalaisopisto"
        email="etunimi.sukunimi.pitka-osoite@porvoo.fi"
        phone="+358 40 123 4567"
        languages="fi sv en"
      ></koto-contact-person>
    </koto-contact-card>`,
  );
  if (!dir) el.removeAttribute('dir');
  el.now = () => Date.parse(WEDNESDAY);
  await el.updateComplete;
  await waitUntil(() => !root(el).querySelector('.loading'), 'offices loaded', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

describe('contact card: visual and motor adaptations', () => {
  const api = mockApiForEachTest({ now: WEDNESDAY });

  describe('reflows at 320 px, also with the text spacing of WCAG 1.4.12', () => {
    for (const spacing of [false, true])
      for (const compact of [false, true])
        it(`people and offices fit${compact ? ' (compact)' : ''}${spacing ? ' with text spacing' : ''}`, async () => {
          const el = await card(api, { compact });
          if (spacing) applyTextSpacing(el);
          expect(horizontalOverflow(el)).to.deep.equal([]);
        });
  });

  describe('targets big enough for a finger', () => {
    it('phone, e-mail, web and map links are at least 44 px high; every button 44 × 44 px', async () => {
      const el = await card(api);
      expect(smallTargets(el)).to.deep.equal([]);
      expect(smallTargets(el, 44, '.button')).to.deep.equal([]);
      const actions = [...root(el).querySelectorAll('a.action, a.map')].map((a) => a.getBoundingClientRect().height);
      expect(actions.length).to.be.greaterThan(3);
      for (const h of actions) expect(h).to.be.at.least(44);
    });
  });

  describe('right to left', () => {
    it('keeps phone numbers, e-mail addresses, postal codes and hours in reading order', async () => {
      const el = await card(api, { dir: 'rtl' });
      const phone = root(el).querySelector('a[href^="tel:"] bdi[dir="ltr"]')!;
      expect(phone.textContent).to.equal('+358 40 123 4567');
      expect(xOf(phone, '+358')).to.be.lessThan(xOf(phone, '4567'));
      expect(root(el).querySelector('a[href^="mailto:"] bdi[dir="ltr"]')).not.to.equal(null);
      const address = office(el, EMPLOYMENT).querySelector('address bdi[dir="ltr"]')!;
      expect(address.textContent).to.match(/^\d{5}$/);
      const hours = office(el, EMPLOYMENT).querySelector('[part="hours"] li bdi[dir="ltr"]')!;
      const [from, to] = hours.textContent!.split(/[–,]/) as [string, string];
      expect(xOf(hours, from)).to.be.lessThan(xOf(hours, to));
      await expect(el).to.be.accessible();
    });

    it('puts the open/closed mark and the names on the right', async () => {
      const el = await card(api, { dir: 'rtl', width: '50rem' });
      const status = office(el, EMPLOYMENT).querySelector('[part="status"]')!;
      const dot = status.querySelector('.dot')!.getBoundingClientRect();
      const words = status.querySelector('.dot + span')!.getBoundingClientRect();
      expect(dot.left).to.be.at.least(words.right);
    });
  });

  describe('content in another language', () => {
    it('marks an office text that is not in English and says which language it is in', async () => {
      const el = await card(api, { width: '60rem' });
      const notes = [...root(el).querySelectorAll('.lang-note')];
      expect(notes.length).to.be.greaterThan(0);
      for (const note of notes) {
        expect(note.textContent!.trim()).to.match(/^Language: (Finnish|Swedish)/);
        expect(note.closest('[lang]')).to.equal(null);
        const article = note.closest('article')!;
        expect(article.querySelector('.name [lang], p[lang]')).not.to.equal(null);
      }
      // The person's card carries the editor's texts; "Save contact" stays in the interface language.
      expect(root(el).querySelector('article.person')!.hasAttribute('lang')).to.equal(false);
      await expect(el).to.be.accessible();
    });
  });

  describe('forced colours', () => {
    it('has forced-colours rules for cards, the open mark, buttons and focus', async () => {
      const el = await card(api);
      for (const part of ['.card', '.status.open .dot', '.button', ':focus-visible'])
        expect(hasForcedColorsRule(el, part), part).to.equal(true);
    });

    it('shows where focus is when a retry moves it to the first office', async () => {
      await api.fault({ path: 'ServiceChannel/', fault: 'status=503', times: 1 });
      const client = new PtvClient({ baseUrl: api.ptv, retries: 0 });
      const el = await fixture<KotoContactCard>(
        html`<koto-contact-card .client=${client} channel=${EMPLOYMENT} lang="en"></koto-contact-card>`,
      );
      el.now = () => Date.parse(WEDNESDAY);
      await waitUntil(() => root(el).querySelector('[part="retry"]'), 'retry shown', { timeout: 5000 });
      const retry = root(el).querySelector<HTMLElement>('[part="retry"]')!;
      applyForcedColorsRules(el);
      // A keyboard user presses "Try again"; the script moves focus to the office that came.
      retry.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => root(el).activeElement?.matches('.name') ?? false, 'focus on the office name', {
        timeout: 5000,
      });
      const name = root(el).activeElement!;
      const style = getComputedStyle(name);
      expect(style.outlineStyle, 'outline-style').not.to.equal('none');
      expect(parseFloat(style.outlineWidth), 'outline-width').to.be.at.least(2);
    });
  });
});
