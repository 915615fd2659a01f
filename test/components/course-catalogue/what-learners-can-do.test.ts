/**
 * What the catalogue tells a learner about a course, and in which order (issue 15: the level
 * filter, cancelled and postponed courses, "Enrolment open now", the price, the order). A file of
 * its own: course-catalogue.test.ts is already close to the time one file may take.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define/course-catalogue.js';
import type { KotoCourseCatalogue } from '../../../src/components/course-catalogue/course-catalogue.component.js';
import { LinkedEventsClient } from '../../../src/api/linked-events/client.js';
import { cards, loaded, names, recordingClient, root, rowOf } from './helpers.js';
import { mockApiForEachTest, type MockApi } from '../../helpers/mock.js';
import { waitUntil } from '../../helpers/wait.js';

async function catalogue(
  api: MockApi,
  options: { lang?: string; keyword?: string; client?: LinkedEventsClient } = {},
): Promise<KotoCourseCatalogue> {
  const el = await fixture<KotoCourseCatalogue>(
    html`<koto-course-catalogue
      api-base=${api.linkedEvents}
      lang=${options.lang ?? 'en'}
      page-size="100"
      enrol-href="#enrol-{id}"
      keyword=${options.keyword ?? ''}
      .client=${options.client}
    ></koto-course-catalogue>`,
  );
  await loaded(el);
  return el;
}

const select = async (el: KotoCourseCatalogue, id: string, value: string) => {
  const s = root(el).querySelector<HTMLSelectElement>(`#${id}`)!;
  s.value = value;
  s.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
  await loaded(el);
};
const openNow = async (el: KotoCourseCatalogue) => {
  root(el).querySelector<HTMLInputElement>('#f-open')!.click();
  await el.updateComplete;
  await loaded(el);
};
const cardNamed = (el: KotoCourseCatalogue, name: string) =>
  cards(el).find((c) => c.querySelector('h3')!.textContent!.trim() === name);
const applyOf = (card: Element) => card.querySelector<HTMLElement>('[part~="apply"]');
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Labels and texts of the card in each interface language. */
const WORDS = {
  en: {
    enrolment: 'Enrolment',
    seats: 'Seats',
    price: 'Price',
    cancelled: 'Not possible. The course is cancelled. Look for another course.',
    postponed:
      'Not now. The course is postponed and has no new dates yet. Look for another course, or come back later.',
    waitingList: /^Waiting list open now, until \d{1,2}\.\d{1,2}\.\d{4}$/,
    free: 'Free',
  },
  fi: {
    enrolment: 'Ilmoittautuminen',
    seats: 'Paikat',
    price: 'Hinta',
    cancelled: 'Ei mahdollista. Kurssi on peruttu. Etsi toinen kurssi.',
    postponed:
      'Ei nyt. Kurssi on siirretty myöhemmäksi. Uusia päiviä ei ole vielä. Etsi toinen kurssi tai tule myöhemmin uudelleen.',
    waitingList: /^Jono auki nyt, \d{1,2}\.\d{1,2}\.\d{4} asti$/,
    free: 'Maksuton',
  },
  sv: {
    enrolment: 'Anmälan',
    seats: 'Platser',
    price: 'Pris',
    cancelled: 'Inte möjligt. Kursen är inställd. Sök en annan kurs.',
    postponed: 'Inte nu. Kursen är uppskjuten. Den har inga nya datum än. Sök en annan kurs eller kom tillbaka senare.',
    waitingList: /^Kön är öppen nu, till \d{1,2}\.\d{1,2}\.\d{4}$/,
    free: 'Avgiftsfri',
  },
  uk: {
    enrolment: 'Запис',
    seats: 'Місця',
    price: 'Ціна',
    cancelled: 'Неможливо. Курс скасовано. Пошукайте інший курс.',
    postponed: 'Зараз не можна. Курс перенесено, нових дат ще немає. Пошукайте інший курс або поверніться пізніше.',
    waitingList: /^Список очікування відкритий зараз, до \d{1,2}\.\d{1,2}\.\d{4}$/,
    free: 'Безкоштовно',
  },
  ru: {
    enrolment: 'Запись',
    seats: 'Места',
    price: 'Цена',
    cancelled: 'Невозможно. Курс отменён. Найдите другой курс.',
    postponed: 'Сейчас нельзя. Курс перенесён, новых дат пока нет. Найдите другой курс или вернитесь позже.',
    waitingList: /^Лист ожидания открыт сейчас, до \d{1,2}\.\d{1,2}\.\d{4}$/,
    free: 'Бесплатно',
  },
  ar: {
    enrolment: 'التسجيل',
    seats: 'الأماكن',
    price: 'السعر',
    cancelled: 'غير ممكن. تم إلغاء الدورة. ابحث عن دورة أخرى.',
    postponed: 'ليس الآن. تم تأجيل الدورة، ولا توجد مواعيد جديدة بعد. ابحث عن دورة أخرى، أو عُد لاحقًا.',
    waitingList: /^قائمة الانتظار مفتوحة الآن، حتى \d{1,2}\.\d{1,2}\.\d{4}$/,
    free: 'مجانًا',
  },
} as const;

/** The seed's slow and literacy paths: a cancelled (29), a postponed (17) and full courses with a waiting list (13, 27). */
const SMALL = 'porvoo:path-slow,porvoo:path-literacy';

describe('<koto-course-catalogue> tells a learner what they can do', function () {
  // Several renders and searches per test: room for three engines sharing two cores.
  this.timeout(60_000);
  const api = mockApiForEachTest();

  describe('level filter', () => {
    it('"A1" finds the courses of A1.1, A1.2 and A1.3 too, also in the evening', async () => {
      const { client, seen } = recordingClient(api.linkedEvents);
      const el = await catalogue(api, { client });
      await select(el, 'f-level', 'A1');
      const a1 = cards(el).length;
      // Only one seeded course is tagged plain "A1"; twenty more teach A1.1–A1.3.
      expect(a1).to.be.greaterThan(10);
      for (const c of cards(el)) expect(rowOf(c, 'Level')).to.match(/\bA1\b|A1\.\d/);
      await select(el, 'f-time', 'evening');
      expect(cards(el).length).to.be.greaterThan(0).and.lessThan(a1);
      for (const c of cards(el)) expect(rowOf(c, 'Level')).to.match(/A1/);
      const url = new URL(seen.at(-1)!);
      expect(url.searchParams.get('keyword_OR_set1')).to.equal(
        'porvoo:level-a1,porvoo:level-a1-1,porvoo:level-a1-2,porvoo:level-a1-3',
      );
      await expect(el).to.be.accessible();
    });

    it('every level it offers finds at least one course', async () => {
      const el = await catalogue(api);
      const levels = [...root(el).querySelectorAll<HTMLOptionElement>('#f-level option')]
        .map((o) => o.value)
        .filter(Boolean);
      expect(levels).to.include.members(['A1', 'A1.1', 'A2', 'B1']);
      for (const level of levels) {
        await select(el, 'f-level', level);
        expect(cards(el).length, level).to.be.greaterThan(0);
      }
    });
  });

  describe('a cancelled or postponed course', () => {
    for (const lang of Object.keys(WORDS) as (keyof typeof WORDS)[]) {
      it(`is never open: no seats, no "Apply", and what to do instead (${lang})`, async () => {
        const w = WORDS[lang];
        const el = await catalogue(api, { lang, keyword: SMALL });
        const cancelled = root(el).querySelector('li.card.cancelled')!;
        const postponed = root(el).querySelector('li.card.postponed')!;
        expect(rowOf(cancelled, w.enrolment)).to.equal(w.cancelled);
        expect(rowOf(postponed, w.enrolment)).to.equal(w.postponed);
        for (const card of [cancelled, postponed]) {
          // Its registration still has seats: they are nobody's to take.
          expect(rowOf(card, w.seats)).to.equal(undefined);
          expect(applyOf(card)).to.equal(null);
        }
        await expect(el).to.be.accessible();
      });
    }

    it('is never open when it has no registration (registration: null) either', async () => {
      // Course 31 of the seed has no registration; its enrolment times are the event's, open now.
      await api.putEvent({ id: 'porvoo:koto-31', event_status: 'EventCancelled', name: { en: 'No registration' } });
      const el = await catalogue(api);
      const card = cardNamed(el, 'No registration')!;
      expect(rowOf(card, 'Enrolment')).to.equal(WORDS.en.cancelled);
      expect(applyOf(card)).to.equal(null);
    });
  });

  describe('"Enrolment open now"', () => {
    it('shows the courses that take a request now, with seats or a waiting list, and never a cancelled, postponed or not yet open one', async () => {
      const el = await catalogue(api);
      await openNow(el);
      const shown = cards(el);
      expect(shown.length).to.be.greaterThan(5).and.lessThan(36);
      for (const card of shown) {
        const name = text(card.querySelector('h3'));
        expect(card.matches('.cancelled, .postponed'), name).to.equal(false);
        expect(rowOf(card, 'Enrolment'), name).to.match(/^(Open now|Waiting list open now)/);
        expect(applyOf(card), name).to.not.equal(null);
      }
      // Full courses whose waiting list takes people are among them, and say so.
      const waiting = shown.filter((c) => rowOf(c, 'Seats') === 'Full. You can join the waiting list.');
      expect(waiting.length).to.be.at.least(3);
      for (const card of waiting) {
        expect(rowOf(card, 'Enrolment')).to.match(WORDS.en.waitingList);
        expect(text(applyOf(card))).to.match(/^Join the waiting list/);
      }
      // The count says what is shown: what the API listed and the element left out is not counted.
      expect(text(root(el).querySelector('.count'))).to.equal(`${shown.length} courses found`);
      await expect(el).to.be.accessible();
    });

    for (const lang of Object.keys(WORDS) as (keyof typeof WORDS)[]) {
      it(`says that the waiting list is open (${lang})`, async () => {
        const w = WORDS[lang];
        const el = await catalogue(api, { lang, keyword: SMALL });
        await openNow(el);
        const waiting = cards(el).filter((c) => w.waitingList.test(rowOf(c, w.enrolment) ?? ''));
        expect(waiting.length).to.be.at.least(2);
        expect(root(el).querySelector('li.card.cancelled, li.card.postponed')).to.equal(null);
      });
    }
  });

  describe('order', () => {
    it('courses a learner can act on come first; ended, cancelled and postponed ones last', async () => {
      const el = await catalogue(api);
      const all = cards(el);
      expect(all).to.have.length(36);
      const enrolment = all.map((c) => rowOf(c, 'Enrolment') ?? '');
      // The first card is one the learner can apply for, not one whose enrolment has ended.
      expect(applyOf(all[0]!), names(el)[0]).to.not.equal(null);
      const lastActionable = Math.max(...all.map((c, i) => (applyOf(c) || /^Opens /.test(enrolment[i]!) ? i : -1)));
      const firstEnded = enrolment.findIndex((e) => e === 'Closed');
      expect(firstEnded).to.be.greaterThan(lastActionable);
      expect(all.slice(-2).map((c) => c.matches('.cancelled, .postponed'))).to.deep.equal([true, true]);
      expect(all.at(-1)!.matches('.cancelled')).to.equal(true);
    });

    it('cards already shown stay where they are when more come', async () => {
      const el = await fixture<KotoCourseCatalogue>(
        html`<koto-course-catalogue api-base=${api.linkedEvents} lang="en" page-size="15"></koto-course-catalogue>`,
      );
      await loaded(el);
      const first = names(el);
      expect(applyOf(cards(el)[0]!)).to.not.equal(null);
      root(el).querySelector<HTMLButtonElement>('[part~="more"]')!.click();
      await waitUntil(() => cards(el).length === 30, 'the second page');
      expect(names(el).slice(0, 15)).to.deep.equal(first);
    });
  });

  describe('price', () => {
    const FREE_FOR_JOBSEEKERS = {
      en: 'Free for jobseekers.',
      fi: 'Maksuton työnhakijoille.',
      sv: 'Avgiftsfri för arbetssökande.',
      // Linked Events has no Ukrainian, Russian or Arabic: the Finnish text, marked as Finnish.
      uk: 'Maksuton työnhakijoille.',
      ru: 'Maksuton työnhakijoille.',
      ar: 'Maksuton työnhakijoille.',
    } as const;

    for (const lang of Object.keys(WORDS) as (keyof typeof WORDS)[]) {
      it(`says what the offer says, not "Free" when it is free only for some (${lang})`, async () => {
        const w = WORDS[lang];
        const name = { fi: 'Hintakurssi', sv: 'Hintakurssi', en: 'Hintakurssi' };
        // Course 11: free for job seekers, as the seed's free courses are.
        await api.putEvent({ id: 'porvoo:koto-11', name });
        // Course 12: free, and the offer says nothing more.
        await api.putEvent({
          id: 'porvoo:koto-12',
          name: { fi: 'Ilmainen', sv: 'Ilmainen', en: 'Ilmainen' },
          offers: [{ is_free: true, price: null, description: null, info_url: null }],
        });
        const el = await catalogue(api, { lang, keyword: 'porvoo:path-slow' });
        const card = cardNamed(el, 'Hintakurssi')!;
        const price = [...card.querySelectorAll(':scope > article > dl > .row')].find(
          (r) => text(r.querySelector('dt')) === w.price,
        )!;
        expect(text(price.querySelector('dd'))).to.equal(FREE_FOR_JOBSEEKERS[lang]);
        const marked = ['uk', 'ru', 'ar'].includes(lang) ? 'fi' : null;
        expect(price.querySelector('dd [lang]')?.getAttribute('lang') ?? null).to.equal(marked);
        expect(rowOf(cardNamed(el, 'Ilmainen')!, w.price)).to.equal(w.free);
      });
    }

    it('a course with two offers shows both', async () => {
      await api.putEvent({
        id: 'porvoo:koto-11',
        name: { en: 'Two prices' },
        offers: [
          { is_free: true, price: null, description: { en: 'Free for jobseekers.' }, info_url: null },
          { is_free: false, price: { en: '€45' }, description: { en: 'Others.' }, info_url: null },
        ],
      });
      const el = await catalogue(api, { keyword: 'porvoo:path-slow' });
      expect(rowOf(cardNamed(el, 'Two prices')!, 'Price')).to.equal('Free for jobseekers. €45');
    });
  });
});
