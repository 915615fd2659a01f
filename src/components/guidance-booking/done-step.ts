/** After booking: the confirmation with its calendar file and a way to cancel, and the cancelled step. */
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { HttpFailure } from '../../api/http.js';
import type { GuidanceResource, Reservation } from '../../api/respa/resource.js';
import type { buildIcs } from '../../api/respa/ics.js';
import { describeFailure } from '../../shared/errors.js';
import { timeRangeWithZone } from '../../shared/clock.js';
import type { Locale } from '../../shared/localization.js';
import { contactLinksFor, type Contact } from '../../shared/contact-links.js';
import { isoDateOf } from '../../shared/time.js';
import { fullDateLabel, howToMeet, modeLabel, pick, topicLabel } from './labels.js';
import { summary, type Choices } from './parts.js';

/** Where cancelling stands: not asked, asking "are you sure?", on its way, or failed (still asking). */
export type Cancelling =
  { kind: 'idle' } | { kind: 'asking' } | { kind: 'cancelling' } | { kind: 'failed'; error: HttpFailure };

export interface DoneView extends Choices {
  locale: Locale;
  direction: 'ltr' | 'rtl';
  resource: GuidanceResource;
  reservation: Reservation;
  cancelling: Cancelling;
  /** The element's `contact-phone` and `contact-email`. */
  contact: Contact;
  /** The calendar file's builder, once loaded. */
  icsBuilder: typeof buildIcs | undefined;
  now: () => number;
  ask: () => void;
  keep: () => void;
  cancel: () => void;
}

function icsHref(v: DoneView, build: typeof buildIcs): string {
  const r = v.reservation;
  const ics = build({
    uid: `respa-${r.id}@koto-elements`,
    start: r.begin,
    end: r.end,
    stamp: v.now(),
    summary: pick(v.resource.name, v.locale).text,
    description: [topicLabel(v.topic), modeLabel(v.mode)].filter(Boolean).join('. '),
    status: r.state === 'requested' ? 'TENTATIVE' : 'CONFIRMED',
  });
  return `data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}`;
}

function renderCancelQuestion({ cancelling, cancel, keep }: DoneView) {
  const busy = cancelling.kind === 'cancelling';
  return html`<div class="notice warning" role="group" aria-labelledby="cancel-question">
    <p id="cancel-question">${msg('Do you want to cancel this appointment?')}</p>
    <p class="actions">
      <button type="button" class="button" id="cancel-yes" aria-disabled=${busy ? 'true' : 'false'} @click=${cancel}>
        ${busy ? msg('Cancelling…') : cancelling.kind === 'failed' ? msg('Try again') : msg('Yes, cancel')}
      </button>
      <button type="button" class="button secondary" ?disabled=${busy} @click=${keep}>${msg('No, keep it')}</button>
    </p>
  </div>`;
}

export function renderDone(v: DoneView) {
  const { reservation: r, cancelling } = v;
  const requested = r.state === 'requested';
  const date = isoDateOf(r.begin);
  return html`<div class="step" part="step confirmation">
    <h3 id="step-heading" tabindex="-1">
      ${requested ? msg('Your request was sent') : msg('Your appointment is booked')}
    </h3>
    <p class="done-time">${fullDateLabel(date, v.locale, v.direction)} ${timeRangeWithZone(r.begin, r.end)}</p>
    ${
      requested
        ? html`<p>${msg('The time is not confirmed yet. The counsellor checks it and contacts you.')}</p>`
        : html`<p>${msg('The time is confirmed.')} ${howToMeet(v.mode)}</p>`
    }
    ${summary(v.resource, { begin: r.begin, end: r.end, date }, v, v.locale, v.direction)}
    ${
      v.icsBuilder
        ? html`<p class="actions">
            <a class="button" href=${icsHref(v, v.icsBuilder)} download=${`${msg('guidance-appointment')}.ics`}>
              ${msg('Save to calendar')}
            </a>
          </p>`
        : nothing
    }
    ${
      cancelling.kind === 'failed'
        ? // Focus moves to it ("Yes, cancel" pressed), which reads it: no role="alert" besides (heard twice).
          html`<div class="notice error" id="cancel-error" tabindex="-1" part="error">
            <p>${describeFailure(cancelling.error)}</p>
            ${contactLinksFor(cancelling.error, v.contact)}
          </div>`
        : nothing
    }
    ${
      cancelling.kind === 'idle'
        ? html`<p class="actions">
            <button type="button" class="button secondary" id="cancel-open" @click=${v.ask}>
              ${msg('Cancel the appointment')}
            </button>
          </p>`
        : renderCancelQuestion(v)
    }
  </div>`;
}

export function renderCancelled(bookAnother: () => void) {
  return html`<div class="step" part="step confirmation">
    <h3 id="step-heading" tabindex="-1">${msg('The appointment is cancelled')}</h3>
    <p>${msg('The time is free again for others.')}</p>
    <p class="actions">
      <button type="button" class="button" @click=${bookAnother}>${msg('Book a new time')}</button>
    </p>
  </div>`;
}
