/**
 * The embed builder for web editors (a Storybook page, not part of the library): pick an
 * element and its options, see it live, copy the snippet for the CMS.
 */
import { LitElement, css, html, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import {
  DEFAULTS,
  ELEMENTS,
  elementSnippet,
  embedSnippet,
  type ElementName,
  type EmbedOptions,
  type Person,
} from './embed-snippet.js';

const LANGUAGES: [string, string][] = [
  ['', 'The page’s language'],
  ['fi', 'Finnish (suomi)'],
  ['sv', 'Swedish (svenska)'],
  ['en', 'English'],
  ['uk', 'Ukrainian (українська)'],
  ['ru', 'Russian (русский)'],
  ['ar', 'Arabic (العربية), right to left'],
];

const PERSON_FIELDS: [keyof Person, string, string][] = [
  ['name', 'Name', 'text'],
  ['role', 'Title or role', 'text'],
  ['organisation', 'Organisation', 'text'],
  ['email', 'E-mail', 'email'],
  ['phone', 'Phone', 'tel'],
  ['languages', 'Languages spoken (codes, space-separated)', 'text'],
];

export class EmbedBuilder extends LitElement {
  static override properties = { options: { state: true }, copied: { state: true } };
  static override styles = css`
    :host {
      display: grid;
      gap: 1.5rem;
      grid-template-columns: minmax(16rem, 22rem) minmax(0, 1fr);
      font-family: system-ui, sans-serif;
      color: #1a1a1a;
    }
    @media (max-width: 48rem) {
      :host {
        grid-template-columns: 1fr;
      }
    }
    h2 {
      font-size: 1.125rem;
      margin: 0 0 0.5rem;
    }
    form {
      display: grid;
      gap: 0.75rem;
      align-content: start;
    }
    label {
      display: grid;
      gap: 0.25rem;
      font-weight: 600;
    }
    label.check {
      display: flex;
      align-items: center;
      gap: 0.5rem;
    }
    .hint {
      font-weight: 400;
      font-size: 0.875rem;
      color: #4a4a4a;
    }
    input:not([type='checkbox']),
    select {
      font: inherit;
      padding: 0.375rem;
      border: 1px solid #6b6b6b;
      border-radius: 0.25rem;
    }
    fieldset {
      display: grid;
      gap: 0.5rem;
      border: 1px solid #6b6b6b;
      border-radius: 0.25rem;
    }
    button {
      font: inherit;
      justify-self: start;
      padding: 0.375rem 0.75rem;
      border: 1px solid #00509e;
      border-radius: 0.25rem;
      background: #fff;
      color: #00509e;
      cursor: pointer;
    }
    button.primary {
      background: #00509e;
      color: #fff;
    }
    pre {
      margin: 0;
      padding: 0.75rem;
      overflow: auto;
      background: #f4f4f4;
      border: 1px solid #6b6b6b;
      border-radius: 0.25rem;
      white-space: pre;
    }
    .snippet-actions {
      display: flex;
      gap: 0.75rem;
      align-items: center;
      margin-block: 0.5rem;
    }
    .preview {
      border: 1px dashed #6b6b6b;
      padding: 1rem;
    }
  `;

  options: EmbedOptions = structuredClone(DEFAULTS);
  copied = '';

  private set<K extends keyof EmbedOptions>(key: K, value: EmbedOptions[K]): void {
    this.options = { ...this.options, [key]: value };
    this.copied = '';
  }

  private text(key: keyof EmbedOptions, label: string, hint = ''): TemplateResult {
    return html`<label
      >${label} ${hint ? html`<span class="hint">${hint}</span>` : ''}
      <input
        name=${key}
        .value=${String(this.options[key])}
        @input=${(e: Event) => this.set(key, (e.target as HTMLInputElement).value as never)}
    /></label>`;
  }

  private setPerson(index: number, key: keyof Person, value: string): void {
    const people = this.options.people.map((p, i) => (i === index ? { ...p, [key]: value } : p));
    this.set('people', people);
  }

  private elementOptions(): TemplateResult {
    const o = this.options;
    switch (o.element) {
      case 'koto-course-catalogue':
        return html`${this.text('keyword', 'Course filter keyword', 'Keyword ids, comma = either, for example yso:p19331.')}
          <label
            >Courses per page <span class="hint">1–100; empty = the API’s default (20).</span>
            <input
              name="pageSize"
              type="number"
              min="1"
              max="100"
              .value=${o.pageSize}
              @input=${(e: Event) => this.set('pageSize', (e.target as HTMLInputElement).value)}
          /></label>
          ${this.text('enrolHref', 'Enrolment page address', '{id} becomes the course id.')}
          <label class="check"
            ><input
              type="checkbox"
              name="syncUrl"
              .checked=${o.syncUrl}
              @change=${(e: Event) => this.set('syncUrl', (e.target as HTMLInputElement).checked)}
            />Keep the search in the page address</label
          >`;
      case 'koto-enrolment-form':
        return html`${this.text('event', 'Course id', 'Empty: from the page address (?course=…).')}
        ${this.text('privacyHref', 'Privacy notice address')} ${this.text('catalogueHref', 'Course list address')}
        ${this.text('contactPhone', 'Phone number for questions')}
        ${this.text('contactEmail', 'E-mail address for questions')}`;
      case 'koto-guidance-booking':
        return html`${this.text('resource', 'Resource ids', 'Respa resources, comma-separated.')}
        ${this.text('contactPhone', 'Phone number for questions')}
        ${this.text('contactEmail', 'E-mail address for questions')}`;
      case 'koto-contact-card':
        return html`${this.text('channel', 'PTV channel ids', 'Service channel GUIDs, comma-separated.')}
          ${this.text('heading', 'Heading')}
          ${o.people.map(
            (person, index) =>
              html`<fieldset>
                <legend>Person ${index + 1}</legend>
                ${PERSON_FIELDS.map(
                  ([key, label, type]) =>
                    html`<label
                      >${label}
                      <input
                        name=${`person-${index}-${key}`}
                        type=${type}
                        .value=${person[key]}
                        @input=${(e: Event) => this.setPerson(index, key, (e.target as HTMLInputElement).value)}
                    /></label>`,
                )}
                <button
                  type="button"
                  @click=${() =>
                    this.set(
                      'people',
                      o.people.filter((_, i) => i !== index),
                    )}
                >
                  Remove person ${index + 1}
                </button>
              </fieldset>`,
          )}
          <button
            type="button"
            @click=${() =>
              this.set('people', [
                ...o.people,
                { name: '', role: '', organisation: '', email: '', phone: '', languages: '' },
              ])}
          >
            Add a person
          </button>`;
    }
  }

  private async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(embedSnippet(this.options));
      this.copied = 'Copied. Paste it into the page’s HTML in the CMS.';
    } catch {
      // No clipboard permission (an embedded Storybook, an old browser): select it instead.
      const selection = getSelection();
      selection?.selectAllChildren(this.renderRoot.querySelector('#snippet code')!);
      this.copied = 'Copying was not allowed here. The snippet is selected: press Ctrl+C (⌘C on a Mac).';
    }
  }

  override render() {
    const o = this.options;
    return html`<form @submit=${(e: Event) => e.preventDefault()} aria-labelledby="options-heading">
        <h2 id="options-heading">Element and options</h2>
        <label
          >Element
          <select
            name="element"
            @change=${(e: Event) => this.set('element', (e.target as HTMLSelectElement).value as ElementName)}
          >
            ${Object.entries(ELEMENTS).map(
              ([tag, { label }]) => html`<option value=${tag} ?selected=${tag === o.element}>${label}</option>`,
            )}
          </select></label
        >
        <label
          >Language
          <select name="lang" @change=${(e: Event) => this.set('lang', (e.target as HTMLSelectElement).value)}>
            ${LANGUAGES.map(([value, label]) => html`<option value=${value} ?selected=${value === o.lang}>${label}</option>`)}
          </select></label
        >
        ${this.elementOptions()}
      </form>
      <div>
        <section aria-labelledby="snippet-heading">
          <h2 id="snippet-heading">Snippet to paste into the CMS</h2>
          <p class="hint">
            The first two lines once per page (in its HTML head or an HTML block), the element where it should show.
          </p>
          <pre id="snippet" tabindex="0" aria-labelledby="snippet-heading"><code>${embedSnippet(o)}</code></pre>
          <div class="snippet-actions">
            <button type="button" class="primary" @click=${this.copy}>Copy the snippet</button>
            <span role="status">${this.copied}</span>
          </div>
        </section>
        <section aria-labelledby="preview-heading">
          <h2 id="preview-heading">Live element</h2>
          <p class="hint">With the demo data of this Storybook; on the city’s page, the city’s API answers.</p>
          <div class="preview">${unsafeHTML(elementSnippet(o))}</div>
        </section>
      </div>`;
  }
}

/**
 * The builder, registered on first use: a bare side-effect import would be dropped from
 * Storybook's build (package.json lists the modules with side effects, and stories are not).
 */
export function embedBuilder(): TemplateResult {
  if (!customElements.get('sb-embed-builder')) customElements.define('sb-embed-builder', EmbedBuilder);
  return html`<sb-embed-builder></sb-embed-builder>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-embed-builder': EmbedBuilder;
  }
}
