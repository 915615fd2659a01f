import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import {
  buildVCard,
  escapeField,
  escapeText,
  foldLine,
  vCardFileName,
} from '../../../src/components/contact-card/vcard.js';

interface Parsed {
  [name: string]: { value: unknown; params: Record<string, unknown> }[];
}

/** Parses with ical.js (a real vCard parser) into property name → values. */
function parse(text: string): Parsed {
  const card = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const out: Parsed = {};
  for (const prop of card.getAllProperties()) {
    (out[prop.name] ??= []).push({
      value: prop.getValues().length > 1 ? prop.getValues() : prop.getFirstValue(),
      params: prop.toJSON()[1] as Record<string, unknown>,
    });
  }
  return out;
}

const octets = (s: string) => new TextEncoder().encode(s).length;

describe('vCard', () => {
  const person = {
    name: 'Etunimi Sukunimi',
    title: 'Kehittämispäällikkö, kotoutumiskoulutus; ohjaus',
    organisation: 'Porvoon kaupunki, kansalaisopisto',
    email: 'etunimi.sukunimi@porvoo.fi',
    phone: '+358401234567',
    languages: ['fi', 'sv', 'en'],
  };

  it('parses back with a real parser to the same fields', () => {
    const p = parse(buildVCard(person));
    expect(p.version![0]!.value).to.equal('4.0');
    expect(p.fn![0]!.value).to.equal('Etunimi Sukunimi');
    expect(p.n![0]!.value).to.deep.equal(['Sukunimi', 'Etunimi', '', '', '']);
    expect(p.org![0]!.value).to.equal('Porvoon kaupunki, kansalaisopisto');
    expect(p.title![0]!.value).to.equal('Kehittämispäällikkö, kotoutumiskoulutus; ohjaus');
    expect(p.email![0]!.value).to.equal('etunimi.sukunimi@porvoo.fi');
    expect(p.tel![0]!.value).to.equal('tel:+358401234567');
    expect(p.tel![0]!.params).to.deep.include({ type: ['work', 'voice'] });
    expect(p.lang!.map((l) => [l.value, l.params.pref])).to.deep.equal([
      ['fi', '1'],
      ['sv', '2'],
      ['en', '3'],
    ]);
  });

  it('leaves out what the person does not have', () => {
    const p = parse(buildVCard({ name: 'Fornamn Efternamn' }));
    expect(Object.keys(p).sort()).to.deep.equal(['fn', 'n', 'version']);
  });

  it('ends every line in CRLF and folds long lines at 75 octets without splitting a character', () => {
    const long = { name: 'Äärimmäisen Pitkäniminen', title: 'ä'.repeat(100) + ', ö; å\\ \nrivi' };
    const text = buildVCard(long);
    expect(text.endsWith('\r\n')).to.equal(true);
    expect(text.replace(/\r\n/g, '')).not.to.contain('\n');
    for (const line of text.split('\r\n')) expect(octets(line)).to.be.at.most(75);
    expect(parse(text).title![0]!.value).to.equal(long.title);
  });

  it('escapes backslash, comma, semicolon and newlines', () => {
    expect(escapeText('a\\b,c;d\ne')).to.equal('a\\\\b\\,c;d\\ne');
    expect(escapeField('a;b,c')).to.equal('a\\;b\\,c');
    expect(foldLine('x'.repeat(80))).to.equal(`${'x'.repeat(75)}\r\n ${'x'.repeat(5)}`);
  });

  it('names the file after the person, safely', () => {
    expect(vCardFileName('Etunimi Sukunimi')).to.equal('Etunimi-Sukunimi.vcf');
    expect(vCardFileName(' Anna/Maria: "Ö" ')).to.equal('AnnaMaria-Ö.vcf');
    expect(vCardFileName('')).to.equal('contact.vcf');
  });
});
