/**
 * `<koto-contact-person>`: one person on a contact card, written by the editor in the
 * page's HTML. It shows nothing by itself; the surrounding `<koto-contact-card>` reads
 * its attributes and renders the card. (PTV holds no people, so they come from markup.)
 *
 * The job title goes in the `role` attribute, as editors expect; the browser's own `role`
 * property already reflects it, so it is not redeclared here.
 *
 * @summary A person on a `<koto-contact-card>`, declared in markup.
 *
 * @tag koto-contact-person
 *
 * @attr name - Full name, such as `Etunimi Sukunimi`. Required: a person without a name is not shown.
 * @attr role - Job title or role, such as `Kehittämispäällikkö, kotoutumiskoulutus`.
 * @attr organisation - The person's organisation, such as `Porvoon kansalaisopisto`.
 * @attr email - Work e-mail address, such as `etunimi.sukunimi@porvoo.fi`. A malformed one is left out (with a console warning).
 * @attr phone - Work phone number, such as `+358 40 123 4567` or `040 123 4567`. A malformed one is left out.
 * @attr languages - Languages the person speaks, as codes separated by spaces: `fi sv en`. Unknown codes are left out.
 * @attr lang - The language `role` and `organisation` are written in, when it is not the page's.
 */
export class KotoContactPerson extends HTMLElement {
  /** Full name, such as `Etunimi Sukunimi`. Required: a person without a name is not shown. */
  get name(): string {
    return this.getAttribute('name') ?? '';
  }
  set name(value: string) {
    this.setAttribute('name', value);
  }

  /** The person's organisation, such as `Porvoon kansalaisopisto`. */
  get organisation(): string {
    return this.getAttribute('organisation') ?? '';
  }
  set organisation(value: string) {
    this.setAttribute('organisation', value);
  }

  /** Work e-mail address. A malformed one is left out (with a console warning). */
  get email(): string {
    return this.getAttribute('email') ?? '';
  }
  set email(value: string) {
    this.setAttribute('email', value);
  }

  /** Work phone number, such as `+358 40 123 4567` or `040 123 4567`. A malformed one is left out. */
  get phone(): string {
    return this.getAttribute('phone') ?? '';
  }
  set phone(value: string) {
    this.setAttribute('phone', value);
  }

  /** Languages the person speaks, as codes separated by spaces: `fi sv en`. Unknown codes are left out. */
  get languages(): string {
    return this.getAttribute('languages') ?? '';
  }
  set languages(value: string) {
    this.setAttribute('languages', value);
  }
}
