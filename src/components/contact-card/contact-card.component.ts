import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { msg, str } from '@lit/localize';
import { KotoElement } from '../../shared/koto-element.js';
import { describeFailure, isTransient } from '../../shared/errors.js';
import { EN_DASH, formatDayMonth, formatEndTime, formatTime, weekdayName } from '../../shared/format.js';
import { contentLang, isolateLtr, languageNote, ltr } from '../../shared/content.js';
import { isoDateOf, startOfDay, weekdayOf, type IsoDate } from '../../shared/time.js';
import type { HttpFailure } from '../../api/http.js';
import { PtvClient, isPtvId, type PtvDataSource } from '../../api/ptv/client.js';
import type { PtvOrganization, PtvServiceChannel } from '../../api/ptv/schemas.js';
import {
  isEmail,
  isKnownLanguage,
  languageName,
  organizationName,
  parsePhone,
  pickLang,
  toOfficeContact,
  type Localised,
  type OfficeContact,
  type ParsedPhone,
} from '../../api/ptv/contact.js';
import {
  formatDays,
  formatSpans,
  openState,
  relativeDay,
  upcomingExceptions,
  weeklyFlags,
  weeklyGroups,
  type ExceptionalHours,
} from '../../api/ptv/hours.js';
import { buildVCard, vCardFileName } from './vcard.js';
import { contactCardStyles } from './contact-card.styles.js';

/** A person as read from a `<koto-contact-person>`: only what passed the checks. */
interface Person {
  name: string;
  role: string;
  organisation: string;
  email?: string;
  phone?: ParsedPhone;
  languages: string[];
  /** The `lang` of the person element, when the editor wrote the texts in another language. */
  lang?: string;
}

type OfficeState =
  { status: 'loading' } | { status: 'loaded'; channel: PtvServiceChannel } | { status: 'error'; error: HttpFailure };

const PERSON_TAG = 'koto-contact-person';
const PERSON_ATTRIBUTES = ['name', 'role', 'organisation', 'email', 'phone', 'languages', 'lang'];
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

  @state() private people: Person[] = [];
  @state() private offices = new Map<string, OfficeState>();
  /** Channel ids are given but no PTV address: said on the card, as the catalogue does. */
  @state() private notSetUp = false;
  @state() private organisations = new Map<string, PtvOrganization>();

  private ids: string[] = [];
  private loadedFor: { channel?: string; source?: PtvDataSource | string | undefined } = {};
  private generation = 0;
  /** Aborts the requests of the loads in progress when the card leaves the page. */
  private inFlight?: AbortController;
  private ownClient?: { base: string; client: PtvClient };
  private observer?: MutationObserver;
  private ticker?: ReturnType<typeof setInterval>;
  private readonly warned = new Set<string>();

  override connectedCallback(): void {
    super.connectedCallback();
    this.readPeople();
    this.observer = new MutationObserver(() => this.readPeople());
    this.observer.observe(this, { childList: true, subtree: true, attributeFilter: PERSON_ATTRIBUTES });
    // "Open now" must not go stale on a page left open.
    this.ticker = setInterval(() => this.requestUpdate(), 60_000);
    // Back in the page after loads were cut off: load again.
    if (this.hasUpdated && this.loadedFor.channel === undefined) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    clearInterval(this.ticker);
    // No answer may land in a card that left the page: stop the requests, ignore late ones,
    // and load afresh if the card comes back.
    this.inFlight?.abort();
    this.inFlight = undefined;
    this.generation++;
    this.loadedFor = {};
  }

  protected override willUpdate(): void {
    // Compared by value, not through `changed`: KotoElement skips updates while a locale's
    // strings load, and Lit forgets the changed properties of a skipped update.
    const source = this.client ?? this.resolvedApiBase;
    if (this.channel !== this.loadedFor.channel || source !== this.loadedFor.source) {
      this.loadedFor = { channel: this.channel, source };
      void this.load();
    }
    if (this.hasAttribute('compact') && !this.compact) {
      this.warnOnce([`compact="${this.getAttribute('compact')}": leave the attribute out to turn compact off.`]);
    }
    if (!/^[2-6]$/.test(this.headingLevel.trim())) {
      this.warnOnce([`heading-level="${this.headingLevel}" is not 2–6; 2 is used.`]);
    }
  }

  /** Loads the offices again; only those that failed, when `onlyFailed`. */
  async reload(onlyFailed = false): Promise<void> {
    await this.load(onlyFailed);
  }

  private get dataSource(): PtvDataSource | undefined {
    if (this.client) return this.client;
    const base = this.resolvedApiBase;
    if (!base) return undefined;
    if (this.ownClient?.base !== base) this.ownClient = { base, client: new PtvClient({ baseUrl: base }) };
    return this.ownClient.client;
  }

  private async load(onlyFailed = false): Promise<void> {
    const generation = ++this.generation;
    const problems: string[] = [];
    const ids: string[] = [];
    for (const raw of this.channel.split(/[\s,;]+/)) {
      const id = raw.trim();
      if (!id) continue;
      if (!isPtvId(id)) problems.push(`channel "${id}" is not a PTV service channel id; it is left out.`);
      else if (!ids.includes(id.toLowerCase())) ids.push(id.toLowerCase());
    }
    this.ids = ids;
    const source = this.dataSource;
    if (ids.length && !source) {
      problems.push('no PTV address: set api-base, or <meta name="koto-elements:ptv"> on the page.');
    }
    this.warnOnce(problems);
    this.notSetUp = ids.length > 0 && !source;
    if (!source) {
      this.offices = new Map();
      return;
    }
    this.inFlight ??= new AbortController();
    const signal = this.inFlight.signal;
    const next = new Map(this.offices);
    for (const key of [...next.keys()]) if (!ids.includes(key)) next.delete(key);
    const toLoad = ids.filter((id) => !onlyFailed || next.get(id)?.status !== 'loaded');
    for (const id of toLoad) next.set(id, { status: 'loading' });
    this.offices = next;
    await Promise.all(
      toLoad.map(async (id) => {
        // PtvClient shares a request among cards; another card leaving does not stop this one's.
        const result = await source.getServiceChannel(id, { language: this.locale, signal });
        if (generation !== this.generation) return;
        const updated = new Map(this.offices);
        if (result.ok) {
          updated.set(id, { status: 'loaded', channel: result.value });
          void this.loadOrganisation(source, result.value.organizationId, generation);
        } else if (result.error.kind === 'http' && (result.error.status === 404 || result.error.status === 400)) {
          // The id is wrong or the channel was removed: an editor's matter, not the learner's.
          updated.delete(id);
          this.warnOnce([`channel "${id}" was not found in PTV; it is left out.`]);
        } else {
          updated.set(id, { status: 'error', error: result.error });
        }
        this.offices = updated;
      }),
    );
  }

  private async loadOrganisation(source: PtvDataSource, id: string | null | undefined, generation: number) {
    if (!id || this.organisations.has(id)) return;
    const result = await source.getOrganization(id, { language: this.locale, signal: this.inFlight?.signal });
    // The organisation's name is a nicety: without it the card is still whole.
    if (!result.ok || generation !== this.generation) return;
    this.organisations = new Map(this.organisations).set(id, result.value);
  }

  private readPeople(): void {
    const problems: string[] = [];
    const people: Person[] = [];
    const elements = [...this.querySelectorAll(PERSON_TAG)];
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
    this.people = people;
    this.warnOnce(problems);
  }

  /** One console warning for problems not warned about before (never personal data). */
  private warnOnce(problems: readonly string[]): void {
    const fresh = problems.filter((p) => !this.warned.has(p));
    if (!fresh.length) return;
    for (const p of fresh) this.warned.add(p);
    console.warn(`<koto-contact-card>: ${fresh.join(' ')}`);
  }

  private async retry(): Promise<void> {
    const hadFocus = this.shadowRoot?.activeElement?.matches('[part~="retry"]') ?? false;
    await this.load(true);
    await this.updateComplete;
    if (hadFocus) {
      // The button is gone once everything loaded: move focus to what came, not to the page top.
      const target =
        this.shadowRoot?.querySelector<HTMLElement>('[part~="retry"]') ??
        this.shadowRoot?.querySelector<HTMLElement>('[part~="office"] .name');
      target?.focus();
    }
  }

  // ----- rendering ---------------------------------------------------------------------

  private get level(): number {
    const n = Number(this.headingLevel);
    return Number.isInteger(n) && n >= 2 && n <= 6 ? n : 2;
  }

  private headingTag(level: number, id: string, content: unknown, part: string) {
    const tag = unsafeStatic(`h${Math.min(6, level)}`);
    return staticHtml`<${tag} id=${id} class="name" part=${part} tabindex="-1">${content}</${tag}>`;
  }

  /** `lang` for API text when it is not the interface language. */
  private langOf(text: Localised | undefined): string | typeof nothing {
    return contentLang(text, this.locale);
  }

  /** "Language: Finnish" when the office's own texts are not in the interface language. */
  private languageNote(...texts: (Localised | undefined)[]) {
    const note = languageNote(this.locale, ...texts);
    return note === nothing ? nothing : html`<p>${note}</p>`;
  }

  private list(items: string[]): string {
    try {
      return new Intl.ListFormat(this.locale, { type: 'conjunction' }).format(items);
    } catch {
      return items.join(', ');
    }
  }

  private languageList(codes: readonly string[]): string {
    return this.list(codes.map((c) => languageName(c, this.locale)));
  }

  override render() {
    const hasHeading = this.heading.trim() !== '';
    const cardLevel = hasHeading ? this.level + 1 : this.level;
    const loaded = this.ids.flatMap((id) => {
      const s = this.offices.get(id);
      return s ? [[id, s] as const] : [];
    });
    const failed = loaded.filter(([, s]) => s.status === 'error');
    const loading = loaded.some(([, s]) => s.status === 'loading');
    const firstError = failed[0]?.[1];
    return html`
      <section part="base" class="base" aria-labelledby=${hasHeading ? 'heading' : nothing}>
        ${
          hasHeading
            ? staticHtml`<${unsafeStatic(`h${this.level}`)} id="heading" class="heading" part="heading">${this.heading}</${unsafeStatic(`h${this.level}`)}>`
            : nothing
        }
        <ul class="cards" part="list" role="list">
          ${this.people.map((p, i) => html`<li>${this.renderPerson(p, i, cardLevel)}</li>`)}
          ${loaded.map(([id, s]) =>
            s.status === 'loaded'
              ? html`<li>${this.renderOffice(toOfficeContact(s.channel, this.locale), cardLevel)}</li>`
              : s.status === 'loading'
                ? html`<li aria-hidden="true"><div class="card loading skeleton" data-channel=${id}></div></li>`
                : nothing,
          )}
        </ul>
        <div
          class="note ${failed.length || this.notSetUp ? 'notice warning' : ''}"
          part=${failed.length || this.notSetUp ? 'note' : nothing}
        >
          <p role="status">
            ${
              this.notSetUp
                ? html`${msg('The contact details are not set up on this page.')}
                    <code dir="ltr">&lt;meta name="koto-elements:ptv"&gt;</code>`
                : loading
                  ? html`<span class="visually-hidden">${msg('Loading office information…')}</span>`
                  : failed.length
                    ? html`${msg('We could not get the opening hours.')}
                      ${firstError?.status === 'error' ? describeFailure(firstError.error) : ''}`
                    : ''
            }
          </p>
          ${
            failed.length && failed.some(([, s]) => s.status === 'error' && isTransient(s.error))
              ? html`<button class="button secondary" part="retry" type="button" @click=${this.retry}>
                  ${msg('Try again')}
                </button>`
              : nothing
          }
        </div>
      </section>
    `;
  }

  private renderPerson(p: Person, index: number, level: number): TemplateResult {
    const id = `person-${index}`;
    const note = p.languages.length ? msg(str`Languages: ${this.languageList(p.languages)}`) : undefined;
    const vcard = buildVCard({
      name: p.name,
      title: p.role || undefined,
      organisation: p.organisation || undefined,
      email: p.email,
      phone: p.phone?.dial,
      languages: p.languages,
    });
    // The editor's `lang` is the language of the person's own texts; the element's
    // words ("Save contact") stay in the interface language.
    const lang = p.lang ?? nothing;
    return html`<article class="card person" part="card person" aria-labelledby=${id}>
      ${this.headingTag(level, id, html`<span lang=${lang}>${p.name}</span>`, 'name')}
      ${p.role ? html`<p class="sub" lang=${lang}>${p.role}</p>` : nothing}
      ${p.organisation ? html`<p class="sub" lang=${lang}>${p.organisation}</p>` : nothing}
      ${
        p.phone || p.email
          ? html`<ul class="plain actions" role="list">
              ${
                p.phone
                  ? html`<li>
                      <a class="action" href="tel:${p.phone.dial}"
                        ><span class="visually-hidden">${msg('Call')}</span>${ltr(p.phone.display)}</a
                      >
                    </li>`
                  : nothing
              }
              ${
                p.email
                  ? html`<li>
                      <a class="action" href="mailto:${p.email}"
                        ><span class="visually-hidden">${msg('Send e-mail')}</span>${ltr(p.email)}</a
                      >
                    </li>`
                  : nothing
              }
            </ul>`
          : nothing
      }
      ${note && !this.compact ? html`<p class="small">${note}</p>` : nothing}
      <a
        class="button secondary vcard"
        part="vcard"
        href="data:text/vcard;charset=utf-8,${encodeURIComponent(vcard)}"
        download=${vCardFileName(p.name)}
        >${msg('Save contact')}<span class="visually-hidden">: ${p.name}</span></a
      >
    </article>`;
  }

  private renderOffice(o: OfficeContact, level: number): TemplateResult {
    const id = `office-${o.id}`;
    const org = o.organizationId ? this.organisations.get(o.organizationId) : undefined;
    const orgName = org ? organizationName(org, this.locale) : undefined;
    const visiting = o.addresses.filter((a) => a.kind === 'visiting');
    const addresses = this.compact ? visiting.slice(0, 1) : o.addresses;
    const name = html`<span lang=${this.langOf(o.name)}>${o.name.text}</span>`;
    return html`<article class="card office" part="card office" aria-labelledby=${id} data-channel=${o.id}>
      ${this.headingTag(level, id, name, 'name')}
      ${
        orgName && orgName.text !== o.name.text
          ? html`<p class="sub" lang=${this.langOf(orgName)}>${orgName.text}</p>`
          : nothing
      }
      ${o.summary && !this.compact ? html`<p lang=${this.langOf(o.summary)}>${o.summary.text}</p>` : nothing}
      ${this.languageNote(o.name, this.compact ? undefined : o.summary)} ${this.renderStatus(o)}
      ${this.compact ? nothing : this.renderHours(o)}
      ${
        o.phones.length || o.emails.length || o.webPages.length
          ? html`<ul class="plain actions" role="list">
              ${o.phones.map(
                (ph) =>
                  html`<li>
                    ${
                      // A fax number is for reading: a tap would call a fax line.
                      ph.kind === 'fax'
                        ? html`<span class="action">${msg('Fax')} ${ltr(ph.display)}</span>`
                        : html`<a
                            class="action"
                            href=${ph.kind === 'sms' ? ph.href.replace(/^tel:/, 'sms:') : ph.href}
                            lang=${ph.lang ?? nothing}
                            ><span class="visually-hidden" lang=${ph.lang ? this.locale : nothing}
                              >${ph.kind === 'sms' ? msg('Send a text message') : msg('Call')}</span
                            >${ltr(ph.display)}</a
                          >`
                    }
                    ${
                      // A number only another language version gives: shown, with that language named.
                      ph.lang
                        ? html`<span class="action-note phone-lang"
                            >${msg(str`Language: ${languageName(ph.lang, this.locale)}`)}</span
                          >`
                        : nothing
                    }
                    ${this.renderPhoneNote(ph)}
                  </li>`,
              )}
              ${o.emails.map(
                (e) =>
                  html`<li>
                    <a class="action" href=${e.href}
                      ><span class="visually-hidden">${msg('Send e-mail')}</span>${ltr(e.address)}</a
                    >
                    ${
                      e.description && !this.compact
                        ? html`<span class="action-note" lang=${this.langOf(e.description)}
                            >${e.description.text}</span
                          >`
                        : nothing
                    }
                  </li>`,
              )}
              ${o.webPages.map(
                (w) => html`<li><a class="action" href=${w.url} lang=${this.langOf(w.label)}>${w.label.text}</a></li>`,
              )}
            </ul>`
          : nothing
      }
      ${addresses.map(
        (a) =>
          html`<div>
            <p class="label">${a.kind === 'visiting' ? msg('Visiting address') : msg('Postal address')}</p>
            <address>
              ${a.street ? html`<span lang=${this.langOf(a.street)}>${a.street.text}</span><br />` : nothing}
              ${a.postalCode ? ltr(a.postalCode) : ''}
              ${a.postOffice ? html`<span lang=${this.langOf(a.postOffice)}>${a.postOffice.text}</span>` : nothing}
            </address>
            ${
              a.mapUrl
                ? html`<a class="map" href=${a.mapUrl} rel="noopener noreferrer" target="_blank"
                    >${msg('Show on map')}<span class="visually-hidden"
                      >${
                        // Every office has one: the office's name tells them apart in a list of links.
                        // Not one msg(html`…`): markup in a message makes every language's strings import lit.
                        html`: ${name} ${msg('(opens in a new tab)')}`
                      }</span
                    ></a
                  >`
                : nothing
            }
          </div>`,
      )}
      ${
        o.languages.length && !this.compact
          ? html`<p class="small">${msg(str`Service languages: ${this.languageList(o.languages)}`)}</p>`
          : nothing
      }
    </article>`;
  }

  /** "Neuvonta · Matkapuhelinmaksu": what the number is for, and what a call costs, as PTV says. */
  private renderPhoneNote(ph: OfficeContact['phones'][number]) {
    const charge = this.renderCharge(ph);
    // PTV data often repeats the charge in the additional information ("Maksuton").
    const chargeText = typeof charge === 'string' ? charge : ph.chargeDescription?.text;
    const info = ph.info && ph.info.text.toLowerCase() !== chargeText?.toLowerCase() ? ph.info : undefined;
    if (!info && charge === nothing) return nothing;
    return html`<span class="action-note"
      >${info ? html`<span lang=${this.langOf(info)}>${info.text}</span>` : nothing}${
        info && charge !== nothing ? ' · ' : nothing
      }${charge}</span
    >`;
  }

  private renderCharge(ph: OfficeContact['phones'][number]) {
    if (ph.chargeDescription) {
      return html`<span lang=${this.langOf(ph.chargeDescription)}>${ph.chargeDescription.text}</span>`;
    }
    if (ph.charge === 'free') return msg('Free of charge');
    if (ph.charge === 'chargeable') return msg('Normal call charges');
    return nothing;
  }

  /** `ma 30.11.`: a weekday and date in the interface language. */
  private weekdayDate(date: IsoDate): string {
    const noon = startOfDay(date) + 12 * 3_600_000;
    return `${weekdayName(weekdayOf(date), this.locale, 'short')} ${isolateLtr(formatDayMonth(noon), this.direction)}`;
  }

  // Whole sentences for today, tomorrow and a weekday: the words around the day differ by
  // language (Russian "завтра" but "в пн 30.3."), so a day put into one sentence cannot be
  // translated well.

  /** "Closes tomorrow at 2.00." for an office open now. */
  private closesText(lastMoment: number, now: number, time: string): string {
    const rel = relativeDay(lastMoment, now);
    if (rel.kind === 'today') return msg(str`Closes at ${time}.`);
    if (rel.kind === 'tomorrow') return msg(str`Closes tomorrow at ${time}.`);
    const weekdayDate = this.weekdayDate(isoDateOf(lastMoment));
    return msg(str`Closes on ${weekdayDate} at ${time}.`);
  }

  /** "Opens today at 12.00." or, by appointment only, "Next appointments on Tue 31.3. at 9.00." */
  private opensText(opensAt: number, now: number, reservation: boolean): string {
    const rel = relativeDay(opensAt, now);
    const time = formatTime(opensAt);
    const weekdayDate = this.weekdayDate(isoDateOf(opensAt));
    if (reservation) {
      if (rel.kind === 'today') return msg(str`Next appointments today at ${time}.`);
      if (rel.kind === 'tomorrow') return msg(str`Next appointments tomorrow at ${time}.`);
      return msg(str`Next appointments on ${weekdayDate} at ${time}.`);
    }
    if (rel.kind === 'today') return msg(str`Opens today at ${time}.`);
    if (rel.kind === 'tomorrow') return msg(str`Opens tomorrow at ${time}.`);
    return msg(str`Opens on ${weekdayDate} at ${time}.`);
  }

  private renderStatus(o: OfficeContact) {
    const now = this.now();
    const state = openState(o.hours, now);
    if (state.kind === 'unknown') return nothing;
    let text: string;
    let open = false;
    let reason: Localised | undefined;
    if (state.kind === 'always-open') {
      text = msg('Open 24 hours, every day.');
      open = true;
    } else if (state.kind === 'open') {
      open = true;
      // Closing at midnight is the end of today (24.00), not tomorrow at 0.00.
      const time = formatEndTime(state.closesAt);
      if (state.reservation) {
        // Not open to walk in: the hours are when appointments are held.
        text = `${msg('By appointment only.')} ${msg(str`Appointments today until ${time}.`)}`;
      } else {
        text = `${msg('Open now.')} ${this.closesText(state.closesAt - 1, now, time)}`;
      }
    } else {
      reason = state.exception ? pickLang(state.exception.info, this.locale) : undefined;
      const first = state.reservation
        ? msg('By appointment only.')
        : state.exception
          ? msg('Closed today.')
          : msg('Closed now.');
      const opens = state.opensAt !== undefined ? this.opensText(state.opensAt, now, state.reservation) : '';
      text = `${first} ${opens}`.trim();
    }
    return html`<p class="status ${open ? 'open' : 'closed'}" part="status">
      <span class="dot" aria-hidden="true"></span>
      <span
        >${text}${reason ? html` <span class="sub" lang=${this.langOf(reason)}>(${reason.text})</span>` : nothing}</span
      >
    </p>`;
  }

  private renderHours(o: OfficeContact) {
    const today = isoDateOf(this.now());
    const groups = weeklyGroups(o.hours, today);
    const flags = weeklyFlags(o.hours, today);
    const exceptions = upcomingExceptions(o.hours, today);
    if (!groups.length && !exceptions.length) return nothing;
    return html`<div class="hours" part="hours">
      ${
        groups.length
          ? html`<p class="label">${flags.reservation ? msg('Appointment times') : msg('Opening hours')}</p>
              <ul class="plain">
                ${groups.map(
                  (g) =>
                    html`<li>
                      <span aria-hidden="true">${formatDays(g, this.locale, 'short')}</span
                      ><span class="visually-hidden">${formatDays(g, this.locale, 'long')}</span>
                      ${ltr(formatSpans(g.spans))}
                    </li>`,
                )}
              </ul>`
          : nothing
      }
      ${
        exceptions.length
          ? html`<p class="label">${msg('Changed hours in the coming weeks')}</p>
              <ul class="plain">
                ${exceptions.map((e) => this.renderException(e))}
              </ul>`
          : nothing
      }
    </div>`;
  }

  private renderException(e: ExceptionalHours) {
    const dates =
      e.from === e.to ? this.weekdayDate(e.from) : `${this.weekdayDate(e.from)}${EN_DASH}${this.weekdayDate(e.to)}`;
    const info = pickLang(e.info, this.locale);
    return html`<li>
      ${e.closed ? msg(str`${dates}: closed`) : html`${dates}: ${ltr(formatSpans(e.spans))}`}${
        info ? html` <span class="sub" lang=${this.langOf(info)}>(${info.text})</span>` : nothing
      }
    </li>`;
  }
}
