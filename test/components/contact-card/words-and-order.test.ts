/**
 * What a learner reads on the card (issue 15, findings 11, 14 and 15): Finnish data keeps its
 * order in an Arabic view, lists are joined the interface language's way, "Save contact" is one
 * sentence, and a call's price is a plain sentence with the service's own words kept.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait.js';
import '../../../src/define/contact-card.js';
import type { KotoContactCard } from '../../../src/components/contact-card/contact-card.component.js';
import { PtvClient, type PtvDataSource } from '../../../src/api/ptv/client.js';
import { mockApi, type MockApi } from '../../helpers/mock.js';

const EMPLOYMENT = '00000000-0000-4000-8000-000000000001';
const ADULT_EDUCATION = '00000000-0000-4000-8000-000000000002';
const ADVICE_LINE = '00000000-0000-4000-8000-000000000005';
const WEDNESDAY = '2026-03-25T08:00:00Z';
const LANGS = ['fi', 'sv', 'en', 'uk', 'ru', 'ar'] as const;

const root = (el: Element) => el.shadowRoot!;
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '')
    .replace(/[\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const office = (el: Element, id: string) => root(el).querySelector(`[part~="office"][data-channel="${id}"]`)!;

async function card(api: MockApi, channel: string, lang: string, person = ''): Promise<KotoContactCard> {
  const el = await fixture<KotoContactCard>(
    html`<koto-contact-card api-base=${api.ptv} channel=${channel} lang=${lang}>
      ${person ? html`<koto-contact-person name=${person}></koto-contact-person>` : ''}
    </koto-contact-card>`,
  );
  el.now = () => Date.parse(WEDNESDAY);
  await waitUntil(() => !root(el).querySelector('.loading') && root(el).querySelector('[part~="office"]'), 'loaded', {
    timeout: 10_000,
  });
  await el.updateComplete;
  return el;
}

/** Where `word` is drawn, from the first text node under `within` that holds it. */
function boxOf(within: Element, word: string): DOMRect {
  const walker = document.createTreeWalker(within, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(word);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + word.length);
    return range.getBoundingClientRect();
  }
  throw new Error(`"${word}" is not shown`);
}
/** Whether `a` is drawn left of `b` (on the same line). */
const leftOf = (within: Element, a: string, b: string) => boxOf(within, a).right <= boxOf(within, b).left;

describe('<koto-contact-card>: words and their order', () => {
  let api: MockApi;
  beforeEach(async () => {
    api = await mockApi({ now: WEDNESDAY });
  });

  describe('Finnish data in an Arabic view keeps its own order', () => {
    it('the postal line reads "06100 Porvoo", and the phone’s purpose comes first', async () => {
      const el = await card(api, ADULT_EDUCATION, 'ar');
      const address = office(el, ADULT_EDUCATION).querySelector('address')!;
      expect(text(address)).to.equal('Esimerkkikatu 1 06100 Porvoo');
      expect(leftOf(address, 'Esimerkkikatu', '1'), 'street').to.equal(true);
      expect(leftOf(address, '06100', 'Porvoo'), 'postal line').to.equal(true);
      // Right to left: "Toimisto" (the service's word) first, on the right, then the Arabic sentence.
      const note = office(el, ADULT_EDUCATION).querySelector('a[href="tel:+358195200000"] ~ .action-note')!;
      expect(leftOf(note, 'المكالمة', 'Toimisto')).to.equal(true);
      // Each piece of Finnish is its own island, marked with its language.
      for (const fi of note.querySelectorAll('[lang="fi"]')) expect(fi.getAttribute('dir')).to.equal('auto');
      await expect(el).to.be.accessible();
    });

    it('a day with two opening times is a list in Arabic, not a Latin comma', async () => {
      const client = new PtvClient({ baseUrl: api.ptv });
      const split: PtvDataSource = {
        getOrganization: (id, o) => client.getOrganization(id, o),
        getServiceChannel: async (id, o) => {
          const result = await client.getServiceChannel(id, o);
          if (!result.ok) return result;
          const days = (from: string, to: string) => ({ dayFrom: 'Monday', dayTo: 'Friday', from, to });
          const serviceHours = [
            {
              serviceHourType: 'DaysOfTheWeek',
              openingHour: [days('09:00', '12:00'), days('13:00', '16:00')],
              additionalInformation: [],
            },
          ];
          return { ok: true, value: { ...result.value, serviceHours } };
        },
      };
      const rowIn = async (lang: string) => {
        const el = await fixture<KotoContactCard>(html`<koto-contact-card lang=${lang}></koto-contact-card>`);
        el.now = () => Date.parse(WEDNESDAY);
        el.client = split;
        el.channel = EMPLOYMENT;
        await waitUntil(() => root(el).querySelector('[part="hours"] li'), 'hours');
        return root(el).querySelector('[part="hours"] li')!;
      };
      const ar = await rowIn('ar');
      expect(text(ar)).to.contain('9.00–12.00 و13.00–16.00');
      expect(text(ar)).not.to.contain(',');
      expect(leftOf(ar, '9.00', '12.00'), 'a time keeps its order').to.equal(true);
      expect(text(await rowIn('en'))).to.contain('9.00–12.00, 13.00–16.00');
    });

    it('service languages and the "Language:" note are lists of the interface language', async () => {
      const el = await card(api, EMPLOYMENT, 'ar');
      const languages = [...office(el, EMPLOYMENT).querySelectorAll('p.small')].map(text).join(' ');
      expect(languages).to.equal('لغات الخدمة: الفنلندية والسويدية والإنجليزية');
    });
  });

  describe('"Save contact" names the person in one sentence', () => {
    const visible = {
      fi: 'Tallenna yhteystieto',
      sv: 'Spara kontakten',
      en: 'Save contact',
      uk: 'Зберегти контакт',
      ru: 'Сохранить контакт',
      ar: 'احفظ جهة الاتصال',
    };
    for (const lang of LANGS) {
      it(lang, async () => {
        const el = await fixture<KotoContactCard>(
          html`<koto-contact-card lang=${lang}
            ><koto-contact-person name="Etunimi Sukunimi"></koto-contact-person
          ></koto-contact-card>`,
        );
        await el.updateComplete;
        const link = root(el).querySelector<HTMLElement>('[part="vcard"]')!;
        // A visually hidden part is a block to the accessible name: ": Etunimi Sukunimi" apart
        // read "Save contact : Etunimi Sukunimi". The name is one sentence; the eye sees the words.
        const heard = [...link.querySelectorAll(':scope > :not([aria-hidden="true"])')].map(text);
        expect(heard).to.deep.equal([`${visible[lang]}: Etunimi Sukunimi`]);
        expect(text(link.querySelector('[aria-hidden="true"]'))).to.equal(visible[lang]);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('the text-message number', () => {
    for (const lang of LANGS) {
      it(`shows in every language (${lang})`, async () => {
        const el = await card(api, ADULT_EDUCATION, lang);
        expect(office(el, ADULT_EDUCATION).querySelector('a[href="sms:+358401234568"]')).not.to.equal(null);
      });
    }

    // Finding 14: the fake's PTV data gave the number in Finnish and Swedish only, so the English
    // card named it "Tekstiviesti", marked "Language: Finnish", where fi and sv read their own word.
    const sms = (el: Element) =>
      office(el, ADULT_EDUCATION).querySelector('a[href="sms:+358401234568"]')!.parentElement!;
    const line: Partial<Record<(typeof LANGS)[number], string>> = {
      fi: 'Tekstiviesti · Tekstiviesti maksaa saman verran kuin tavallinen tekstiviesti. (Matkapuhelinmaksu tai paikallisverkkomaksu)',
      sv: 'SMS · Ett sms kostar lika mycket som ett vanligt sms. (Mobilsamtalsavgift eller lokalnätsavgift)',
      en: 'Text message · A text message costs the same as a normal one.',
    };
    for (const [lang, words] of Object.entries(line)) {
      it(`is named in the card's own language, as the office number is (${lang})`, async () => {
        const el = await card(api, ADULT_EDUCATION, lang);
        expect(sms(el).querySelector('.phone-lang')).to.equal(null);
        expect(text(sms(el).querySelector('.action-note:not(.phone-lang)'))).to.equal(words);
      });
    }

    it('shows, marked with its language, where PTV gives it only in Finnish and Swedish', async () => {
      const number = (type: string, digits: string, language: string) => ({
        type,
        prefixNumber: '+358',
        number: digits,
        isFinnishServiceNumber: false,
        language,
        serviceChargeType: 'Chargeable',
        chargeDescription: null,
        additionalInformation: null,
      });
      // The English version has the office number but not the text-message number.
      const phoneNumbers = [
        ...['fi', 'en'].map((l) => number('Phone', '195200000', l)),
        ...['fi', 'sv'].map((l) => number('Sms', '401234568', l)),
      ];
      await api.putPtv('channel', { id: ADULT_EDUCATION, phoneNumbers });
      const el = await card(api, ADULT_EDUCATION, 'en');
      expect(text(sms(el).querySelector('.phone-lang'))).to.equal('Language: Finnish');
      await expect(el).to.be.accessible();
    });
  });

  describe('what a call costs, in a plain sentence, with the service’s own words kept', () => {
    const office1: Record<(typeof LANGS)[number], string> = {
      fi: 'Toimisto · Puhelu maksaa saman verran kuin tavallinen puhelu. (Paikallisverkkomaksu)',
      sv: 'Kansli · Samtalet kostar lika mycket som ett vanligt samtal.',
      en: 'Office · The call costs the same as a normal call.',
      uk: 'Toimisto · Дзвінок коштує стільки ж, скільки звичайний дзвінок. (Paikallisverkkomaksu)',
      ru: 'Toimisto · Звонок стоит столько же, сколько обычный звонок. (Paikallisverkkomaksu)',
      ar: 'Toimisto · تكلفة المكالمة مثل تكلفة مكالمة عادية. (Paikallisverkkomaksu)',
    };
    const free: Record<(typeof LANGS)[number], string> = {
      fi: 'Neuvonta · Puhelu on maksuton.',
      sv: 'Neuvonta · Samtalet är gratis.',
      en: 'The call is free.',
      uk: 'Neuvonta · Дзвінок безкоштовний.',
      ru: 'Neuvonta · Звонок бесплатный.',
      ar: 'Neuvonta · المكالمة مجانية.',
    };
    for (const lang of LANGS) {
      it(lang, async () => {
        const el = await card(api, `${ADULT_EDUCATION},${ADVICE_LINE}`, lang);
        const note = (id: string, href: string) =>
          office(el, id).querySelector(`a[href="${href}"] ~ .action-note:not(.phone-lang)`);
        expect(text(note(ADULT_EDUCATION, 'tel:+358195200000'))).to.equal(office1[lang]);
        expect(text(note(ADVICE_LINE, 'tel:+358800123456'))).to.equal(free[lang]);
        // The service's words are marked with their language where it is not the interface's.
        const words = [...office(el, ADULT_EDUCATION).querySelectorAll('.action-note [lang]')].map((n) =>
          n.getAttribute('lang'),
        );
        if (lang === 'uk' || lang === 'ru' || lang === 'ar') expect(words).to.include('fi');
        // A text message is not a call.
        const sms = text(note(ADULT_EDUCATION, 'sms:+358401234568'));
        if (lang === 'en') expect(sms).to.contain('A text message costs the same as a normal one.');
        if (lang === 'fi') expect(sms).to.contain('Tekstiviesti maksaa saman verran kuin tavallinen tekstiviesti.');
        await expect(el).to.be.accessible();
      });
    }
  });
});
