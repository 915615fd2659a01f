import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/enrolment-form.js';
import type { KotoEnrolmentForm } from '../../src/components/enrolment-form/enrolment-form.component.js';
import { mockApiForEachTest, type MockApi } from '../helpers/mock.js';
import { $, COURSE, fillAll, next, send, sent, start, waitUntil } from '../components/enrolment-form/helpers.js';
import { applyTextSpacing, hasForcedColorsRule, horizontalOverflow, smallTargets, xOf } from './helpers.js';

async function form(api: MockApi, { width = '320px', dir = '', lang = 'en' } = {}): Promise<KotoEnrolmentForm> {
  const el = await fixture<KotoEnrolmentForm>(
    html`<koto-enrolment-form
      api-base=${api.linkedEvents}
      event=${COURSE.open}
      lang=${lang}
      privacy-href="/tietosuoja"
      catalogue-href="#courses"
      dir=${dir || 'ltr'}
      style="inline-size: ${width}"
    ></koto-enrolment-form>`,
  );
  if (!dir) el.removeAttribute('dir');
  // The course shows first; "Start" comes with its registration (issue 18).
  await waitUntil(() => !$(el, '.loading') && !$(el, '.checking'), 'the course and its registration load');
  await el.updateComplete;
  return el;
}

describe('enrolment form: visual and motor adaptations', () => {
  const api = mockApiForEachTest();

  describe('reflows at 320 px, also with the text spacing of WCAG 1.4.12', () => {
    for (const spacing of [false, true]) {
      it(`the start, a step with errors, the review and the confirmation fit${spacing ? ' with text spacing' : ''}`, async function () {
        this.timeout(20_000);
        const el = await form(api);
        if (spacing) applyTextSpacing(el);
        expect(horizontalOverflow(el), 'start').to.deep.equal([]);
        await start(el);
        expect(horizontalOverflow(el), 'step 1').to.deep.equal([]);
        await next(el);
        await waitUntil(() => $(el, '.error-summary'), 'errors shown');
        expect(horizontalOverflow(el), 'errors').to.deep.equal([]);
        await fillAll(el);
        expect(horizontalOverflow(el), 'review').to.deep.equal([]);
        await send(el);
        await waitUntil(() => sent(el), 'sent');
        expect(horizontalOverflow(el), 'sent').to.deep.equal([]);
      });
    }
  });

  describe('targets big enough for a finger', () => {
    it('every control is at least 24 × 24 px, every button 44 × 44 px', async function () {
      this.timeout(20_000);
      const el = await form(api);
      expect(smallTargets(el)).to.deep.equal([]);
      expect(smallTargets(el, 44, '.button')).to.deep.equal([]);
      await start(el);
      expect(smallTargets(el)).to.deep.equal([]);
      expect(smallTargets(el, 44, '.button')).to.deep.equal([]);
      await fillAll(el);
      expect(smallTargets(el)).to.deep.equal([]);
      expect(smallTargets(el, 44, '.button')).to.deep.equal([]);
    });
  });

  describe('right to left', () => {
    it('mirrors the steps and the error summary, keeps dates and phone numbers left to right', async function () {
      this.timeout(20_000);
      const el = await form(api, { dir: 'rtl', width: '40rem' });
      const dates = $(el, '.facts dd bdi[dir="ltr"]')!;
      const [first, last] = dates.textContent!.split('–') as [string, string];
      expect(xOf(dates, first)).to.be.lessThan(xOf(dates, last));
      await expect(el).to.be.accessible();
      await start(el);
      const steps = [...el.shadowRoot!.querySelectorAll('[part~="steps"] li')].map((li) => li.getBoundingClientRect());
      expect(steps[0]!.left).to.be.greaterThan(steps[1]!.left);
      const phone = getComputedStyle($(el, '[name="phone"]')!);
      expect(phone.direction).to.equal('ltr');
      await next(el);
      await waitUntil(() => $(el, '.error-summary'), 'errors shown');
      const list = getComputedStyle($(el, '.error-summary ul')!);
      expect(list.paddingRight).not.to.equal('0px');
      expect(list.paddingLeft).to.equal('0px');
      await expect(el).to.be.accessible();
    });
  });

  describe('right to left on a left-to-right page', () => {
    it('an Arabic form does not make the page wider', async function () {
      this.timeout(20_000);
      const page = document.documentElement;
      const el = await form(api, { lang: 'ar' });
      expect(el.getAttribute('dir')).to.equal('rtl');
      $<HTMLButtonElement>(el, '#start')!.click();
      await waitUntil(() => $(el, 'form'), 'the form opens');
      await el.updateComplete;
      expect(page.scrollWidth, 'page width').to.be.at.most(page.clientWidth + 1);
      expect(horizontalOverflow(el)).to.deep.equal([]);
    });
  });

  describe('content in another language', () => {
    it('marks a course name only in Finnish and says so in the interface language', async () => {
      await api.putEvent({ id: COURSE.open, name: { fi: 'Kotoutumiskoulutus, peruspolku' } });
      const el = await form(api);
      const title = $(el, '#course-title')!;
      expect(title.getAttribute('lang')).to.equal('fi');
      const note = $(el, '.lang-note')!;
      expect(note.textContent!.trim()).to.equal('Language: Finnish');
      expect(note.closest('[lang]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('leaves out the note and the lang when the texts are in the interface language', async () => {
      const el = await form(api, { lang: 'fi' });
      expect($(el, '#course-title')!.hasAttribute('lang')).to.equal(false);
      expect(!!$(el, '.lang-note')).to.equal(false);
    });
  });

  describe('forced colours', () => {
    it('has forced-colours rules for the current step, the error summary, buttons and focus', async () => {
      const el = await form(api);
      for (const part of [
        '.steps .current .step-number',
        '.error-summary',
        ".button[aria-disabled='true']",
        ':focus-visible',
      ])
        expect(hasForcedColorsRule(el, part), part).to.equal(true);
    });
  });
});
