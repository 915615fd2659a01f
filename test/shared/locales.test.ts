/**
 * Every element speaks all six interface languages, and Arabic is laid out right to left.
 * Each element runs against the project's fake, in each locale, in a page that is itself
 * English and left to right.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import '../../src/define/course-catalogue.js';
import '../../src/define/enrolment-form.js';
import '../../src/define/guidance-booking.js';
import '../../src/define/contact-card.js';
import { directionOf, locales, matchLocale, type Locale } from '../../src/shared/localization.js';
import { mockApi, type MockApi } from '../helpers/mock.js';

// Monday 1.9.2025 9.00 in Helsinki: the guidance fake has free times from the next day on.
const NOW = '2025-09-01T06:00:00Z';

interface Case {
  tag: string;
  /** The element's markup, without `lang`. */
  markup: (api: MockApi) => string;
  /** A string the element shows as soon as it has loaded, in every locale. */
  known: Record<Locale, string>;
  mockOptions?: Parameters<typeof mockApi>[0];
}

const CASES: Case[] = [
  {
    tag: 'koto-course-catalogue',
    markup: (api) => `<koto-course-catalogue api-base="${api.linkedEvents}" page-size="3"></koto-course-catalogue>`,
    known: {
      en: 'Search courses',
      fi: 'Hae kursseja',
      sv: 'Sök kurser',
      uk: 'Пошук курсів',
      ru: 'Поиск курсов',
      ar: 'ابحث عن دورات',
    },
  },
  {
    tag: 'koto-enrolment-form',
    markup: (api) =>
      `<koto-enrolment-form api-base="${api.linkedEvents}" event="porvoo:koto-01" privacy-href="/tietosuoja"></koto-enrolment-form>`,
    known: {
      en: 'Start enrolment',
      fi: 'Aloita ilmoittautuminen',
      sv: 'Börja anmälan',
      uk: 'Почати запис',
      ru: 'Начать запись',
      ar: 'ابدأ التسجيل',
    },
  },
  {
    tag: 'koto-guidance-booking',
    markup: (api) =>
      `<koto-guidance-booking api-base="${api.respa}" resource="porvoo-ohjaus-1"></koto-guidance-booking>`,
    known: {
      en: 'What is the appointment about?',
      fi: 'Mistä haluat puhua?',
      sv: 'Vad vill du prata om?',
      uk: 'Про що ви хочете поговорити?',
      ru: 'О чём вы хотите поговорить?',
      ar: 'ما موضوع الموعد؟',
    },
    mockOptions: { now: NOW },
  },
  {
    tag: 'koto-contact-card',
    markup: (api) =>
      `<koto-contact-card api-base="${api.ptv}" channel="00000000-0000-4000-8000-000000000002">
        <koto-contact-person name="Etunimi Sukunimi" email="etunimi.sukunimi@porvoo.fi" phone="040 123 4567"></koto-contact-person>
      </koto-contact-card>`,
    known: {
      en: 'Save contact',
      fi: 'Tallenna yhteystieto',
      sv: 'Spara kontakten',
      uk: 'Зберегти контакт',
      ru: 'Сохранить контакт',
      ar: 'احفظ جهة الاتصال',
    },
  },
];

const shownText = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

describe('interface languages', () => {
  let container: HTMLElement;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    container.remove();
  });

  /** Mounts `markup` inside `container` and waits until the element shows `known`. */
  async function mount(c: Case, lang: Locale): Promise<HTMLElement> {
    const api = await mockApi(c.mockOptions);
    container.innerHTML = c.markup(api);
    const el = container.querySelector<HTMLElement>(c.tag)!;
    if (c.mockOptions?.now) (el as HTMLElement & { now: () => number }).now = () => Date.parse(NOW);
    el.setAttribute('lang', lang);
    try {
      await waitUntil(() => shownText(el).includes(c.known[lang]), '', { timeout: 8000 });
    } catch {
      throw new Error(`${c.tag} does not show "${c.known[lang]}" in ${lang}; it shows: ${shownText(el).slice(0, 300)}`);
    }
    return el;
  }

  it('knows the six locales, and maps regional tags to them', () => {
    expect([...locales].sort()).to.deep.equal(['ar', 'en', 'fi', 'ru', 'sv', 'uk']);
    const table: [string, Locale][] = [
      ['uk', 'uk'],
      ['uk-UA', 'uk'],
      ['ru', 'ru'],
      ['ru-RU', 'ru'],
      ['ru_EE', 'ru'],
      ['ar', 'ar'],
      ['ar-SA', 'ar'],
      ['AR-eg', 'ar'],
      ['fa', 'en'],
    ];
    for (const [tag, locale] of table) expect(matchLocale(tag), tag).to.equal(locale);
  });

  for (const c of CASES) {
    describe(`<${c.tag}>`, function () {
      // Six full renders against the fake; room for a loaded machine.
      this.timeout(30_000);

      for (const lang of locales) {
        it(`speaks ${lang}`, async () => {
          const el = await mount(c, lang);
          const text = shownText(el);
          expect(text).to.contain(c.known[lang]);
          if (lang !== 'en') expect(text, 'no English left where a translation belongs').not.to.contain(c.known.en);
          expect(getComputedStyle(el).direction).to.equal(directionOf(lang));
        });
      }

      it('is laid out right to left in Arabic on a left-to-right page', async () => {
        expect(document.documentElement.getAttribute('dir') ?? 'ltr').to.equal('ltr');
        const el = await mount(c, 'ar');
        expect(el.getAttribute('dir')).to.equal('rtl');
        expect(getComputedStyle(el).direction).to.equal('rtl');
      });

      it('stays left to right in Finnish inside a right-to-left container', async () => {
        container.setAttribute('dir', 'rtl');
        const el = await mount(c, 'fi');
        await waitUntil(() => el.getAttribute('dir') === 'ltr', 'the host gets dir="ltr"');
        expect(getComputedStyle(el).direction).to.equal('ltr');
      });
    });
  }
});
