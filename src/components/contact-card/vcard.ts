/**
 * A vCard 4.0 (RFC 6350) for one person. Text is escaped (backslash, comma and newline
 * everywhere; semicolon too inside the fields of compound values such as `N` and `ORG`),
 * lines end in CRLF and are folded at 75 octets without splitting a UTF-8 character. Pure.
 */
export interface VCardPerson {
  /** The full name as written: `Etunimi Sukunimi`. */
  name: string;
  /** Job title. */
  title?: string | undefined;
  organisation?: string | undefined;
  email?: string | undefined;
  /** For dialling: `+358401234567`. */
  phone?: string | undefined;
  /** Languages the person speaks, most fluent first (`fi`, `sv`, `en`). */
  languages?: readonly string[] | undefined;
}

const CRLF = '\r\n';
const encoder = new TextEncoder();

/** Escapes a text value (RFC 6350 §3.4: backslash, comma, newline). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Escapes one field of a compound value (`N`, `ORG`), where a semicolon separates fields. */
export function escapeField(value: string): string {
  return escapeText(value).replace(/;/g, '\\;');
}

/** Folds one content line at 75 octets: CRLF and a space before each continuation. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  // Continuation lines begin with a space, which counts towards their 75.
  let limit = 75;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** `Etunimi Sukunimi` → family `Sukunimi`, given `Etunimi`; a single word is the family name. */
function splitName(full: string): [family: string, given: string] {
  const words = full.trim().split(/\s+/);
  if (words.length < 2) return [words[0] ?? '', ''];
  return [words.at(-1)!, words.slice(0, -1).join(' ')];
}

/** The vCard text; a `data:` or `Blob` URL of it downloads as a contact. */
export function buildVCard(person: VCardPerson): string {
  const [family, given] = splitName(person.name);
  const lines = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    `FN:${escapeText(person.name.trim())}`,
    `N:${escapeField(family)};${escapeField(given)};;;`,
  ];
  if (person.organisation) lines.push(`ORG:${escapeField(person.organisation)}`);
  if (person.title) lines.push(`TITLE:${escapeText(person.title)}`);
  if (person.phone) lines.push(`TEL;VALUE=uri;TYPE="work,voice":tel:${person.phone}`);
  if (person.email) lines.push(`EMAIL;TYPE=work:${person.email}`);
  (person.languages ?? []).forEach((lang, i) => lines.push(`LANG;PREF=${i + 1}:${lang}`));
  lines.push('END:VCARD');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** A file name for the download: `Etunimi-Sukunimi.vcf`, safe on every system. */
export function vCardFileName(name: string): string {
  const base = name
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, '')
    .trim()
    .replace(/\s+/g, '-');
  return `${base || 'contact'}.vcf`;
}
