import { css } from 'lit';
import { choiceStyles } from '../../shared/choice-styles.js';
import { baseStyles } from '../../shared/styles.js';
import { contactStyles } from '../../shared/contact-links.js';

export const styles = [
  baseStyles,
  choiceStyles,
  contactStyles,
  css`
    :host {
      max-inline-size: var(--koto-enrolment-max-width, 40rem);
      /* Narrow layouts follow the element's own width (a sidebar), not the window's. */
      container-type: inline-size;
    }
    /* A link on a line of its own is an action: a full-size target. */
    .privacy a {
      display: inline-flex;
      align-items: center;
      min-block-size: 2.75rem;
    }
    .base > * + * {
      margin-block-start: 1rem;
    }
    .course h3 {
      font-size: 1.25rem;
      line-height: 1.3;
    }
    .course.compact h3 {
      font-size: 1.0625rem;
    }
    .facts {
      display: grid;
      gap: 0.25rem;
      margin-block-start: 0.5rem;
    }
    .facts div {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.5rem;
    }
    .facts dt {
      font-weight: 600;
    }
    .facts dt::after {
      content: ':';
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.75rem 1rem;
    }
    .notice > * + * {
      margin-block-start: 0.5rem;
    }
    .timer {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.5rem;
      color: var(--_muted);
      font-size: 0.9375rem;
    }
    .timer.warn {
      padding: 0.5rem 0.75rem;
      border-inline-start: 0.375rem solid var(--_danger);
      background: var(--_warning-bg);
      color: var(--_text);
    }
    form > * + * {
      margin-block-start: 1.25rem;
    }
    .error-summary {
      padding: 1rem;
      border: 3px solid var(--_danger);
      border-radius: var(--_radius);
    }
    .error-summary h3 {
      font-size: 1.125rem;
    }
    .error-summary ul {
      margin-block-start: 0.5rem;
      padding-inline-start: 1.25rem;
    }
    .error-summary a {
      color: var(--_danger);
      font-weight: 600;
    }
    .steps {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.75rem;
      padding: 0;
      list-style: none;
      font-size: 0.875rem;
      color: var(--_muted);
    }
    .steps li {
      display: flex;
      align-items: center;
      gap: 0.375rem;
    }
    .step-number {
      display: inline-grid;
      place-items: center;
      inline-size: 1.5rem;
      block-size: 1.5rem;
      border: 2px solid currentColor;
      border-radius: 50%;
      font-weight: 700;
      font-size: 0.8125rem;
    }
    .steps .current {
      color: var(--_primary);
      font-weight: 700;
    }
    .steps .current .step-number {
      background: var(--_primary);
      border-color: var(--_primary);
      color: #fff;
    }
    /* On a phone the names of the other steps would wrap into a wall of text. */
    @container (max-width: 30rem) {
      .steps li:not(.current) .step-name {
        position: absolute;
        inline-size: 1px;
        block-size: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
    }
    fieldset {
      min-inline-size: 0;
      padding: 0;
      border: 0;
    }
    .step > legend {
      padding: 0;
      margin-block-end: 1rem;
    }
    /* Clear of the heading's focus ring (3px + 2px offset), which covered it. */
    .step-of {
      display: block;
      margin-block-end: 0.5rem;
      color: var(--_muted);
      font-size: 0.9375rem;
    }
    .step h3 {
      font-size: 1.25rem;
    }
    .step > * + * {
      margin-block-start: 1.25rem;
    }
    .field {
      display: grid;
      gap: 0.25rem;
      justify-items: start;
    }
    .field.has-error {
      padding-inline-start: 0.75rem;
      border-inline-start: 0.25rem solid var(--_danger);
    }
    .field > label:not(.choice),
    .field > legend {
      font-weight: 600;
    }
    .field > legend {
      padding: 0;
      margin-block-end: 0.25rem;
    }
    .field input:not([type='radio'], [type='checkbox']),
    .field textarea {
      inline-size: 100%;
      max-inline-size: 24rem;
    }
    .field input.short {
      max-inline-size: 7rem;
    }
    .field input.medium {
      max-inline-size: 14rem;
    }
    .field select {
      inline-size: 100%;
      max-inline-size: 24rem;
    }
    .field textarea {
      max-inline-size: 100%;
    }
    .field [aria-invalid='true'] {
      border-color: var(--_danger);
      border-width: 2px;
    }
    .hint {
      color: var(--_muted);
      font-size: 0.9375rem;
    }
    .error-message {
      color: var(--_danger);
      font-weight: 600;
    }
    .error-message:empty {
      display: none;
    }
    .dob-parts {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
    }
    .dob-part {
      display: grid;
      gap: 0.25rem;
    }
    .dob-parts input.dob-2 {
      inline-size: 4rem;
    }
    .dob-parts input.dob-4 {
      inline-size: 6rem;
    }
    .radios {
      gap: 0.25rem;
    }
    .instruction {
      margin-block-start: 0.5rem;
    }
    /* Clipped where it stands: an offset off-screen widened the page when the form is
       right to left on a left-to-right page. */
    .hp {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .nav {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      justify-content: space-between;
    }
    .nav .button[type='submit'] {
      margin-inline-start: auto;
      min-inline-size: 8rem;
    }
    .link {
      min-block-size: 2.75rem;
      min-inline-size: 2.75rem;
      padding: 0.25rem 0;
      border: 0;
      background: none;
      color: var(--_primary);
      text-decoration: underline;
      cursor: pointer;
    }
    .discard {
      margin-block-start: 0.5rem;
    }
    .answers {
      display: grid;
      gap: 1rem;
    }
    .answer-group h4,
    .answer-group h5 {
      font-size: 1.0625rem;
    }
    .answers dl {
      margin-block-start: 0.25rem;
    }
    .answer {
      display: grid;
      grid-template-columns: minmax(8rem, 1fr) 2fr;
      gap: 0.25rem 1rem;
      padding-block: 0.375rem;
      border-block-end: 1px solid #d0d0d0;
    }
    .answer dt {
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .answer dd {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: baseline;
      gap: 0 0.75rem;
      overflow-wrap: anywhere;
    }
    @container (max-width: 30rem) {
      .answer {
        grid-template-columns: 1fr;
      }
    }
    #done-title {
      font-size: 1.375rem;
      color: var(--_success);
    }
    .course-name {
      font-weight: 700;
    }
    .done > * + * {
      margin-block-start: 1rem;
    }
    .done h4 {
      font-size: 1.125rem;
    }
    .next {
      padding-inline-start: 1.25rem;
    }
    [tabindex='-1']:focus {
      outline: none;
    }
    [tabindex='-1']:focus-visible {
      outline: 3px solid var(--_primary);
      outline-offset: 2px;
    }
    @media (forced-colors: active) {
      .field.has-error,
      .error-summary,
      .timer.warn {
        border-color: CanvasText;
      }
      .steps .current .step-number {
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
      }
    }
    @media print {
      :host {
        max-inline-size: none;
        color: #000;
      }
      .no-print,
      .timer,
      .discard,
      .link {
        display: none !important;
      }
      .answer {
        break-inside: avoid;
      }
    }

    /* Sizes of the loading placeholders (classes, not style attributes: a strict CSP blocks those). */
    .skeleton-title {
      block-size: 1.75rem;
      inline-size: 70%;
    }
    .skeleton-text {
      block-size: 4rem;
      margin-block-start: 0.75rem;
    }
    /* As tall as the line and "Start" that take its place. */
    .skeleton-button {
      display: inline-block;
      block-size: 2.75rem;
      inline-size: 10rem;
    }
  `,
];
