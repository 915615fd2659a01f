import { css } from 'lit';

/**
 * Touch targets of at least 44 × 44 CSS px (WCAG 2.5.5) for the elements with forms, after
 * `baseStyles` (a module of its own: the contact card, without forms, does not carry it).
 * `.choice` is a label around its radio button or checkbox: its whole row takes the tap,
 * with no dead gap between the box and the text, and the box stands beside the first line.
 * An `.error-summary`'s links are actions, not running text.
 */
export const choiceStyles = css`
  .choice {
    display: flex;
    align-items: flex-start;
    justify-self: stretch;
    gap: 0.75rem;
    min-block-size: 2.75rem;
    padding-block: 0.625rem;
    cursor: pointer;
  }
  .error-summary a {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75rem;
  }
`;
