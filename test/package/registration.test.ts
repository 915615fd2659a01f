/**
 * How the package registers tags: a class module registers nothing (so a portal can
 * register it under another name or scope), a define module registers its tag, and a
 * library loaded twice — or next to another version — warns instead of throwing.
 */
import { expect } from '@open-wc/testing';
import { KotoContactCard } from '../../src/components/contact-card/contact-card.component.js';
import { KotoContactPerson } from '../../src/components/contact-card/contact-person.js';
import { KotoCourseCatalogue } from '../../src/components/course-catalogue/course-catalogue.component.js';
import { KotoEnrolmentForm } from '../../src/components/enrolment-form/enrolment-form.component.js';
import { KotoGuidanceBooking } from '../../src/components/guidance-booking/guidance-booking.component.js';
import * as library from '../../src/index.js';

const classes = {
  'koto-course-catalogue': KotoCourseCatalogue,
  'koto-enrolment-form': KotoEnrolmentForm,
  'koto-guidance-booking': KotoGuidanceBooking,
  'koto-contact-card': KotoContactCard,
  'koto-contact-person': KotoContactPerson,
} as const;
const tags = Object.keys(classes) as (keyof typeof classes)[];

/** Collects console warnings while `fn` runs. */
async function warningsOf(fn: () => Promise<unknown>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('Registering the elements', () => {
  it('importing the class modules and the library entry registers no tag', () => {
    expect(library.KotoElement).to.be.a('function');
    for (const tag of tags) expect(customElements.get(tag), tag).to.equal(undefined);
  });

  it('a portal may register a class under a name of its own', () => {
    class PortalCatalogue extends KotoCourseCatalogue {}
    customElements.define('portal-course-catalogue', PortalCatalogue);
    expect(document.createElement('portal-course-catalogue')).to.be.instanceOf(KotoCourseCatalogue);
  });

  it('a define module registers its tag with the class of the class module', async () => {
    const warnings = await warningsOf(() => import('../../src/define/course-catalogue.js'));
    expect(customElements.get('koto-course-catalogue')).to.equal(KotoCourseCatalogue);
    expect(customElements.get('koto-enrolment-form')).to.equal(undefined);
    expect(warnings).to.deep.equal([]);
  });

  it('define/all.js registers every tag', async () => {
    await import('../../src/define/all.js');
    for (const tag of tags) expect(customElements.get(tag), tag).to.equal(classes[tag]);
  });

  it('loading a define module a second time neither throws nor warns', async () => {
    // A new URL makes the browser evaluate each define module again (its `defineElement`
    // call runs a second time), as a second copy of the script would.
    const warnings = await warningsOf(async () => {
      for (const name of ['course-catalogue', 'enrolment-form', 'guidance-booking', 'contact-card']) {
        const url = new URL(`../../src/define/${name}.ts`, import.meta.url);
        url.search = `again=${Date.now()}`;
        const module = (await import(url.href)) as Record<string, unknown>;
        expect(Object.keys(module).length, name).to.be.greaterThan(0);
      }
    });
    for (const tag of tags) expect(customElements.get(tag), tag).to.equal(classes[tag]);
    expect(warnings).to.deep.equal([]);
  });

  it('another version of a class under the same tag warns once and keeps the first', async () => {
    class OtherVersion extends KotoGuidanceBooking {}
    const warnings = await warningsOf(async () => {
      library.defineElement('koto-guidance-booking', OtherVersion);
      library.defineElement('koto-guidance-booking', OtherVersion);
    });
    expect(customElements.get('koto-guidance-booking')).to.equal(KotoGuidanceBooking);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<koto-guidance-booking> is already defined');
  });
});
