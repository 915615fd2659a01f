import { expect } from '@open-wc/testing';
import { mockApi, type MockApi } from '../../helpers/mock.js';
import { $, COURSE, makeForm, shadow, text } from './helpers.js';

/** The course summary's facts: label → value. */
const facts = (el: Awaited<ReturnType<typeof makeForm>>) =>
  Object.fromEntries(
    [...shadow(el).querySelectorAll('.facts > div')].map((row) => [
      row.querySelector('dt')!.textContent!.trim(),
      row.querySelector('dd')!.textContent!.replace(/\s+/g, ' ').trim(),
    ]),
  );

describe('<koto-enrolment-form> tells the teaching language and who runs the course', function () {
  // Two forms and axe: room for three engines sharing two cores.
  this.timeout(30_000);
  let api: MockApi;
  beforeEach(async () => {
    api = await mockApi();
  });

  it('in the course summary, in the interface language', async () => {
    await api.putEvent({ id: COURSE.open, in_language: ['sv'], provider: { fi: 'Borgå folkakademi' } });
    const el = await makeForm(api, { event: COURSE.open });
    expect(facts(el)).to.include({ 'Teaching language': 'Swedish', Organiser: 'Borgå folkakademi' });
    expect($(el, '.facts [lang="fi"]')?.textContent).to.equal('Borgå folkakademi');
    await expect(el).to.be.accessible();

    const fi = await makeForm(api, { event: COURSE.open, lang: 'fi' });
    expect(facts(fi)).to.include({ Opetuskieli: 'ruotsi', Järjestäjä: 'Borgå folkakademi' });
  });

  it('leaves the rows out when the course says nothing', async () => {
    await api.putEvent({ id: COURSE.open, in_language: [], provider: null });
    const el = await makeForm(api, { event: COURSE.open });
    expect(Object.keys(facts(el))).to.not.include.members(['Teaching language', 'Organiser']);
  });
});

describe('<koto-enrolment-form> with a course that requires payment', function () {
  this.timeout(30_000);
  // Course 22 of the seed: its registration (121) has a customer group with a price.
  const PAID = 'porvoo:koto-22';
  let api: MockApi;
  beforeEach(async () => {
    api = await mockApi();
  });

  it('says plainly that the form cannot take the payment, and leads to the page where the learner can enrol', async () => {
    const el = await makeForm(api, { event: PAID });
    expect(text(el)).to.contain('You pay for this course when you enrol. You cannot pay in this form.');
    const link = $<HTMLAnchorElement>(el, '#payment a[href^="https://linkedregistrations"]')!;
    expect(link.textContent!.trim()).to.equal('Enrol and pay on the enrolment page');
    expect(link.href).to.equal('https://linkedregistrations.example.fi/en/registration/121/signup-group/create');
    // Nothing to start: no seat is held for a signup this form could not finish.
    expect($(el, '#start')).to.equal(null);
    expect((await api.state()).seatReservations).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('leads to the signup page in the learner’s language when there is one, in Finnish otherwise', async () => {
    const sv = await makeForm(api, { event: PAID, lang: 'sv' });
    expect($<HTMLAnchorElement>(sv, '#payment a')!.href).to.contain('/sv/registration/121/');
    const uk = await makeForm(api, { event: PAID, lang: 'uk' });
    expect($<HTMLAnchorElement>(uk, '#payment a')!.href).to.contain('/fi/registration/121/');
    expect($(uk, '#payment a')!.getAttribute('lang')).to.equal('fi');
  });

  it('a course that only tells its price in words is enrolled in the form as usual', async () => {
    // Course 32: a price of 30 € in its offer, and no customer groups in the registration.
    const el = await makeForm(api, { event: 'porvoo:koto-32' });
    expect($(el, '#payment')).to.equal(null);
    expect($(el, '#start')).to.not.equal(null);
  });
});
