/**
 * One course in the results: a plain template function, not an element of its own, so
 * a long list stays cheap to render. Strings come out in the catalogue's locale because
 * the catalogue calls these inside its render.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { availability, sessionTimes, takesRequests, type Course } from '../../api/linked-events/course.js';
import type { LocalisedText } from '../../api/localised.js';
import {
  formatDate,
  formatDateRange,
  formatTime,
  formatTimeRange,
  formatWeekday,
  formatList,
  weekdayName,
} from '../../shared/format.js';
import { contentLang, isolateLtr, languageNote, ltr, textIn } from '../../shared/content.js';
import { languageListText } from '../../shared/languages.js';
import { missingCodeWords } from '../../shared/lazy-module.js';

/** The state of a course's details view. */
export type DetailsState =
  | { state: 'loading' }
  /** The sanitised description in an element of its own, made once and moved in and out of the card. */
  | { state: 'ready'; content: HTMLElement | undefined }
  | { state: 'failed' };

/** The card's fixed words, looked up once per render of the list rather than once per card. */
export function cardLabels() {
  return {
    dates: msg('Dates'),
    days: msg('Days and times'),
    level: msg('Level'),
    place: msg('Place'),
    language: msg('Teaching language'),
    provider: msg('Organiser'),
    seats: msg('Seats'),
    enrolment: msg('Enrolment'),
    price: msg('Price'),
    apply: msg('Apply'),
    waitingList: msg('Join the waiting list'),
    more: msg('More information'),
    less: msg('Less information'),
    free: msg('Free'),
  };
}
export type CardLabels = ReturnType<typeof cardLabels>;

export interface CardContext {
  locale: string;
  /** The writing direction of the interface, for numbers inside sentences. */
  direction: 'ltr' | 'rtl';
  labels: CardLabels;
  index: number;
  expanded: boolean;
  details: DetailsState | undefined;
  /** Where "Apply" leads, or undefined for a button that only fires the event. */
  href: string | undefined;
  onToggle: (course: Course) => void;
  /** "Try again" in a details view whose description's code did not load; focus then goes to `selectors`. */
  onRetryDetails: (course: Course, from: Element, ...selectors: string[]) => void;
  onApply: (event: Event, course: Course) => void;
}

/** `lang` for API text, left out when it is the interface language. */
export function statusLabel(course: Pick<Course, 'status'>): string | undefined {
  switch (course.status) {
    case 'cancelled':
      return msg('Cancelled');
    case 'postponed':
      return msg('Postponed');
    case 'rescheduled':
      return msg('New dates');
    default:
      return undefined;
  }
}

/** `17.00–20.15`, or `17.00` when the API gave no end time (the model's `sessionTimes`). */
function timesText(course: Course): string | undefined {
  const t = sessionTimes(course);
  if (!t) return undefined;
  return t.end === undefined ? formatTime(t.start) : formatTimeRange(t.start, t.end);
}

/** "Monday and Wednesday 17.00–20.15" (a list in the language's own way), or only the days for a course without times. */
export function daysAndTimes(course: Course, locale: string): string | undefined {
  const days = formatList(
    course.weekdays.map((d) => weekdayName(d, locale)),
    locale,
  );
  const times = timesText(course);
  return [days, times].filter(Boolean).join(' ') || undefined;
}

/** Days in words, times kept left-to-right (a range would read backwards in Arabic). */
function daysAndTimesTemplate(course: Course, locale: string): TemplateResult | undefined {
  const days = formatList(
    course.weekdays.map((d) => weekdayName(d, locale)),
    locale,
  );
  const times = timesText(course);
  if (!days && !times) return undefined;
  return html`${days}${days && times ? ' ' : ''}${times ? ltr(times) : nothing}`;
}

function ltrOrUndefined(text: string | undefined): TemplateResult | undefined {
  return text === undefined ? undefined : ltr(text);
}

export function datesText(course: Course): string | undefined {
  const sessions = course.sessions;
  if (sessions?.length)
    return formatDateRange(sessions[0]!.start.instant, sessions[sessions.length - 1]!.start.instant);
  if (!course.start) return undefined;
  return formatDateRange(course.start.instant, course.end?.instant);
}

/** "Dates 12.11.–26.11.2026, number of dates: 3" for a series: one card, all its dates counted. */
function datesTemplate(course: Course, direction: 'ltr' | 'rtl'): TemplateResult | undefined {
  const text = datesText(course);
  const count = course.sessions?.length ?? course.sessionCount;
  if (count === undefined) return ltrOrUndefined(text);
  const n = isolateLtr(String(count), direction);
  return html`${text ? html`${ltr(text)}<br />` : nothing}${msg(str`Number of dates: ${n}`)}`;
}

/** Every date of a series, with its times: each one a line the learner can read and find. */
function sessionsTemplate(course: Course, locale: string): TemplateResult | undefined {
  if (!course.sessions?.length) return undefined;
  return html`<ul class="sessions">
    ${course.sessions.map((session) => {
      const times = sessionTimes(session);
      const when = `${formatDate(session.start.instant)}${
        times ? ` ${times.end === undefined ? formatTime(times.start) : formatTimeRange(times.start, times.end)}` : ''
      }`;
      const state = statusLabel(session);
      return html`<li>
        ${formatWeekday(session.start.instant, locale)}
        ${ltr(when)}${state ? html` – <strong>${state}</strong>` : nothing}
      </li>`;
    })}
  </ul>`;
}

/** Seats left, or full; nothing for a cancelled or postponed course (its seats are nobody's to take). */
export function seatsText(course: Course): string | undefined {
  const { left } = course.seats;
  const a = availability(course);
  if (left === undefined || a === 'cancelled' || a === 'postponed') return undefined;
  if (left > 0) return msg(str`Seats left: ${left}`);
  if (a === 'waiting-list') return msg('Full. You can join the waiting list.');
  return msg('Full');
}

/** Whether enrolment is open, and what the learner can do when it is not. The status wins over the dates. */
export function enrolmentText(course: Course): string {
  const { start, end } = course.enrolment;
  switch (availability(course)) {
    case 'cancelled':
      return msg('Not possible. The course is cancelled. Look for another course.');
    case 'postponed':
      return msg(
        'Not now. The course is postponed and has no new dates yet. Look for another course, or come back later.',
      );
    case 'waiting-list':
      return end !== undefined
        ? msg(str`Waiting list open now, until ${formatDate(end)}`)
        : msg('Waiting list open now');
    case 'open':
    case 'full':
      return end !== undefined ? msg(str`Open now, until ${formatDate(end)}`) : msg('Open now');
    case 'upcoming':
      return start !== undefined ? msg(str`Opens ${formatDate(start)}`) : msg('Not open yet');
    default:
      return msg('Closed');
  }
}

/** Whether "Apply" is offered: enrolment open, not cancelled or postponed, and a seat or a waiting-list place left. */
export const canApply = (course: Course): boolean => takesRequests(course);

/**
 * The price as the offers word it: a free offer's own words ("Free for jobseekers.") when it
 * has some, and "Free" only when it says nothing more. Never a summary that drops a condition.
 */
function priceTexts(course: Course, labels: CardLabels): (LocalisedText | string)[] {
  return course.offers
    .map((o) => (o.isFree ? (o.description ?? o.price ?? labels.free) : (o.price ?? o.description)))
    .filter((t): t is LocalisedText | string => t !== undefined);
}

function priceTemplate(course: Course, ctx: CardContext): TemplateResult | undefined {
  const texts = priceTexts(course, ctx.labels);
  if (!texts.length) return undefined;
  return html`${texts.map(
    (t, i) => html`${i ? html` <br />` : nothing}${typeof t === 'string' ? t : textIn(t, ctx.locale)}`,
  )}`;
}

function row(label: string, value: TemplateResult | string | undefined, cls = ''): TemplateResult | typeof nothing {
  if (value === undefined || value === '') return nothing;
  return html`<div class="row ${cls}">
    <dt>${label}</dt>
    <dd>${value}</dd>
  </div>`;
}

function localised(text: LocalisedText | undefined, locale: string): TemplateResult | undefined {
  return text ? textIn(text, locale) : undefined;
}

/** API text marked with its language, and "Language: Finnish" after it when that is not the interface's. */
function withNote(text: LocalisedText | undefined, locale: string): TemplateResult | undefined {
  return text ? html`${textIn(text, locale)} ${languageNote(locale, text)}` : undefined;
}

function placeTemplate(course: Course, locale: string, full: boolean): TemplateResult | undefined {
  const p = course.place;
  if (!p) return undefined;
  const parts: TemplateResult[] = [];
  if (p.name) parts.push(textIn(p.name, locale));
  if (full && p.streetAddress)
    parts.push(
      // One island with its own direction: in an Arabic view "Kirjastokatu 3 06100 Porvoo"
      // keeps its order (not "Porvoo 06100 Kirjastokatu 3").
      html`<span dir="auto"
        ><span lang=${contentLang(p.streetAddress, locale)}>${p.streetAddress.text}</span>${
          p.postalCode ? html` ${ltr(p.postalCode)}` : nothing
        }${p.locality ? html` <span lang=${contentLang(p.locality, locale)}>${p.locality.text}</span>` : nothing}</span
      >`,
    );
  else if (!full && p.locality) parts.push(textIn(p.locality, locale));
  if (full && p.extraInfo) parts.push(textIn(p.extraInfo, locale));
  if (!parts.length) return undefined;
  return html`${parts.map((part, i) => html`${i ? html`<br />` : nothing}${part}`)}`;
}

/** The details view of the card `card` (its id: `course-N`). */
function detailsTemplate(course: Course, ctx: CardContext, card: string): TemplateResult {
  const id = `${card}-details`;
  const { locale, details, direction } = ctx;
  const description = course.descriptionHtml;
  let body: TemplateResult | typeof nothing = nothing;
  if (description) {
    if (!details || details.state === 'loading') body = html`<p class="muted">${msg('Loading…')}</p>`;
    // The sanitiser is code loaded on demand: offline, say so (as LazyModule does), with "Try again".
    else if (details.state === 'failed')
      body = html`<div class="notice error" role="alert">
        <p>${missingCodeWords()}</p>
        <button
          type="button"
          class="button"
          id="${id}-retry"
          @click=${(e: Event) => ctx.onRetryDetails(course, e.currentTarget as Element, `#${id}-retry`, `#${id}-h`)}
        >
          ${msg('Try again')}
        </button>
      </div>`;
    else if (details.content) {
      const lang = contentLang(description, locale);
      if (lang === nothing) details.content.removeAttribute('lang');
      else details.content.lang = lang;
      const note = languageNote(locale, description);
      body = html`${details.content}${note === nothing ? nothing : html`<p>${note}</p>`}`;
    }
  }
  const price = course.offers.find((o) => o.description);
  // Under the label "Age", without a word for years: Russian and Ukrainian would need its
  // form to agree with the number ("от 21 года", "от 18 лет"), and one text fits all numbers.
  // Each number is isolated on its own: the Arabic text puts a word between them ("من 18 إلى 65").
  const age =
    course.minAge !== undefined && course.maxAge !== undefined
      ? msg(str`${isolateLtr(String(course.minAge), direction)}–${isolateLtr(String(course.maxAge), direction)}`)
      : course.minAge !== undefined
        ? msg(str`At least ${course.minAge}`)
        : undefined;
  // Named "About the course" and the course's name: two open details views are two regions a screen reader tells apart.
  return html`<div class="details" id=${id} part="details" role="region" aria-labelledby="${id}-h ${card}-name">
    <h4 id="${id}-h" tabindex="-1">${msg('About the course')}</h4>
    ${body}
    <h4>${msg('Schedule')}</h4>
    <dl>
      ${row(msg('First day'), course.start ? ltr(formatDate(course.start.instant)) : undefined)}
      ${row(msg('Last day'), course.end ? ltr(formatDate(course.end.instant)) : undefined)}
      ${row(msg('Days and times'), daysAndTimesTemplate(course, locale))}
      ${row(msg('All dates'), sessionsTemplate(course, locale))}
      ${row(msg('Place'), placeTemplate(course, locale, true))} ${row(msg('Enrolment'), enrolmentText(course))}
      ${row(msg('Age'), age)} ${row(msg('Price'), withNote(price?.description, locale))}
    </dl>
    ${
      course.infoUrl && /^https?:/i.test(course.infoUrl.text)
        ? html`<p>
            <a href=${course.infoUrl.text} rel="noopener noreferrer" lang=${contentLang(course.infoUrl, locale)}
              >${msg('More information on the website')}</a
            >
          </p>`
        : nothing
    }
  </div>`;
}

/** A course card. */
export function renderCourseCard(course: Course, ctx: CardContext): TemplateResult {
  const { locale, index, expanded, labels: l } = ctx;
  const id = `course-${index}`;
  const badge = statusLabel(course);
  const apply = canApply(course);
  const full = course.seats.left === 0;
  const applyLabel = availability(course) === 'waiting-list' ? l.waitingList : l.apply;
  const nameLang = contentLang(course.name, locale);
  // The name in the buttons' names too carries its language, or a screen reader reads a
  // Finnish name with the Ukrainian voice; the colon is the interface's.
  const name = html`<span class="visually-hidden">: <span lang=${nameLang}>${course.name.text}</span></span>`;
  const note = languageNote(locale, course.name, course.shortDescription);
  return html`<li class="card ${course.status}" part="card">
    <article aria-labelledby="${id}-name">
      <h3 id="${id}-name" class="name" tabindex="-1" lang=${nameLang}>${course.name.text}</h3>
      ${note === nothing ? nothing : html`<p>${note}</p>`}
      ${badge ? html`<p class="badge" part="badge"><span aria-hidden="true">⚠</span> ${badge}</p>` : nothing}
      ${
        course.shortDescription
          ? html`<p class="summary" lang=${contentLang(course.shortDescription, locale)}>
              ${course.shortDescription.text}
            </p>`
          : nothing
      }
      <dl>
        ${row(l.dates, datesTemplate(course, ctx.direction))} ${row(l.days, daysAndTimesTemplate(course, locale))}
        ${row(l.level, course.levels.join(', ') || undefined)} ${row(l.place, placeTemplate(course, locale, false))}
        ${row(l.language, languageListText(course.languages ?? [], locale))}
        ${row(l.provider, localised(course.provider, locale))} ${row(l.seats, seatsText(course), full ? 'full' : '')}
        ${row(l.enrolment, enrolmentText(course))} ${row(l.price, priceTemplate(course, ctx))}
      </dl>
      <div class="actions">
        <button
          type="button"
          class="button secondary"
          part="details-button"
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-controls="${id}-details"
          @click=${() => ctx.onToggle(course)}
        >
          ${expanded ? l.less : l.more}${name}
        </button>
        ${
          apply
            ? ctx.href
              ? html`<a class="button" part="apply" href=${ctx.href} @click=${(e: Event) => ctx.onApply(e, course)}
                  >${applyLabel}${name}</a
                >`
              : html`<button type="button" class="button" part="apply" @click=${(e: Event) => ctx.onApply(e, course)}>
                  ${applyLabel}${name}
                </button>`
            : nothing
        }
      </div>
      ${expanded ? detailsTemplate(course, ctx, id) : nothing}
    </article>
  </li>`;
}
