/**
 * Words a beginner reads in the catalogue (issue 15, finding 15): the count says "3 courses
 * found" with the right form for one, and the study paths have plain names with a short
 * explanation.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define/course-catalogue.js';
import type { KotoCourseCatalogue } from '../../../src/components/course-catalogue/course-catalogue.component.js';
import { coursesFoundText } from '../../../src/components/course-catalogue/results-view.js';
import { loadLocale, withLocale, type Locale } from '../../../src/shared/localization.js';
import { loaded, root } from './helpers.js';
import { mockApiForEachTest } from '../../helpers/mock.js';

describe('<koto-course-catalogue> in plain words', () => {
  const api = mockApiForEachTest();

  describe('the count of courses found', () => {
    const expected: Record<string, [one: string, many: string]> = {
      en: ['1 course found', '3 courses found'],
      fi: ['Löytyi 1 kurssi', 'Löytyi 3 kurssia'],
      sv: ['1 kurs hittades', '3 kurser hittades'],
      uk: ['Знайдено 1 курс', 'Знайдено курсів: 3'],
    };
    for (const [locale, [one, many]] of Object.entries(expected)) {
      it(`uses the form for one and the form for more (${locale})`, async () => {
        await loadLocale(locale as Locale);
        expect(withLocale(locale as Locale, () => coursesFoundText(1))).to.equal(one);
        expect(withLocale(locale as Locale, () => coursesFoundText(3))).to.equal(many);
      });
    }
  });

  describe('study paths', () => {
    const words = {
      fi: {
        options: ['Kaikki polut', 'Hidas polku', 'Peruspolku', 'Nopea polku', 'Lukutaitokoulutus'],
        hint: 'Hidas polku: opiskelet rauhallisesti. Nopea polku: opiskelet nopeasti. Ennen kurssia autamme sinua valitsemaan.',
      },
      sv: {
        options: [
          'Alla studievägar',
          'Långsam studieväg',
          'Grundläggande studieväg',
          'Snabb studieväg',
          'Läs- och skrivutbildning',
        ],
        hint: 'Långsam studieväg: du studerar i lugn takt. Snabb studieväg: du studerar snabbt. Före kursen hjälper vi dig att välja.',
      },
      en: {
        options: ['All paths', 'Slow path', 'Basic path', 'Fast path', 'Literacy training'],
        hint: 'Slow path: you study at a calm pace. Fast path: you study fast. Before the course, we help you choose.',
      },
    };
    for (const [lang, { options, hint }] of Object.entries(words)) {
      it(`have plain names and a short explanation that the list is described by (${lang})`, async () => {
        const el = await fixture<KotoCourseCatalogue>(
          html`<koto-course-catalogue api-base=${api.linkedEvents} lang=${lang}></koto-course-catalogue>`,
        );
        await loaded(el);
        const select = root(el).querySelector<HTMLSelectElement>('#f-path')!;
        expect([...select.options].map((o) => o.textContent!.trim())).to.deep.equal(options);
        const described = root(el).getElementById(select.getAttribute('aria-describedby')!);
        expect(described?.textContent!.trim()).to.equal(hint);
        await expect(el).to.be.accessible();
      });
    }
  });
});
