import { css } from 'lit';
import { baseStyles } from '../../shared/styles.js';

export const contactCardStyles = [
  baseStyles,
  css`
    :host {
      --_gap: var(--koto-contact-card-gap, 1rem);
      --_min: var(--koto-contact-card-min-width, 18rem);
      --_card-bg: var(--koto-contact-card-background, var(--_bg));
      --_open: var(--koto-contact-card-open-color, var(--_success));
    }
    .heading {
      margin-block-end: 0.75rem;
      font-size: 1.375rem;
      line-height: 1.3;
    }
    .cards {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_min)), 1fr));
      gap: var(--_gap);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    :host([compact]) .cards {
      grid-template-columns: minmax(0, 1fr);
      gap: 0.75rem;
    }
    .card {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
      block-size: 100%;
      padding: 1rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_card-bg);
      overflow-wrap: anywhere;
    }
    :host([compact]) .card {
      padding: 0.75rem;
      gap: 0.375rem;
    }
    .name {
      font-size: 1.125rem;
      line-height: 1.3;
    }
    /* A name gets focus from the script (after a retry): no ring for a mouse user, but the
       shared focus-visible ring (in forced colours an outline) for a keyboard user. */
    .name:focus:not(:focus-visible) {
      outline: none;
    }
    .sub,
    .small {
      color: var(--_muted);
    }
    .small {
      font-size: 0.9375rem;
    }
    .status {
      display: flex;
      align-items: baseline;
      gap: 0.5rem;
      font-weight: 600;
    }
    .status .dot {
      flex: none;
      inline-size: 0.75rem;
      block-size: 0.75rem;
      border-radius: 50%;
      border: 2px solid currentColor;
      transform: translateY(0.1rem);
    }
    .status.open .dot {
      background: var(--_open);
      border-color: var(--_open);
    }
    .label {
      font-weight: 600;
    }
    .hours .label:not(:first-child) {
      margin-block-start: 0.5rem;
    }
    .hours .label:not(:first-child) {
      margin-block-start: 0.5rem;
    }
    ul.plain {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .actions {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
    }
    .action {
      display: inline-flex;
      align-items: center;
      gap: 0.5rem;
      min-block-size: 2.75rem;
      padding-block: 0.25rem;
      font-weight: 600;
    }
    .action-note {
      display: block;
      font-weight: 400;
      color: var(--_muted);
      font-size: 0.9375rem;
    }
    address {
      font-style: normal;
    }
    .map {
      display: inline-flex;
      align-items: center;
      min-block-size: 2.75rem;
    }
    .vcard {
      align-self: flex-start;
      margin-block-start: auto;
    }
    .loading {
      block-size: 9rem;
    }
    .note {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.75rem;
    }
    .note.notice {
      margin-block-start: var(--_gap);
    }
    @media (forced-colors: active) {
      .status.open .dot {
        background: CanvasText;
        border-color: CanvasText;
      }
      .card {
        border-color: CanvasText;
      }
    }
  `,
];
