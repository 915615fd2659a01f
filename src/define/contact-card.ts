/**
 * Registers `<koto-contact-card>` and `<koto-contact-person>`:
 * `import 'koto-elements/define/contact-card.js'`.
 */
import { defineElement } from '../shared/define.js';
import { KotoContactCard } from '../components/contact-card/contact-card.component.js';
import { KotoContactPerson } from '../components/contact-card/contact-person.js';

// The person first: the card reads people as soon as it connects.
defineElement('koto-contact-person', KotoContactPerson);
defineElement('koto-contact-card', KotoContactCard);

declare global {
  interface HTMLElementTagNameMap {
    'koto-contact-card': KotoContactCard;
    'koto-contact-person': KotoContactPerson;
  }
}

export { KotoContactCard, KotoContactPerson };
