/** The people of a contact card, read from its `<koto-contact-person>` children and followed as they change. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isEmail, isKnownLanguage, parsePhone, type ParsedPhone } from '../../api/ptv/contact.js';
import type { Warnings } from './warnings.js';

/** A person as read from a `<koto-contact-person>`: only what passed the checks. */
export interface Person {
  name: string;
  role: string;
  organisation: string;
  email?: string;
  phone?: ParsedPhone;
  languages: string[];
  /** The `lang` of the person element, when the editor wrote the texts in another language. */
  lang?: string;
}

export const PERSON_TAG = 'koto-contact-person';
const PERSON_ATTRIBUTES = ['name', 'role', 'organisation', 'email', 'phone', 'languages', 'lang'];

/** The people of `elements`, and what is wrong with the markup (the person's number, never their data). */
export function readPeople(elements: readonly Element[]): { people: Person[]; problems: string[] } {
  const problems: string[] = [];
  const people: Person[] = [];
  elements.forEach((el, i) => {
    const n = i + 1;
    const attr = (name: string) => (el.getAttribute(name) ?? '').trim();
    const name = attr('name');
    if (!name) {
      problems.push(`person ${n}: the name attribute is missing; the person is not shown.`);
      return;
    }
    const person: Person = { name, role: attr('role'), organisation: attr('organisation'), languages: [] };
    const lang = attr('lang');
    if (lang) person.lang = lang;
    const email = attr('email');
    if (email && isEmail(email)) person.email = email;
    else if (email) problems.push(`person ${n}: the e-mail address is not valid; it is left out.`);
    const phone = attr('phone');
    const parsed = phone ? parsePhone(phone) : undefined;
    if (parsed) person.phone = parsed;
    else if (phone) problems.push(`person ${n}: the phone number is not valid; it is left out.`);
    for (const code of attr('languages').split(/[\s,;]+/)) {
      if (!code) continue;
      if (isKnownLanguage(code)) person.languages.push(code.toLowerCase());
      else problems.push(`person ${n}: languages: "${code}" is not a known language code; it is left out.`);
    }
    people.push(person);
  });
  return { people, problems };
}

/** Reads the people when the host connects and again whenever the editor's markup changes. */
export class PeopleController implements ReactiveController {
  people: Person[] = [];
  private observer?: MutationObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly warnings: Warnings,
  ) {
    host.addController(this);
  }

  private read(): void {
    const { people, problems } = readPeople([...this.host.querySelectorAll(PERSON_TAG)]);
    this.people = people;
    this.warnings.warn(problems);
    this.host.requestUpdate();
  }

  hostConnected(): void {
    this.read();
    this.observer = new MutationObserver(() => this.read());
    this.observer.observe(this.host, { childList: true, subtree: true, attributeFilter: PERSON_ATTRIBUTES });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}
