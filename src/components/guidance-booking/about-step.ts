/** The first step: whom to meet, about what, how, and whether with an interpreter. */
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { GuidanceResource } from '../../api/respa/resource.js';
import { languageOptions } from '../../shared/languages.js';
import type { Locale } from '../../shared/localization.js';
import type { Mode, Topic } from './booking-description.js';
import type { Field, FieldErrors, Values } from './fields.js';
import { languageNoteOf, localised } from './labels.js';
import { errorSummary, fieldError, stepHeading, type Choices } from './parts.js';

export interface AboutView extends Choices {
  locale: Locale;
  resources: GuidanceResource[];
  chosenId: string;
  errors: FieldErrors;
  showErrorSummary: boolean;
  submit: (e: Event) => void;
  chooseResource: (id: string) => void;
  chooseTopic: (topic: Topic) => void;
  chooseMode: (mode: Mode) => void;
  needsInterpreter: (need: boolean) => void;
  setValue: (field: keyof Values, value: string) => void;
  focusField: (field: Field) => void;
}

export function renderAbout(v: AboutView) {
  const { locale, errors } = v;
  const several = v.resources.length > 1;
  const only = v.resources.length === 1 ? v.resources[0] : undefined;
  const topics: [Topic, string][] = [
    ['before', msg('Before studies: choosing a study path')],
    ['during', msg('During studies: help with studying')],
    ['after', msg('After studies: work or further studies')],
  ];
  const modes: [Mode, string][] = [
    ['in-person', msg('I come to the office')],
    ['phone', msg('By phone')],
    ['video', msg('By video call')],
  ];
  return html`<form class="step" part="step" novalidate @submit=${v.submit}>
    ${stepHeading(1, msg('What is the appointment about?'))}
    ${only ? html`<p>${localised(only.name, locale)} ${languageNoteOf(locale, only.name)}</p>` : nothing}
    ${
      v.showErrorSummary
        ? errorSummary(errors, ['resource', 'topic', 'mode', 'interpreter', 'interpreterOther'], v.focusField)
        : nothing
    }
    ${
      several
        ? html`<fieldset id="resource" tabindex="-1" aria-describedby=${errors.resource ? 'resource-error' : nothing}>
            <legend>${msg('Who do you want to meet?')}</legend>
            ${fieldError(errors, 'resource')}
            ${v.resources.map(
              (r) =>
                html`<label class="choice">
                  <input
                    type="radio"
                    name="resource"
                    .value=${r.id}
                    .checked=${v.chosenId === r.id}
                    @change=${() => v.chooseResource(r.id)}
                  />
                  <span>
                    ${localised(r.name, locale)}
                    ${Object.keys(r.description).length ? html`<small>${localised(r.description, locale)}</small>` : nothing}
                    ${languageNoteOf(locale, r.name, r.description)}
                  </span>
                </label>`,
            )}
          </fieldset>`
        : nothing
    }
    <fieldset id="topic" tabindex="-1" aria-describedby=${errors.topic ? 'topic-error' : nothing}>
      <legend>${msg('Topic')}</legend>
      ${fieldError(errors, 'topic')}
      ${topics.map(
        ([value, label]) =>
          html`<label class="choice">
            <input
              type="radio"
              name="topic"
              .value=${value}
              .checked=${v.topic === value}
              @change=${() => v.chooseTopic(value)}
            />
            <span>${label}</span>
          </label>`,
      )}
    </fieldset>
    <fieldset id="mode" tabindex="-1" aria-describedby=${errors.mode ? 'mode-error' : nothing}>
      <legend>${msg('How do you want to meet?')}</legend>
      ${fieldError(errors, 'mode')}
      ${modes.map(
        ([value, label]) =>
          html`<label class="choice">
            <input
              type="radio"
              name="mode"
              .value=${value}
              .checked=${v.mode === value}
              @change=${() => v.chooseMode(value)}
            />
            <span>${label}</span>
          </label>`,
      )}
    </fieldset>
    <fieldset>
      <legend>${msg('Interpreter')}</legend>
      <label class="choice">
        <input
          type="checkbox"
          .checked=${v.needInterpreter}
          @change=${(e: Event) => v.needsInterpreter((e.target as HTMLInputElement).checked)}
        />
        <span>${msg('I need an interpreter')}</span>
      </label>
      ${v.needInterpreter ? renderInterpreter(v) : nothing}
    </fieldset>
    <p class="actions"><button type="submit" class="button">${msg('Next: choose a time')}</button></p>
  </form>`;
}

function renderInterpreter({ locale, errors, values, setValue }: AboutView) {
  return html`<div class="field">
      <label for="interpreter">${msg('Language of the interpreter')}</label>
      ${fieldError(errors, 'interpreter')}
      <select
        id="interpreter"
        aria-invalid=${errors.interpreter ? 'true' : 'false'}
        aria-describedby=${errors.interpreter ? 'interpreter-error' : nothing}
        @change=${(e: Event) => setValue('interpreter', (e.target as HTMLSelectElement).value)}
      >
        <option value="" ?selected=${!values.interpreter}>${msg('Choose')}</option>
        ${languageOptions(locale).map(
          (l) => html`<option value=${l.code} ?selected=${values.interpreter === l.code}>${l.label}</option>`,
        )}
        <option value="other" ?selected=${values.interpreter === 'other'}>${msg('Other language')}</option>
      </select>
    </div>
    ${
      values.interpreter === 'other'
        ? html`<div class="field">
            <label for="interpreterOther">${msg('Which language?')}</label>
            ${fieldError(errors, 'interpreterOther')}
            <input
              id="interpreterOther"
              type="text"
              autocomplete="off"
              .value=${values.interpreterOther}
              aria-invalid=${errors.interpreterOther ? 'true' : 'false'}
              aria-describedby=${errors.interpreterOther ? 'interpreterOther-error' : nothing}
              @input=${(e: Event) => setValue('interpreterOther', (e.target as HTMLInputElement).value)}
            />
          </div>`
        : nothing
    }`;
}
