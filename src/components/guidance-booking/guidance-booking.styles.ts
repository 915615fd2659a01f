import { css } from 'lit';
import { choiceStyles } from '../../shared/choice-styles.js';
import { baseStyles } from '../../shared/styles.js';
import { contactStyles } from '../../shared/contact-links.js';

export const guidanceBookingStyles = [
  baseStyles,
  choiceStyles,
  contactStyles,
  css`
    :host {
      --_slot-bg: var(--koto-booking-slot-bg, var(--_bg));
      --_slot-color: var(--koto-booking-slot-color, var(--_primary));
      --_column-min: var(--koto-booking-column-min, 7.5rem);
      container-type: inline-size;
    }
    .booking {
      display: grid;
      gap: 1.25rem;
    }
    .step {
      display: grid;
      gap: 1rem;
    }
    .step-count {
      color: var(--_muted);
      font-size: 0.9375rem;
    }
    h3 {
      font-size: 1.25rem;
      line-height: 1.3;
    }
    h3:focus,
    .notice:focus {
      outline: none;
    }
    h3:focus-visible,
    .notice:focus-visible {
      box-shadow: var(--_focus);
    }
    fieldset {
      display: grid;
      gap: 0.5rem;
      padding: 0;
      border: 0;
      min-inline-size: 0;
    }
    legend {
      padding: 0;
      margin-block-end: 0.5rem;
      font-weight: 600;
    }
    .choice small {
      display: block;
      color: var(--_muted);
    }
    .field {
      display: grid;
      gap: 0.25rem;
      max-inline-size: 30rem;
    }
    .field label {
      font-weight: 600;
    }
    .field .hint {
      color: var(--_muted);
      font-size: 0.9375rem;
    }
    .field-error {
      color: var(--_danger);
      font-weight: 600;
    }
    [aria-invalid='true'] {
      border-color: var(--_danger);
      border-width: 2px;
    }
    textarea {
      min-block-size: 5rem;
      resize: vertical;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      align-items: center;
    }
    .summary-list {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.25rem 1rem;
    }
    .summary-list dt {
      font-weight: 600;
    }
    .error-summary ul {
      margin-block-start: 0.5rem;
      padding-inline-start: 1.25rem;
    }
    .week-nav {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
      justify-content: space-between;
    }
    /* Narrow: the week on its own line, the two buttons side by side below it. */
    .week-label {
      font-weight: 600;
      order: -1;
      flex-basis: 100%;
    }
    .days {
      display: grid;
      gap: 1rem;
    }
    .day {
      display: grid;
      gap: 0.5rem;
      align-content: start;
      padding-block-end: 0.75rem;
      border-block-end: 1px solid var(--_border);
    }
    .day h4 {
      font-size: 1rem;
    }
    .day ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      padding: 0;
      list-style: none;
    }
    .day .none {
      color: var(--_muted);
    }
    .slot {
      min-block-size: 2.75rem;
      min-inline-size: 5.5rem;
      padding: 0.5rem 0.75rem;
      border: 2px solid var(--_slot-color);
      border-radius: var(--_radius);
      background: var(--_slot-bg);
      color: var(--_slot-color);
      font-weight: 600;
      font-variant-numeric: tabular-nums;
      cursor: pointer;
    }
    .slot:hover {
      background: var(--_slot-color);
      color: var(--_bg);
    }
    .hint {
      margin: 0;
      color: var(--_muted);
      font-size: 0.9375rem;
    }
    /* Arrow keys mean nothing on a touch screen. */
    @media (hover: none) and (pointer: coarse) {
      .hint {
        display: none;
      }
    }
    /* Wide screens: the days side by side, as in a paper calendar. */
    @container (min-width: 44rem) {
      .week-label {
        order: 0;
        flex: 1 1 10rem;
        text-align: center;
      }
      .days {
        grid-template-columns: repeat(auto-fit, minmax(var(--_column-min), 1fr));
        gap: 0.75rem;
      }
      .day {
        border-block-end: 0;
        border-inline-start: 1px solid var(--_border);
        padding-inline-start: 0.5rem;
      }
      .day ul {
        flex-direction: column;
      }
      .slot {
        inline-size: 100%;
      }
    }
    .loading {
      display: grid;
      gap: 0.75rem;
    }
    .loading .skeleton {
      block-size: 2.75rem;
    }
    .loading .skeleton.short {
      inline-size: 60%;
    }
    .done-time {
      font-size: 1.125rem;
      font-weight: 600;
    }
    @media (forced-colors: active) {
      /* Not forced: Chromium's Canvas backplate hid HighlightText on hover (issue #15). */
      .slot {
        forced-color-adjust: none;
        border-color: ButtonText;
        background: ButtonFace;
        color: ButtonText;
      }
      .slot:hover {
        background: Highlight;
        color: HighlightText;
      }
      [aria-invalid='true'] {
        border-color: Mark;
      }
    }
  `,
];
