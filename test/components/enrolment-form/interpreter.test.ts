import { expect } from '@open-wc/testing';
import { mockApiForEachTest } from '../../helpers/mock.js';
import { draftKey } from '../../../src/components/enrolment-form/draft-store.js';
import type { KotoEnrolmentForm } from '../../../src/components/enrolment-form/enrolment-form.component.js';
import {
  $,
  COURSE,
  DOB,
  RecordingClient,
  errorOf,
  choose,
  fill,
  fillAboutYou,
  fillAll,
  fillBackgroundAndSituation,
  makeForm,
  next,
  send,
  sent,
  shadow,
  start,
  stepTitle,
  text,
  waitUntil,
} from './helpers.js';

const options = (el: KotoEnrolmentForm) =>
  [...shadow(el).querySelectorAll<HTMLOptionElement>('#f-interpreterLanguage option')].map((o) =>
    o.textContent!.trim(),
  );
/** An option's text without the Unicode isolates around the language's own name. */
const optionOf = (el: KotoEnrolmentForm, code: string) =>
  shadow(el)
    .querySelector<HTMLOptionElement>(`#f-interpreterLanguage option[value="${code}"]`)
    ?.textContent!.trim()
    .replace(/[\u2068\u2069]/g, '');

/** The answer to a question in the list of answers (on "Check and send", or the confirmation). */
const answer = (el: KotoEnrolmentForm, question: string) =>
  [...shadow(el).querySelectorAll('.answer')]
    .find((a) => a.querySelector('dt')?.textContent?.trim() === question)
    ?.querySelector('.answer-value')
    ?.textContent?.trim();

const staffLine = (client: RecordingClient) =>
  client.signups[0]!.signups[0]!.extra_info!.split('\n').find((l) => l.startsWith('Tarvitsee tulkin'));

describe('<koto-enrolment-form>: the interpreter’s language, which the staff must be able to read', function () {
  // Many requests and renders per test: room for three engines sharing two cores.
  this.timeout(30_000);
  const api = mockApiForEachTest();

  /** From the start to the "Needs" step, with valid answers. */
  async function toNeeds(el: KotoEnrolmentForm): Promise<void> {
    await start(el);
    await fillAboutYou(el, false);
    await next(el);
    await fillBackgroundAndSituation(el);
    expect(stepTitle(el)).to.equal('Needs');
  }

  it('is chosen from a list named in the interface language and in each language’s own name, with “Other language” last', async () => {
    const el = await makeForm(api, { event: COURSE.openShort });
    await toNeeds(el);
    expect($(el, '#f-interpreterLanguage')).to.equal(null);
    await choose(el, 'interpreter', 'yes');
    expect(options(el)[0]).to.equal('Choose');
    // A learner with little English or Finnish finds their language by its own name too.
    // (Engines' language data differ in case: "Українська" in WebKit.)
    expect(optionOf(el, 'ar')).to.equal('Arabic – العربية');
    expect(optionOf(el, 'uk')?.toLowerCase()).to.equal('ukrainian – українська');
    expect(optionOf(el, 'ru')?.toLowerCase()).to.equal('russian – русский');
    expect(optionOf(el, 'en'), 'no repeat when both names are the same').to.equal('English');
    expect(options(el).at(-1)).to.equal('Other language');
    expect($(el, '[name="interpreterLanguageOther"]')).to.equal(null);
    await next(el);
    expect(stepTitle(el)).to.equal('Needs');
    expect(errorOf(el, 'interpreterLanguage')).to.contain('Choose the language you need.');
    expect($(el, '.error-summary a[href="#f-interpreterLanguage"]')).to.not.equal(null);
    await choose(el, 'interpreterLanguage', 'so');
    expect(errorOf(el, 'interpreterLanguage')).to.equal('');
    await expect(el).to.be.accessible();

    el.setAttribute('lang', 'fi');
    await waitUntil(() => optionOf(el, 'ar') === 'arabia – العربية', 'names in Finnish');
    expect(optionOf(el, 'fi'), 'no repeat when both names are the same').to.equal('suomi');
    expect($<HTMLSelectElement>(el, '#f-interpreterLanguage')!.value).to.equal('so');
  });

  it('asks which language when it is not in the list, and tells the staff it is in the learner’s own words', async () => {
    const client = new RecordingClient({ baseUrl: api.linkedEvents });
    const el = await makeForm(api, { event: COURSE.openShort, client });
    await toNeeds(el);
    await choose(el, 'interpreter', 'yes');
    await choose(el, 'interpreterLanguage', 'other');
    expect($(el, 'label[for="f-interpreterLanguageOther"]')!.textContent!.trim()).to.equal('Which language?');
    await next(el);
    expect(stepTitle(el)).to.equal('Needs');
    expect(errorOf(el, 'interpreterLanguageOther')).to.contain('Write the language you need.');
    await fill(el, 'interpreterLanguageOther', 'دری');
    expect(errorOf(el, 'interpreterLanguageOther')).to.equal('');
    await next(el);

    expect(stepTitle(el)).to.equal('Check and send');
    expect(answer(el, 'Interpreter language')).to.equal('دری');
    expect(text(el)).not.to.contain('Which language?');
    $<HTMLInputElement>(el, '[name="consent"]')!.click();
    await el.updateComplete;
    await send(el);
    await waitUntil(() => sent(el));
    expect(staffLine(client)).to.equal('Tarvitsee tulkin: kyllä, muu kieli, asiakkaan kirjoittamana: دری');
    expect(answer(el, 'Interpreter language'), 'the printable record').to.equal('دری');
  });

  it('names a listed language in the learner’s language for them and in Finnish for the staff', async () => {
    const client = new RecordingClient({ baseUrl: api.linkedEvents });
    const el = await makeForm(api, { event: COURSE.openShort, client, lang: 'sv' });
    await start(el);
    await fillAll(el, false);
    // Named by the engine's own data: WebKit capitalises it ("Arabiska").
    expect(answer(el, 'Tolkens språk')).to.match(/^arabiska$/i);
    await send(el);
    await waitUntil(() => sent(el));
    expect(staffLine(client)).to.equal('Tarvitsee tulkin: kyllä, kieli: arabia');
    expect(answer(el, 'Tolkens språk'), 'the printable record').to.match(/^arabiska$/i);
  });

  it('keeps a language written in a draft saved before the list, as “Other language” with its text', async () => {
    const written = 'العربية';
    // As saved then: no `interpreterLanguageOther`, the language as the learner wrote it.
    sessionStorage.setItem(
      draftKey(api.linkedEvents, COURSE.openShort),
      JSON.stringify({
        step: 3,
        draft: {
          firstName: 'Amina',
          lastName: 'Yusuf',
          dobDay: DOB.day,
          dobMonth: DOB.month,
          dobYear: DOB.year,
          phone: '040 123 4567',
          nativeLanguage: 'ar',
          finnishLevel: 'a1',
          latinAlphabet: 'yes',
          schoolYears: '9',
          employmentClient: 'no',
          integrationPlan: 'no',
          timeOfDay: 'either',
          interpreter: 'yes',
          interpreterLanguage: written,
        },
      }),
    );
    const client = new RecordingClient({ baseUrl: api.linkedEvents });
    const el = await makeForm(api, { event: COURSE.openShort, client });
    await waitUntil(() => $(el, 'form'), 'form restored');
    expect(stepTitle(el)).to.equal('Needs');
    expect($<HTMLSelectElement>(el, '[name="interpreterLanguage"]')!.value).to.equal('other');
    expect($<HTMLInputElement>(el, '[name="interpreterLanguageOther"]')!.value).to.equal(written);
    await next(el);
    expect(answer(el, 'Interpreter language')).to.equal(written);
    $<HTMLInputElement>(el, '[name="consent"]')!.click();
    await el.updateComplete;
    await send(el);
    await waitUntil(() => sent(el));
    expect(staffLine(client)).to.equal(`Tarvitsee tulkin: kyllä, muu kieli, asiakkaan kirjoittamana: ${written}`);
  });
});
