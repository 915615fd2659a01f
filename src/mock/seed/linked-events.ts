/**
 * Seed data of the Linked Events fake: Porvoo integration training (synthetic).
 * Dates are relative to the fake's clock, so the demo always has courses whose
 * enrolment is open, not yet open and closed. Some translations are missing on purpose.
 */
import { addDays, fromZoned, isoDateOf, parseIsoDate, weekdayOf } from '../../shared/time.js';

export type Localised = Partial<Record<'fi' | 'sv' | 'en' | 'ru' | 'ar' | 'uk', string | null>>;

export interface SeedPlace {
  id: string;
  name: Localised;
  street_address: Localised;
  postal_code: string;
  address_locality: Localised;
  position: { type: 'Point'; coordinates: [number, number] } | null;
  telephone: Localised | null;
  email: string | null;
  info_url: Localised | null;
}

export interface SeedKeyword {
  id: string;
  name: Localised;
}

export interface SeedRegistration {
  id: string;
  event: string;
  enrolment_start_time: string | null;
  enrolment_end_time: string | null;
  maximum_attendee_capacity: number | null;
  waiting_list_capacity: number | null;
  maximum_group_size: number | null;
  /** Attendees and waiting-list places taken before the fake started. */
  seededAttendees: number;
  seededWaitlist: number;
  mandatory_fields: string[];
  audience_min_age: number | null;
  audience_max_age: number | null;
  confirmation_message: Localised | null;
  instructions: Localised | null;
  /**
   * Customer groups with prices (Linked Events' web store): when there is one, the registration
   * requires a payment, which the enrolment form cannot take.
   */
  registration_price_groups?: SeedPriceGroup[];
}

export interface SeedPriceGroup {
  id: number;
  price_group: { id: number; description: Localised };
  price: string;
  vat_percentage: string;
  price_without_vat: string;
  vat: string;
}

export interface SeedEvent {
  id: string;
  event_status: 'EventScheduled' | 'EventCancelled' | 'EventPostponed' | 'EventRescheduled';
  name: Localised;
  short_description: Localised | null;
  description: Localised | null;
  start_time: string | null;
  end_time: string | null;
  enrolment_start_time: string | null;
  enrolment_end_time: string | null;
  maximum_attendee_capacity: number | null;
  minimum_attendee_capacity: number | null;
  audience_min_age: number | null;
  audience_max_age: number | null;
  keywords: string[];
  in_language: string[];
  location: string | null;
  location_extra_info: Localised | null;
  offers: { is_free: boolean; price: Localised | null; description: Localised | null; info_url: Localised | null }[];
  registration: string | null;
  provider: Localised | null;
  info_url: Localised | null;
  publisher: string;
  last_modified_time: string;
}

export interface LinkedEventsSeed {
  places: SeedPlace[];
  keywords: SeedKeyword[];
  events: SeedEvent[];
  registrations: SeedRegistration[];
}

export const PUBLISHER = 'porvoo:kansalaisopisto';

export const PLACES: SeedPlace[] = [
  {
    id: 'porvoo:kansalaisopisto',
    name: { fi: 'Porvoon kansalaisopisto', sv: 'Borgå medborgarinstitut', en: 'Porvoo Adult Education Centre' },
    street_address: { fi: 'Esimerkkikatu 1', sv: 'Exempelgatan 1' },
    postal_code: '06100',
    address_locality: { fi: 'Porvoo', sv: 'Borgå' },
    position: { type: 'Point', coordinates: [25.6651, 60.3932] },
    telephone: { fi: '+358 19 520 0000' },
    email: 'kansalaisopisto@example.fi',
    info_url: { fi: 'https://www.example.fi/kansalaisopisto', sv: 'https://www.example.fi/medborgarinstitut' },
  },
  {
    id: 'porvoo:kirjasto',
    name: { fi: 'Porvoon pääkirjasto, luokka 2', sv: 'Borgå huvudbibliotek, klassrum 2' },
    street_address: { fi: 'Kirjastokatu 3', sv: 'Biblioteksgatan 3' },
    postal_code: '06100',
    address_locality: { fi: 'Porvoo', sv: 'Borgå' },
    position: { type: 'Point', coordinates: [25.6603, 60.3945] },
    telephone: null,
    email: null,
    info_url: null,
  },
  {
    id: 'porvoo:tyollisyys',
    name: {
      fi: 'Porvoon työllisyyspalvelut, koulutustila',
      sv: 'Borgå sysselsättningstjänster, utbildningsrum',
      en: 'Porvoo Employment Services, training room',
    },
    street_address: { fi: 'Esimerkkikatu 5', sv: 'Exempelgatan 5' },
    postal_code: '06100',
    address_locality: { fi: 'Porvoo', sv: 'Borgå' },
    position: { type: 'Point', coordinates: [25.6622, 60.3921] },
    telephone: null,
    email: null,
    info_url: null,
  },
  {
    // Outside the centre: about 10 km north-west, by bus.
    id: 'porvoo:kulloo',
    name: { fi: 'Kullon koulu', sv: 'Kullo skola' },
    street_address: { fi: 'Kullontie 10', sv: 'Kullovägen 10' },
    postal_code: '06830',
    address_locality: { fi: 'Kulloonkylä', sv: 'Kullobyn' },
    position: { type: 'Point', coordinates: [25.5347, 60.3896] },
    telephone: null,
    email: null,
    info_url: null,
  },
];

export const KEYWORDS: SeedKeyword[] = [
  { id: 'yso:p19331', name: { fi: 'kotoutumiskoulutus', sv: 'integrationsutbildning', en: 'integration training' } },
  { id: 'yso:p11617', name: { fi: 'lukutaito', sv: 'läskunnighet', en: 'literacy' } },
  { id: 'porvoo:path-slow', name: { fi: 'hidas polku', sv: 'långsam studieväg', en: 'slow path' } },
  { id: 'porvoo:path-basic', name: { fi: 'peruspolku', sv: 'grundläggande studieväg', en: 'basic path' } },
  { id: 'porvoo:path-fast', name: { fi: 'nopea polku', sv: 'snabb studieväg', en: 'fast path' } },
  {
    id: 'porvoo:path-literacy',
    name: { fi: 'lukutaitokoulutus', sv: 'läs- och skrivutbildning', en: 'literacy training' },
  },
  ...['A1', 'A1.1', 'A1.2', 'A1.3', 'A2', 'A2.1', 'A2.2', 'B1', 'B1.1'].map((level) => ({
    id: `porvoo:level-${level.toLowerCase().replace('.', '-')}`,
    name: { fi: level, sv: level, en: level },
  })),
  ...(
    [
      ['mon', 'maanantai', 'måndag', 'Monday'],
      ['tue', 'tiistai', 'tisdag', 'Tuesday'],
      ['wed', 'keskiviikko', 'onsdag', 'Wednesday'],
      ['thu', 'torstai', 'torsdag', 'Thursday'],
      ['fri', 'perjantai', 'fredag', 'Friday'],
    ] as const
  ).map(([id, fi, sv, en]) => ({ id: `porvoo:weekday-${id}`, name: { fi, sv, en } })),
];

type Path = 'slow' | 'basic' | 'fast' | 'literacy';
/**
 * `full-waitlist-unlimited`: full, with a waiting list without a limit (`waiting_list_capacity: null`);
 * `unlimited`: open, with no limit on seats (`maximum_attendee_capacity: null`).
 */
type Enrolment =
  'open' | 'upcoming' | 'closed' | 'full-waitlist' | 'full-waitlist-unlimited' | 'full' | 'last-seat' | 'unlimited';

interface CourseSpec {
  path: Path;
  levels: string[];
  evening: boolean;
  weekdays: ('mon' | 'tue' | 'wed' | 'thu' | 'fri')[];
  place: string;
  /** Days from today to the first session. */
  startIn: number;
  weeks: number;
  enrolment: Enrolment;
  status?: SeedEvent['event_status'];
  /** No time of day: `start_time` is a bare date. */
  bareDate?: boolean;
  /** No registration object: enrolment times come from the event. */
  noRegistration?: boolean;
  missing?: ('en' | 'sv')[];
  price?: number;
  /** The registration takes the price as a payment (customer groups), not only as information. */
  paidOnline?: boolean;
}

const PATH_NAMES: Record<Path, Localised> = {
  slow: {
    fi: 'Kotoutumiskoulutus, hidas polku',
    sv: 'Integrationsutbildning på finska, långsam studieväg',
    en: 'Integration training in Finnish, slow path',
  },
  basic: {
    fi: 'Kotoutumiskoulutus, peruspolku',
    sv: 'Integrationsutbildning på finska, grundläggande studieväg',
    en: 'Integration training in Finnish, basic path',
  },
  fast: {
    fi: 'Kotoutumiskoulutus, nopea polku',
    sv: 'Integrationsutbildning på finska, snabb studieväg',
    en: 'Integration training in Finnish, fast path',
  },
  literacy: { fi: 'Lukutaitokoulutus', sv: 'Läs- och skrivutbildning', en: 'Literacy training' },
};

const SHORT: Record<Path, Localised> = {
  slow: {
    fi: 'Opiskelet suomea rauhallisesti. Sopii, jos opiskelu on sinulle uutta.',
    sv: 'Du studerar finska i lugn takt. Passar om studier är nytt för dig.',
    en: 'You study Finnish at a calm pace. Good if studying is new to you.',
  },
  basic: {
    fi: 'Suomen kieltä ja työelämätaitoja arkipäivisin.',
    sv: 'Finska och arbetslivsfärdigheter på vardagar.',
    en: 'Finnish and working-life skills on weekdays.',
  },
  fast: {
    fi: 'Opiskelet nopeasti. Sopii, jos olet opiskellut paljon ennen.',
    sv: 'Du studerar snabbt. Passar om du har studerat mycket tidigare.',
    en: 'You study fast. Good if you have studied a lot before.',
  },
  literacy: {
    fi: 'Opit lukemaan ja kirjoittamaan suomeksi.',
    sv: 'Du lär dig läsa och skriva på finska.',
    en: 'You learn to read and write in Finnish.',
  },
};

const DESCRIPTION: Record<Path, Localised> = {
  slow: {
    fi: '<p>Koulutus sisältää <strong>suomen kieltä</strong>, arjen taitoja ja tietoa suomalaisesta yhteiskunnasta.</p><ul><li>Pienet ryhmät</li><li>Paljon harjoittelua</li></ul>',
    sv: '<p>Utbildningen omfattar <strong>finska</strong>, vardagsfärdigheter och kunskap om det finländska samhället.</p><ul><li>Små grupper</li><li>Mycket övning</li></ul>',
    en: '<p>The training includes <strong>Finnish</strong>, everyday skills and knowledge of Finnish society.</p><ul><li>Small groups</li><li>Lots of practice</li></ul>',
  },
  basic: {
    fi: '<p>Koulutus sisältää <strong>suomen kieltä</strong>, yhteiskunta- ja työelämäosaamista sekä työssäoppimista.</p><p>Lisätietoa: <a href="https://www.example.fi/kotoutumiskoulutus">kotoutumiskoulutus</a>.</p>',
    sv: '<p>Utbildningen omfattar <strong>finska</strong>, samhälls- och arbetslivskunskap samt lärande i arbetet.</p>',
    en: '<p>The training includes <strong>Finnish</strong>, knowledge of society and working life, and work-based learning.</p>',
  },
  fast: {
    fi: '<p>Nopea polku sopii, jos olet opiskellut paljon. Tavoite on taso <strong>B1.1</strong>.</p><ol><li>Kieli ja viestintä</li><li>Työelämä</li><li>Ohjaus</li></ol>',
    sv: '<p>Den snabba studievägen passar om du har studerat mycket. Målet är nivå <strong>B1.1</strong>.</p>',
    en: '<p>The fast path suits you if you have studied a lot. The goal is level <strong>B1.1</strong>.</p>',
  },
  literacy: {
    fi: '<p>Opit latinalaiset kirjaimet, lukemisen ja kirjoittamisen. Opetus on <em>selkeää ja rauhallista</em>.</p>',
    sv: '<p>Du lär dig det latinska alfabetet, att läsa och att skriva.</p>',
    en: '<p>You learn the Latin alphabet, reading and writing. Teaching is <em>clear and calm</em>.</p>',
  },
};

// 36 hand-made courses over all paths, levels, times and places.
const SPECS: CourseSpec[] = [
  {
    path: 'basic',
    levels: ['A1.1', 'A1.2', 'A1.3'],
    evening: false,
    weekdays: ['mon', 'tue', 'wed', 'thu'],
    place: 'porvoo:kansalaisopisto',
    startIn: 24,
    weeks: 36,
    enrolment: 'open',
  },
  {
    path: 'basic',
    levels: ['A1.3', 'A2.1'],
    evening: false,
    weekdays: ['mon', 'tue', 'wed', 'thu'],
    place: 'porvoo:kansalaisopisto',
    startIn: 31,
    weeks: 30,
    enrolment: 'last-seat',
  },
  {
    path: 'basic',
    levels: ['A2.1', 'A2.2'],
    evening: false,
    weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'],
    place: 'porvoo:tyollisyys',
    startIn: 45,
    weeks: 30,
    enrolment: 'full-waitlist',
  },
  {
    path: 'basic',
    levels: ['A2.2', 'B1.1'],
    evening: false,
    weekdays: ['tue', 'wed', 'thu'],
    place: 'porvoo:kansalaisopisto',
    startIn: 60,
    weeks: 24,
    enrolment: 'upcoming',
  },
  {
    path: 'basic',
    levels: ['A1.1', 'A1.2'],
    evening: true,
    weekdays: ['mon', 'wed'],
    place: 'porvoo:kirjasto',
    startIn: 17,
    weeks: 30,
    enrolment: 'open',
    missing: ['en'],
  },
  {
    path: 'basic',
    levels: ['A1.3', 'A2.1'],
    evening: true,
    weekdays: ['tue', 'thu'],
    place: 'porvoo:kirjasto',
    startIn: 38,
    weeks: 30,
    enrolment: 'open',
  },
  {
    path: 'basic',
    levels: ['A2.1', 'A2.2'],
    evening: true,
    weekdays: ['mon', 'wed'],
    place: 'porvoo:kansalaisopisto',
    startIn: -40,
    weeks: 30,
    enrolment: 'closed',
  },
  {
    path: 'basic',
    levels: ['A1.1'],
    evening: false,
    weekdays: ['mon', 'tue', 'wed', 'thu'],
    place: 'porvoo:kulloo',
    startIn: 52,
    weeks: 30,
    enrolment: 'open',
    missing: ['sv'],
  },
  {
    path: 'basic',
    levels: ['A2.2', 'B1.1'],
    evening: true,
    weekdays: ['tue', 'thu'],
    place: 'porvoo:tyollisyys',
    startIn: 75,
    weeks: 24,
    enrolment: 'upcoming',
    missing: ['en'],
  },
  {
    path: 'basic',
    levels: ['A1.2', 'A1.3'],
    evening: false,
    weekdays: ['mon', 'tue', 'wed', 'thu'],
    place: 'porvoo:kansalaisopisto',
    startIn: 10,
    weeks: 30,
    enrolment: 'full',
  },
  {
    path: 'slow',
    levels: ['A1.1'],
    evening: false,
    weekdays: ['mon', 'tue', 'wed', 'thu'],
    place: 'porvoo:kansalaisopisto',
    startIn: 20,
    weeks: 40,
    enrolment: 'open',
  },
  {
    path: 'slow',
    levels: ['A1.1', 'A1.2'],
    evening: false,
    weekdays: ['mon', 'tue', 'wed'],
    place: 'porvoo:kirjasto',
    startIn: 34,
    weeks: 40,
    enrolment: 'open',
    missing: ['en', 'sv'],
  },
  {
    path: 'slow',
    levels: ['A1.2', 'A1.3'],
    evening: false,
    weekdays: ['tue', 'wed', 'thu'],
    place: 'porvoo:kulloo',
    startIn: 48,
    weeks: 40,
    enrolment: 'full-waitlist',
  },
  {
    path: 'slow',
    levels: ['A1.1'],
    evening: true,
    weekdays: ['mon', 'thu'],
    place: 'porvoo:kansalaisopisto',
    startIn: 27,
    weeks: 40,
    enrolment: 'open',
  },
  {
    path: 'slow',
    levels: ['A1.3', 'A2.1'],
    evening: false,
    weekdays: ['mon', 'tue', 'wed', 'thu'],
    place: 'porvoo:kansalaisopisto',
    startIn: 90,
    weeks: 40,
    enrolment: 'upcoming',
  },
  {
    path: 'slow',
    levels: ['A1.1', 'A1.2'],
    evening: false,
    weekdays: ['mon', 'tue', 'wed', 'thu'],
    place: 'porvoo:tyollisyys',
    startIn: -20,
    weeks: 40,
    enrolment: 'closed',
  },
  {
    path: 'slow',
    levels: ['A2.1'],
    evening: true,
    weekdays: ['tue', 'thu'],
    place: 'porvoo:kirjasto',
    startIn: 41,
    weeks: 36,
    enrolment: 'open',
    status: 'EventPostponed',
  },
  {
    path: 'fast',
    levels: ['A1.2', 'A1.3', 'A2.1'],
    evening: false,
    weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'],
    place: 'porvoo:kansalaisopisto',
    startIn: 22,
    weeks: 20,
    enrolment: 'open',
  },
  {
    path: 'fast',
    levels: ['A2.1', 'A2.2', 'B1.1'],
    evening: false,
    weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'],
    place: 'porvoo:tyollisyys',
    startIn: 36,
    weeks: 20,
    enrolment: 'open',
    price: 0,
  },
  {
    path: 'fast',
    levels: ['A2.2', 'B1.1'],
    evening: true,
    weekdays: ['mon', 'wed'],
    place: 'porvoo:kansalaisopisto',
    startIn: 29,
    weeks: 24,
    enrolment: 'full-waitlist',
    missing: ['en'],
  },
  {
    path: 'fast',
    levels: ['B1.1'],
    evening: false,
    weekdays: ['tue', 'wed', 'thu'],
    place: 'porvoo:kansalaisopisto',
    startIn: 66,
    weeks: 16,
    enrolment: 'upcoming',
  },
  {
    path: 'fast',
    levels: ['A1.3', 'A2.1'],
    evening: true,
    weekdays: ['tue', 'thu'],
    place: 'porvoo:kirjasto',
    startIn: 15,
    weeks: 20,
    enrolment: 'open',
    price: 45,
    paidOnline: true,
  },
  {
    path: 'fast',
    levels: ['A2.1', 'A2.2'],
    evening: false,
    weekdays: ['mon', 'tue', 'wed', 'thu'],
    place: 'porvoo:kansalaisopisto',
    startIn: -60,
    weeks: 20,
    enrolment: 'closed',
  },
  {
    path: 'fast',
    levels: ['A2.2'],
    evening: false,
    weekdays: ['mon', 'tue', 'wed', 'thu'],
    place: 'porvoo:kansalaisopisto',
    startIn: 40,
    weeks: 20,
    enrolment: 'open',
    status: 'EventRescheduled',
  },
  {
    path: 'literacy',
    levels: ['A1.1'],
    evening: false,
    weekdays: ['mon', 'tue', 'wed', 'thu'],
    place: 'porvoo:kansalaisopisto',
    startIn: 19,
    weeks: 36,
    enrolment: 'open',
  },
  {
    path: 'literacy',
    levels: ['A1.1'],
    evening: false,
    weekdays: ['mon', 'tue', 'wed'],
    place: 'porvoo:kulloo',
    startIn: 33,
    weeks: 36,
    enrolment: 'open',
    missing: ['en'],
  },
  {
    path: 'literacy',
    levels: ['A1.1', 'A1.2'],
    evening: true,
    weekdays: ['tue', 'thu'],
    place: 'porvoo:kirjasto',
    startIn: 26,
    weeks: 36,
    enrolment: 'full-waitlist',
  },
  {
    path: 'literacy',
    levels: ['A1.1'],
    evening: false,
    weekdays: ['mon', 'tue', 'wed', 'thu'],
    place: 'porvoo:kansalaisopisto',
    startIn: 80,
    weeks: 36,
    enrolment: 'upcoming',
    missing: ['sv'],
  },
  {
    path: 'literacy',
    levels: ['A1.1'],
    evening: false,
    weekdays: ['mon', 'tue', 'wed', 'thu'],
    place: 'porvoo:kansalaisopisto',
    startIn: 14,
    weeks: 36,
    enrolment: 'open',
    status: 'EventCancelled',
  },
  {
    path: 'literacy',
    levels: ['A1.1'],
    evening: false,
    weekdays: ['mon', 'wed'],
    place: 'porvoo:kansalaisopisto',
    startIn: 55,
    weeks: 30,
    enrolment: 'open',
    bareDate: true,
    noRegistration: true,
  },
  {
    path: 'basic',
    levels: ['A1.1', 'A1.2'],
    evening: false,
    weekdays: ['mon', 'tue', 'wed', 'thu'],
    place: 'porvoo:tyollisyys',
    startIn: 44,
    weeks: 30,
    enrolment: 'open',
    noRegistration: true,
  },
  {
    path: 'basic',
    levels: ['B1', 'B1.1'],
    evening: true,
    weekdays: ['wed'],
    place: 'porvoo:kansalaisopisto',
    startIn: 18,
    weeks: 12,
    enrolment: 'open',
    price: 30,
    missing: ['sv'],
  },
  {
    path: 'slow',
    levels: ['A1'],
    evening: false,
    weekdays: ['mon', 'tue', 'wed', 'thu'],
    place: 'porvoo:kansalaisopisto',
    startIn: 23,
    weeks: 40,
    enrolment: 'open',
  },
  {
    path: 'fast',
    levels: ['A2'],
    evening: true,
    weekdays: ['mon', 'wed'],
    place: 'porvoo:tyollisyys',
    startIn: 50,
    weeks: 20,
    enrolment: 'full',
  },
  {
    path: 'basic',
    levels: ['A1.2', 'A1.3'],
    evening: true,
    weekdays: ['tue', 'thu'],
    place: 'porvoo:tyollisyys',
    startIn: 32,
    weeks: 30,
    enrolment: 'full-waitlist-unlimited',
  },
  {
    path: 'slow',
    levels: ['A1.2'],
    evening: false,
    weekdays: ['mon', 'wed', 'fri'],
    place: 'porvoo:kirjasto',
    startIn: 28,
    weeks: 40,
    enrolment: 'unlimited',
  },
];

const WEEKDAY_NUMBER = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5 } as const;

const LEVEL_WORD: Localised = { fi: 'taso', sv: 'nivå', en: 'level' };
const EVENING: Localised = { fi: 'iltaryhmä', sv: 'kvällsgrupp', en: 'evening group' };

function courseName(spec: CourseSpec): Localised {
  const out: Localised = {};
  for (const lang of ['fi', 'sv', 'en'] as const) {
    // A missing translation is left out, never `null` (TranslatedModelSerializer in the API's source).
    if (spec.missing?.includes(lang as 'en' | 'sv')) continue;
    const base = PATH_NAMES[spec.path][lang];
    const level = spec.levels.length > 1 ? `${spec.levels[0]}–${spec.levels[spec.levels.length - 1]}` : spec.levels[0];
    out[lang] = `${base}, ${LEVEL_WORD[lang]} ${level}${spec.evening ? `, ${EVENING[lang]}` : ''}`;
  }
  return out;
}

function pick(source: Localised, missing: CourseSpec['missing']): Localised {
  const out: Localised = { ...source };
  for (const lang of missing ?? []) delete out[lang];
  return out;
}

/** The first date on or after `from` that falls on one of the weekdays. */
function firstOnWeekday(from: string, weekdays: number[]): string {
  let d = from;
  for (let i = 0; i < 7 && !weekdays.includes(weekdayOf(d)); i++) d = addDays(d, 1);
  return d;
}

function iso(instant: number): string {
  return new Date(instant).toISOString().replace('.000Z', 'Z');
}

function at(date: string, hour: number, minute = 0): number {
  const p = parseIsoDate(date)!;
  return fromZoned(p.year, p.month, p.day, hour, minute);
}

/** Builds the seed for a clock reading; `count` beyond 36 repeats the specs with new ids (benchmarks). */
export function buildLinkedEventsSeed(now: number, count = SPECS.length): LinkedEventsSeed {
  const today = isoDateOf(now);
  const events: SeedEvent[] = [];
  const registrations: SeedRegistration[] = [];
  for (let n = 0; n < count; n++) {
    const spec = SPECS[n % SPECS.length]!;
    const round = Math.floor(n / SPECS.length);
    const id = `porvoo:koto-${String(n + 1).padStart(round > 0 ? 4 : 2, '0')}`;
    const days = spec.weekdays.map((w) => WEEKDAY_NUMBER[w]);
    const first = firstOnWeekday(addDays(today, spec.startIn + round * 7), days);
    const lastWeekStart = addDays(first, (spec.weeks - 1) * 7);
    const last = firstOnWeekday(lastWeekStart, [days[days.length - 1]!]);
    const [h1, h2] = spec.evening ? [17, 20] : [9, 14];
    const startTime = spec.bareDate ? first : iso(at(first, h1));
    const endTime = spec.bareDate ? null : iso(at(last, h2, spec.evening ? 15 : 0));

    let enrolStart: number;
    let enrolEnd: number;
    switch (spec.enrolment) {
      case 'upcoming':
        enrolStart = at(addDays(today, 12), 8);
        enrolEnd = at(addDays(first, -7), 16);
        break;
      case 'closed':
        enrolStart = at(addDays(first, -70), 8);
        enrolEnd = at(addDays(first, -14), 16);
        break;
      default:
        enrolStart = at(addDays(today, -21), 8);
        enrolEnd = at(addDays(first, -3), 16);
    }
    const size = spec.path === 'literacy' || spec.path === 'slow' ? 12 : 16;
    // Linked Events says "no limit" with null.
    const capacity = spec.enrolment === 'unlimited' ? null : size;
    const attendees = {
      open: Math.floor(size / 2) - (n % 3),
      'last-seat': size - 1,
      full: size,
      'full-waitlist': size,
      'full-waitlist-unlimited': size,
      closed: size - 2,
      upcoming: 0,
      unlimited: size + 9,
    }[spec.enrolment];
    const waitlistCapacity = spec.enrolment === 'full' ? 0 : spec.enrolment === 'full-waitlist-unlimited' ? null : 10;
    const waitlist = spec.enrolment === 'full-waitlist' ? 3 : spec.enrolment === 'full-waitlist-unlimited' ? 14 : 0;

    const registrationId = spec.noRegistration ? null : String(100 + n);
    if (registrationId) {
      registrations.push({
        id: registrationId,
        event: id,
        enrolment_start_time: iso(enrolStart),
        enrolment_end_time: iso(enrolEnd),
        maximum_attendee_capacity: capacity,
        waiting_list_capacity: waitlistCapacity,
        maximum_group_size: 1,
        seededAttendees: attendees,
        seededWaitlist: waitlist,
        mandatory_fields:
          n % 4 === 0
            ? ['first_name', 'last_name', 'phone_number', 'street_address', 'zipcode', 'city']
            : ['first_name', 'last_name', 'phone_number'],
        audience_min_age: 17,
        audience_max_age: spec.path === 'fast' ? 64 : null,
        confirmation_message: {
          fi: 'Kiitos! Otamme sinuun yhteyttä kahden viikon kuluessa.',
          sv: 'Tack! Vi kontaktar dig inom två veckor.',
          en: 'Thank you! We will contact you within two weeks.',
        },
        instructions: {
          fi: 'Jos olet työllisyyspalveluiden asiakas, kerro asiasta myös omalle asiantuntijallesi.',
          sv: 'Om du är kund hos sysselsättningstjänsterna, berätta det också för din egen expert.',
        },
        ...(spec.paidOnline && spec.price
          ? {
              registration_price_groups: [
                {
                  id: 1,
                  price_group: { id: 2, description: { fi: 'Aikuinen', sv: 'Vuxen', en: 'Adult' } },
                  price: spec.price.toFixed(2),
                  vat_percentage: '0.00',
                  price_without_vat: spec.price.toFixed(2),
                  vat: '0.00',
                },
              ],
            }
          : {}),
      });
    }
    const price = spec.price;
    events.push({
      id,
      event_status: spec.status ?? 'EventScheduled',
      name: courseName(spec),
      short_description: pick(SHORT[spec.path], spec.missing),
      description: pick(DESCRIPTION[spec.path], spec.missing),
      start_time: startTime,
      end_time: endTime,
      // The event keeps its own (older) times; the registration's win when there is one.
      enrolment_start_time: iso(enrolStart - (registrationId ? 7 * 86_400_000 : 0)),
      enrolment_end_time: iso(enrolEnd),
      maximum_attendee_capacity: capacity,
      minimum_attendee_capacity: Math.floor(size / 2),
      audience_min_age: 17,
      audience_max_age: null,
      keywords: [
        'yso:p19331',
        ...(spec.path === 'literacy' ? ['yso:p11617'] : []),
        `porvoo:path-${spec.path}`,
        ...spec.levels.map((l) => `porvoo:level-${l.toLowerCase().replace('.', '-')}`),
        ...spec.weekdays.map((w) => `porvoo:weekday-${w}`),
      ],
      in_language: ['fi'],
      location: spec.place,
      location_extra_info:
        spec.place === 'porvoo:kulloo'
          ? { fi: 'Bussi 3 torilta, pysäkki Kullon koulu.', sv: 'Buss 3 från torget, hållplats Kullo skola.' }
          : null,
      offers: [
        price
          ? {
              is_free: false,
              price: { fi: `${price} €`, sv: `${price} €`, en: `€${price}` },
              description: { fi: 'Materiaalimaksu.', sv: 'Materialavgift.' },
              info_url: null,
            }
          : {
              is_free: true,
              price: null,
              description: {
                fi: 'Maksuton työnhakijoille.',
                sv: 'Avgiftsfri för arbetssökande.',
                en: 'Free for jobseekers.',
              },
              info_url: null,
            },
      ],
      registration: registrationId,
      provider: { fi: 'Porvoon kansalaisopisto', sv: 'Borgå medborgarinstitut', en: 'Porvoo Adult Education Centre' },
      info_url: {
        fi: 'https://www.example.fi/kotoutumiskoulutus',
        sv: 'https://www.example.fi/integrationsutbildning',
      },
      publisher: PUBLISHER,
      last_modified_time: iso(now - (n + 1) * 3_600_000),
    });
  }
  return { places: PLACES, keywords: KEYWORDS, events, registrations };
}
