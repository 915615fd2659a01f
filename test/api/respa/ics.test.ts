import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { buildIcs, escapeText, foldLine } from '../../../src/api/respa/ics.js';

const start = Date.parse('2026-03-29T09:00:00+03:00');
const end = Date.parse('2026-03-29T09:30:00+03:00');
const octets = (s: string) => new TextEncoder().encode(s).length;

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return { calendar, event: new ICAL.Event(calendar.getFirstSubcomponent('vevent')!) };
}

describe('.ics builder', () => {
  const description =
    'Aihe: ohjaus ennen koulutusta; tapa: puhelu, tulkki: arabia (العربية).\nKäy ensin vastaanotossa\\aulassa. ' +
    'Ääkköset ja pitkä rivi jatkuvat tässä, jotta rivi taittuu monta kertaa.';
  const ics = buildIcs({
    uid: 'respa-5000@koto-elements',
    start,
    end,
    stamp: Date.parse('2026-03-20T10:00:00Z'),
    summary: 'Opinto-ohjaus, kotoutumiskoulutus',
    description,
    status: 'TENTATIVE',
  });

  it('parses with a real iCalendar parser to the same start and end instants (on a DST day)', () => {
    const { event } = parse(ics);
    expect(event.startDate.toJSDate().getTime()).to.equal(start);
    expect(event.endDate.toJSDate().getTime()).to.equal(end);
    expect(event.uid).to.equal('respa-5000@koto-elements');
  });

  it('escapes text so commas, semicolons, backslashes and new lines survive', () => {
    const { event, calendar } = parse(ics);
    expect(event.summary).to.equal('Opinto-ohjaus, kotoutumiskoulutus');
    expect(event.description).to.equal(description);
    expect(calendar.getFirstSubcomponent('vevent')!.getFirstPropertyValue('status')).to.equal('TENTATIVE');
    expect(escapeText('a,b;c\\d\ne')).to.equal('a\\,b\\;c\\\\d\\ne');
  });

  it('ends lines in CRLF and folds them at 75 octets, never inside a character', () => {
    expect(ics.endsWith('\r\n')).to.equal(true);
    expect(ics.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    const lines = ics.split('\r\n').slice(0, -1);
    expect(lines.some((l) => l.startsWith(' '))).to.equal(true);
    for (const line of lines) expect(octets(line)).to.be.at.most(75, line);
    const folded = foldLine(`DESCRIPTION:${'ä'.repeat(100)}`);
    expect(folded.split('\r\n ').join('')).to.equal(`DESCRIPTION:${'ä'.repeat(100)}`);
  });

  it('has the parts every calendar needs', () => {
    for (const line of [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:',
      'BEGIN:VEVENT',
      'DTSTAMP:20260320T100000Z',
      'DTSTART:20260329T060000Z',
      'END:VCALENDAR',
    ]) {
      expect(ics).to.contain(line);
    }
  });
});
