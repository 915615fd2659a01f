/** The third step: contact details, and sending the booking. */
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { HttpFailure } from '../../api/http.js';
import type { GuidanceResource } from '../../api/respa/resource.js';
import type { Slot } from '../../api/respa/slots.js';
import { serviceWords } from '../../shared/content.js';
import { apiWords, describeFailure, isTransient } from '../../shared/errors.js';
import type { Locale } from '../../shared/localization.js';
import { contactLinks, contactLinksFor, type Contact } from '../../shared/contact-links.js';
import { requiredFields, shownFields, type Field, type FieldErrors, type Values } from './fields.js';
import { errorSummary, fieldError, stepHeading, summary, type Choices } from './parts.js';

/** Where sending the booking stands; `failed` with a 400 is Respa refusing the time (other 400s are handled before). */
export type Sending = { kind: 'editing' } | { kind: 'sending' } | { kind: 'failed'; error: HttpFailure };

export interface DetailsView extends Choices {
  locale: Locale;
  direction: 'ltr' | 'rtl';
  resource: GuidanceResource;
  slot: Slot;
  sending: Sending;
  /** The element's `contact-phone` and `contact-email`. */
  contact: Contact;
  errors: FieldErrors;
  showErrorSummary: boolean;
  submit: (e: Event) => void;
  changeTime: () => void;
  setValue: (field: keyof Values, value: string) => void;
  validateOnBlur: (field: Field) => void;
  focusField: (field: Field) => void;
}

function renderInput(v: DetailsView, field: 'name' | 'phone' | 'email', label: string, required: boolean) {
  const type = field === 'phone' ? 'tel' : field === 'email' ? 'email' : 'text';
  const autocomplete = field === 'phone' ? 'tel' : field === 'email' ? 'email' : 'name';
  const hint =
    field === 'phone' ? msg('For example 040 123 4567') : field === 'email' ? msg('For example name@example.com') : '';
  const describedBy = [hint ? `${field}-hint` : '', v.errors[field] ? `${field}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="field">
    <label for=${field}>${label} ${required ? nothing : html`<span>${msg('(optional)')}</span>`}</label>
    ${hint ? html`<p class="hint" id="${field}-hint">${hint}</p>` : nothing} ${fieldError(v.errors, field)}
    <input
      id=${field}
      type=${type}
      autocomplete=${autocomplete}
      ?required=${required}
      aria-required=${required ? 'true' : 'false'}
      aria-invalid=${v.errors[field] ? 'true' : 'false'}
      aria-describedby=${describedBy || nothing}
      .value=${v.values[field]}
      @input=${(e: Event) => v.setValue(field, (e.target as HTMLInputElement).value)}
      @blur=${() => v.validateOnBlur(field)}
    />
  </div>`;
}

// Focus always moves to this notice, and that reads it; role="alert" besides would have it
// said twice (test/e2e/spoken.e2e.mjs).
function renderSendError(sending: Sending, locale: Locale, contact: Contact) {
  if (sending.kind !== 'failed') return nothing;
  const { error } = sending;
  if (error.kind === 'http' && error.status === 400) {
    const words = apiWords(error);
    return html`<div class="notice error" id="submit-error" tabindex="-1" part="error">
      <p>${msg('We could not book this time.')}</p>
      ${words ? html`<p>${serviceWords(words, locale)}</p>` : nothing}
      <p>${msg('Choose another time, or contact the adult education centre by phone or e-mail.')}</p>
      ${contactLinks(contact)}
    </div>`;
  }
  return html`<div class="notice error" id="submit-error" tabindex="-1" part="error">
    <p>${describeFailure(error)}</p>
    ${contactLinksFor(error, contact)}
    <p>${msg('Your information is saved.')}</p>
  </div>`;
}

export function renderDetails(v: DetailsView) {
  const { resource, slot, sending } = v;
  const shown = shownFields(resource, v.mode);
  const required = requiredFields(resource, v.mode);
  const busy = sending.kind === 'sending';
  const transient = sending.kind === 'failed' && isTransient(sending.error);
  return html`<form class="step" part="step form" novalidate @submit=${v.submit}>
    ${stepHeading(3, msg('Your contact details'))} ${summary(resource, slot, v, v.locale, v.direction)}
    <p>${msg('The counsellor uses these details only for this appointment.')}</p>
    ${v.showErrorSummary ? errorSummary(v.errors, ['name', 'phone', 'email', 'message'], v.focusField) : nothing}
    ${shown.has('name') ? renderInput(v, 'name', msg('Name'), required.has('name')) : nothing}
    ${shown.has('phone') ? renderInput(v, 'phone', msg('Phone number'), required.has('phone')) : nothing}
    ${shown.has('email') ? renderInput(v, 'email', msg('E-mail'), required.has('email')) : nothing}
    <div class="field">
      <label for="message">${msg('Message to the counsellor')} <span>${msg('(optional)')}</span></label>
      <textarea
        id="message"
        maxlength="500"
        .value=${v.values.message}
        @input=${(e: Event) => v.setValue('message', (e.target as HTMLTextAreaElement).value)}
      ></textarea>
    </div>
    ${renderSendError(sending, v.locale, v.contact)}
    <p class="actions">
      <button type="submit" class="button" aria-disabled=${busy ? 'true' : 'false'}>
        ${busy ? msg('Booking…') : transient ? msg('Try again') : msg('Book this time')}
      </button>
      <button type="button" class="button secondary" ?disabled=${busy} @click=${v.changeTime}>
        ${msg('Change the time')}
      </button>
    </p>
  </form>`;
}
