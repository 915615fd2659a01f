import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import '../../src/define/course-catalogue.js';
import type { KotoCourseCatalogue } from '../../src/components/course-catalogue/course-catalogue.component.js';
import { mockApiForEachTest, type MockApi } from '../helpers/mock.js';
import { applyTextSpacing, hasForcedColorsRule, horizontalOverflow, smallTargets, xOf } from './helpers.js';

const root = (el: KotoCourseCatalogue) => el.shadowRoot!;
const cards = (el: KotoCourseCatalogue) => [...root(el).querySelectorAll<HTMLElement>('li.card')];

async function catalogue(
  api: MockApi,
  { width = '320px', dir = '', pageSize = '4', lang = 'en' } = {},
): Promise<KotoCourseCatalogue> {
  const el = await fixture<KotoCourseCatalogue>(
    html`<koto-course-catalogue
      api-base=${api.linkedEvents}
      lang=${lang}
      page-size=${pageSize}
      enrol-href="#enrol-{id}"
      dir=${dir || 'ltr'}
      style="inline-size: ${width}"
    ></koto-course-catalogue>`,
  );
  if (!dir) el.removeAttribute('dir');
  await waitUntil(
    () => !root(el).querySelector('.skeleton-card, [aria-busy="true"]') && root(el).querySelector('.list, .notice'),
    'loaded',
    { timeout: 5000 },
  );
  return el;
}

async function expandFirst(el: KotoCourseCatalogue): Promise<void> {
  root(el).querySelector<HTMLButtonElement>('[part="details-button"]')!.click();
  await waitUntil(() => root(el).querySelector('.details h4'), 'details open', { timeout: 5000 });
  await waitUntil(() => !root(el).querySelector('.details .muted'), 'description loaded', { timeout: 5000 });
}

describe('course catalogue: visual and motor adaptations', () => {
  const api = mockApiForEachTest();

  describe('reflows at 320 px, also with the text spacing of WCAG 1.4.12', () => {
    for (const spacing of [false, true]) {
      it(`the search, the filters, the cards and an open card fit${spacing ? ' with text spacing' : ''}`, async () => {
        const el = await catalogue(api);
        if (spacing) applyTextSpacing(el);
        expect(horizontalOverflow(el)).to.deep.equal([]);
        await expandFirst(el);
        expect(horizontalOverflow(el)).to.deep.equal([]);
      });
    }
  });

  describe('targets big enough for a finger', () => {
    it('every control is at least 24 × 24 px, every button 44 × 44 px', async () => {
      const el = await catalogue(api);
      await expandFirst(el);
      expect(smallTargets(el)).to.deep.equal([]);
      expect(smallTargets(el, 44, '.button')).to.deep.equal([]);
    });
  });

  describe('right to left', () => {
    it('mirrors the card: labels on the right, "Apply" to the left of "More information"', async () => {
      const el = await catalogue(api, { dir: 'rtl', width: '50rem', pageSize: '12' });
      const card = cards(el).find((c) => c.querySelector('[part="apply"]'))!;
      const apply = card.querySelector('[part="apply"]')!.getBoundingClientRect();
      const more = card.querySelector('[part="details-button"]')!.getBoundingClientRect();
      expect(apply.right).to.be.at.most(more.left);
      const row = card.querySelector('.row')!;
      expect(row.querySelector('dt')!.getBoundingClientRect().left).to.be.greaterThan(
        row.querySelector('dd')!.getBoundingClientRect().left,
      );
      await expect(el).to.be.accessible();
    });

    it('keeps dates and times in reading order', async () => {
      const el = await catalogue(api, { dir: 'rtl' });
      // Measured where a learner reads it: in view and painted. (Cards out of view skip layout,
      // content-visibility: auto, and WebKit gives a text range there no box.)
      cards(el)[0]!.scrollIntoView({ block: 'start' });
      await nextFrame();
      await nextFrame();
      const dates = cards(el)[0]!.querySelector('.row dd bdi[dir="ltr"]')!;
      const [first, last] = dates.textContent!.split('–') as [string, string];
      expect(xOf(dates, first)).to.be.lessThan(xOf(dates, last));
      const times = [...cards(el)[0]!.querySelectorAll('.row dd bdi[dir="ltr"]')].find((b) =>
        /^\d+\.\d\d–\d+\.\d\d$/.test(b.textContent!),
      )!;
      const [from, to] = times.textContent!.split('–') as [string, string];
      expect(xOf(times, from)).to.be.lessThan(xOf(times, to));
      await expandFirst(el);
      await expect(el).to.be.accessible();
    });
  });

  describe('content in another language', () => {
    it('marks it and says which language it is in, in the interface language', async () => {
      const el = await catalogue(api, { pageSize: '100', width: '60rem' });
      const foreign = cards(el).filter((c) => c.querySelector('h3[lang], .summary[lang]'));
      expect(foreign.length).to.be.greaterThan(0);
      for (const card of cards(el)) {
        const note = card.querySelector(':scope > article > p > .lang-note');
        expect(!!note, card.querySelector('h3')!.textContent!).to.equal(foreign.includes(card));
      }
      const card = foreign[0]!;
      expect(card.querySelector('h3')!.getAttribute('lang')).to.equal('fi');
      const note = card.querySelector('.lang-note')!;
      expect(note.textContent!.trim()).to.equal('Language: Finnish');
      expect(note.closest('[lang]')).to.equal(null);
    });
  });

  describe('forced colours', () => {
    it('has forced-colours rules for cards, badges, buttons, disabled buttons and focus', async () => {
      const el = await catalogue(api);
      for (const part of ['.card', '.badge', '.button', ".button[aria-disabled='true']", ':focus-visible'])
        expect(hasForcedColorsRule(el, part), part).to.equal(true);
    });
  });
});
