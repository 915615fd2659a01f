import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { msg } from '@lit/localize';
import { KotoElement } from '../../shared/koto-element.js';
import { describeFailure } from '../../shared/errors.js';
import { metaTag } from '../../shared/config.js';
import { notSetUp as notSetUpNotice } from '../../shared/not-set-up.js';
import type { PtvDataSource } from '../../api/ptv/client.js';
import { toOfficeContact } from '../../api/ptv/contact.js';
import { contactCardStyles } from './contact-card.styles.js';
import type { CardContext } from './card-context.js';
import { OfficeLoads } from './office-loads.js';
import { renderOffice } from './office-card.js';
import { PeopleController } from './people.js';
import { renderPerson } from './person-card.js';
import { Warnings } from './warnings.js';

const FALSE_WORDS = new Set(['false', 'no', '0', 'off']);

/**
 * The cooperation group's contacts: a card per person (from the editor's markup) and per
 * office (live from PTV, the Finnish Service Catalogue), with tap-to-call and tap-to-mail
 * links, a vCard download for each person, and each office's hours: open now or when it
 * opens, the regular week, and the exceptional days of the coming weeks.
 *
 * People are `<koto-contact-person>` child elements: the card reads their attributes and
 * shows a card for each (the elements themselves are not displayed).
 *
 * If PTV cannot be reached, the people still show, with a short note and a retry button.
 * Mistakes in the markup (a malformed e-mail or phone, an unknown language code, a channel
 * id that is not one) leave out just that detail and warn once in the console.
 *
 * @summary Contact cards for people and offices, with office hours from PTV.
 *
 * @tag koto-contact-card
 *
 * @csspart base - The wrapper of everything.
 * @csspart heading - The heading over the cards.
 * @csspart list - The list of cards.
 * @csspart card - Every card (also `person` or `office`).
 * @csspart person - A person's card.
 * @csspart office - An office's card.
 * @csspart name - The name on a card.
 * @csspart status - An office's "open now" line.
 * @csspart hours - An office's regular and exceptional hours.
 * @csspart vcard - A person's "Save contact" link.
 * @csspart note - The note shown when office information could not be loaded.
 * @csspart retry - Its "Try again" button.
 * @csspart language-note - The small "Language: Finnish" note under API text that is not in the interface language.
 *
 * @cssprop [--koto-contact-card-min-width=18rem] - The narrowest a card gets before the grid has fewer columns.
 * @cssprop [--koto-contact-card-gap=1rem] - Space between cards.
 * @cssprop [--koto-contact-card-background=var(--koto-color-bg)] - Card background.
 * @cssprop [--koto-contact-card-open-color=var(--koto-color-success)] - The dot before "Open now".
 */
export class KotoContactCard extends KotoElement {
  static override styles = contactCardStyles;
  protected static override localeParts = ['common', 'contact-card'] as const;
  protected static override api = 'ptv' as const;

  /** PTV service channel id, or several separated by commas: the offices shown after the people. */
  @property() channel = '';

  /** A heading over the cards, such as `Yhteystiedot`. Without it, the page's own heading is the cards' heading. */
  @property() heading = '';

  /** The level of `heading` (2–6, default 2). Card names are one level below it, or at this level without a heading. */
  @property({ attribute: 'heading-level' }) headingLevel = '2';

  /** A narrower layout for side columns: one column, fewer details (hours today, phone, e-mail). */
  @property({
    type: Boolean,
    reflect: true,
    converter: {
      // `compact="false"` is what editors write to turn it off; take them at their word.
      fromAttribute: (value: string | null) => value !== null && !FALSE_WORDS.has(value.trim().toLowerCase()),
    },
  })
  compact = false;

  /** A PTV data source to use instead of the one made from `api-base` (for portals and tests). */
  @property({ attribute: false }) client?: PtvDataSource;

  /** The clock, for "open now" (milliseconds since the epoch). Tests and previews may set it. */
  @property({ attribute: false }) now: () => number = () => Date.now();

  private readonly warnings = new Warnings('<koto-contact-card>');
  private readonly people = new PeopleController(this, this.warnings);
  private readonly offices = new OfficeLoads(this, {
    channel: () => this.channel,
    given: () => this.client,
    base: () => this.resolvedApiBase,
    locale: () => this.locale,
    warnings: this.warnings,
  });
  private ticker?: ReturnType<typeof setInterval>;

  override connectedCallback(): void {
    super.connectedCallback();
    // "Open now" must not go stale on a page left open.
    this.ticker = setInterval(() => this.requestUpdate(), 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.ticker);
  }

  protected override willUpdate(): void {
    if (this.hasAttribute('compact') && !this.compact) {
      this.warnings.warn([`compact="${this.getAttribute('compact')}": leave the attribute out to turn compact off.`]);
    }
    if (!/^[2-6]$/.test(this.headingLevel.trim())) {
      this.warnings.warn([`heading-level="${this.headingLevel}" is not 2–6; 2 is used.`]);
    }
  }

  /** Loads the offices again; only those that failed, when `onlyFailed`. */
  async reload(onlyFailed = false): Promise<void> {
    await this.offices.reload(onlyFailed);
  }

  private async retry(): Promise<void> {
    const hadFocus = this.shadowRoot?.activeElement?.matches('[part~="retry"]') ?? false;
    await this.offices.reload(true);
    // The button is gone once everything loaded: move focus to what came, not to the page top.
    if (hadFocus) this.focusAfterUpdate('[part~="retry"]', '[part~="office"] .name');
  }

  private get level(): number {
    const n = Number(this.headingLevel);
    return Number.isInteger(n) && n >= 2 && n <= 6 ? n : 2;
  }

  override render() {
    const hasHeading = this.heading.trim() !== '';
    const cardLevel = hasHeading ? this.level + 1 : this.level;
    const ctx: CardContext = {
      locale: this.locale,
      direction: this.direction,
      compact: this.compact,
      now: this.now(),
      organisation: (id) => this.offices.organisation(id),
    };
    const offices = this.offices.offices;
    const notSetUp = this.offices.notSetUp;
    const failed = offices.flatMap(([, s]) => (s.status === 'error' ? [s.error] : []));
    const loading = offices.some(([, s]) => s.status === 'loading');
    const noted = failed.length > 0 || notSetUp;
    const tag = unsafeStatic(`h${this.level}`);
    return html`
      <section part="base" class="base" aria-labelledby=${hasHeading ? 'heading' : nothing}>
        ${hasHeading ? staticHtml`<${tag} id="heading" class="heading" part="heading">${this.heading}</${tag}>` : nothing}
        <ul class="cards" part="list" role="list">
          ${this.people.people.map((p, i) => html`<li>${renderPerson(p, i, cardLevel, ctx)}</li>`)}
          ${offices.map(([id, s]) =>
            s.status === 'loaded'
              ? html`<li>${renderOffice(toOfficeContact(s.channel, this.locale), cardLevel, ctx)}</li>`
              : s.status === 'loading'
                ? html`<li aria-hidden="true"><div class="card loading skeleton" data-channel=${id}></div></li>`
                : nothing,
          )}
        </ul>
        <div class="note ${noted ? 'notice warning' : ''}" part=${noted ? 'note' : nothing}>
          ${notSetUp ? notSetUpNotice(msg('The contact details are not set up on this page.'), metaTag('ptv')) : nothing}
          <p role="status">
            ${
              loading
                ? html`<span class="visually-hidden">${msg('Loading office information…')}</span>`
                : failed[0]
                  ? html`${msg('We could not get the opening hours.')} ${describeFailure(failed[0])}`
                  : ''
            }
          </p>
          ${
            this.offices.retryable
              ? html`<button class="button secondary" part="retry" type="button" @click=${this.retry}>
                  ${msg('Try again')}
                </button>`
              : nothing
          }
        </div>
      </section>
    `;
  }
}
