/**
 * The views of the enrolment form, as template functions: what each phase shows, made
 * from what the form holds (`FormContext`) and the handlers it passes. No state lives
 * here. Call inside the element's render (strings come out in its locale).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { sessionTimes, type Course } from '../../api/linked-events/course.js';
import type { AttendeeStatus, Registration } from '../../api/linked-events/registration.js';
import type { HttpFailure } from '../../api/http.js';
import { isTransient } from '../../shared/errors.js';
import { metaTag } from '../../shared/config.js';
import { notSetUp as notSetUpNotice } from '../../shared/not-set-up.js';
import { contactLinks as sharedContactLinks } from '../../shared/contact-links.js';
import { failureParagraphs, serviceDetail } from '../../shared/failure.js';
import { formatDateRange, formatDateTime, formatTime, formatTimeRange, weekdayName } from '../../shared/format.js';
import { listFormat } from '../../shared/intl.js';
import { contentLang, isolateLtr, languageNote, ltr, serviceWords } from '../../shared/content.js';
import type { StoredHold } from './draft-store.js';
import { errorSummary, type SummaryItem } from './error-summary.js';
import { courseFacts, paymentNotice } from './course-facts.js';
import { seatTimer } from './seat-timer.js';
import { stepIndicator, stepOfText, stepTitle } from './steps.js';
import { STEP_COUNT } from './draft.js';
import type { Blocked } from './phase.js';

/** What every view of the form may show: the course, its registration, and the interface. */
export interface FormContext {
  locale: string;
  direction: 'ltr' | 'rtl';
  catalogueHref?: string;
  course?: Course;
  registration?: Registration;
  blocked?: Blocked;
  /** Whom the learner can contact (the element's `contact-phone` and `contact-email`). */
  contactPhone?: string | undefined;
  contactEmail?: string | undefined;
}

/** How to reach the adult education centre (shared/contact-links.ts). */
const contactLinks = (ctx: FormContext): TemplateResult =>
  sharedContactLinks({ phone: ctx.contactPhone, email: ctx.contactEmail });

export function loadingView(): TemplateResult {
  return html`<div class="loading" aria-busy="true">
    <p class="visually-hidden">${msg('Loading the course…')}</p>
    <div class="skeleton skeleton-title"></div>
    <div class="skeleton skeleton-text"></div>
  </div>`;
}

/** No course chosen; or (`notSetUp`) one, but no API to ask: then whom to ask, and what the page lacks. */
export function noCourseView(ctx: FormContext, notSetUp = false): TemplateResult {
  return html`<div class="notice">
    ${
      notSetUp
        ? notSetUpNotice(msg('Enrolment is not set up on this page.'), metaTag('linkedEvents'), contactLinks(ctx))
        : html`<p>${msg('Choose a course first. Then you can send an enrolment request here.')}</p>
            ${catalogueLink(ctx)}`
    }
  </div>`;
}

/** `alert`: announced when it appears; not when it takes focus (a screen reader would say it twice). */
export function loadErrorView(ctx: FormContext, error: HttpFailure, retry: () => void, alert = true): TemplateResult {
  return html`<div class="notice error" id="load-error" tabindex="-1" role=${alert ? 'alert' : nothing}>
    ${failureParagraphs(error, ctx.locale)}
    <p class="actions">
      <button type="button" class="button" @click=${retry}>${msg('Try again')}</button>
      ${catalogueLink(ctx)}
    </p>
  </div>`;
}

export function rejectedView(ctx: FormContext): TemplateResult {
  return html`<div class="notice error" role="alert">
    <p>${msg('We could not send the request. Contact the adult education centre.')}</p>
    ${contactLinks(ctx)}
  </div>`;
}

function catalogueLink(ctx: FormContext): TemplateResult | typeof nothing {
  return ctx.catalogueHref
    ? html`<a class="catalogue-link" href=${ctx.catalogueHref}>${msg('See all courses')}</a>`
    : nothing;
}

/** "Language: Finnish" under API text that is not in the interface language. */
function noteFor(locale: string, ...texts: ({ lang?: string } | undefined)[]) {
  const note = languageNote(locale, ...texts);
  return note === nothing ? nothing : html`<p class="lang-note-row">${note}</p>`;
}

/** The course: its name, then its facts (`<dl class="facts">`, one `<div>` of `<dt>` and `<dd>` each). */
export function courseSummary(ctx: FormContext, compact = false, heading = true): TemplateResult | typeof nothing {
  const { course: c, locale } = ctx;
  if (!c) return nothing;
  const when = c.start ? formatDateRange(c.start.instant, c.end?.instant) : undefined;
  const place = c.place?.name;
  const time = c.timeOfDay === 'evening' ? msg('Evening group') : c.timeOfDay === 'daytime' ? msg('Daytime group') : '';
  // As the catalogue's card: the weekdays in words, the times left to right.
  const days = listFormat(locale).format(c.weekdays.map((d) => weekdayName(d, locale)));
  const t = sessionTimes(c);
  const hours = t && (t.end === undefined ? formatTime(t.start) : formatTimeRange(t.start, t.end));
  return html`<section class="course ${compact ? 'compact' : ''}" part="course" aria-labelledby="course-title">
    ${
      heading
        ? html`<h3 id="course-title" tabindex="-1" lang=${contentLang(c.name, locale)}>${c.name.text}</h3>`
        : html`<p id="course-title" class="course-name" lang=${contentLang(c.name, locale)}>${c.name.text}</p>`
    }
    ${noteFor(locale, c.name, place)}
    <dl class="facts">
      ${
        when
          ? html`<div>
              <dt>${msg('Dates')}</dt>
              <dd>${ltr(when)}${time ? html`, ${time}` : nothing}</dd>
            </div>`
          : nothing
      }
      ${
        days || hours
          ? html`<div>
              <dt>${msg('Days and times')}</dt>
              <dd>${days} ${hours ? ltr(hours) : nothing}</dd>
            </div>`
          : nothing
      }
      ${
        place
          ? html`<div>
              <dt>${msg('Place')}</dt>
              <dd lang=${contentLang(place, locale)}>${place.text}</dd>
            </div>`
          : nothing
      }
      ${courseFacts(c, locale)}
    </dl>
  </section>`;
}

/** Why enrolment is not possible, in our words. */
export function blockedText(ctx: FormContext): string {
  const reg = ctx.registration;
  switch (ctx.blocked?.reason) {
    case 'cancelled':
      return msg('This course is cancelled. You cannot enrol in it. Look for another course.');
    case 'postponed':
      return msg(
        'This course is postponed. It has no new dates yet, so you cannot enrol now. Look for another course, or come back later.',
      );
    case 'upcoming':
      return reg?.enrolment.start
        ? msg(
            str`Enrolment opens on ${isolateLtr(formatDateTime(reg.enrolment.start), ctx.direction)}. Come back then.`,
          )
        : msg('Enrolment has not opened yet. Come back later.');
    case 'closed':
      return msg('Enrolment for this course has closed. Look for another course, or ask us about the next one.');
    case 'full':
      return msg('This course is full. The waiting list is full too. Look for another course.');
    case 'no-registration':
      return msg('You cannot enrol in this course online. Contact the adult education centre.');
    default:
      return '';
  }
}

function blockedNotice(ctx: FormContext): TemplateResult {
  return html`<div class="notice warning" id="blocked" tabindex="-1">
    <p><strong>${blockedText(ctx)}</strong></p>
    ${serviceDetail(ctx.blocked?.detail, ctx.locale)} ${contactLinks(ctx)} ${catalogueLink(ctx)}
  </div>`;
}

function holdErrorNotice(error: HttpFailure, locale: string): TemplateResult {
  return html`<div class="notice error">
    ${failureParagraphs(error, locale)}
    ${
      isTransient(error)
        ? html`<p>${msg('You can go on filling in the form. We try again when you send it.')}</p>`
        : nothing
    }
  </div>`;
}

export interface IntroOptions {
  /** A place still held (the form was cleared): what "Start" uses. */
  held?: StoredHold;
  /** The service's refusal of the last hold. */
  refusal?: HttpFailure;
  start: () => void;
  /** The registration is not known yet: being checked, or (`error`) it could not be. */
  pending?: RegistrationPending;
}

export interface RegistrationPending {
  error?: HttpFailure;
  /** Whether the error is an alert (not when it takes focus: it would be heard twice). */
  alert: boolean;
  retry: (e: Event) => void;
}

/** The start page: the course, whether and how enrolment is open, and "Start". */
export function introView(ctx: FormContext, options: IntroOptions): TemplateResult {
  return html`${courseSummary(ctx)} ${options.pending ? pendingState(ctx, options.pending) : introState(ctx, options)}`;
}

/**
 * Where the enrolment state and "Start" go while the registration is on its way: one polite
 * line, in as much room as "Start" takes (no jump), and no "Start" (the state, seats and
 * waiting list decide what it does). When it failed: why, and "Try again" for it alone.
 */
function pendingState(ctx: FormContext, { error, alert, retry }: RegistrationPending): TemplateResult {
  return error
    ? html`<div class="notice error" id="registration-error" tabindex="-1" role=${alert ? 'alert' : nothing}>
        <p><strong>${msg('We could not check whether you can enrol.')}</strong></p>
        ${failureParagraphs(error, ctx.locale)}
        <p class="actions">
          <button type="button" class="button" @click=${retry}>${msg('Try again')}</button>
          ${catalogueLink(ctx)}
        </p>
      </div>`
    : html`<div class="checking">
        <p role="status">${msg('Checking whether you can enrol…')}</p>
        <p class="actions" aria-hidden="true"><span class="skeleton skeleton-button"></span></p>
      </div>`;
}

function introState(ctx: FormContext, { held, refusal, start }: IntroOptions): TemplateResult {
  const reg = ctx.registration;
  // A cancelled or postponed course takes no enrolment, paid or not.
  const stopped = ctx.blocked?.reason === 'cancelled' || ctx.blocked?.reason === 'postponed';
  if (reg?.requiresPayment && !stopped)
    return paymentNotice(ctx.course, reg, ctx.locale, html`${contactLinks(ctx)} ${catalogueLink(ctx)}`);
  if (ctx.blocked) return blockedNotice(ctx);
  // A place still held is what "Start" uses: the counts include it as taken.
  const waitlist = held ? held.inWaitlist : reg?.waitingListOnly === true;
  const instructions = reg?.instructions;
  return html`
    ${
      waitlist
        ? html`<div class="notice warning">
            <p>
              <strong>${msg('The course is full. Your request goes to the waiting list.')}</strong>
              ${msg('We contact you if a place becomes free.')}
            </p>
          </div>`
        : !held && reg?.seatsLeft !== undefined && reg.seatsLeft <= 3
          ? html`<p class="seats">${msg(str`Seats left: ${reg.seatsLeft}`)}</p>`
          : nothing
    }
    ${reg?.enrolment.end ? html`<p>${msg(str`Enrol by ${isolateLtr(formatDateTime(reg.enrolment.end), ctx.direction)}.`)}</p>` : nothing}
    ${
      instructions
        ? html`<p class="instructions" lang=${contentLang(instructions, ctx.locale)}>${instructions.text}</p>
            ${noteFor(ctx.locale, instructions)}`
        : nothing
    }
    <p>${msg('The form has 5 short steps. It takes about 10 minutes. We hold a seat for you while you fill it in.')}</p>
    ${refusal ? holdErrorNotice(refusal, ctx.locale) : nothing}
    <p class="actions">
      <button type="button" class="button" id="start" @click=${start}>
        ${waitlist ? msg('Join the waiting list') : msg('Start enrolment')}
      </button>
    </p>
  `;
}

export interface FormViewOptions {
  step: number;
  /** The learner's hold, if any, and whether a hold is being asked for. */
  hold?: StoredHold;
  reserving: boolean;
  msLeft?: number;
  refusal?: HttpFailure;
  summary?: readonly SummaryItem[];
  /** The fields of the step (or an empty template while they load). */
  fields: TemplateResult;
  sending: boolean;
  sendFailure?: { error: HttpFailure; takesFocus: boolean };
  onSubmit: (e: Event) => void;
  onInput: (e: Event) => void;
  onFocusOut: (e: FocusEvent) => void;
  followSummary: (target: string) => void;
  back: () => void;
  retrySend: () => void;
  /** "Clear the form and start again" (and its question), once the step fields are there. */
  clear: TemplateResult | typeof nothing;
}

/** The five steps: the course, the seat held, why enrolment may not be possible, and the form. */
export function formView(ctx: FormContext, o: FormViewOptions): TemplateResult {
  const last = o.step === STEP_COUNT - 1;
  const blocked = ctx.blocked;
  return html`
    ${courseSummary(ctx, true)}
    ${
      o.hold
        ? seatTimer({ msLeft: o.msLeft, inWaitlist: o.hold.inWaitlist, renewing: o.reserving, locale: ctx.locale })
        : o.reserving
          ? seatTimer({ msLeft: undefined, inWaitlist: false, renewing: true, locale: ctx.locale })
          : nothing
    }
    ${
      o.hold?.inWaitlist
        ? html`<p class="notice warning waitlist">
            ${msg('The course is full. Your request goes to the waiting list. We contact you if a place becomes free.')}
          </p>`
        : nothing
    }
    ${blocked ? blockedNotice(ctx) : nothing}
    ${o.refusal && !blocked ? holdErrorNotice(o.refusal, ctx.locale) : nothing}
    <form novalidate @submit=${o.onSubmit} @input=${o.onInput} @change=${o.onInput} @focusout=${o.onFocusOut}>
      ${o.summary ? errorSummary(o.summary, o.followSummary) : nothing} ${stepIndicator(o.step)}
      <fieldset class="step">
        <legend>
          <span class="step-of">${stepOfText(o.step)}</span>
          <h3 id="step-title" tabindex="-1">${stepTitle(o.step)}</h3>
        </legend>
        ${o.fields}
      </fieldset>
      <div class="hp" aria-hidden="true">
        <label for="f-website">${msg('Leave this empty')}</label>
        <input id="f-website" name="website" type="text" tabindex="-1" autocomplete="off" />
      </div>
      ${o.sendFailure ? sendErrorNotice(o.sendFailure, ctx.locale, o.retrySend) : nothing}
      <div class="nav">
        ${
          o.step > 0
            ? html`<button type="button" class="button secondary" @click=${o.back}>${msg('Back')}</button>`
            : nothing
        }
        <button
          type="submit"
          class="button"
          aria-disabled=${o.sending || blocked ? 'true' : 'false'}
          ?disabled=${!!blocked}
        >
          ${last ? (o.sending ? msg('Sending…') : msg('Send')) : msg('Next')}
        </button>
      </div>
    </form>
    ${o.clear}
  `;
}

/** Heard through focus when it takes it, else as an alert: never both. */
function sendErrorNotice(
  { error, takesFocus }: { error: HttpFailure; takesFocus: boolean },
  locale: string,
  retry: () => void,
): TemplateResult {
  return html`<div class="notice error" id="send-error" tabindex="-1" role=${takesFocus ? nothing : 'alert'}>
    ${failureParagraphs(error, locale)}
    <p>${msg('Your answers are safe. Nothing was lost.')}</p>
    ${
      isTransient(error)
        ? html`<p>
            <button type="button" class="button" @click=${retry}>${msg('Try again')}</button>
          </p>`
        : nothing
    }
  </div>`;
}

/** The confirmation: what was sent, what happens next, and the answers (`answers`, once their module is there). */
export function doneView(
  ctx: FormContext,
  status: AttendeeStatus,
  answers: TemplateResult | typeof nothing,
): TemplateResult {
  const waitlisted = status === 'waitlisted';
  const message = ctx.registration?.confirmationMessage;
  // The service writes its message in fi, sv or en: in another interface language, what
  // happened and what comes next come first in the learner's words, and then its own (issue 15).
  const ours = message && contentLang(message, ctx.locale) === nothing;
  return html`<section class="done" part="confirmation" aria-labelledby="done-title">
    <h3 id="done-title" tabindex="-1">
      <span aria-hidden="true">✓</span>
      ${waitlisted ? msg('You are on the waiting list') : msg('Your enrolment request has been sent')}
    </h3>
    ${courseSummary(ctx, true, false)} ${ours ? html`<p class="confirmation-message">${message.text}</p>` : nothing}
    <h4>${msg('What happens next')}</h4>
    <ol class="next">
      ${
        waitlisted
          ? html`<li>${msg('If a place becomes free, we call you or send a text message.')}</li>`
          : html`<li>${msg('We call you or send a text message. We agree on a time to meet.')}</li>`
      }
      <li>
        ${msg('At the meeting, you do a short Finnish test and we talk. Then we find the right group and study path for you.')}
      </li>
      <li>${msg('If you have questions, contact the adult education centre.')} ${contactLinks(ctx)}</li>
    </ol>
    ${message && !ours ? html`<p class="confirmation-message">${serviceWords(message, ctx.locale)}</p>` : nothing}
    <h4>${msg('Your answers')}</h4>
    ${answers}
    <p class="actions no-print">
      <button type="button" class="button secondary" @click=${() => window.print()}>${msg('Print')}</button>
    </p>
  </section>`;
}
