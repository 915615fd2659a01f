import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define/guidance-booking.js';
import type { KotoGuidanceBooking } from '../../src/components/guidance-booking/guidance-booking.component.js';
import { mockApi, mockApiForEachTest, type MockApi } from '../helpers/mock.js';
import {
  applyTextSpacing,
  hasForcedColorsRule,
  horizontalOverflow,
  isChromium,
  mediaRuleSelectors,
  smallTargets,
  xOf,
} from './helpers.js';

// Monday 1.9.2025 9.00 in Helsinki; the first free time is Tuesday 2.9. 9.00–9.30.
const now = () => Date.parse('2025-09-01T06:00:00Z');
const $ = <T extends Element = HTMLElement>(el: KotoGuidanceBooking, s: string) => el.shadowRoot!.querySelector<T>(s)!;

async function mount(
  api: MockApi,
  { width = '320px', dir = '', resource = 'porvoo-ohjaus-1', lang = 'en' } = {},
): Promise<KotoGuidanceBooking> {
  const el = await fixture<KotoGuidanceBooking>(
    html`<koto-guidance-booking
      api-base=${api.respa}
      resource=${resource}
      lang=${lang}
      dir=${dir || 'ltr'}
      style="inline-size: ${width}"
      .now=${now}
    ></koto-guidance-booking>`,
  );
  if (!dir) el.removeAttribute('dir');
  await waitUntil(() => el.shadowRoot!.querySelector('#step-heading'), 'loaded', { timeout: 5000 });
  return el;
}

async function toWeek(el: KotoGuidanceBooking): Promise<void> {
  el.shadowRoot!.querySelector<HTMLInputElement>('input[name="resource"]')?.click();
  $<HTMLInputElement>(el, 'input[name="topic"][value="before"]').click();
  $<HTMLInputElement>(el, 'input[name="mode"][value="phone"]').click();
  await el.updateComplete;
  $<HTMLButtonElement>(el, 'form button[type="submit"]').click();
  await waitUntil(() => el.shadowRoot!.querySelector('button.slot'), 'the week is shown', { timeout: 5000 });
}

async function toDetails(el: KotoGuidanceBooking): Promise<void> {
  await toWeek(el);
  $<HTMLButtonElement>(el, 'button.slot').click();
  await waitUntil(() => el.shadowRoot!.querySelector('#phone'), 'the details step', { timeout: 5000 });
}

describe('guidance booking: visual and motor adaptations', () => {
  const api = mockApiForEachTest();

  describe('reflows at 320 px, also with the text spacing of WCAG 1.4.12', () => {
    for (const spacing of [false, true]) {
      it(`every step fits${spacing ? ' with text spacing' : ''}`, async () => {
        const el = await mount(api);
        if (spacing) applyTextSpacing(el);
        expect(horizontalOverflow(el), 'about').to.deep.equal([]);
        await toWeek(el);
        expect(horizontalOverflow(el), 'week').to.deep.equal([]);
        $<HTMLButtonElement>(el, 'button.slot').click();
        await waitUntil(() => el.shadowRoot!.querySelector('#phone'), 'details', { timeout: 5000 });
        expect(horizontalOverflow(el), 'details').to.deep.equal([]);
      });
    }
  });

  describe('targets big enough for a finger', () => {
    it('every control is at least 24 × 24 px and every button 44 × 44 px', async () => {
      const el = await mount(api, { resource: 'porvoo-ohjaus-1,porvoo-ohjaus-2' });
      expect(smallTargets(el)).to.deep.equal([]);
      expect(smallTargets(el, 44, '.button')).to.deep.equal([]);
      await toWeek(el);
      expect(smallTargets(el)).to.deep.equal([]);
      expect(smallTargets(el, 44, '.button, .slot')).to.deep.equal([]);
      $<HTMLButtonElement>(el, 'button.slot').click();
      await waitUntil(() => el.shadowRoot!.querySelector('#phone'), 'details', { timeout: 5000 });
      expect(smallTargets(el)).to.deep.equal([]);
      expect(smallTargets(el, 44, '.button')).to.deep.equal([]);
    });
  });

  describe('right to left', () => {
    it('mirrors the week: "next" is to the left of "previous", the first day on the right', async () => {
      const el = await mount(api, { dir: 'rtl', width: '60rem' });
      await expect(el).to.be.accessible();
      await toWeek(el);
      const previous = $(el, '#previous-week').getBoundingClientRect();
      const next = $(el, '#next-week').getBoundingClientRect();
      expect(next.right).to.be.at.most(previous.left);
      const days = [...el.shadowRoot!.querySelectorAll('.day')].map((d) => d.getBoundingClientRect());
      expect(days[0]!.left).to.be.greaterThan(days[1]!.left);
      // The day's rule sits on its inline start: the right.
      const day = getComputedStyle(el.shadowRoot!.querySelector('.day')!);
      expect(day.borderRightWidth).to.equal('1px');
      expect(day.borderLeftWidth).to.equal('0px');
      await expect(el).to.be.accessible();
    });

    it('mirrors the chevrons', async () => {
      const ltr = await mount(api, { width: '60rem' });
      await toWeek(ltr);
      const rtl = await mount(await mockApi(), { dir: 'rtl', width: '60rem' });
      await toWeek(rtl);
      const transform = (el: KotoGuidanceBooking, id: string) =>
        getComputedStyle(el.shadowRoot!.querySelector(`#${id} .chevron`)!).transform;
      expect(transform(ltr, 'previous-week')).to.equal('none');
      expect(transform(ltr, 'next-week')).not.to.equal('none');
      expect(transform(rtl, 'previous-week')).not.to.equal('none');
      expect(transform(rtl, 'next-week')).to.equal('none');
    });

    it('keeps times and dates in reading order', async () => {
      const el = await mount(api, { dir: 'rtl' });
      await toWeek(el);
      const slot = $(el, 'button.slot');
      const bdi = slot.querySelector('bdi[dir="ltr"]')!;
      expect(bdi.textContent).to.equal('9.00–9.30');
      expect(xOf(bdi, '9.00')).to.be.lessThan(xOf(bdi, '9.30'));
      const week = $(el, '#week-label');
      expect(xOf(week, '1.9.')).to.be.lessThan(xOf(week, '7.9.2025'));
    });

    it('keeps the phone number field left to right, aligned with the others', async () => {
      const el = await mount(api, { dir: 'rtl' });
      await toDetails(el);
      const phone = getComputedStyle($(el, '#phone'));
      expect(phone.direction).to.equal('ltr');
      expect(phone.textAlign).to.equal('right');
      await expect(el).to.be.accessible();
    });
  });

  describe('content in another language', () => {
    it('marks it and says which language it is in', async () => {
      const el = await mount(api, { resource: 'porvoo-ohjaus-1,porvoo-ohjaus-2' });
      const labels = [...el.shadowRoot!.querySelectorAll('label.choice')].slice(0, 2);
      expect(labels[0]!.querySelector('.lang-note')).to.equal(null);
      expect(labels[1]!.querySelector('[lang="fi"]')!.textContent).to.equal('Työvalmentaja, työllisyyspalvelut');
      const note = labels[1]!.querySelector('.lang-note')!;
      expect(note.textContent!.trim()).to.equal('Language: Finnish');
      expect(note.closest('[lang]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('forced colours and reduced motion', () => {
    it('has forced-colours rules for slots, disabled buttons and focus', async () => {
      const el = await mount(api);
      for (const part of ['.slot', ".button[aria-disabled='true']", ':focus-visible', '.notice', '.skeleton'])
        expect(hasForcedColorsRule(el, part), part).to.equal(true);
    });

    it('stops the loading shimmer when the learner asks for less motion', async () => {
      if (!isChromium()) {
        // Only Chromium emulates the media feature here: check that the rule is there.
        const el = await mount(api);
        expect(mediaRuleSelectors(el, 'prefers-reduced-motion: reduce').some((s) => /^\*(,|$)/.test(s))).to.equal(true);
        return;
      }
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        const el = await mount(api);
        const probe = document.createElement('div');
        probe.className = 'skeleton';
        el.shadowRoot!.append(probe);
        expect(getComputedStyle(probe).animationName).to.equal('none');
        probe.remove();
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });
  });
});
