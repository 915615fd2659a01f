/**
 * Times of day as the elements show them, with the words a DST fall-back night needs: the
 * clock shows 3.00–3.59 twice, so a slot in that hour says whether it is the summer-time one
 * (the first) or the winter-time one (the second). Every other time is shown as `format.ts`
 * writes it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { formatEndTime, formatTime, formatTimeRange, EN_DASH } from './format.js';
import { repeatedClockTime } from './time.js';
import { ltr } from './content.js';

/** "summer time" or "winter time", for a time that happens twice; `undefined` otherwise. */
export function clockTimeName(instant: number): string | undefined {
  const side = repeatedClockTime(instant);
  return side === 'summer' ? msg('summer time') : side === 'winter' ? msg('winter time') : undefined;
}

/**
 * `9.30–10.00`; on a fall-back night `3.00–3.30 (summer time)` and `3.00–3.30 (winter
 * time)`, or `3.30 (summer time) – 3.00 (winter time)` for a range across the change.
 * The times stay left-to-right in right-to-left text.
 */
export function timeRangeWithZone(begin: number, end: number): TemplateResult {
  const a = clockTimeName(begin);
  // An end on the hour that follows the repeated one (4.00) happens once; only an end inside it is named.
  const b = clockTimeName(end);
  if (!a && !b) return ltr(formatTimeRange(begin, end));
  if (a === b || !b) return html`${ltr(formatTimeRange(begin, end))} (${a})`;
  return html`${ltr(formatTime(begin))}${a ? html` (${a})` : nothing} ${EN_DASH} ${ltr(formatEndTime(end))} (${b})`;
}
