/**
 * The fields of each step of the enrolment form, and the list of answers. Loaded with a
 * dynamic `import()` when the learner presses "Start" (or comes back to a saved draft):
 * many visitors only read the course and never fill in the form.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { CheckContext, FieldKey } from './draft.js';
import { finnishLevelLabel, latinLabel, planLabel, timeLabel, yesNoLabel } from './messages.js';
import { checkboxField, dateOfBirthField, radioGroup, selectField, textField, type FieldView } from './fields.js';
import { answersList } from './answers.js';
import { ClearQuestion, clearControl } from './clear-control.js';
import { AnswerChecks } from './answer-checks.js';
import { languageOptions } from '../../shared/languages.js';

export { answersList, AnswerChecks, ClearQuestion, clearControl };

/** What a step's fields need from the form. */
export interface StepContext {
  step: number;
  view: FieldView;
  ctx: CheckContext;
  locale: string;
  privacyHref: string | undefined;
  edit: (step: number, key: FieldKey) => void;
}

/** The listed languages, named in the interface language, and "Other language" (then written). */
const languageList = (locale: string) => [
  ...languageOptions(locale).map((l) => ({ value: l.code, label: l.label })),
  { value: 'other', label: msg('Other language') },
];

/** The fields of one step (the last step: the answers to check, and the consent). */
export function renderStepFields({ step, view: v, ctx, locale, privacyHref, edit }: StepContext): TemplateResult {
  const d = v.draft;
  const m = ctx.mandatory;
  switch (step) {
    case 0:
      return html`
        ${textField(v, 'firstName', { autocomplete: 'given-name', required: true, spellcheck: false })}
        ${textField(v, 'lastName', { autocomplete: 'family-name', required: true, spellcheck: false })}
        ${dateOfBirthField(v)}
        ${textField(v, 'phone', { type: 'tel', autocomplete: 'tel', inputmode: 'tel', required: true, size: 'medium' })}
        ${textField(v, 'email', { type: 'email', autocomplete: 'email', inputmode: 'email', spellcheck: false })}
        ${
          m.has('street_address')
            ? textField(v, 'streetAddress', { autocomplete: 'street-address', required: true })
            : nothing
        }
        ${
          m.has('zipcode')
            ? textField(v, 'zipcode', {
                autocomplete: 'postal-code',
                inputmode: 'numeric',
                required: true,
                maxlength: 5,
                size: 'short',
              })
            : nothing
        }
        ${m.has('city') ? textField(v, 'city', { autocomplete: 'address-level2', required: true }) : nothing}
      `;
    case 1:
      return html`
        ${selectField(v, 'nativeLanguage', languageList(locale))}
        ${d.nativeLanguage === 'other' ? textField(v, 'nativeLanguageOther', { required: true }) : nothing}
        ${textField(v, 'otherLanguages', {})}
        ${radioGroup(
          v,
          'finnishLevel',
          (['none', 'a1', 'a2', 'b1'] as const).map((x) => ({ value: x, label: finnishLevelLabel(x) })),
        )}
        ${radioGroup(
          v,
          'latinAlphabet',
          (['yes', 'some', 'no'] as const).map((x) => ({ value: x, label: latinLabel(x) })),
        )}
        ${textField(v, 'schoolYears', { inputmode: 'numeric', required: true, maxlength: 2, size: 'short' })}
      `;
    case 2:
      return html`
        ${radioGroup(
          v,
          'employmentClient',
          (['yes', 'no'] as const).map((x) => ({ value: x, label: yesNoLabel(x) })),
          d.employmentClient === 'yes'
            ? html`<p class="notice instruction">
                ${msg('Tell your contact person at the employment services that you are applying to this course.')}
              </p>`
            : d.employmentClient === 'no'
              ? html`<p class="notice instruction">
                  ${msg('You can apply directly. Before the course, you do a short Finnish test and talk with us.')}
                </p>`
              : nothing,
        )}
        ${radioGroup(
          v,
          'integrationPlan',
          (['yes', 'no', 'unknown'] as const).map((x) => ({ value: x, label: planLabel(x) })),
        )}
        ${radioGroup(
          v,
          'timeOfDay',
          (['daytime', 'evening', 'either'] as const).map((x) => ({ value: x, label: timeLabel(x) })),
        )}
      `;
    case 3:
      return html`
        ${radioGroup(
          v,
          'interpreter',
          (['yes', 'no'] as const).map((x) => ({ value: x, label: yesNoLabel(x) })),
        )}
        ${
          d.interpreter === 'yes'
            ? html`${selectField(v, 'interpreterLanguage', languageList(locale))}
              ${
                d.interpreterLanguage === 'other'
                  ? textField(v, 'interpreterLanguageOther', { required: true })
                  : nothing
              }`
            : nothing
        }
        ${textField(v, 'otherNeeds', { multiline: true, maxlength: 500 })}
      `;
    default:
      return html`
        <p>${msg('Check your answers. You can change them before you send.')}</p>
        ${answersList(d, ctx, locale, edit)}
        ${checkboxField(
          v,
          'consent',
          html`${msg(
            'I agree that the adult education centre uses my information to handle my enrolment and to organise the training.',
          )}`,
        )}
        ${
          privacyHref
            ? html`<p class="privacy">
                <a href=${privacyHref}>${msg('How we handle your personal data')}</a>
              </p>`
            : nothing
        }
      `;
  }
}
