import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait.js';
import ICAL from 'ical.js';
import '../../../src/define/contact-card.js';
import type { KotoContactCard } from '../../../src/components/contact-card/contact-card.component.js';
import { PtvClient, type PtvDataSource } from '../../../src/api/ptv/client.js';
import type { PtvServiceChannel } from '../../../src/api/ptv/schemas.js';
import { mockApi, type MockApi } from '../../helpers/mock.js';

const EMPLOYMENT = '00000000-0000-4000-8000-000000000001';
const ADULT_EDUCATION = '00000000-0000-4000-8000-000000000002';
const INTEGRATION = '00000000-0000-4000-8000-000000000003';
const E_SERVICE = '00000000-0000-4000-8000-000000000004';
const ADVICE_LINE = '00000000-0000-4000-8000-000000000005';
const ALL = [EMPLOYMENT, ADULT_EDUCATION, INTEGRATION, E_SERVICE, ADVICE_LINE].join(',');
// Wednesday 25.3.2026 at 10.00 in Porvoo (winter time); the clocks change on Sunday.
const WEDNESDAY = '2026-03-25T08:00:00Z';

const root = (el: Element) => el.shadowRoot!;
const all = (el: Element, sel: string) => [...root(el).querySelectorAll<HTMLElement>(sel)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const office = (el: Element, id: string) => root(el).querySelector(`[part~="office"][data-channel="${id}"]`);
const statusOf = (el: Element, id: string) => text(office(el, id)?.querySelector('[part="status"]'));

async function settled(el: KotoContactCard): Promise<void> {
  await el.updateComplete;
  await waitUntil(() => !root(el).querySelector('.loading'), 'offices still loading', { timeout: 5000 });
  await el.updateComplete;
}

/** Records console.warn calls during `fn`. */
async function warnings(fn: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => seen.push(args.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return seen;
}

describe('<koto-contact-card>', () => {
  let api: MockApi;
  beforeEach(async () => {
    api = await mockApi({ now: WEDNESDAY });
  });

  // Fixtures are the card itself, never a wrapper: a plain wrapper makes `fixture()` wait for an
  // animation frame, which never comes while this file's page is hidden behind another one.
  async function card(markup: ReturnType<typeof html>, now = WEDNESDAY): Promise<KotoContactCard> {
    const el = await fixture<KotoContactCard>(markup);
    el.now = () => Date.parse(now);
    await settled(el);
    return el;
  }

  /** The fake's PTV data changed by `change`: what real PTV data may hold and the fake's seed does not. */
  function altered(from: MockApi, change: (c: PtvServiceChannel) => PtvServiceChannel): PtvDataSource {
    const client = new PtvClient({ baseUrl: from.ptv });
    return {
      getOrganization: (id, options) => client.getOrganization(id, options),
      getServiceChannel: async (id, options) => {
        const result = await client.getServiceChannel(id, options);
        return result.ok ? { ok: true, value: change(result.value) } : result;
      },
    };
  }

  /** A card of one channel from a portal's own data source. */
  async function cardOf(
    client: PtvDataSource,
    channel: string,
    now = WEDNESDAY,
    lang = 'en',
  ): Promise<KotoContactCard> {
    const el = await fixture<KotoContactCard>(html`<koto-contact-card lang=${lang}></koto-contact-card>`);
    el.now = () => Date.parse(now);
    el.client = client;
    el.channel = channel;
    await settled(el);
    return el;
  }

  describe('people from markup and offices from PTV', () => {
    it('shows a card per person and per office, under the heading', async () => {
      const el = await card(
        html`<koto-contact-card
          api-base=${api.ptv}
          channel="${EMPLOYMENT}, ${ADULT_EDUCATION}"
          heading="Yhteystiedot"
          lang="en"
        >
          <koto-contact-person
            name="Etunimi Sukunimi"
            role="Kehittämispäällikkö, kotoutumiskoulutus"
            organisation="Porvoon kansalaisopisto"
            email="etunimi.sukunimi@porvoo.fi"
            phone="+358 40 123 4567"
            languages="fi sv en"
          ></koto-contact-person>
          <koto-contact-person name="Fornamn Efternamn" email="fornamn.efternamn@borga.fi"></koto-contact-person>
        </koto-contact-card>`,
      );
      await expect(el).to.be.accessible();
      expect(text(root(el).querySelector('h2'))).to.equal('Yhteystiedot');
      expect(all(el, '[part~="card"] h3').map(text)).to.deep.equal([
        'Etunimi Sukunimi',
        'Fornamn Efternamn',
        'Porvoo Employment Services',
        'Porvoon kansalaisopisto',
      ]);
      const person = all(el, '[part~="person"]')[0]!;
      expect(person.querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:+358401234567');
      expect(text(person.querySelector('a[href^="tel:"]'))).to.equal('Call+358 40 123 4567');
      expect(person.querySelector('a[href^="mailto:"]')!.getAttribute('href')).to.equal(
        'mailto:etunimi.sukunimi@porvoo.fi',
      );
      expect(text(person)).to.contain('Languages: Finnish, Swedish, and English');
    });

    it('shows an office’s phones with their charge, e-mail, web page, addresses with a map link and languages', async () => {
      const el = await card(
        html`<koto-contact-card api-base=${api.ptv} channel=${EMPLOYMENT} lang="fi"></koto-contact-card>`,
      );
      const o = office(el, EMPLOYMENT)!;
      expect(o.querySelector('a[href="tel:+358401234567"]')).not.to.equal(null);
      expect(text(o)).to.contain('Matkapuhelinmaksu tai paikallisverkkomaksu');
      expect(o.querySelector('a[href="mailto:tyollisyyspalvelut@porvoo.fi"]')).not.to.equal(null);
      expect(o.querySelector('a[href="https://www.porvoo.fi/tyollisyyspalvelut"]')).not.to.equal(null);
      expect(text(o.querySelector('address'))).to.equal('Esimerkkikatu 5 06100 Porvoo');
      expect(o.querySelector('a[href^="https://www.openstreetmap.org/?mlat=60.392"]')).not.to.equal(null);
      expect(text(o)).to.contain('Palvelukielet: suomi, ruotsi ja englanti');
      // The organisation comes from PTV too.
      await waitUntil(() => text(o).includes('Porvoon kaupunki'), 'organisation name');
    });

    it('names the office in its map link, so that a list of links tells the offices apart', async () => {
      const el = await card(
        html`<koto-contact-card
          api-base=${api.ptv}
          channel="${EMPLOYMENT}, ${ADULT_EDUCATION}"
          lang="en"
        ></koto-contact-card>`,
      );
      const links = all(el, 'a.map');
      expect(links.map(text)).to.deep.equal([
        'Show on map: Porvoo Employment Services (opens in a new tab)',
        'Show on map: Porvoon kansalaisopisto (opens in a new tab)',
      ]);
      // What the eye sees stays short; the rest is for screen readers.
      const seen = (a: HTMLElement) => {
        const copy = a.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.visually-hidden').forEach((n) => n.remove());
        return text(copy);
      };
      expect(links.map(seen)).to.deep.equal(['Show on map', 'Show on map']);
      // A name PTV has only in Finnish is read with a Finnish voice.
      expect(links[0]!.querySelector('[lang]')).to.equal(null);
      expect(links[1]!.querySelector('[lang="fi"]')?.textContent).to.equal('Porvoon kansalaisopisto');
      await expect(el).to.be.accessible();

      const fi = await card(
        html`<koto-contact-card api-base=${api.ptv} channel=${ADULT_EDUCATION} lang="fi"></koto-contact-card>`,
      );
      const link = all(fi, 'a.map')[0]!;
      expect(text(link)).to.equal('Näytä kartalla: Porvoon kansalaisopisto (avautuu uuteen välilehteen)');
      expect(link.querySelector('[lang]')).to.equal(null);
    });

    it('shows a fax number as text, not as a link that would call a fax line', async () => {
      const fax = { number: '19 520 0000', prefixNumber: '+358', type: 'Fax', serviceChargeType: 'Chargeable' };
      const el = await cardOf(
        altered(api, (c) => ({ ...c, phoneNumbers: [...c.phoneNumbers, fax] })),
        EMPLOYMENT,
      );
      const card = office(el, EMPLOYMENT)!;
      expect(text(card)).to.contain('Fax +358 19 520 0000');
      const dialled = [...card.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(dialled.filter((h) => h?.includes('195200000'))).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('says what a number is for and what a call costs, without repeating itself', async () => {
      const el = await card(
        html`<koto-contact-card api-base=${api.ptv} channel=${ADVICE_LINE} lang="fi"></koto-contact-card>`,
      );
      const note = office(el, ADVICE_LINE)!.querySelector('a[href="tel:+358800123456"] + .action-note');
      expect(text(note)).to.equal('Neuvonta · Puhelu on maksuton.');
      expect(text(office(el, ADVICE_LINE)!.querySelector('a[href^="tel:"]'))).to.equal('Soita0800 123 456');
    });

    it('marks the language of a name PTV has only in another language', async () => {
      const el = await card(
        html`<koto-contact-card api-base=${api.ptv} channel=${ADULT_EDUCATION} lang="en"></koto-contact-card>`,
      );
      const name = office(el, ADULT_EDUCATION)!.querySelector('h2 span')!;
      expect(text(name)).to.equal('Porvoon kansalaisopisto');
      expect(name.getAttribute('lang')).to.equal('fi');
    });

    it('works with people only, or offices only', async () => {
      const people = await card(
        html`<koto-contact-card lang="en">
          <koto-contact-person name="Etunimi Sukunimi"></koto-contact-person>
        </koto-contact-card>`,
      );
      expect(all(people, '[part~="card"]')).to.have.length(1);
      const offices = await card(
        html`<koto-contact-card api-base=${api.ptv} channel=${E_SERVICE}></koto-contact-card>`,
      );
      expect(all(offices, '[part~="card"]')).to.have.length(1);
    });

    it('takes a portal’s own data source through the client property', async () => {
      const el = await fixture<KotoContactCard>(html`<koto-contact-card lang="en"></koto-contact-card>`);
      el.client = new PtvClient({ baseUrl: api.ptv });
      el.channel = ADVICE_LINE;
      await settled(el);
      expect(text(office(el, ADVICE_LINE)?.querySelector('h2'))).to.equal('Advice line for immigrants');
    });
  });

  describe('open now, at chosen clock times', () => {
    const cases: [string, string, string, string][] = [
      ['open on a weekday', WEDNESDAY, EMPLOYMENT, 'Open now. Closes at 15.00.'],
      [
        'closed today by exception, with the reason',
        WEDNESDAY,
        ADULT_EDUCATION,
        'Closed today. Opens tomorrow at 12.00. (Closed for staff training)',
      ],
      ['by appointment only', WEDNESDAY, INTEGRATION, 'By appointment only. Next appointments tomorrow at 9.00.'],
      [
        'by appointment only, during appointment hours',
        '2026-03-26T08:00:00Z',
        INTEGRATION,
        'By appointment only. Appointments today until 15.00.',
      ],
      ['always open', WEDNESDAY, E_SERVICE, 'Open 24 hours, every day.'],
      ['open over midnight', '2026-03-27T21:00:00Z', ADVICE_LINE, 'Open now. Closes tomorrow at 2.00.'],
      [
        'closed early in the morning, opens later today',
        '2026-03-25T05:00:00Z',
        EMPLOYMENT,
        'Closed now. Opens today at 9.00.',
      ],
      [
        'closed on Friday afternoon, opens after the DST change',
        '2026-03-27T11:00:00Z',
        EMPLOYMENT,
        'Closed now. Opens on Monday 30.3. at 9.00.',
      ],
    ];
    for (const [name, now, id, expected] of cases) {
      it(name, async () => {
        api = await mockApi({ now });
        const el = await card(
          html`<koto-contact-card api-base=${api.ptv} channel=${id} lang="en"></koto-contact-card>`,
          now,
        );
        expect(statusOf(el, id)).to.equal(expected);
      });
    }

    it('names the day as each language says it ("во вторник" in Russian)', async () => {
      // Saturday 21.3.2026 at 12.00 in Porvoo; the office opens only on Tuesdays.
      const now = '2026-03-21T10:00:00Z';
      api = await mockApi({ now });
      const tuesdays = { dayFrom: 'Tuesday', dayTo: 'Tuesday', from: '09:00', to: '12:00' };
      const serviceHours = [{ serviceHourType: 'DaysOfTheWeek', openingHour: [tuesdays], additionalInformation: [] }];
      const client = altered(api, (c) => ({ ...c, serviceHours }));
      const expected: Record<string, string> = {
        fi: 'Avautuu tiistaina 24.3. klo 9.00.',
        sv: 'Öppnar på tisdag 24.3. kl. 9.00.',
        en: 'Opens on Tuesday 24.3. at 9.00.',
        uk: 'Відчиняється у вівторок 24.3. о 9.00.',
        ru: 'Открывается во вторник 24.3. в 9.00.',
        ar: 'يُفتح يوم الثلاثاء 24.3. الساعة 9.00.',
      };
      for (const [lang, sentence] of Object.entries(expected)) {
        const el = await cardOf(client, EMPLOYMENT, now, lang);
        expect(statusOf(el, EMPLOYMENT).replace(/[\u2066-\u2069]/g, ''), lang).to.contain(sentence);
        el.remove();
      }
    });

    it('an office that closes at midnight closes today at 24.00, not tomorrow at 0.00', async () => {
      // Monday 23.3.2026 at 20.00 in Porvoo.
      const now = '2026-03-23T18:00:00Z';
      api = await mockApi({ now });
      const weekdays = { dayFrom: 'Monday', dayTo: 'Friday', from: '16:00', to: '00:00' };
      const serviceHours = [{ serviceHourType: 'DaysOfTheWeek', openingHour: [weekdays], additionalInformation: [] }];
      const el = await cardOf(
        altered(api, (c) => ({ ...c, serviceHours })),
        EMPLOYMENT,
        now,
      );
      expect(statusOf(el, EMPLOYMENT)).to.equal('Open now. Closes at 24.00.');
      expect(text(office(el, EMPLOYMENT)!.querySelector('[part="hours"]'))).to.contain('16.00–24.00');
    });

    it('lists the regular week and the exceptions of the coming weeks', async () => {
      const el = await card(
        html`<koto-contact-card api-base=${api.ptv} channel=${ADULT_EDUCATION} lang="en"></koto-contact-card>`,
      );
      const hours = office(el, ADULT_EDUCATION)!.querySelector('[part="hours"]')!;
      const rows = [...hours.querySelectorAll('li')].map(
        (li) => text(li.querySelector('[aria-hidden]')) + ' ' + text(li).split(' ').at(-1),
      );
      expect(rows.slice(0, 3)).to.deep.equal(['Mon–Wed 9.00–16.00', 'Thu 12.00–19.00', 'Fri 9.00–13.00']);
      expect(text(hours)).to.contain('Wed 25.3.: closed (Closed for staff training)');
    });
  });

  describe('in Finnish, Swedish and English', () => {
    const cases: [string, string, string][] = [
      ['fi', 'Porvoon työllisyyspalvelut', 'Avoinna nyt. Sulkeutuu klo 15.00.'],
      ['sv', 'Borgå sysselsättningstjänster', 'Öppet nu. Stänger kl. 15.00.'],
      ['en', 'Porvoo Employment Services', 'Open now. Closes at 15.00.'],
    ];
    for (const [lang, name, status] of cases) {
      it(lang, async () => {
        const el = await card(
          html`<koto-contact-card api-base=${api.ptv} channel=${EMPLOYMENT} lang=${lang}>
            <koto-contact-person name="Etunimi Sukunimi" phone="040 123 4567"></koto-contact-person>
          </koto-contact-card>`,
        );
        expect(text(office(el, EMPLOYMENT)!.querySelector('h2'))).to.equal(name);
        expect(statusOf(el, EMPLOYMENT)).to.equal(status);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('open now, in Russian, Ukrainian and Arabic: a whole sentence for each kind of day', () => {
    // Thursday 26.3. at 16.00 and Friday 27.3. at 14.00 and 23.00 in Porvoo.
    const THURSDAY_AFTERNOON = '2026-03-26T14:00:00Z';
    const FRIDAY_AFTERNOON = '2026-03-27T11:00:00Z';
    const FRIDAY_NIGHT = '2026-03-27T21:00:00Z';
    // In Arabic the dates are isolated left to right with invisible marks.
    const visible = (s: string) => s.replace(/[\u2066-\u2069]/g, '');
    const cases: [string, string, string, string, string][] = [
      // A weekday takes a preposition ("в понедельник", "у понеділок", "يوم الاثنين")…
      [
        'ru',
        'opens on a weekday',
        FRIDAY_AFTERNOON,
        EMPLOYMENT,
        'Сейчас закрыто. Открывается в понедельник 30.3. в 9.00.',
      ],
      [
        'uk',
        'opens on a weekday',
        FRIDAY_AFTERNOON,
        EMPLOYMENT,
        'Зараз зачинено. Відчиняється у понеділок 30.3. о 9.00.',
      ],
      ['ar', 'opens on a weekday', FRIDAY_AFTERNOON, EMPLOYMENT, 'مغلق الآن. يُفتح يوم الاثنين 30.3. الساعة 9.00.'],
      [
        'uk',
        'next appointments on a weekday',
        THURSDAY_AFTERNOON,
        INTEGRATION,
        'Тільки за попереднім записом. Найближчий прийом у вівторок 31.3. о 9.00.',
      ],
      // … "tomorrow" none.
      ['ru', 'closes tomorrow', FRIDAY_NIGHT, ADVICE_LINE, 'Сейчас открыто. Закрывается завтра в 2.00.'],
      ['ru', 'next appointments tomorrow', WEDNESDAY, INTEGRATION, 'Только по записи. Ближайший приём завтра в 9.00.'],
    ];
    for (const [lang, name, now, id, expected] of cases) {
      it(`${lang}: ${name}`, async () => {
        api = await mockApi({ now });
        const el = await card(
          html`<koto-contact-card api-base=${api.ptv} channel=${id} lang=${lang}></koto-contact-card>`,
          now,
        );
        expect(visible(statusOf(el, id))).to.equal(expected);
      });
    }

    it('ru: closes on a weekday, after a weekend open round the clock', async () => {
      const weekend = { dayFrom: 'Friday', dayTo: 'Monday', from: '09:00', to: '09:00' };
      const serviceHours = [{ serviceHourType: 'OverMidnight', openingHour: [weekend], additionalInformation: [] }];
      const el = await cardOf(
        altered(api, (c) => ({ ...c, serviceHours })),
        EMPLOYMENT,
        FRIDAY_AFTERNOON,
        'ru',
      );
      expect(statusOf(el, EMPLOYMENT)).to.equal('Сейчас открыто. Закрывается в понедельник 30.3. в 9.00.');
      await expect(el).to.be.accessible();
    });

    it('ru: an exceptional closure in the list of changed hours', async () => {
      const el = await card(
        html`<koto-contact-card api-base=${api.ptv} channel=${ADULT_EDUCATION} lang="ru"></koto-contact-card>`,
      );
      expect(text(office(el, ADULT_EDUCATION)!.querySelector('[part="hours"]'))).to.match(/ср 25\.3\.: закрыто/);
      await expect(el).to.be.accessible();
    });
  });

  describe('the vCard download', () => {
    it('parses back to the person’s details', async () => {
      const el = await card(
        html`<koto-contact-card lang="fi">
          <koto-contact-person
            name="Etunimi Sukunimi"
            role="Kehittämispäällikkö, kotoutumiskoulutus"
            organisation="Porvoon kansalaisopisto"
            email="etunimi.sukunimi@porvoo.fi"
            phone="040 123 4567"
            languages="fi sv"
          ></koto-contact-person>
        </koto-contact-card>`,
      );
      const link = root(el).querySelector<HTMLAnchorElement>('[part="vcard"]')!;
      expect(link.getAttribute('download')).to.equal('Etunimi-Sukunimi.vcf');
      const href = link.getAttribute('href')!;
      expect(href.startsWith('data:text/vcard;charset=utf-8,')).to.equal(true);
      const vcard = new ICAL.Component(ICAL.parse(decodeURIComponent(href.split(',').slice(1).join(','))) as unknown[]);
      expect(vcard.getFirstPropertyValue('fn')).to.equal('Etunimi Sukunimi');
      expect(vcard.getFirstPropertyValue('title')).to.equal('Kehittämispäällikkö, kotoutumiskoulutus');
      expect(vcard.getFirstPropertyValue('org')).to.equal('Porvoon kansalaisopisto');
      expect(vcard.getFirstPropertyValue('email')).to.equal('etunimi.sukunimi@porvoo.fi');
      expect(vcard.getFirstPropertyValue('tel')).to.equal('tel:+358401234567');
      expect(vcard.getAllProperties('lang').map((p) => p.getFirstValue())).to.deep.equal(['fi', 'sv']);
    });
  });

  describe('mistakes in the markup', () => {
    const variants: [string, string, (el: KotoContactCard) => void, RegExp][] = [
      [
        'a malformed e-mail: the rest of the person shows',
        `<koto-contact-person name="Etunimi Sukunimi" email="etunimi.sukunimi(at)porvoo.fi" phone="040 123 4567"></koto-contact-person>`,
        (el) => {
          expect(all(el, 'a[href^="mailto:"]')).to.have.length(0);
          expect(all(el, 'a[href="tel:+358401234567"]')).to.have.length(1);
        },
        /person 1: the e-mail address is not valid/,
      ],
      [
        'a malformed phone: the e-mail still shows',
        `<koto-contact-person name="Etunimi Sukunimi" email="etunimi.sukunimi@porvoo.fi" phone="040 12A 4567"></koto-contact-person>`,
        (el) => {
          expect(all(el, 'a[href^="tel:"]')).to.have.length(0);
          expect(all(el, 'a[href="mailto:etunimi.sukunimi@porvoo.fi"]')).to.have.length(1);
        },
        /person 1: the phone number is not valid/,
      ],
      [
        'an unknown language code: the known ones show',
        `<koto-contact-person name="Etunimi Sukunimi" languages="fi xx"></koto-contact-person>`,
        (el) => expect(text(all(el, '[part~="person"]')[0])).to.contain('Languages: Finnish'),
        /languages: "xx" is not a known language code/,
      ],
      [
        'a person without a name: the others show',
        `<koto-contact-person email="etunimi.sukunimi@porvoo.fi"></koto-contact-person><koto-contact-person name="Fornamn Efternamn"></koto-contact-person>`,
        (el) => expect(all(el, '[part~="person"] .name').map(text)).to.deep.equal(['Fornamn Efternamn']),
        /person 1: the name attribute is missing/,
      ],
      [
        'a channel id that is not one, next to a good one',
        `<span data-channel="abc, ${EMPLOYMENT}"></span>`,
        (el) => expect(all(el, '[part~="office"]')).to.have.length(1),
        /channel "abc" is not a PTV service channel id/,
      ],
      [
        'a channel PTV does not have',
        `<span data-channel="00000000-0000-4000-8000-0000000000ff"></span><koto-contact-person name="Fornamn Efternamn"></koto-contact-person>`,
        (el) => {
          expect(all(el, '[part~="office"]')).to.have.length(0);
          expect(all(el, '[part~="person"]')).to.have.length(1);
          expect(root(el).querySelector('[part="note"]')).to.equal(null);
        },
        /was not found in PTV/,
      ],
    ];
    for (const [name, inner, check, warning] of variants) {
      it(name, async () => {
        let el!: KotoContactCard;
        const seen = await warnings(async () => {
          const made = document.createElement('koto-contact-card');
          made.setAttribute('lang', 'en');
          made.setAttribute('api-base', api.ptv);
          made.setAttribute('channel', /data-channel="([^"]*)"/.exec(inner)?.[1] ?? '');
          made.innerHTML = inner;
          el = await fixture<KotoContactCard>(made);
          el.now = () => Date.parse(WEDNESDAY);
          await settled(el);
          // Re-rendering does not warn again.
          el.heading = 'Yhteystiedot';
          await el.updateComplete;
          el.requestUpdate();
          await el.updateComplete;
        });
        check(el);
        expect(seen).to.have.length(1);
        expect(seen[0]).to.match(warning);
        // No personal data in the console.
        expect(seen[0]).not.to.match(/Etunimi|Sukunimi|Fornamn|porvoo\.fi|123/);
        await expect(el).to.be.accessible();
      });
    }

    it('reads compact="false" as not compact, and says so once', async () => {
      const seen = await warnings(async () => {
        const el = await card(html`<koto-contact-card compact="false" lang="en"></koto-contact-card>`);
        expect(el.compact).to.equal(false);
      });
      expect(seen).to.have.length(1);
    });

    it('reads heading-level="9" as 2, and says so once', async () => {
      const seen = await warnings(async () => {
        const el = await card(
          html`<koto-contact-card heading="Yhteystiedot" heading-level="9" lang="en">
            <koto-contact-person name="Etunimi Sukunimi"></koto-contact-person>
          </koto-contact-card>`,
        );
        expect(text(root(el).querySelector('h2'))).to.equal('Yhteystiedot');
        expect(all(el, '[part~="person"] h3')).to.have.length(1);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(seen).to.have.length(1);
      expect(seen[0]).to.contain('heading-level="9"');
    });

    it('follows people added and changed later', async () => {
      const el = await card(html`<koto-contact-card lang="en"></koto-contact-card>`);
      const person = document.createElement('koto-contact-person');
      person.setAttribute('name', 'Etunimi Sukunimi');
      el.append(person);
      await waitUntil(() => all(el, '[part~="person"]').length === 1, 'person added');
      person.phone = '+358 40 123 4567';
      await waitUntil(() => all(el, 'a[href="tel:+358401234567"]').length === 1, 'phone added');
    });
  });

  describe('when PTV is down', () => {
    it('still shows the people, with a short note and a retry that works', async () => {
      await api.fault({ path: 'ServiceChannel/', fault: 'status=503', times: 2 });
      const client = new PtvClient({ baseUrl: api.ptv, retries: 0 });
      const el = await card(
        html`<koto-contact-card .client=${client} channel="${EMPLOYMENT},${E_SERVICE}" lang="en">
          <koto-contact-person name="Etunimi Sukunimi" phone="040 123 4567"></koto-contact-person>
        </koto-contact-card>`,
      );
      expect(all(el, '[part~="person"]')).to.have.length(1);
      expect(all(el, '[part~="office"]')).to.have.length(0);
      const note = root(el).querySelector('[part~="note"]')!;
      expect(text(note.querySelector('[role="status"]'))).to.contain('We could not get the opening hours.');
      await expect(el).to.be.accessible();

      const retry = root(el).querySelector<HTMLButtonElement>('[part="retry"]')!;
      retry.focus();
      retry.click();
      await waitUntil(() => all(el, '[part~="office"]').length === 2, 'offices after retry', { timeout: 5000 });
      expect(root(el).querySelector('[part~="note"]')).to.equal(null);
      // Focus goes to the first office, not back to the top of the page.
      await waitUntil(() => root(el).activeElement?.matches('[part~="office"] .name') ?? false, 'focus moved');
    });
  });

  describe('states, each accessible', () => {
    it('loaded: every kind of office the seed has', async () => {
      const el = await card(
        html`<koto-contact-card api-base=${api.ptv} channel=${ALL} heading="Yhteystiedot" lang="sv">
          <koto-contact-person
            name="Fornamn Efternamn"
            role="Studiehandledare"
            email="fornamn.efternamn@borga.fi"
            phone="+358 40 123 4567"
            languages="sv fi"
          ></koto-contact-person>
        </koto-contact-card>`,
      );
      expect(all(el, '[part~="office"]')).to.have.length(5);
      await expect(el).to.be.accessible();
    });

    it('loading: the people show, the offices are placeholders', async () => {
      const never: PtvDataSource = {
        getServiceChannel: () => new Promise(() => {}),
        getOrganization: () => new Promise(() => {}),
      };
      const el = await fixture<KotoContactCard>(
        html`<koto-contact-card .client=${never} channel=${EMPLOYMENT} lang="en">
          <koto-contact-person name="Etunimi Sukunimi"></koto-contact-person>
        </koto-contact-card>`,
      );
      expect(all(el, '.loading')).to.have.length(1);
      expect(text(root(el).querySelector('[role="status"]'))).to.equal('Loading office information…');
      await expect(el).to.be.accessible();
    });

    it('compact: fewer details, one column', async () => {
      const el = await card(
        html`<koto-contact-card
          api-base=${api.ptv}
          channel=${EMPLOYMENT}
          compact
          heading="Kysy lisää"
          heading-level="3"
          lang="fi"
        >
          <koto-contact-person name="Etunimi Sukunimi" phone="040 123 4567" languages="fi en"></koto-contact-person>
        </koto-contact-card>`,
      );
      expect(el.hasAttribute('compact')).to.equal(true);
      expect(root(el).querySelector('h3')!.textContent).to.equal('Kysy lisää');
      expect(all(el, '[part~="card"] h4')).to.have.length(2);
      expect(office(el, EMPLOYMENT)!.querySelector('[part="hours"]')).to.equal(null);
      expect(statusOf(el, EMPLOYMENT)).to.equal('Avoinna nyt. Sulkeutuu klo 15.00.');
      await expect(el).to.be.accessible();
    });
  });
});
