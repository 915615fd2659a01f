import { css } from 'lit';
import { choiceStyles } from '../../shared/choice-styles.js';
import { baseStyles } from '../../shared/styles.js';

export const styles = [
  baseStyles,
  choiceStyles,
  css`
    :host {
      --_card-bg: var(--koto-catalogue-card-bg, var(--_bg));
      --_badge-bg: var(--koto-catalogue-badge-bg, #fff4ce);
      --_gap: var(--koto-catalogue-gap, 1rem);
      container-type: inline-size;
    }
    .search {
      display: grid;
      /* Never wider than the element, whatever the page does to font sizes. */
      grid-template-columns: minmax(0, 1fr);
      gap: 1rem;
      margin-block-end: 1rem;
    }
    .field {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 0.25rem;
      min-inline-size: 0;
    }
    label {
      font-weight: 600;
    }
    .search-row {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .search-row input {
      flex: 1 1 12rem;
      min-inline-size: 0;
    }
    .filters {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0.75rem;
      min-inline-size: 0;
    }
    legend {
      font-weight: 600;
      padding-inline: 0.25rem;
    }
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 13rem), 1fr));
      gap: 0.75rem;
    }
    .grid select {
      inline-size: 100%;
    }
    /* The study path's explanation takes a row of its own, so the other filters stay in line. */
    .with-hint {
      grid-column: 1 / -1;
    }
    .check {
      align-self: end;
    }
    .count {
      font-weight: 600;
      margin-block: 0 0.5rem;
    }
    .list {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: var(--_gap);
    }
    .card {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_card-bg);
      padding: 1rem;
      min-inline-size: 0;
      overflow-wrap: anywhere;
    }
    .card.cancelled {
      border-style: dashed;
    }
    /*
     * Cards out of view skip style, layout and paint until they come near it (issue 18: the
     * list's style and layout took 195 ms of a filter change at 4× CPU throttling, 60 ms with
     * this). Find in page, focus and scrolling to a card still reach them. A card keeps its
     * real height once it has been shown (auto); until then it counts as a typical card
     * (measured: 25–31rem from 600px wide, 45–54rem in a narrow column).
     */
    .list > .card:not(.skeleton-card) {
      content-visibility: auto;
      contain-intrinsic-block-size: auto 28rem;
    }
    .name {
      font-size: 1.2rem;
      line-height: 1.3;
    }
    .name:focus,
    .notice:focus {
      outline: none;
    }
    .name:focus-visible,
    .notice:focus-visible {
      box-shadow: var(--_focus);
    }
    .badge {
      display: inline-block;
      margin-block-start: 0.5rem;
      padding: 0.125rem 0.5rem;
      border: 1px solid currentColor;
      border-radius: var(--_radius);
      background: var(--_badge-bg);
      font-weight: 600;
    }
    .summary {
      margin-block-start: 0.5rem;
    }
    dl {
      display: grid;
      gap: 0.25rem;
      margin-block: 0.75rem;
    }
    .row {
      display: grid;
      grid-template-columns: minmax(7rem, 30%) 1fr;
      gap: 0.5rem;
    }
    dt {
      font-weight: 600;
      color: var(--_muted);
    }
    .row.full dd {
      font-weight: 600;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .actions .button {
      flex: 1 1 10rem;
    }
    .details {
      margin-block-start: 1rem;
      padding-block-start: 1rem;
      border-block-start: 1px solid var(--_border);
      display: grid;
      gap: 0.5rem;
    }
    /* The link to the organiser's page is an action of its own: a full-size target. */
    .details > p > a {
      display: inline-flex;
      align-items: center;
      min-block-size: 2.75rem;
    }
    .details h4 {
      font-size: 1rem;
    }
    .description :is(p, ul, ol) {
      margin-block: 0.5rem;
    }
    .muted {
      color: var(--_muted);
    }
    .notice.empty,
    .notice.error {
      display: grid;
      gap: 0.75rem;
      justify-items: start;
    }
    .more {
      margin-block-start: 1rem;
      text-align: center;
    }
    .list.stale {
      cursor: progress;
    }
    .spinner {
      display: inline-block;
      inline-size: 1em;
      block-size: 1em;
      vertical-align: -0.125em;
      border: 0.2em solid currentColor;
      border-inline-end-color: transparent;
      border-radius: 50%;
      animation: koto-spin 0.8s linear infinite;
    }
    @keyframes koto-spin {
      to {
        transform: rotate(1turn);
      }
    }
    .skeleton-card {
      display: grid;
      gap: 0.75rem;
    }
    .line {
      block-size: 1rem;
      inline-size: 70%;
    }
    .line.wide {
      block-size: 1.5rem;
      inline-size: 90%;
    }
    .line.short {
      inline-size: 40%;
    }
    @container (max-width: 24rem) {
      .row {
        grid-template-columns: 1fr;
        gap: 0;
      }
      .list > .card:not(.skeleton-card) {
        contain-intrinsic-block-size: auto 48rem;
      }
    }
    @media print {
      .list > .card:not(.skeleton-card) {
        content-visibility: visible;
      }
    }
    @media (forced-colors: active) {
      .badge,
      .card {
        border-color: CanvasText;
      }
    }
  `,
];
