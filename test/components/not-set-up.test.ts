/**
 * A page that does not give an element what it needs (no `<meta name="koto-elements:…">`,
 * no `api-base`, no id): every element tells the learner what does not work and whom to ask
 * (with the links it has), and shows an editor previewing the page what is missing. The same
 * in all four elements (issue 15; the editor's part, issue 16).
 */
import { expect, fixture } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import { waitUntil } from '../helpers/wait.js';
import '../../src/define/course-catalogue.js';
import '../../src/define/enrolment-form.js';
import '../../src/define/guidance-booking.js';
import '../../src/define/contact-card.js';

const CASES = [
  {
    markup: '<koto-course-catalogue lang="en"></koto-course-catalogue>',
    says: 'The course list is not set up on this page.',
    missing: '<meta name="koto-elements:linked-events">',
  },
  {
    markup: '<koto-enrolment-form lang="en" event="porvoo:koto-01"></koto-enrolment-form>',
    says: 'Enrolment is not set up on this page.',
    missing: '<meta name="koto-elements:linked-events">',
  },
  {
    markup: '<koto-guidance-booking lang="en" resource="porvoo-ohjaus-1"></koto-guidance-booking>',
    says: 'Booking is not set up on this page.',
    missing: '<meta name="koto-elements:respa">',
  },
  {
    markup:
      '<koto-contact-card lang="en" heading="Contacts" channel="00000000-0000-4000-8000-000000000001"></koto-contact-card>',
    says: 'The contact details are not set up on this page.',
    missing: '<meta name="koto-elements:ptv">',
  },
];

const textOf = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

describe('an element on a page that is not set up', () => {
  let warn: typeof console.warn;
  beforeEach(() => {
    warn = console.warn;
    console.warn = () => {};
  });
  afterEach(() => {
    console.warn = warn;
  });

  for (const { markup, says, missing } of CASES) {
    it(`${markup.slice(1, markup.indexOf(' '))}: says what does not work, whom to ask, and what the page lacks`, async () => {
      const el = await fixture(html`${unsafeStatic(markup)}`);
      await waitUntil(() => textOf(el).includes(says), says);
      expect(textOf(el)).to.contain(`${says} Ask the adult education centre for help.`);
      expect(textOf(el)).to.contain(`For the web editor: ${missing}`);
      expect(el.shadowRoot!.querySelector('code')!.getAttribute('dir')).to.equal('ltr');
      expect(textOf(el)).to.not.contain('Loading');
      await expect(el).to.be.accessible();
    });
  }

  it('the enrolment form gives its contact-phone and contact-email as links', async () => {
    const el = await fixture(
      html`<koto-enrolment-form
        lang="en"
        event="porvoo:koto-01"
        contact-phone="019 520 0000"
        contact-email="kansalaisopisto@example.fi"
      ></koto-enrolment-form>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('a[href^="tel:"]'), 'the links');
    expect(el.shadowRoot!.querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:0195200000');
    expect(el.shadowRoot!.querySelector('a[href^="mailto:"]')!.getAttribute('href')).to.equal(
      'mailto:kansalaisopisto@example.fi',
    );
    await expect(el).to.be.accessible();
  });

  it('the booking with an API but no resource id names the missing attribute', async () => {
    const el = await fixture(
      html`<koto-guidance-booking lang="en" api-base="https://respa.example/v1/"></koto-guidance-booking>`,
    );
    await waitUntil(() => textOf(el).includes('Booking is not set up'), 'the notice');
    expect(textOf(el)).to.contain('For the web editor: resource="…"');
  });

  it('in Finnish too', async () => {
    const el = await fixture(html`<koto-course-catalogue lang="fi"></koto-course-catalogue>`);
    await waitUntil(() => textOf(el).includes('Kysy apua kansalaisopistosta.'), 'the way forward in Finnish');
    expect(textOf(el)).to.contain('Verkkosivun ylläpitäjälle:');
  });
});
