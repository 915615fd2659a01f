import { expect } from '@open-wc/testing';
import { collator, dateTimeFormat, displayNames, listFormat, numberFormat } from '../../src/shared/intl.js';
import { formatEuro, formatList, formatWeekday } from '../../src/shared/format.js';
import { languageOptions } from '../../src/shared/languages.js';

describe('Intl formatters, made once per language and options', () => {
  it('gives the same formatter for the same language and options, and another for another language', () => {
    const names = { type: 'language' } as const;
    expect(displayNames('fi', names)).to.equal(displayNames('fi', { type: 'language' }));
    expect(displayNames('sv', names)).to.not.equal(displayNames('fi', names));
    expect(displayNames('fi', { type: 'language', fallback: 'none' })).to.not.equal(displayNames('fi', names));
    expect(listFormat('fi', { type: 'unit' })).to.not.equal(listFormat('fi'));
    expect(numberFormat('en')).to.equal(numberFormat('en'));
    expect(collator('sv')).to.equal(collator('sv'));
    expect(dateTimeFormat('uk', { weekday: 'long' })).to.not.equal(dateTimeFormat('ru', { weekday: 'long' }));
  });

  it('answers in the language asked, whichever was asked before', () => {
    const monday = Date.UTC(2024, 0, 1, 12);
    expect(formatWeekday(monday, 'fi')).to.equal('maanantai');
    expect(formatWeekday(monday, 'sv')).to.equal('måndag');
    expect(formatWeekday(monday, 'fi')).to.equal('maanantai');
    expect(formatList(['a', 'b'], 'fi')).to.equal('a ja b');
    expect(formatList(['a', 'b'], 'en')).to.equal('a and b');
    expect(languageOptions('fi').find((l) => l.code === 'sv')?.name).to.equal('ruotsi');
    expect(languageOptions('en').find((l) => l.code === 'sv')?.name).to.equal('Swedish');
    expect(formatEuro(12.5, 'fi').replace(/\s/g, ' ')).to.equal('12,50 €');
  });

  it('makes nothing of a locale Intl refuses: it throws each time, for the caller to catch', () => {
    expect(() => displayNames('not a locale', { type: 'language' })).to.throw(RangeError);
    expect(() => displayNames('not a locale', { type: 'language' })).to.throw(RangeError);
  });
});
