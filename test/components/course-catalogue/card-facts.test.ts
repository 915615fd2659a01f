/**
 * The course card's teaching language and organiser. A file of its own: course-catalogue.test.ts
 * is already close to the time one file may take in Firefox and WebKit on a loaded machine.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait.js';
import '../../../src/define/course-catalogue.js';
import type { KotoCourseCatalogue } from '../../../src/components/course-catalogue/course-catalogue.component.js';
import { cards, names, root, rowOf } from './helpers.js';
import { mockApiForEachTest, type MockApi } from '../../helpers/mock.js';

async function catalogue(api: MockApi, lang = 'en'): Promise<KotoCourseCatalogue> {
  const el = await fixture<KotoCourseCatalogue>(
    html`<koto-course-catalogue api-base=${api.linkedEvents} lang=${lang} page-size="100"></koto-course-catalogue>`,
  );
  await waitUntil(
    () => !root(el).querySelector('.skeleton-card, [aria-busy="true"]') && !!root(el).querySelector('.list, .notice'),
    'the catalogue finished loading',
    { timeout: 10_000 },
  );
  return el;
}

describe('<koto-course-catalogue>', function () {
  // Two renders of 36 cards: room for three engines sharing two cores.
  this.timeout(30_000);
  const api = mockApiForEachTest();

  describe('teaching language and organiser', () => {
    const cardNamed = (el: KotoCourseCatalogue, name: string) =>
      cards(el).find((c) => c.querySelector('h3')!.textContent!.trim() === name)!;

    it('each card says which language the course is taught in and who runs it, in the interface language', async () => {
      // Porvoo is bilingual: a course taught in Swedish must not look like one taught in Finnish.
      await api.putEvent({
        id: 'porvoo:koto-05',
        name: { fi: 'Ruotsinkielinen kurssi', en: 'A course in Swedish' },
        in_language: ['sv', 'fi'],
        provider: { fi: 'Borgå folkakademi', sv: 'Borgå folkakademi' },
      });
      // A course that says neither shows neither row.
      await api.putEvent({ id: 'porvoo:koto-06', name: { en: 'Nothing said' }, in_language: [], provider: null });
      const el = await catalogue(api);
      const card = cardNamed(el, 'A course in Swedish');
      expect(rowOf(card, 'Teaching language')).to.equal('Swedish and Finnish');
      expect(rowOf(card, 'Organiser')).to.equal('Borgå folkakademi');
      const usual = cardNamed(
        el,
        names(el).find((n) => n.startsWith('Integration training'))!,
      );
      expect(rowOf(usual, 'Teaching language')).to.equal('Finnish');
      expect(rowOf(usual, 'Organiser')).to.equal('Porvoo Adult Education Centre');
      const silent = cardNamed(el, 'Nothing said');
      expect([rowOf(silent, 'Teaching language'), rowOf(silent, 'Organiser')]).to.deep.equal([undefined, undefined]);
      // (axe runs over every card, these rows included, in "renders the fake courses".)

      const fi = await catalogue(api, 'fi');
      const kortti = cardNamed(fi, 'Ruotsinkielinen kurssi');
      expect(rowOf(kortti, 'Opetuskieli')).to.equal('ruotsi ja suomi');
      expect(rowOf(kortti, 'Järjestäjä')).to.equal('Borgå folkakademi');
    });
  });

  describe('price text in the details', () => {
    // Issue 15: "Maksuton työnhakijoille." stood in the Arabic view with no word of its language.
    it('marks a price text in another language and says which language it is', async () => {
      // A course of its own: which seeded course comes first depends on the day (KOTO_NOW).
      await api.putEvent({
        id: 'porvoo:koto-05',
        name: { fi: 'Maksuton kurssi' },
        offers: [{ is_free: true, price: null, description: { fi: 'Maksuton työnhakijoille.' }, info_url: null }],
      });
      const el = await catalogue(api, 'ar');
      const card = cards(el).find((c) => c.querySelector('h3')!.textContent!.includes('Maksuton kurssi'))!;
      card.querySelector<HTMLButtonElement>('[part~="details-button"]')!.click();
      await waitUntil(() => card.querySelector('[part~="details"] dl'), 'the details view');
      const price = [...card.querySelectorAll('[part~="details"] dd')].find((dd) =>
        dd.textContent!.includes('Maksuton työnhakijoille.'),
      )!;
      expect(price.querySelector('[lang="fi"]')!.textContent).to.equal('Maksuton työnhakijoille.');
      expect(price.querySelector('[part~="language-note"]')!.textContent).to.equal('اللغة: الفنلندية');
    });
  });

  describe('Finnish data in an Arabic view', () => {
    // Issue 15, finding 11: "Kirjastokatu 3 06100 Porvoo" showed as "Porvoo 06100 Kirjastokatu 3",
    // and lists of weekdays were joined with a Latin comma.
    it('keeps an address in its own order, and lists weekdays in the Arabic way', async () => {
      const el = await catalogue(api, 'ar');
      const card = cards(el)[0]!;
      card.querySelector<HTMLButtonElement>('[part~="details-button"]')!.click();
      await waitUntil(() => card.querySelector('[part~="details"] dl'), 'the details view');
      const island = [...card.querySelectorAll<HTMLElement>('[part~="details"] span[dir="auto"]')].find((s) =>
        s.querySelector('bdi'),
      );
      expect(island, 'the street address as one island').to.not.equal(undefined);
      const street = island!.firstElementChild!;
      const postal = island!.querySelector('bdi')!;
      expect(getComputedStyle(island!).direction).to.equal('ltr');
      // Read left to right on the screen, as in Finnish: the street before the postal code.
      expect(street.getBoundingClientRect().left).to.be.lessThan(postal.getBoundingClientRect().left);

      const days = [...root(el).querySelectorAll('dd')]
        .filter((dd) => dd.querySelector('bdi') && /\d\.\d{2}–\d/.test(dd.textContent!))
        .map((dd) => dd.textContent!.replace(/\s+/g, ' ').trim());
      expect(days.length).to.be.greaterThan(0);
      expect(
        days.some((d) => d.includes(' و')),
        days.join(' | '),
      ).to.equal(true);
      expect(
        days.every((d) => !d.includes(', ')),
        days.join(' | '),
      ).to.equal(true);
    });
  });
});
