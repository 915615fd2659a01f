/** Pieces of the booking's steps: headings, field errors and their summary, what was chosen. */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { GuidanceResource } from '../../api/respa/resource.js';
import { timeRangeWithZone } from '../../shared/clock.js';
import { languageName } from '../../shared/languages.js';
import type { Locale } from '../../shared/localization.js';
import type { IsoDate } from '../../shared/time.js';
import type { Mode, Topic } from './booking-description.js';
import type { Field, FieldErrors, Values } from './fields.js';
import { fullDateLabel, languageNoteOf, localised, modeLabel, topicLabel } from './labels.js';

export function stepHeading(n: number, text: string) {
  return html`<p class="step-count">${msg(str`Step ${n} of 3`)}</p>
    <h3 id="step-heading" tabindex="-1">${text}</h3>`;
}

export function fieldError(errors: FieldErrors, field: Field) {
  const text = errors[field];
  return text ? html`<p class="field-error" id="${field}-error">${text}</p>` : nothing;
}

/** "Check these:" with a link to each field in error, in `order`; `focus` moves to a field. */
export function errorSummary(errors: FieldErrors, order: Field[], focus: (field: Field) => void) {
  const entries = order.filter((f) => errors[f]);
  if (entries.length === 0) return nothing;
  return html`<div class="notice error error-summary" part="error">
    <h4 id="error-summary-heading" tabindex="-1">${msg('Check these:')}</h4>
    <ul>
      ${entries.map(
        (f) =>
          html`<li>
            <a
              href="#${f}"
              @click=${(e: Event) => {
                e.preventDefault();
                focus(f);
              }}
              >${errors[f]}</a
            >
          </li>`,
      )}
    </ul>
  </div>`;
}

/** What the learner chose, for the details step and the confirmation. */
export interface Choices {
  topic: Topic | '';
  mode: Mode | '';
  needInterpreter: boolean;
  values: Values;
}

export function summary(
  resource: GuidanceResource,
  time: { begin: number; end: number; date: IsoDate },
  c: Choices,
  locale: Locale,
  direction: 'ltr' | 'rtl',
) {
  return html`<dl class="summary-list">
    <dt>${msg('Service')}</dt>
    <dd>${localised(resource.name, locale)} ${languageNoteOf(locale, resource.name)}</dd>
    <dt>${msg('Time')}</dt>
    <dd>${fullDateLabel(time.date, locale, direction)} ${timeRangeWithZone(time.begin, time.end)}</dd>
    <dt>${msg('Topic')}</dt>
    <dd>${topicLabel(c.topic)}</dd>
    <dt>${msg('How')}</dt>
    <dd>${modeLabel(c.mode)}</dd>
    ${
      c.needInterpreter && c.values.interpreter
        ? html`<dt>${msg('Interpreter')}</dt>
            <dd>
              ${
                c.values.interpreter === 'other'
                  ? c.values.interpreterOther.trim()
                  : languageName(c.values.interpreter, locale)
              }
            </dd>`
        : nothing
    }
  </dl>`;
}
