import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { timeRangeWithZone } from '../../src/shared/clock.js';
import { repeatedClockTime } from '../../src/shared/time.js';

/** The night summer time ends in 2026: Sunday 25.10., 4.00 summer time becomes 3.00 winter time (01.00 UTC). */
const at = (iso: string) => Date.parse(iso);
const shown = (begin: string, end: string) => {
  const host = document.createElement('div');
  render(timeRangeWithZone(at(begin), at(end)), host);
  return host.textContent!.replace(/\s+/g, ' ').trim();
};

describe('times on the night summer time ends (Europe/Helsinki, last Sunday of October)', () => {
  it('tells which of the two 3.00–3.59 hours an instant is in, and no other hour', () => {
    expect(repeatedClockTime(at('2026-10-25T00:00:00Z'))).to.equal('summer'); // 3.00 UTC+3
    expect(repeatedClockTime(at('2026-10-25T00:59:00Z'))).to.equal('summer');
    expect(repeatedClockTime(at('2026-10-25T01:00:00Z'))).to.equal('winter'); // 3.00 UTC+2
    expect(repeatedClockTime(at('2026-10-25T01:59:00Z'))).to.equal('winter');
    for (const other of [
      '2026-10-24T23:59:00Z',
      '2026-10-25T02:00:00Z',
      '2026-03-29T01:30:00Z',
      '2026-07-01T00:30:00Z',
    ])
      expect(repeatedClockTime(at(other)), other).to.equal(undefined);
  });

  it('the two 3.00–3.30 slots read differently; every other slot as before', () => {
    expect(shown('2026-10-25T00:00:00Z', '2026-10-25T00:30:00Z')).to.equal('3.00–3.30 (summer time)');
    expect(shown('2026-10-25T01:00:00Z', '2026-10-25T01:30:00Z')).to.equal('3.00–3.30 (winter time)');
    expect(shown('2026-10-25T00:30:00Z', '2026-10-25T01:00:00Z')).to.equal('3.30 (summer time) – 3.00 (winter time)');
    expect(shown('2026-10-24T23:30:00Z', '2026-10-25T00:00:00Z')).to.equal('2.30 – 3.00 (summer time)');
    expect(shown('2026-10-25T01:30:00Z', '2026-10-25T02:00:00Z')).to.equal('3.30–4.00 (winter time)');
    expect(shown('2026-10-26T07:00:00Z', '2026-10-26T07:30:00Z')).to.equal('9.00–9.30');
  });
});
