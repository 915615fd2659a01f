import { expect } from '@open-wc/testing';
import { nothing, render } from 'lit';
import { contentLang, isolateLtr, languageNote } from '../../src/shared/content.js';

const rendered = (value: unknown) => {
  const div = document.createElement('div');
  render(value, div);
  return div;
};

describe('content in another language', () => {
  describe('contentLang', () => {
    const cases: [string, { lang?: string } | undefined, string, string | typeof nothing][] = [
      ['same language', { lang: 'fi' }, 'fi', nothing],
      ['same language, regional tag', { lang: 'sv-FI' }, 'sv', nothing],
      ['another language', { lang: 'fi' }, 'en', 'fi'],
      ['unknown language', { lang: 'und' }, 'en', ''],
      ['no language given', { lang: '' }, 'en', nothing],
      ['no text', undefined, 'en', nothing],
    ];
    for (const [name, text, locale, expected] of cases)
      it(name, () => expect(contentLang(text, locale)).to.equal(expected));
  });

  describe('languageNote', () => {
    it('names each other language once, in the interface language', () => {
      const div = rendered(languageNote('en', { lang: 'fi' }, { lang: 'en' }, { lang: 'fi' }, { lang: 'sv' }));
      expect(div.textContent!.trim()).to.equal('Language: Finnish and Swedish');
    });

    it('lists the languages the interface language’s way, not with a Latin comma (Arabic)', () => {
      const div = rendered(languageNote('ar', { lang: 'fi' }, { lang: 'sv' }, { lang: 'en' }));
      expect(div.textContent).not.to.contain(',');
      expect(div.textContent).to.contain(new Intl.ListFormat('ar').format(['الفنلندية', 'السويدية', 'الإنجليزية']));
    });

    it('is nothing when every text is in the interface language or of unknown language', () => {
      expect(languageNote('fi', { lang: 'fi' }, { lang: 'und' }, undefined)).to.equal(nothing);
    });
  });

  describe('isolateLtr', () => {
    it('adds Unicode isolates only in right-to-left text', () => {
      expect(isolateLtr('9.30', 'ltr')).to.equal('9.30');
      expect(isolateLtr('9.30', 'rtl')).to.equal('\u20669.30\u2069');
      expect(isolateLtr('1.9.', 'rtl', 'open') + '–' + isolateLtr('7.9.2025', 'rtl', 'close')).to.equal(
        '\u20661.9.–7.9.2025\u2069',
      );
    });
  });
});
