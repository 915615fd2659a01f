/**
 * How long the seat is held. Shown in whole minutes and never read aloud on its own:
 * a ticking live region would interrupt a screen-reader user every second. The form
 * announces only the warning and a renewed hold, through its one polite status region.
 */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatMinutes } from '../../shared/format.js';

/** When the warning comes: this long before the hold ends. */
export const WARN_BEFORE_MS = 3 * 60_000;

/** Whole minutes left, rounded up (one second left is still "1 minute"). */
export function minutesLeft(ms: number): number {
  return Math.max(0, Math.ceil(ms / 60_000));
}

export function seatTimer(options: {
  msLeft: number | undefined;
  inWaitlist: boolean;
  renewing: boolean;
  locale: string;
}): TemplateResult {
  const { msLeft, inWaitlist, renewing } = options;
  if (renewing || msLeft === undefined) {
    return html`<p class="timer" part="timer">${msg('We are holding a place for you…')}</p>`;
  }
  // After a colon: the form `Intl` gives (nominative) is right there in every language.
  const time = formatMinutes(minutesLeft(msLeft), options.locale);
  const warn = msLeft <= WARN_BEFORE_MS;
  const text = inWaitlist
    ? msg(str`Your place on the waiting list is held. Time left: ${time}.`)
    : msg(str`Your seat is held. Time left: ${time}.`);
  return html`<p class="timer ${warn ? 'warn' : ''}" part="timer">
    ${text} ${warn ? html`<strong>${msg('Send soon. If time runs out, we hold a new place for you.')}</strong>` : ''}
  </p>`;
}
