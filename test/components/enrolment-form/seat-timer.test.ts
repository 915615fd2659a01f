/**
 * The line that says how long the seat is held, in every language: the unit written out
 * ("15 minutes", not "15 min": abbreviations are hard for a reader with A2 Finnish or Swedish).
 */
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { seatTimer } from '../../../src/components/enrolment-form/seat-timer.js';
import { loadLocale, withLocale, type Locale } from '../../../src/shared/localization.js';

function timerText(locale: Locale, minutes: number, inWaitlist = false): string {
  const box = document.createElement('div');
  withLocale(locale, () =>
    render(seatTimer({ msLeft: minutes * 60_000 - 500, inWaitlist, renewing: false, locale }), box),
  );
  return (box.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('the seat hold’s time, in words a learner reads', () => {
  before(() =>
    Promise.all((['fi', 'sv', 'uk', 'ru', 'ar'] as const).map((l) => loadLocale(l, ['common', 'enrolment-form']))),
  );

  it('writes the minutes out in plain fi, sv and en, with the plural of each', () => {
    expect(timerText('en', 15)).to.equal('Your seat is held. Time left: 15 minutes.');
    expect(timerText('en', 15, true)).to.equal('Your place on the waiting list is held. Time left: 15 minutes.');
    expect(timerText('fi', 15)).to.equal('Paikkasi on varattu. Aikaa jäljellä: 15 minuuttia.');
    expect(timerText('fi', 10, true)).to.equal('Paikkasi jonossa on varattu. Aikaa jäljellä: 10 minuuttia.');
    expect(timerText('sv', 15)).to.equal('Din plats är reserverad. Tid kvar: 15 minuter.');
    expect(timerText('sv', 10, true)).to.equal('Din plats i kön är reserverad. Tid kvar: 10 minuter.');
    // One minute left is one, not "1 minutes"; the warning follows it.
    expect(timerText('en', 1)).to.match(/^Your seat is held\. Time left: 1 minute\. Send soon\./);
    expect(timerText('fi', 1)).to.match(/^Paikkasi on varattu\. Aikaa jäljellä: 1 minuutti\. /);
  });

  it('uses no abbreviated unit in uk, ru or ar either, but the plural form Intl knows', () => {
    for (const locale of ['uk', 'ru', 'ar'] as const) {
      for (const minutes of [1, 2, 5, 15]) {
        const said = timerText(locale, minutes);
        const unit = new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(
          minutes,
        );
        expect(said, `${locale} ${minutes}`).to.contain(unit);
        expect(said, `${locale} ${minutes}`).to.not.match(/(хв|мин)\.|\d+ min\b/);
      }
    }
  });
});
