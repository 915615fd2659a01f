/**
 * Native form fields with their label, hint and error wired together: the hint and the
 * error are read with the field (`aria-describedby`), the error is marked in words as
 * well as colour, and `autocomplete` / `inputmode` help phones fill and type.
 * Plain template functions, not elements: the inputs stay in one shadow root, where
 * labels, focus and the error summary's links just work.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { msg } from '@lit/localize';
import type { Draft, FieldKey } from './draft.js';
import { fieldHint, fieldLabel } from './messages.js';
import { fieldId } from './anchor.js';

/** What a field needs from the form that holds it. */
export interface FieldView {
  draft: Draft;
  /** Ours, or the service's own words marked with their language. */
  error(key: FieldKey): ErrorText | undefined;
  /** Whether this field's error is being re-announced (role="alert" for one frame). */
  alerting(key: FieldKey): boolean;
}

/** An error message: a string of ours, or a template with the service's own words. */
export type ErrorText = string | TemplateResult;

// Kept in their own module: the form needs them before these fields are loaded.
export { anchorId, fieldId } from './anchor.js';

function describedBy(key: FieldKey, hint: string | undefined, error: ErrorText | undefined): string | undefined {
  const ids = [hint ? `${fieldId(key)}-hint` : '', error ? `${fieldId(key)}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function hintOf(key: FieldKey, hint: string | undefined) {
  return hint ? html`<p class="hint" id="${fieldId(key)}-hint">${hint}</p>` : nothing;
}

/** The error line: always in the DOM (empty when fine), so re-announcing it is a role change only. */
function errorOf(view: FieldView, key: FieldKey, error: ErrorText | undefined) {
  return html`<p class="error-message" id="${fieldId(key)}-error" role=${view.alerting(key) ? 'alert' : nothing}>
    ${error ? html`<span class="visually-hidden">${msg('Error:')}</span> ${error}` : nothing}
  </p>`;
}

export interface TextOptions {
  type?: 'text' | 'tel' | 'email';
  autocomplete?: string;
  inputmode?: 'text' | 'tel' | 'email' | 'numeric';
  required?: boolean;
  multiline?: boolean;
  /** The draft property, when it differs from the question's key. */
  name?: keyof Draft;
  spellcheck?: boolean;
  maxlength?: number;
  /** Width in characters, for short answers such as a postal code. */
  size?: 'short' | 'medium';
}

export function textField(view: FieldView, key: FieldKey, o: TextOptions = {}): TemplateResult {
  const name = o.name ?? (key as keyof Draft);
  const error = view.error(key);
  const hint = fieldHint(key);
  const common = {
    id: fieldId(key),
    describedby: describedBy(key, hint, error),
  };
  const value = String(view.draft[name] ?? '');
  return html`<div class="field ${error ? 'has-error' : ''}" data-key=${key}>
    <label for=${common.id}>${fieldLabel(key)}</label>
    ${hintOf(key, hint)} ${errorOf(view, key, error)}
    ${
      o.multiline
        ? html`<textarea
            id=${common.id}
            name=${name}
            rows="3"
            maxlength=${ifDefined(o.maxlength)}
            aria-describedby=${ifDefined(common.describedby)}
            aria-invalid=${error ? 'true' : 'false'}
            .value=${live(value)}
          ></textarea>`
        : html`<input
            id=${common.id}
            name=${name}
            class=${o.size ?? ''}
            type=${o.type ?? 'text'}
            autocomplete=${ifDefined(o.autocomplete)}
            inputmode=${ifDefined(o.inputmode)}
            spellcheck=${o.spellcheck === false ? 'false' : 'true'}
            maxlength=${ifDefined(o.maxlength)}
            aria-required=${o.required ? 'true' : 'false'}
            aria-describedby=${ifDefined(common.describedby)}
            aria-invalid=${error ? 'true' : 'false'}
            .value=${live(value)}
          />`
    }
  </div>`;
}

/**
 * Date of birth as three boxes (day, month, year), as GOV.UK does: `<input type=date>`
 * looks and behaves differently in each engine (WebKitGTK's differs most), is hard with
 * a screen reader, and makes people born long ago scroll through decades.
 */
export function dateOfBirthField(view: FieldView): TemplateResult {
  const key: FieldKey = 'dob';
  const error = view.error(key);
  const hint = fieldHint(key);
  const part = (name: 'dobDay' | 'dobMonth' | 'dobYear', label: string, autocomplete: string, size: number) =>
    html`<div class="dob-part">
      <label for=${fieldId(name)}>${label}</label>
      <input
        id=${fieldId(name)}
        name=${name}
        class="dob-${size}"
        type="text"
        inputmode="numeric"
        autocomplete=${autocomplete}
        maxlength=${size}
        spellcheck="false"
        aria-required="true"
        aria-invalid=${error ? 'true' : 'false'}
        .value=${live(view.draft[name])}
      />
    </div>`;
  return html`<fieldset
    class="field dob ${error ? 'has-error' : ''}"
    data-key=${key}
    role="group"
    aria-describedby=${ifDefined(describedBy(key, hint, error))}
  >
    <legend>${fieldLabel(key)}</legend>
    ${hintOf(key, hint)} ${errorOf(view, key, error)}
    <div class="dob-parts">
      ${part('dobDay', msg('Day'), 'bday-day', 2)} ${part('dobMonth', msg('Month'), 'bday-month', 2)}
      ${part('dobYear', msg('Year'), 'bday-year', 4)}
    </div>
  </fieldset>`;
}

export function radioGroup(
  view: FieldView,
  key: FieldKey,
  options: readonly { value: string; label: string }[],
  after?: TemplateResult | typeof nothing,
): TemplateResult {
  const error = view.error(key);
  const hint = fieldHint(key);
  const current = String(view.draft[key as keyof Draft] ?? '');
  return html`<fieldset
    class="field radios ${error ? 'has-error' : ''}"
    data-key=${key}
    aria-describedby=${ifDefined(describedBy(key, hint, error))}
  >
    <legend>${fieldLabel(key)}</legend>
    ${hintOf(key, hint)} ${errorOf(view, key, error)}
    ${options.map(
      (o, i) =>
        html`<label class="choice">
          <input
            type="radio"
            id="${fieldId(key)}-${i}"
            name=${key}
            value=${o.value}
            aria-invalid=${error ? 'true' : 'false'}
            .checked=${live(current === o.value)}
          />
          ${o.label}
        </label>`,
    )}
    ${after ?? nothing}
  </fieldset>`;
}

export function selectField(
  view: FieldView,
  key: FieldKey,
  options: readonly { value: string; label: string }[],
): TemplateResult {
  const error = view.error(key);
  const hint = fieldHint(key);
  const current = String(view.draft[key as keyof Draft] ?? '');
  return html`<div class="field ${error ? 'has-error' : ''}" data-key=${key}>
    <label for=${fieldId(key)}>${fieldLabel(key)}</label>
    ${hintOf(key, hint)} ${errorOf(view, key, error)}
    <select
      id=${fieldId(key)}
      name=${key}
      aria-required="true"
      aria-describedby=${ifDefined(describedBy(key, hint, error))}
      aria-invalid=${error ? 'true' : 'false'}
    >
      <option value="" ?selected=${current === ''}>${msg('Choose')}</option>
      ${options.map((o) => html`<option value=${o.value} ?selected=${current === o.value}>${o.label}</option>`)}
    </select>
  </div>`;
}

export function checkboxField(view: FieldView, key: 'consent', label: TemplateResult): TemplateResult {
  const error = view.error(key);
  return html`<div class="field checkbox ${error ? 'has-error' : ''}" data-key=${key}>
    ${errorOf(view, key, error)}
    <label class="choice">
      <input
        type="checkbox"
        id=${fieldId(key)}
        name=${key}
        aria-required="true"
        aria-describedby=${ifDefined(describedBy(key, undefined, error))}
        aria-invalid=${error ? 'true' : 'false'}
        .checked=${live(view.draft.consent)}
      />
      ${label}
    </label>
  </div>`;
}
