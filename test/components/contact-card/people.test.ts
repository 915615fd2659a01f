/** The card's people on their own: read from `<koto-contact-person>` markup, followed as it changes. */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { waitUntil } from '../../helpers/wait.js';
import { defineElement } from '../../../src/shared/define.js';
import { PeopleController, readPeople } from '../../../src/components/contact-card/people.js';
import { Warnings } from '../../../src/components/contact-card/warnings.js';

class PeopleProbe extends LitElement {
  readonly people = new PeopleController(this, new Warnings('probe'));
  override render() {
    return litHtml`<p>${this.people.people.map((p) => p.name).join(', ')}</p>`;
  }
}
defineElement('koto-people-probe', PeopleProbe);

const person = (attrs: Record<string, string>) => {
  const el = document.createElement('koto-contact-person');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
};

describe('PeopleController (the contact card’s people)', () => {
  it('keeps what passed the checks, and names each problem by the person’s number only', () => {
    const { people, problems } = readPeople([
      person({ name: ' Etunimi Sukunimi ', email: 'nope', phone: '040 123 4567', languages: 'fi xx', lang: 'fi' }),
      person({ role: 'Ohjaaja' }),
    ]);
    expect(people).to.deep.equal([
      {
        name: 'Etunimi Sukunimi',
        role: '',
        organisation: '',
        lang: 'fi',
        phone: { dial: '+358401234567', display: '+358 40 123 4567' },
        languages: ['fi'],
      },
    ]);
    expect(problems).to.deep.equal([
      'person 1: the e-mail address is not valid; it is left out.',
      'person 1: languages: "xx" is not a known language code; it is left out.',
      'person 2: the name attribute is missing; the person is not shown.',
    ]);
  });

  it('follows people added, changed and removed, and stops when the host leaves the page', async () => {
    const el = await fixture<PeopleProbe>(html`<koto-people-probe></koto-people-probe>`);
    const p = person({ name: 'Etunimi Sukunimi' });
    el.append(p);
    await waitUntil(() => el.shadowRoot!.textContent === 'Etunimi Sukunimi');
    p.setAttribute('name', 'Fornamn Efternamn');
    await waitUntil(() => el.shadowRoot!.textContent === 'Fornamn Efternamn');
    el.remove();
    p.setAttribute('name', 'Someone Else');
    await new Promise((r) => setTimeout(r));
    expect(el.people.people.map((x) => x.name)).to.deep.equal(['Fornamn Efternamn']);
  });
});
