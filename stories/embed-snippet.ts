/**
 * The snippet an editor pastes into the CMS, as the README's editor's guide documents it:
 * the script tag and the `<meta>` tag of the element's API (lines of the guide's first
 * snippet), then the element with the attributes the editor chose. Used by the embed
 * builder; test/e2e checks it against the guide and pastes it into a blank page.
 */

/** Where the guide puts the script: the `cdn/` folder copied to the site as `/koto-elements/`. */
export const SCRIPT_SRC = '/koto-elements/koto-elements.js';

export const ELEMENTS = {
  'koto-course-catalogue': { api: 'linked-events', label: 'Course catalogue' },
  'koto-enrolment-form': { api: 'linked-events', label: 'Enrolment form' },
  'koto-guidance-booking': { api: 'respa', label: 'Guidance booking' },
  'koto-contact-card': { api: 'ptv', label: 'Contact card' },
} as const;
export type ElementName = keyof typeof ELEMENTS;

/** The city's APIs, as in the guide's first snippet. */
export const API_BASES = {
  'linked-events': 'https://api.hel.fi/linkedevents/v1/',
  respa: 'https://api.hel.fi/respa/v1/',
  ptv: 'https://api.palvelutietovaranto.suomi.fi/api/v11/',
} as const;

export interface Person {
  name: string;
  role: string;
  organisation: string;
  email: string;
  phone: string;
  languages: string;
}

export interface EmbedOptions {
  element: ElementName;
  /** '' = the page's language. */
  lang: string;
  keyword: string;
  pageSize: string;
  enrolHref: string;
  syncUrl: boolean;
  event: string;
  privacyHref: string;
  catalogueHref: string;
  contactPhone: string;
  contactEmail: string;
  resource: string;
  channel: string;
  heading: string;
  people: Person[];
}

/** What the builder starts with: each element's snippet in the guide. */
export const DEFAULTS: EmbedOptions = {
  element: 'koto-course-catalogue',
  lang: '',
  keyword: 'yso:p19331',
  pageSize: '',
  enrolHref: '/ilmoittautuminen?course={id}',
  syncUrl: true,
  event: '',
  privacyHref: '/tietosuoja',
  catalogueHref: '/kurssit',
  contactPhone: '019 520 0000',
  contactEmail: 'kansalaisopisto@porvoo.fi',
  resource: 'porvoo-ohjaus-1,porvoo-ohjaus-2',
  channel: '00000000-0000-4000-8000-000000000001',
  heading: 'Yhteystiedot',
  people: [
    {
      name: 'Etunimi Sukunimi',
      role: 'Kehittämispäällikkö, kotoutumiskoulutus',
      organisation: 'Porvoon kansalaisopisto',
      email: 'etunimi.sukunimi@porvoo.fi',
      phone: '+358 40 123 4567',
      languages: 'fi sv en',
    },
  ],
};

const escape = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** ` name="value"` for each non-empty value (`true` = a boolean attribute). */
const attributes = (pairs: [string, string | boolean][]) =>
  pairs
    .filter(([, value]) => value !== false && String(value).trim() !== '')
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escape(String(value).trim())}"`))
    .join('');

/** The script tag and the `<meta>` tag of the element's API. */
export function headSnippet(element: ElementName): string {
  const api = ELEMENTS[element].api;
  return [
    `<script type="module" src="${SCRIPT_SRC}"></script>`,
    `<meta name="koto-elements:${api}" content="${API_BASES[api]}">`,
  ].join('\n');
}

/** The element, with the options that apply to it. */
export function elementSnippet(o: EmbedOptions): string {
  const lang: [string, string] = ['lang', o.lang];
  switch (o.element) {
    case 'koto-course-catalogue':
      return `<koto-course-catalogue${attributes([
        ['keyword', o.keyword],
        ['page-size', o.pageSize],
        ['enrol-href', o.enrolHref],
        ['sync-url', o.syncUrl],
        lang,
      ])}></koto-course-catalogue>`;
    case 'koto-enrolment-form':
      return `<koto-enrolment-form${attributes([
        ['event', o.event],
        ['privacy-href', o.privacyHref],
        ['catalogue-href', o.catalogueHref],
        ['contact-phone', o.contactPhone],
        ['contact-email', o.contactEmail],
        lang,
      ])}></koto-enrolment-form>`;
    case 'koto-guidance-booking':
      return `<koto-guidance-booking${attributes([
        ['resource', o.resource],
        ['contact-phone', o.contactPhone],
        ['contact-email', o.contactEmail],
        lang,
      ])}></koto-guidance-booking>`;
    case 'koto-contact-card': {
      const people = o.people
        .filter((p) => p.name.trim())
        .map(
          (p) =>
            `\n  <koto-contact-person${attributes([
              ['name', p.name],
              ['role', p.role],
              ['organisation', p.organisation],
              ['email', p.email],
              ['phone', p.phone],
              ['languages', p.languages],
            ])}></koto-contact-person>`,
        )
        .join('');
      return `<koto-contact-card${attributes([
        ['channel', o.channel],
        ['heading', o.heading],
        lang,
      ])}>${people}${people ? '\n' : ''}</koto-contact-card>`;
    }
  }
}

/** Everything to paste: the head part once per page, then the element where it should show. */
export function embedSnippet(o: EmbedOptions): string {
  return `${headSnippet(o.element)}\n\n${elementSnippet(o)}`;
}
