/**
 * One contact model from PTV's service channels and organisations: the name in the
 * best language (and which one it is), phones for reading and for dialling, e-mails,
 * web pages, addresses with a map link, service languages and service hours. Also the
 * phone and e-mail checks the contact card applies to an editor's markup. Pure.
 */
import { displayNames } from '../../shared/intl.js';
import { FALLBACK_ORDER, localisedMapFromList, pickLocalised, type LocalisedText } from '../localised.js';
import { tm35finToWgs84 } from './coordinates.js';
import { parseServiceHours, type ServiceHours } from './hours.js';
import type { LangValue, PtvAddress, PtvOrganization, PtvPhone, PtvServiceChannel } from './schemas.js';

/** A text and the language it is in (for the `lang` attribute of whatever shows it). */
export type Localised = LocalisedText;

export interface ContactPhone {
  /** For reading: `+358 40 123 4567`, or `0800 123 456` for a Finnish service number. */
  display: string;
  /** For dialling: `tel:+358401234567`. */
  href: string;
  kind: 'phone' | 'sms' | 'fax';
  /** PTV's `serviceChargeType`. */
  charge: 'chargeable' | 'free' | 'other' | 'unknown';
  /** What a call costs, read from `charge` and `chargeDescription` (see `callPrice`). */
  price: CallPrice;
  /** PTV's `chargeDescription`, as PTV gives it. */
  chargeDescription?: Localised;
  /** PTV's `additionalInformation`, such as "Neuvonta". */
  info?: Localised;
  /**
   * The language version the number is given in, when that is not the one shown (PTV lists
   * numbers per language, and a number may be in one language version only): still a way to
   * reach the office, marked with its language. Unset for numbers of the language shown.
   */
  lang?: string;
}

export interface ContactEmail {
  address: string;
  href: string;
  description?: Localised;
}

export interface ContactWebPage {
  url: string;
  label: Localised;
}

export interface ContactAddress {
  kind: 'visiting' | 'postal';
  /** `Esimerkkikatu 5` or `PL 23`. */
  street?: Localised;
  postalCode?: string;
  /** The post office in the best language, as a name (`Porvoo`, not `PORVOO`). */
  postOffice?: Localised;
  /** A plain link to a map of the address; opened only if the reader follows it. */
  mapUrl?: string;
}

export interface OfficeContact {
  id: string;
  /** `ServiceLocation`, `Phone`, `EChannel`, `WebPage`, `PrintableForm`. */
  type: string;
  organizationId?: string;
  name: Localised;
  summary?: Localised;
  phones: ContactPhone[];
  emails: ContactEmail[];
  webPages: ContactWebPage[];
  addresses: ContactAddress[];
  /** Service languages as codes (`fi`, `sv`, `en`, `ru` …). */
  languages: string[];
  hours: ServiceHours;
}

/** The text in the best language: the interface's, then fi, sv, en, then any (as `pickLocalised`). */
export function pickLang(values: readonly LangValue[], locale: string): Localised | undefined {
  const picked = pickLocalised(localisedMapFromList(values), locale);
  if (picked) return picked;
  // An entry without a language still beats nothing.
  const any = values.find((v) => v.value?.trim());
  return any?.value ? { text: any.value.trim(), lang: any.language ?? '' } : undefined;
}

/**
 * PTV lists contact details once per language version. Keeps the entries of the best
 * language present (and those without a language).
 */
export function inBestLanguage<T extends { language?: string | null | undefined }>(
  items: readonly T[],
  locale: string,
): T[] {
  const present = new Set(items.map((i) => i.language ?? ''));
  const best = [locale, ...FALLBACK_ORDER].find((l) => present.has(l)) ?? items.find((i) => i.language)?.language ?? '';
  return items.filter((i) => !i.language || i.language === best);
}

// ----- phones ---------------------------------------------------------------------------

export interface ParsedPhone {
  /** `+358401234567`, or a short national number such as `116117`. */
  dial: string;
  display: string;
}

/** Finnish area and mobile codes after +358, longest first where they overlap. */
function prefixLength(nsn: string): number {
  if (/^(20|29|60|70|75|80)/.test(nsn)) return 3;
  if (/^(1|4|50)/.test(nsn)) return 2;
  return 1;
}

function group(rest: string): string {
  if (rest.length <= 4) return rest;
  if (rest.length === 8) return `${rest.slice(0, 4)} ${rest.slice(4)}`;
  return `${rest.slice(0, 3)} ${group(rest.slice(3))}`;
}

/**
 * Reads a phone number as people and PTV write it (`+358 40 123 4567`, `040-123 4567`,
 * `00358…`, `(0)19 520 0000`, `0800 123 456`, `116 117`); `undefined` when it is not one.
 * `prefix` is PTV's `prefixNumber`; a Finnish service number is shown the national way.
 */
export function parsePhone(number: string, prefix?: string | null, serviceNumber = false): ParsedPhone | undefined {
  const raw = number.trim();
  if (!raw || /[^\d\s+().\-/]/.test(raw)) return undefined;
  let digits = raw.replace(/\(0\)/, '').replace(/[\s().\-/]/g, '');
  if (digits.indexOf('+') > 0) return undefined;
  if (digits.startsWith('00')) digits = `+${digits.slice(2)}`;
  const pre = (prefix ?? '').replace(/[\s()]/g, '');
  if (!digits.startsWith('+')) {
    if (/^\+\d{1,3}$/.test(pre)) digits = `${pre}${digits.replace(/^0/, '')}`;
    else if (digits.startsWith('0')) digits = `+358${digits.slice(1)}`;
    else if (/^\d{3,6}$/.test(digits)) return { dial: digits, display: group(digits) };
    else return undefined;
  }
  if (!/^\+[1-9]\d{6,14}$/.test(digits)) return undefined;
  if (digits.startsWith('+358')) {
    const nsn = digits.slice(4);
    if (nsn.length < 5 || nsn.length > 12) return undefined;
    const n = prefixLength(nsn);
    const grouped = `${nsn.slice(0, n)} ${group(nsn.slice(n))}`;
    return { dial: digits, display: serviceNumber ? `0${grouped}` : `+358 ${grouped}` };
  }
  const country = /^\+(1|7|[2-9]\d)/.exec(digits)?.[0] ?? digits.slice(0, 3);
  return { dial: digits, display: `${country} ${group(digits.slice(country.length))}` };
}

/**
 * What a call costs, in words a learner can be told: `free`; `normal`, the caller's usual
 * price (PTV's "paikallisverkkomaksu", "matkapuhelinmaksu", "lokalnätsavgift": the fee of a
 * local or mobile call, which is how Finnish numbers are charged); `more`, a service number
 * with its own price (the description says how much); `unknown`.
 */
export type CallPrice = 'free' | 'normal' | 'more' | 'unknown';

const FREE_WORDS = /maksuton|ilmai|avgiftsfri|kostnadsfri|gratis|free/i;
const NORMAL_WORDS =
  /paikallisverkko|matkapuhelin|lankapuhelin|\b(pvm|mpm)\b|lokalnät|mobilsamtal|mobiltelefon|\b(lna|msa)\b|local (network|call)|mobile (phone|call)|normal/i;

/** The price a text alone says ("Maksuton", "Paikallisverkkomaksu"), if it names no sum of its own. */
export function priceInWords(text: string): CallPrice {
  if (/\d/.test(text)) return 'unknown';
  if (FREE_WORDS.test(text)) return 'free';
  if (NORMAL_WORDS.test(text)) return 'normal';
  return 'unknown';
}

/** PTV's `serviceChargeType` with its `chargeDescription`, as one of the prices above. */
export function callPrice(charge: ContactPhone['charge'], description: string | undefined): CallPrice {
  if (charge === 'free') return 'free';
  const said = description ? priceInWords(description) : 'unknown';
  if (charge === 'chargeable') return !description || said === 'normal' ? 'normal' : said === 'free' ? 'free' : 'more';
  return said;
}

const CHARGES: Record<string, ContactPhone['charge']> = {
  chargeable: 'chargeable',
  freeofcharge: 'free',
  other: 'other',
};

function toPhone(p: PtvPhone): ContactPhone | undefined {
  const parsed = parsePhone(p.number ?? '', p.prefixNumber, p.isFinnishServiceNumber === true);
  if (!parsed) return undefined;
  const lang = p.language ?? '';
  const type = (p.type ?? 'phone').toLowerCase();
  const charge = CHARGES[(p.serviceChargeType ?? '').toLowerCase()] ?? 'unknown';
  return {
    display: parsed.display,
    href: `tel:${parsed.dial}`,
    kind: type === 'sms' ? 'sms' : type === 'fax' ? 'fax' : 'phone',
    charge,
    price: callPrice(charge, p.chargeDescription?.trim() || undefined),
    ...(p.chargeDescription?.trim() ? { chargeDescription: { text: p.chargeDescription.trim(), lang } } : {}),
    ...(p.additionalInformation?.trim() ? { info: { text: p.additionalInformation.trim(), lang } } : {}),
  };
}

/**
 * Every number of a channel, once: those of the best language version first (with their
 * notes in that language), then the numbers that only another language version gives,
 * marked with that language (`lang`).
 */
export function toPhones(phones: readonly PtvPhone[], locale: string): ContactPhone[] {
  const seen = new Set<string>();
  const out: ContactPhone[] = [];
  const best = inBestLanguage(phones, locale);
  const others = phones.filter((p) => !best.includes(p));
  for (const [list, marked] of [
    [best, false],
    [others, true],
  ] as const) {
    for (const p of list) {
      const phone = toPhone(p);
      if (!phone || seen.has(`${phone.kind}${phone.href}`)) continue;
      seen.add(`${phone.kind}${phone.href}`);
      if (marked && p.language) phone.lang = p.language;
      out.push(phone);
    }
  }
  return out;
}

// ----- e-mail and web ----------------------------------------------------------------------

const EMAIL = /^[^\s@<>()[\]",;:\\]+@[^\s@<>()[\]",;:\\]+\.[a-z]{2,}$/i;

/** Whether a string is a plausible e-mail address (what a `mailto:` link can use). */
export function isEmail(value: string): boolean {
  return EMAIL.test(value.trim());
}

export function toEmails(
  emails: readonly { value?: string | null; language?: string | null; description?: string | null }[],
  locale: string,
): ContactEmail[] {
  const seen = new Set<string>();
  const out: ContactEmail[] = [];
  for (const e of inBestLanguage(emails, locale)) {
    const address = (e.value ?? '').trim();
    if (!isEmail(address) || seen.has(address.toLowerCase())) continue;
    seen.add(address.toLowerCase());
    out.push({
      address,
      href: `mailto:${address}`,
      ...(e.description?.trim() ? { description: { text: e.description.trim(), lang: e.language ?? '' } } : {}),
    });
  }
  return out;
}

export function toWebPages(
  pages: readonly { url?: string | null; language?: string | null; value?: string | null }[],
  locale: string,
): ContactWebPage[] {
  const out: ContactWebPage[] = [];
  for (const p of inBestLanguage(pages, locale)) {
    let url: URL;
    try {
      url = new URL((p.url ?? '').trim());
    } catch {
      continue;
    }
    // Only web links: a `javascript:` URL in the data must never become a link.
    if (url.protocol !== 'https:' && url.protocol !== 'http:') continue;
    const label = p.value?.trim()
      ? { text: p.value.trim(), lang: p.language ?? '' }
      : { text: `${url.host}${url.pathname === '/' ? '' : url.pathname}`, lang: '' };
    out.push({ url: url.href, label });
  }
  return out;
}

// ----- addresses ------------------------------------------------------------------------

/** `PORVOO` → `Porvoo`, `BORGÅ` → `Borgå`, `ITÄ-HELSINKI` → `Itä-Helsinki`. */
function nameCase(value: string): string {
  if (value !== value.toUpperCase()) return value;
  return value.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

function mapUrl(lat: number, lon: number): string {
  const la = lat.toFixed(5);
  const lo = lon.toFixed(5);
  return `https://www.openstreetmap.org/?mlat=${la}&mlon=${lo}#map=17/${la}/${lo}`;
}

function toAddress(a: PtvAddress, locale: string): ContactAddress | undefined {
  const kind = (a.type ?? '').toLowerCase() === 'postal' ? 'postal' : 'visiting';
  const s = a.streetAddress;
  const box = a.postOfficeBoxAddress;
  if (s) {
    const streetName = pickLang(s.street, locale);
    const street = streetName
      ? { text: [streetName.text, s.streetNumber?.trim()].filter(Boolean).join(' '), lang: streetName.lang }
      : undefined;
    const office = pickLang(s.postOffice, streetName?.lang ?? locale);
    const postOffice = office ? { text: nameCase(office.text), lang: office.lang } : undefined;
    const north = Number(s.latitude);
    const east = Number(s.longitude);
    let link: string | undefined;
    if (s.latitude && s.longitude && Number.isFinite(north) && Number.isFinite(east) && north > 6e6 && east > 0) {
      const { lat, lon } = tm35finToWgs84(north, east);
      link = mapUrl(lat, lon);
    } else if (street) {
      const query = [street.text, [s.postalCode, postOffice?.text].filter(Boolean).join(' ')].join(', ');
      link = `https://www.openstreetmap.org/search?query=${encodeURIComponent(query)}`;
    }
    if (!street && !s.postalCode) return undefined;
    return {
      kind,
      ...(street ? { street } : {}),
      ...(s.postalCode ? { postalCode: s.postalCode.trim() } : {}),
      ...(postOffice ? { postOffice } : {}),
      ...(link && kind === 'visiting' ? { mapUrl: link } : {}),
    };
  }
  if (box) {
    const street = pickLang(box.postOfficeBox, locale);
    const office = pickLang(box.postOffice, street?.lang ?? locale);
    if (!street && !box.postalCode) return undefined;
    return {
      kind,
      ...(street ? { street } : {}),
      ...(box.postalCode ? { postalCode: box.postalCode.trim() } : {}),
      ...(office ? { postOffice: { text: nameCase(office.text), lang: office.lang } } : {}),
    };
  }
  return undefined;
}

export function toAddresses(addresses: readonly PtvAddress[], locale: string): ContactAddress[] {
  return addresses
    .flatMap((a) => toAddress(a, locale) ?? [])
    .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'visiting' ? -1 : 1));
}

// ----- the whole contact ------------------------------------------------------------------

const names = (list: readonly { value?: string | null; language?: string | null; type?: string | null }[]) =>
  list.filter((n) => !n.type || n.type === 'Name').map((n) => ({ value: n.value, language: n.language }));

/** A service channel as one office contact, in the interface language where PTV has it. */
export function toOfficeContact(channel: PtvServiceChannel, locale: string): OfficeContact {
  const name = pickLang(names(channel.serviceChannelNames), locale) ??
    pickLang(channel.serviceChannelNames, locale) ?? { text: '', lang: '' };
  const summaries = channel.serviceChannelDescriptions
    .filter((d) => d.type === 'Summary')
    .map((d) => ({ value: d.value, language: d.language }));
  const summary = pickLang(summaries, locale);
  return {
    id: channel.id,
    type: channel.serviceChannelType ?? 'ServiceLocation',
    ...(channel.organizationId ? { organizationId: channel.organizationId } : {}),
    name,
    ...(summary ? { summary } : {}),
    phones: toPhones(channel.phoneNumbers, locale),
    emails: toEmails(channel.emails.length ? channel.emails : channel.supportEmails, locale),
    webPages: toWebPages(channel.webPages, locale),
    addresses: toAddresses(channel.addresses, locale),
    languages: [...new Set(channel.languages.map((l) => l.trim().toLowerCase()).filter(Boolean))],
    hours: parseServiceHours(channel.serviceHours),
  };
}

/** An organisation's name in the best language. */
export function organizationName(org: PtvOrganization, locale: string): Localised | undefined {
  return pickLang(names(org.organizationNames), locale);
}

/** A language's name in the interface language (`sv` → `ruotsi` in Finnish); the code if unknown. */
export function languageName(code: string, locale: string): string {
  try {
    const name = displayNames(locale, { type: 'language', fallback: 'none' }).of(code);
    return name ?? code;
  } catch {
    return code;
  }
}

/** Whether a string is a language tag `Intl` knows a name for (`fi`, `sv`, `ar`, `uk` …). */
export function isKnownLanguage(code: string): boolean {
  try {
    return !!displayNames('en', { type: 'language', fallback: 'none' }).of(code);
  } catch {
    return false;
  }
}
