/**
 * The visible step indicator: where the learner is and how much is left. The current
 * step is `aria-current="step"`; done steps say so in words, not only with a tick.
 */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { STEP_COUNT } from './draft.js';

export function stepTitle(step: number): string {
  return [
    msg('About you'),
    msg('Languages and background'),
    msg('Your situation'),
    msg('Needs'),
    msg('Check and send'),
  ][step]!;
}

export function stepIndicator(current: number): TemplateResult {
  return html`<ol class="steps" part="steps" aria-label=${msg('Steps')}>
    ${Array.from({ length: STEP_COUNT }, (_, i) => {
      const state = i < current ? 'done' : i === current ? 'current' : 'todo';
      return html`<li class=${state} aria-current=${i === current ? 'step' : 'false'}>
        <span class="step-number" aria-hidden="true">${i < current ? '✓' : i + 1}</span>
        <span class="step-name">${stepTitle(i)}</span>
        ${i < current ? html`<span class="visually-hidden">${msg('(done)')}</span>` : ''}
      </li>`;
    })}
  </ol>`;
}

export function stepOfText(current: number): string {
  return msg(str`Step ${current + 1} of ${STEP_COUNT}`);
}
