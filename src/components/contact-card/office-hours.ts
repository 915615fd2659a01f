/** An office's hours on its card: open now or when it opens, the regular week, and the changed days ahead. */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { EN_DASH, formatDayMonth, formatEndTime, formatTime, weekdayName } from '../../shared/format.js';
import { isolateLtr, ltr, textIn } from '../../shared/content.js';
import { listFormat } from '../../shared/intl.js';
import { isoDateOf, startOfDay, weekdayOf, type IsoDate } from '../../shared/time.js';
import { pickLang, type Localised, type OfficeContact } from '../../api/ptv/contact.js';
import {
  formatDays,
  formatSpans,
  openState,
  relativeDay,
  upcomingExceptions,
  weeklyFlags,
  weeklyGroups,
  type ExceptionalHours,
  type Span,
} from '../../api/ptv/hours.js';
import type { CardContext } from './card-context.js';

/** `9.00–12.00, 13.00–16.00`: each time its own left-to-right island, the list in the interface language's way. */
function spansText(spans: readonly Span[], ctx: CardContext) {
  if (spans.length < 2) return ltr(formatSpans(spans));
  const times = spans.map((s) => formatSpans([s]));
  return listFormat(ctx.locale, { type: 'unit' })
    .formatToParts(times)
    .map((part) => (part.type === 'element' ? ltr(part.value) : part.value));
}

/**
 * "on Tuesday" as a sentence says it, one message per weekday: the word before the day and
 * the day's own form differ by day in some languages (Russian "в понедельник" but
 * "во вторник", "в среду"; Finnish "tiistaina").
 */
function onWeekday(weekday: number): string {
  switch (weekday) {
    case 1:
      return msg('on Monday');
    case 2:
      return msg('on Tuesday');
    case 3:
      return msg('on Wednesday');
    case 4:
      return msg('on Thursday');
    case 5:
      return msg('on Friday');
    case 6:
      return msg('on Saturday');
    default:
      return msg('on Sunday');
  }
}

/** `31.3.`, isolated in a right-to-left view. */
function dayMonth(date: IsoDate, ctx: CardContext): string {
  return isolateLtr(formatDayMonth(startOfDay(date) + 12 * 3_600_000), ctx.direction);
}

/** `ma 30.11.`: a weekday and date in the interface language, as a list shows them. */
function shortDayAndDate(date: IsoDate, ctx: CardContext): string {
  return `${weekdayName(weekdayOf(date), ctx.locale, 'short')} ${dayMonth(date, ctx)}`;
}

/** "on Tuesday" and "31.3." for a day after tomorrow, as a sentence says it. */
function dayAndDate(date: IsoDate, ctx: CardContext): { day: string; date: string } {
  return { day: onWeekday(weekdayOf(date)), date: dayMonth(date, ctx) };
}

// Whole sentences for today, tomorrow and a weekday: the words around the day differ by
// language (Russian "завтра" but "во вторник 31.3."), so a day put into one sentence
// cannot be translated well.

/** "Closes tomorrow at 2.00." for an office open now. */
function closesText(lastMoment: number, time: string, ctx: CardContext): string {
  const rel = relativeDay(lastMoment, ctx.now);
  if (rel.kind === 'today') return msg(str`Closes at ${time}.`);
  if (rel.kind === 'tomorrow') return msg(str`Closes tomorrow at ${time}.`);
  const { day, date } = dayAndDate(isoDateOf(lastMoment), ctx);
  return msg(str`Closes ${day} ${date} at ${time}.`);
}

/** "Opens today at 12.00." or, by appointment only, "Next appointments on Tuesday 31.3. at 9.00." */
function opensText(opensAt: number, reservation: boolean, ctx: CardContext): string {
  const rel = relativeDay(opensAt, ctx.now);
  const time = formatTime(opensAt);
  if (reservation) {
    if (rel.kind === 'today') return msg(str`Next appointments today at ${time}.`);
    if (rel.kind === 'tomorrow') return msg(str`Next appointments tomorrow at ${time}.`);
    const { day, date } = dayAndDate(isoDateOf(opensAt), ctx);
    return msg(str`Next appointments ${day} ${date} at ${time}.`);
  }
  if (rel.kind === 'today') return msg(str`Opens today at ${time}.`);
  if (rel.kind === 'tomorrow') return msg(str`Opens tomorrow at ${time}.`);
  const { day, date } = dayAndDate(isoDateOf(opensAt), ctx);
  return msg(str`Opens ${day} ${date} at ${time}.`);
}

/** The "open now" line. */
export function renderStatus(o: OfficeContact, ctx: CardContext) {
  const state = openState(o.hours, ctx.now);
  if (state.kind === 'unknown') return nothing;
  let text: string;
  let open = false;
  let reason: Localised | undefined;
  if (state.kind === 'always-open') {
    text = msg('Open 24 hours, every day.');
    open = true;
  } else if (state.kind === 'open') {
    open = true;
    // Closing at midnight is the end of today (24.00), not tomorrow at 0.00.
    const time = formatEndTime(state.closesAt);
    if (state.reservation) {
      // Not open to walk in: the hours are when appointments are held.
      text = `${msg('By appointment only.')} ${msg(str`Appointments today until ${time}.`)}`;
    } else {
      text = `${msg('Open now.')} ${closesText(state.closesAt - 1, time, ctx)}`;
    }
  } else {
    reason = state.exception ? pickLang(state.exception.info, ctx.locale) : undefined;
    const first = state.reservation
      ? msg('By appointment only.')
      : state.exception
        ? msg('Closed today.')
        : msg('Closed now.');
    const opens = state.opensAt !== undefined ? opensText(state.opensAt, state.reservation, ctx) : '';
    text = `${first} ${opens}`.trim();
  }
  return html`<p class="status ${open ? 'open' : 'closed'}" part="status">
    <span class="dot" aria-hidden="true"></span>
    <span>${text}${reason ? html` <span class="sub">(${textIn(reason, ctx.locale)})</span>` : nothing}</span>
  </p>`;
}

/** The regular week and the exceptions of the coming weeks. */
export function renderHours(o: OfficeContact, ctx: CardContext) {
  const today = isoDateOf(ctx.now);
  const groups = weeklyGroups(o.hours, today);
  const flags = weeklyFlags(o.hours, today);
  const exceptions = upcomingExceptions(o.hours, today);
  if (!groups.length && !exceptions.length) return nothing;
  return html`<div class="hours" part="hours">
    ${
      groups.length
        ? html`<p class="label">${flags.reservation ? msg('Appointment times') : msg('Opening hours')}</p>
            <ul class="plain">
              ${groups.map(
                (g) =>
                  html`<li>
                    <span aria-hidden="true">${formatDays(g, ctx.locale, 'short')}</span
                    ><span class="visually-hidden">${formatDays(g, ctx.locale, 'long')}</span>
                    ${spansText(g.spans, ctx)}
                  </li>`,
              )}
            </ul>`
        : nothing
    }
    ${
      exceptions.length
        ? html`<p class="label">${msg('Changed hours in the coming weeks')}</p>
            <ul class="plain">
              ${exceptions.map((e) => renderException(e, ctx))}
            </ul>`
        : nothing
    }
  </div>`;
}

function renderException(e: ExceptionalHours, ctx: CardContext) {
  const dates =
    e.from === e.to
      ? shortDayAndDate(e.from, ctx)
      : `${shortDayAndDate(e.from, ctx)}${EN_DASH}${shortDayAndDate(e.to, ctx)}`;
  const info = pickLang(e.info, ctx.locale);
  return html`<li>
    ${e.closed ? msg(str`${dates}: closed`) : html`${dates}: ${spansText(e.spans, ctx)}`}${
      info ? html` <span class="sub">(${textIn(info, ctx.locale)})</span>` : nothing
    }
  </li>`;
}
