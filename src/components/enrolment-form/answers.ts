/**
 * The learner's answers as a list, step by step: on the last step with "Change" links,
 * and on the confirmation as the printable record of what was sent.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { STEP_COUNT, stepFields, type CheckContext, type Draft, type FieldKey } from './draft.js';
import { fieldLabel, finnishLevelLabel, latinLabel, planLabel, timeLabel, yesNoLabel } from './messages.js';
import { stepTitle } from './steps.js';
import { languageName } from '../../shared/languages.js';

/** A language from the list, named in the interface language, or the one the learner wrote. */
const chosenLanguage = (code: string, written: string, locale: string) =>
  code === 'other' ? written.trim() : code ? languageName(code, locale) : '';

export function answerText(key: FieldKey, d: Draft, locale: string): string {
  switch (key) {
    case 'dob':
      return [d.dobDay, d.dobMonth, d.dobYear].every((s) => s.trim())
        ? `${Number(d.dobDay)}.${Number(d.dobMonth)}.${d.dobYear.trim()}`
        : '';
    case 'nativeLanguage':
      return chosenLanguage(d.nativeLanguage, d.nativeLanguageOther, locale);
    case 'interpreterLanguage':
      return chosenLanguage(d.interpreterLanguage, d.interpreterLanguageOther, locale);
    case 'finnishLevel':
      return finnishLevelLabel(d.finnishLevel);
    case 'latinAlphabet':
      return latinLabel(d.latinAlphabet);
    case 'employmentClient':
    case 'interpreter':
      return yesNoLabel(d[key]);
    case 'integrationPlan':
      return planLabel(d.integrationPlan);
    case 'timeOfDay':
      return timeLabel(d.timeOfDay);
    case 'consent':
      return d.consent ? msg('Yes') : '';
    default:
      return String(d[key as keyof Draft] ?? '').trim();
  }
}

/** Questions not worth a line of their own in the list. */
const HIDDEN = new Set<FieldKey>(['nativeLanguageOther', 'interpreterLanguageOther', 'consent']);

export function answersList(
  d: Draft,
  ctx: CheckContext,
  locale: string,
  onEdit?: (step: number, key: FieldKey) => void,
  /** The heading level of each step's title: 4 under a step, 5 under the confirmation's own heading. */
  level: 4 | 5 = 4,
): TemplateResult {
  const steps = Array.from({ length: STEP_COUNT - 1 }, (_, i) => i);
  return html`<div class="answers" part="answers">
    ${steps.map(
      (step) =>
        html`<section class="answer-group" aria-labelledby="answers-${step}">
          ${
            level === 4
              ? html`<h4 id="answers-${step}">${stepTitle(step)}</h4>`
              : html`<h5 id="answers-${step}">${stepTitle(step)}</h5>`
          }
          <dl>
            ${stepFields(step, ctx)
              .filter((key) => !HIDDEN.has(key))
              .filter((key) => !(key === 'interpreterLanguage' && d.interpreter !== 'yes'))
              .map(
                (key) =>
                  html`<div class="answer">
                    <dt>${fieldLabel(key).replace(/\s*\(.*\)$/, '')}</dt>
                    <dd>
                      <span class="answer-value">${answerText(key, d, locale) || '–'}</span>
                      ${
                        onEdit
                          ? html`<button type="button" class="link" @click=${() => onEdit(step, key)}>
                              ${msg('Change')}<span class="visually-hidden">: ${fieldLabel(key)}</span>
                            </button>`
                          : nothing
                      }
                    </dd>
                  </div>`,
              )}
          </dl>
        </section>`,
    )}
  </div>`;
}
