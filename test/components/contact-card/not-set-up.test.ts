/**
 * A page without the PTV address (no `<meta name="koto-elements:ptv">`, no `api-base`):
 * the card says so on the page, as the course catalogue does, not only in the console.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define/contact-card.js';
import type { KotoContactCard } from '../../../src/components/contact-card/contact-card.component.js';

describe('<koto-contact-card> on a page that is not set up', () => {
  it('says the contact details are not set up, and names the missing <meta> tag', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const el = await fixture<KotoContactCard>(
        html`<koto-contact-card
          lang="en"
          heading="Contacts"
          channel="00000000-0000-4000-8000-000000000001"
        ></koto-contact-card>`,
      );
      await el.updateComplete;
      const note = el.shadowRoot!.querySelector('[part~="note"]');
      expect(note?.textContent?.replace(/\s+/g, ' ')).to.contain(
        'The contact details are not set up on this page. Ask the adult education centre for help.',
      );
      expect(note?.textContent?.replace(/\s+/g, ' ')).to.contain('For the web editor: <meta name="koto-elements:ptv">');
      expect(warnings.join(' ')).to.contain('no PTV address');
      await expect(el).to.be.accessible();
    } finally {
      console.warn = warn;
    }
  });

  it('says nothing of the kind when it shows only people (no channel ids)', async () => {
    const el = await fixture<KotoContactCard>(
      html`<koto-contact-card lang="en" heading="Contacts"></koto-contact-card>`,
    );
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="note"]')).to.equal(null);
  });
});
