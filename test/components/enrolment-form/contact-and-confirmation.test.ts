/**
 * Whom to contact, and what the confirmation says in the learner's language (issue 15,
 * findings 4 and 8): "Call or e-mail us" came with no number or address, and the main
 * message of the confirmation came only in the service's Finnish.
 */
import { expect } from '@open-wc/testing';
import { mockApiForEachTest } from '../../helpers/mock.js';
import type { KotoEnrolmentForm } from '../../../src/components/enrolment-form/enrolment-form.component.js';
import { $, COURSE, fillAll, makeForm, send, sent, shadow, start, text, waitUntil } from './helpers.js';

/** A course without a registration: no online enrolment (the seed's `porvoo:koto-31`). */
const NO_REGISTRATION = 'porvoo:koto-31';

function withContact(el: KotoEnrolmentForm): Promise<boolean> {
  el.setAttribute('contact-phone', '019 520 0000');
  el.setAttribute('contact-email', 'kansalaisopisto@porvoo.fi');
  return el.updateComplete;
}

const links = (root: ParentNode) =>
  [...root.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"], a[href^="mailto:"]')].map((a) => [
    a.getAttribute('href'),
    a.textContent!.trim(),
  ]);

const CONTACT = [
  ['tel:0195200000', '019 520 0000'],
  ['mailto:kansalaisopisto@porvoo.fi', 'kansalaisopisto@porvoo.fi'],
];

describe('<koto-enrolment-form> says whom to contact', function () {
  // Many requests and renders per test: room for three engines sharing two cores.
  this.timeout(30_000);
  const api = mockApiForEachTest();

  describe('contact-phone and contact-email', () => {
    it('are links where enrolment is closed, and where the course takes no online enrolment', async () => {
      const el = await makeForm(api, { event: COURSE.closed });
      await withContact(el);
      expect(links($(el, '#blocked')!)).to.deep.equal(CONTACT);
      await expect(el).to.be.accessible();
      el.event = NO_REGISTRATION;
      await waitUntil(() => text(el).includes('You cannot enrol in this course online'), 'no online enrolment');
      expect(links($(el, '#blocked')!)).to.deep.equal(CONTACT);
    });

    it('are links in the confirmation, under what happens next', async () => {
      const el = await makeForm(api, { event: COURSE.openShort });
      await withContact(el);
      await start(el);
      await fillAll(el, false);
      await send(el);
      await waitUntil(() => sent(el), 'sent');
      expect(links($(el, '.next')!)).to.deep.equal(CONTACT);
      await expect(el).to.be.accessible();
    });

    it('keep their left-to-right order in an Arabic form', async () => {
      const el = await makeForm(api, { event: COURSE.closed, lang: 'ar' });
      await withContact(el);
      for (const a of $(el, '#blocked')!.querySelectorAll('a[href^="tel:"], a[href^="mailto:"]'))
        expect(a.querySelector('bdi[dir="ltr"]'), a.textContent!).to.not.equal(null);
    });
  });

  it('the page may put its own contact details in the "contact" slot instead', async () => {
    const el = await makeForm(api, { event: COURSE.closed });
    await withContact(el);
    const own = document.createElement('p');
    own.slot = 'contact';
    own.textContent = 'Neuvonta, ma–pe 9–15';
    el.append(own);
    await el.updateComplete;
    const slot = $<HTMLSlotElement>(el, '#blocked slot[name="contact"]')!;
    expect(slot.assignedElements()).to.deep.equal([own]);
  });

  it('without contact details, promises no number or address', async () => {
    const el = await makeForm(api, { event: NO_REGISTRATION });
    await waitUntil(() => $(el, '#blocked'), 'no online enrolment');
    expect(text(el)).to.contain('Contact the adult education centre.');
    expect(text(el)).not.to.match(/call|phone|e-mail/i);
    expect(links(shadow(el))).to.deep.equal([]);
  });
});

describe('<koto-enrolment-form> confirms in the learner’s language', function () {
  this.timeout(30_000);
  const api = mockApiForEachTest();

  // The service writes its message in fi, sv and en only.
  it('says what happened and what comes next in Ukrainian first, then the service’s Finnish, marked', async () => {
    const el = await makeForm(api, { event: COURSE.openShort, lang: 'uk' });
    await start(el);
    await fillAll(el, false);
    await send(el);
    await waitUntil(() => sent(el), 'sent');
    const done = $(el, '.done')!;
    const finnish = done.querySelector('.confirmation-message [lang="fi"]')!;
    expect(finnish.textContent).to.equal('Kiitos! Otamme sinuun yhteyttä kahden viikon kuluessa.');
    const message = done.querySelector('.confirmation-message')!;
    expect(message.textContent!.trim().startsWith('Повідомлення від сервісу:'), 'introduced in Ukrainian').to.equal(
      true,
    );
    expect(message.querySelector('[part~="language-note"]')).to.not.equal(null);
    // Heading, next steps: all before it, and none of them in another language.
    const next = done.querySelector('.next')!;
    expect(next.compareDocumentPosition(message) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(next.querySelector('[lang]')).to.equal(null);
    expect(next.textContent).to.contain('Якщо у вас є питання');
    expect($(el, '#done-title')!.querySelector('[lang]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows the service’s message as it is when it is in the interface language', async () => {
    const el = await makeForm(api, { event: COURSE.openShort, lang: 'fi' });
    await start(el);
    await fillAll(el, false);
    await send(el);
    await waitUntil(() => sent(el), 'sent');
    const message = $(el, '.confirmation-message')!;
    expect(message.textContent!.trim()).to.equal('Kiitos! Otamme sinuun yhteyttä kahden viikon kuluessa.');
    expect(message.hasAttribute('lang')).to.equal(false);
  });
});
