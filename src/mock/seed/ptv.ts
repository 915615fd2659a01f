/**
 * Seed data of the PTV fake: the service channels and organisations of Porvoo's
 * cooperation group for integration training (synthetic: the names are real units,
 * the numbers, addresses and hours are made up). Fixed ids, so the demo page,
 * Storybook and tests can name them:
 *
 * | id | what |
 * | --- | --- |
 * | `00000000-0000-4000-8000-000000000001` | ServiceLocation: Porvoon työllisyyspalvelut (employment services); Mon–Thu 9–15, Fri 9–12; a closed Wednesday 1–2 weeks ahead, an open Saturday |
 * | `00000000-0000-4000-8000-000000000002` | ServiceLocation: Porvoon kansalaisopisto (adult education centre); closed **today** (staff training); no English name |
 * | `00000000-0000-4000-8000-000000000003` | ServiceLocation: maahanmuuttajapalvelut (integration services); by appointment only; Finnish-only descriptions |
 * | `00000000-0000-4000-8000-000000000004` | EChannel: the employment services' e-service; always open |
 * | `00000000-0000-4000-8000-000000000005` | Phone: advice line for immigrants; weekdays, and Friday evening over midnight |
 * | `00000000-0000-4000-8000-0000000000aa` | Organization: Porvoon kaupunki / Borgå stad / City of Porvoo |
 * | `00000000-0000-4000-8000-0000000000ab` | Organization: Porvoon kansalaisopisto (a sub-organisation of the city) |
 *
 * Exceptional hours are dated relative to the fake's clock when it starts, so the demo
 * always shows a closure today and holidays in the coming weeks. Some translations are
 * missing on purpose, as in real PTV data.
 *
 * Fields as PTV v11 writes them (test/contract/ptv-schema.json, from vrk-kpa/ptv-releases
 * ptv-release-3_4): a service location's e-mails are `emails` `{ value, language }`; regular
 * hours name one day per opening time (`dayTo` ""), times have seconds; an e-channel has no
 * `phoneNumbers` or `addresses`, a phone channel no `addresses`; an organisation's phones have
 * no `type` and its parent is `parentOrganizationId`.
 */
import { addDays, isoDateOf, weekdayOf } from '../../shared/time.js';
import { wgs84ToTm35fin } from '../../api/ptv/coordinates.js';

export const PTV_IDS = {
  employment: '00000000-0000-4000-8000-000000000001',
  adultEducation: '00000000-0000-4000-8000-000000000002',
  integration: '00000000-0000-4000-8000-000000000003',
  eService: '00000000-0000-4000-8000-000000000004',
  adviceLine: '00000000-0000-4000-8000-000000000005',
  city: '00000000-0000-4000-8000-0000000000aa',
  adultEducationOrg: '00000000-0000-4000-8000-0000000000ab',
} as const;

type Lang = 'fi' | 'sv' | 'en';
export interface LangValue {
  value: string;
  language: Lang;
}
type Texts = Partial<Record<Lang, string>>;

const texts = (t: Texts): LangValue[] =>
  (Object.entries(t) as [Lang, string][]).map(([language, value]) => ({ value, language }));
const named = (t: Texts, type = 'Name') => texts(t).map((x) => ({ ...x, type }));

function coordinates(lat: number, lon: number) {
  const [n, e] = wgs84ToTm35fin(lat, lon);
  return { latitude: String(Math.round(n)), longitude: String(Math.round(e)) };
}

const MUNICIPALITY = { code: '638', name: texts({ fi: 'Porvoo', sv: 'Borgå' }) };
const POST_OFFICE = texts({ fi: 'PORVOO', sv: 'BORGÅ' });

function street(fi: string, sv: string, number: string, lat: number, lon: number) {
  return {
    type: 'Location',
    subType: 'Single',
    country: 'FI',
    streetAddress: {
      street: texts({ fi, sv }),
      streetNumber: number,
      postalCode: '06100',
      postOffice: POST_OFFICE,
      municipality: MUNICIPALITY,
      additionalInformation: [],
      ...coordinates(lat, lon),
      coordinateState: 'Ok',
    },
    postOfficeBoxAddress: null,
    entrances: [],
  };
}

function poBox(box: string, postalCode: string) {
  return {
    type: 'Postal',
    subType: 'PostOfficeBox',
    country: 'FI',
    streetAddress: null,
    postOfficeBoxAddress: {
      postOfficeBox: texts({ fi: `PL ${box}`, sv: `PB ${box}` }),
      postalCode,
      postOffice: POST_OFFICE,
      municipality: MUNICIPALITY,
      additionalInformation: [],
    },
  };
}

interface Phone {
  number: string;
  prefixNumber: string | null;
  isFinnishServiceNumber: boolean;
  language: Lang;
  type: 'Phone' | 'Sms' | 'Fax';
  serviceChargeType: 'Chargeable' | 'FreeOfCharge' | 'Other';
  chargeDescription: string | null;
  additionalInformation: string | null;
}

/** The same number in several languages, as PTV lists it: one entry per language. */
function phone(number: string, lang: Texts, extra: Partial<Phone> = {}, charge: Texts = {}): Phone[] {
  return (Object.entries(lang) as [Lang, string][]).map(([language, info]) => ({
    type: 'Phone',
    prefixNumber: '+358',
    number,
    isFinnishServiceNumber: false,
    language,
    serviceChargeType: 'Chargeable',
    chargeDescription: charge[language] ?? null,
    additionalInformation: info || null,
    ...extra,
  }));
}

/** An organisation's phones: V4VmOpenApiPhone, without the channel phones' `type`. */
const orgPhone = (...args: Parameters<typeof phone>) => phone(...args).map(({ type: _type, ...rest }) => rest);

const MOBILE_CHARGE = {
  fi: 'Matkapuhelinmaksu tai paikallisverkkomaksu',
  sv: 'Mobilsamtalsavgift eller lokalnätsavgift',
};

interface OpeningHour {
  dayFrom: string;
  dayTo: string;
  from: string;
  to: string;
}
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** `09:00` as PTV writes it: `09:00:00`. */
const clock = (hhmm: string) => `${hhmm}:00`;
/** One opening time from `dayFrom` at `from` to `dayTo` (or "") at `to`, as PTV writes it. */
const hour = (dayFrom: string, dayTo: string, from: string, to: string): OpeningHour => ({
  dayFrom,
  dayTo,
  from: clock(from),
  to: clock(to),
});
/** Regular hours on the days `first` to `last`: one entry per day, `dayTo` "" (PTV-3455). */
function days(first: string, last: string, from: string, to: string): OpeningHour[] {
  const [a, b] = [WEEKDAYS.indexOf(first), WEEKDAYS.indexOf(last)];
  return WEEKDAYS.slice(a, b + 1).map((day) => hour(day, '', from, to));
}
/** An exceptional opening on one date: the date's weekday, `dayTo` "". */
const on = (date: string, from: string, to: string) => hour(WEEKDAYS[weekdayOf(date) - 1]!, '', from, to);

function regular(openingHour: OpeningHour[], extra: Record<string, unknown> = {}) {
  return {
    serviceHourType: 'DaysOfTheWeek',
    validFrom: null,
    validTo: null,
    isClosed: false,
    isAlwaysOpen: false,
    isReservation: false,
    validForNow: true,
    additionalInformation: [] as LangValue[],
    openingHour,
    ...extra,
  };
}

function exceptional(from: string, to: string | null, closed: boolean, info: Texts, openingHour: OpeningHour[] = []) {
  return {
    serviceHourType: 'Exceptional',
    validFrom: `${from}T00:00:00`,
    validTo: to ? `${to}T00:00:00` : null,
    isClosed: closed,
    isAlwaysOpen: false,
    isReservation: false,
    validForNow: false,
    additionalInformation: texts(info),
    openingHour,
  };
}

/** Christmas Eve to Boxing Day of a year: city offices are closed. */
function christmas(year: number) {
  return exceptional(`${year}-12-24`, `${year}-12-26`, true, { fi: 'Joulu', sv: 'Jul', en: 'Christmas' });
}

const common = (id: string, type: string, organizationId: string) => ({
  id,
  sourceId: null,
  serviceChannelType: type,
  organizationId,
  publishingStatus: 'Published',
  areaType: 'LimitedType',
  areas: [{ type: 'Municipality', code: '638' }],
  services: [],
  modified: '2025-08-11T07:30:00Z',
});

export interface PtvSeed {
  channels: Record<string, unknown>[];
  organizations: Record<string, unknown>[];
}

/** Builds the seed relative to `now` (exceptional days: a closure today, holidays ahead). */
export function buildPtvSeed(now: number): PtvSeed {
  const today = isoDateOf(now);
  const year = Number(today.slice(0, 4));
  // The next Saturday at least three days ahead: an open day.
  let saturday = addDays(today, 3);
  while (weekdayOf(saturday) !== 6) saturday = addDays(saturday, 1);
  // A Wednesday one to two weeks ahead: a closed working day.
  let closedDay = addDays(today, 7);
  while (weekdayOf(closedDay) !== 3) closedDay = addDays(closedDay, 1);

  const employment = {
    ...common(PTV_IDS.employment, 'ServiceLocation', PTV_IDS.city),
    serviceChannelNames: named({
      fi: 'Porvoon työllisyyspalvelut',
      sv: 'Borgå sysselsättningstjänster',
      en: 'Porvoo Employment Services',
    }),
    serviceChannelDescriptions: [
      ...named(
        {
          fi: 'Työnhaku, koulutukset ja kotoutumisen palvelut.',
          sv: 'Jobbsökning, utbildningar och integrationstjänster.',
        },
        'Summary',
      ),
      ...named({ fi: 'Asioi työllisyyspalveluissa ilman ajanvarausta aukioloaikoina.' }, 'Description'),
    ],
    languages: ['fi', 'sv', 'en'],
    phoneNumbers: phone('401234567', { fi: 'Neuvonta', sv: 'Rådgivning', en: 'Advice' }, {}, MOBILE_CHARGE),
    emails: [{ value: 'tyollisyyspalvelut@porvoo.fi', language: 'fi' }],
    webPages: [
      { url: 'https://www.porvoo.fi/tyollisyyspalvelut', language: 'fi', value: 'Työllisyyspalvelut' },
      {
        url: 'https://www.borga.fi/sysselsattningstjanster',
        language: 'sv',
        value: 'Sysselsättningstjänster',
      },
    ],
    addresses: [street('Esimerkkikatu', 'Exempelgatan', '5', 60.3921, 25.6622), poBox('23', '06101')],
    serviceHours: [
      regular([...days('Monday', 'Thursday', '09:00', '15:00'), hour('Friday', '', '09:00', '12:00')]),
      exceptional(closedDay, null, true, {
        fi: 'Henkilöstön koulutuspäivä',
        sv: 'Personalens utbildningsdag',
        en: 'Staff training day',
      }),
      exceptional(saturday, null, false, { fi: 'Rekrytointitapahtuma', sv: 'Rekryteringsevenemang' }, [
        on(saturday, '10:00', '14:00'),
      ]),
      christmas(year),
      christmas(year + 1),
    ],
  };

  const adultEducation = {
    ...common(PTV_IDS.adultEducation, 'ServiceLocation', PTV_IDS.adultEducationOrg),
    // No English name: the card falls back and says which language it shows.
    serviceChannelNames: named({ fi: 'Porvoon kansalaisopisto', sv: 'Borgå medborgarinstitut' }),
    serviceChannelDescriptions: named(
      {
        fi: 'Kotoutumiskoulutus suomeksi, kurssit ja ilmoittautuminen.',
        sv: 'Integrationsutbildning på finska, kurser och anmälan.',
      },
      'Summary',
    ),
    languages: ['fi', 'sv', 'en'],
    phoneNumbers: [
      ...phone('195200000', { fi: 'Toimisto', sv: 'Kansli', en: 'Office' }, {}, { fi: 'Paikallisverkkomaksu' }),
      // In every language version, as the office number above: a number only one version gives
      // is the `phone-languages` quirk's case, and in English it read "Language: Finnish · Tekstiviesti".
      ...phone('401234568', { fi: 'Tekstiviesti', sv: 'SMS', en: 'Text message' }, { type: 'Sms' }, MOBILE_CHARGE),
    ],
    emails: [
      { value: 'kansalaisopisto@porvoo.fi', language: 'fi' },
      { value: 'medborgarinstitutet@borga.fi', language: 'sv' },
    ],
    webPages: [
      {
        url: 'https://www.porvoo.fi/kansalaisopisto',
        language: 'fi',
        value: 'Porvoon kansalaisopisto',
      },
      {
        url: 'https://www.borga.fi/medborgarinstitut',
        language: 'sv',
        value: 'Borgå medborgarinstitut',
      },
      { url: 'https://www.porvoo.fi/en/adult-education-centre', language: 'en', value: null },
    ],
    addresses: [street('Esimerkkikatu', 'Exempelgatan', '1', 60.3932, 25.6651), poBox('23', '06101')],
    serviceHours: [
      regular([
        ...days('Monday', 'Wednesday', '09:00', '16:00'),
        hour('Thursday', '', '12:00', '19:00'),
        hour('Friday', '', '09:00', '13:00'),
      ]),
      exceptional(today, null, true, {
        fi: 'Suljettu henkilöstön koulutuksen vuoksi',
        sv: 'Stängt på grund av personalutbildning',
        en: 'Closed for staff training',
      }),
      christmas(year),
      christmas(year + 1),
    ],
  };

  const integration = {
    ...common(PTV_IDS.integration, 'ServiceLocation', PTV_IDS.city),
    serviceChannelNames: named({ fi: 'Porvoon maahanmuuttajapalvelut', sv: 'Borgå invandrartjänster' }),
    serviceChannelDescriptions: named({ fi: 'Kotoutumisen tuki ja ohjaus. Varaa aika puhelimella.' }, 'Summary'),
    languages: ['fi', 'sv', 'en', 'ru', 'ar', 'uk'],
    phoneNumbers: phone('401234569', { fi: 'Ajanvaraus', sv: 'Tidsbokning', en: '' }, {}, MOBILE_CHARGE),
    emails: [{ value: 'maahanmuuttajapalvelut@porvoo.fi', language: 'fi' }],
    webPages: [
      {
        url: 'https://www.porvoo.fi/maahanmuuttajapalvelut',
        language: 'fi',
        value: 'Maahanmuuttajapalvelut',
      },
    ],
    addresses: [street('Kirjastokatu', 'Biblioteksgatan', '3', 60.3945, 25.6603)],
    serviceHours: [
      regular([hour('Tuesday', '', '09:00', '15:00'), hour('Thursday', '', '09:00', '15:00')], {
        isReservation: true,
        additionalInformation: texts({ fi: 'Vain ajanvarauksella', sv: 'Endast med tidsbokning' }),
      }),
      christmas(year),
      christmas(year + 1),
    ],
  };

  const eService = {
    ...common(PTV_IDS.eService, 'EChannel', PTV_IDS.city),
    serviceChannelNames: named({
      fi: 'Työnhakijan verkkoasiointi',
      sv: 'Arbetssökandens e-tjänst',
      en: 'E-service for jobseekers',
    }),
    serviceChannelDescriptions: named(
      { fi: 'Ilmoittaudu työnhakijaksi verkossa.', sv: 'Anmäl dig som arbetssökande på nätet.' },
      'Summary',
    ),
    languages: ['fi', 'sv', 'en'],
    signatureQuantity: 0,
    requiresSignature: false,
    requiresAuthentication: true,
    webPages: [
      { url: 'https://asiointi.example.fi/tyonhaku', language: 'fi', value: 'Verkkoasiointi' },
      { url: 'https://asiointi.example.fi/tyonhaku?lang=sv', language: 'sv', value: 'E-tjänst' },
      { url: 'https://asiointi.example.fi/tyonhaku?lang=en', language: 'en', value: 'E-service' },
    ],
    supportPhones: [],
    supportEmails: [],
    attachments: [],
    accessibilityClassification: [],
    serviceHours: [
      {
        ...regular([]),
        isAlwaysOpen: true,
        additionalInformation: texts({ fi: 'Palvelu on auki aina.', sv: 'Tjänsten är alltid öppen.' }),
      },
    ],
  };

  const adviceLine = {
    ...common(PTV_IDS.adviceLine, 'Phone', PTV_IDS.city),
    serviceChannelNames: named({
      fi: 'Maahanmuuttajien neuvontapuhelin',
      sv: 'Rådgivningstelefon för invandrare',
      en: 'Advice line for immigrants',
    }),
    serviceChannelDescriptions: named(
      { fi: 'Neuvontaa monella kielellä.', sv: 'Rådgivning på många språk.', en: 'Advice in many languages.' },
      'Summary',
    ),
    languages: ['fi', 'en', 'ru', 'ar'],
    phoneNumbers: [
      // A national service number: no prefix, dialled from abroad with +358 and without the 0.
      {
        type: 'Phone',
        prefixNumber: null,
        number: '0800123456',
        isFinnishServiceNumber: true,
        language: 'fi',
        serviceChargeType: 'FreeOfCharge',
        chargeDescription: null,
        additionalInformation: 'Neuvonta',
      },
      {
        type: 'Phone',
        prefixNumber: null,
        number: '0800123456',
        isFinnishServiceNumber: true,
        language: 'en',
        serviceChargeType: 'FreeOfCharge',
        chargeDescription: null,
        additionalInformation: null,
      },
    ],
    supportEmails: [],
    webPages: [],
    serviceHours: [
      regular(days('Monday', 'Friday', '10:00', '16:00')),
      {
        ...regular([hour('Friday', 'Saturday', '20:00', '02:00')]),
        serviceHourType: 'OverMidnight',
        additionalInformation: texts({ fi: 'Iltapäivystys', sv: 'Kvällsjour', en: 'Evening service' }),
      },
    ],
  };

  const city = {
    id: PTV_IDS.city,
    sourceId: null,
    oid: '1.2.246.10.11908418.10.1',
    businessCode: '1061512-1',
    businessName: 'Porvoon kaupunki',
    organizationType: 'Municipality',
    publishingStatus: 'Published',
    parentOrganizationId: null,
    organizationRootId: PTV_IDS.city,
    municipality: MUNICIPALITY,
    organizationNames: named({ fi: 'Porvoon kaupunki', sv: 'Borgå stad', en: 'City of Porvoo' }),
    organizationDescriptions: [],
    displayNameType: [{ type: 'Name', language: 'fi' }],
    areaType: 'LimitedType',
    emails: [{ value: 'kirjaamo@porvoo.fi', language: 'fi', description: 'Kirjaamo' }],
    phoneNumbers: orgPhone(
      '195200000',
      { fi: 'Vaihde', sv: 'Växel', en: 'Switchboard' },
      {},
      { fi: 'Paikallisverkkomaksu' },
    ),
    webPages: [
      { url: 'https://www.porvoo.fi', language: 'fi', value: 'porvoo.fi' },
      { url: 'https://www.borga.fi', language: 'sv', value: 'borga.fi' },
    ],
    addresses: [poBox('23', '06101')],
    modified: '2025-06-02T09:00:00Z',
  };

  const adultEducationOrg = {
    ...city,
    id: PTV_IDS.adultEducationOrg,
    oid: null,
    businessCode: null,
    businessName: null,
    organizationType: 'Municipality',
    parentOrganizationId: PTV_IDS.city,
    organizationNames: named({ fi: 'Porvoon kansalaisopisto', sv: 'Borgå medborgarinstitut' }),
    emails: [{ value: 'kansalaisopisto@porvoo.fi', language: 'fi', description: null }],
    phoneNumbers: orgPhone('195200000', { fi: 'Toimisto', sv: 'Kansli' }, {}, { fi: 'Paikallisverkkomaksu' }),
    webPages: [{ url: 'https://www.porvoo.fi/kansalaisopisto', language: 'fi', value: 'Kansalaisopisto' }],
  };

  return {
    channels: [employment, adultEducation, integration, eService, adviceLine],
    organizations: [city, adultEducationOrg],
  };
}
