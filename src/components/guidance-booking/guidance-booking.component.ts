import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { KotoElement } from '../../shared/koto-element.js';
import { describeFailure, isTransient } from '../../shared/errors.js';
import type { RespaApi } from '../../api/respa/client.js';
import type { GuidanceResource, Reservation } from '../../api/respa/resource.js';
import type { Slot } from '../../api/respa/slots.js';
import type { LoadFailure } from '../../shared/loader.js';
import type { Mode, Topic } from './booking-description.js';
import { bookingEventDetail, KotoBookingCancelledEvent, KotoBookingConfirmedEvent } from './events.js';
import { guidanceBookingStyles } from './guidance-booking.styles.js';
import { aboutErrors, detailErrors, refusedErrors, type Field, type FieldErrors, type Values } from './fields.js';
import { BookingResources } from './resources.js';
import { WeekOfTimes } from './week-view.js';
import { stepHeading, type Choices } from './parts.js';
import { renderAbout } from './about-step.js';
import type { Sending } from './details-step.js';
import type { Cancelling } from './done-step.js';
import { LazyModule } from '../../shared/lazy-module.js';
import { notSetUp } from '../../shared/not-set-up.js';
import { metaTag } from '../../shared/config.js';
import { contactLinksFor, type Contact } from '../../shared/contact-links.js';

/** Contact details a portal may fill in for a learner who has logged in. */
export interface BookingPrefill {
  name?: string;
  phone?: string;
  email?: string;
}

/** The step shown, with what belongs to it alone. */
type Phase =
  | { step: 'about' }
  /** `taken`: someone else booked the time the learner had chosen. */
  | { step: 'time'; taken: boolean }
  | { step: 'details'; slot: Slot; sending: Sending }
  | { step: 'done'; reservation: Reservation; cancelling: Cancelling }
  | { step: 'cancelled' };

/**
 * Books a guidance appointment with a study counsellor or an employment-services coach
 * in a free slot of a Respa resource: what it is about, a time from a week view, contact
 * details, and a confirmation with a calendar file and a way to cancel.
 *
 * @summary Book a guidance appointment in a free slot (Respa).
 *
 * @tag koto-guidance-booking
 *
 * @slot contact - How to reach the adult education centre, shown where the booking tells the learner to phone or
 *   e-mail (no free times, a time refused, a booking not allowed); replaces the links of `contact-phone` and `contact-email`.
 *
 * @fires {KotoBookingConfirmedEvent} koto-booking-confirmed - A reservation was made. `detail`: `{ reservationId, resource, begin, end, state }` (`state` is `confirmed`, or `requested` when a person still confirms it). No personal data.
 * @fires {KotoBookingCancelledEvent} koto-booking-cancelled - The learner cancelled the reservation they had made. The same `detail`, with `state` `cancelled`.
 *
 * @csspart base - The whole booking box.
 * @csspart step - The box of the current step.
 * @csspart week - The days of the shown week.
 * @csspart day - One day of the week.
 * @csspart slot - A free time button.
 * @csspart form - The contact-details form.
 * @csspart confirmation - The confirmation after booking.
 * @csspart error - An error message with its way forward.
 * @csspart contact - The phone and e-mail links of `contact-phone` and `contact-email`.
 * @csspart language-note - The small "Language: Finnish" note under API text that is not in the interface language.
 *
 * @cssprop [--koto-booking-slot-bg=var(--koto-color-bg)] - Background of a free time button.
 * @cssprop [--koto-booking-slot-color=var(--koto-color-primary)] - Text and border colour of a free time button.
 * @cssprop [--koto-booking-column-min=7.5rem] - Narrowest day column on wide screens.
 */
export class KotoGuidanceBooking extends KotoElement {
  static override styles = guidanceBookingStyles;
  protected static override localeParts = ['common', 'guidance-booking'] as const;
  protected static override api = 'respa' as const;

  /** Respa resource id, or several separated by commas (the learner then chooses by name). */
  @property() resource = '';

  /** How many weeks ahead to show (1–12, default 4), never beyond the resource's own booking window. */
  @property({ type: Number }) weeks = 4;

  /** The adult education centre's phone number, shown as a `tel:` link where the learner is told to phone (`019 520 0000`). */
  @property({ attribute: 'contact-phone' }) contactPhone?: string;

  /** The adult education centre's e-mail address, shown as a `mailto:` link beside the phone number. */
  @property({ attribute: 'contact-email' }) contactEmail?: string;

  /** A data source instead of `api-base`: any object with the methods of `RespaApi`. */
  @property({ attribute: false }) client?: RespaApi;

  /** Name, phone and e-mail to fill in for the learner (they can still change them). */
  @property({ attribute: false }) prefill: BookingPrefill = {};

  /** The present time, as epoch milliseconds (for tests and previews). */
  @property({ attribute: false }) now: () => number = () => Date.now();

  @state() private phase: Phase = { step: 'about' };
  @state() private chosenId = '';
  @state() private topic: Topic | '' = '';
  @state() private mode: Mode | '' = '';
  @state() private needInterpreter = false;
  @state() private values: Values = {
    interpreter: '',
    interpreterOther: '',
    name: '',
    phone: '',
    email: '',
    message: '',
  };
  @state() private errors: FieldErrors = {};
  @state() private showErrorSummary = false;

  private readonly resources = new BookingResources(this, {
    given: () => this.client,
    base: () => this.resolvedApiBase,
    resource: () => this.resource,
    weeks: () => this.weeks,
    locale: () => this.locale,
    now: () => this.now(),
    // Back to a page left open: times have passed and others have booked, so look again.
    wantsRefresh: () => this.phase.step !== 'done' && this.phase.step !== 'cancelled',
    onLoaded: (resources) => {
      if (!resources.some((r) => r.id === this.chosenId))
        this.chosenId = resources.length === 1 ? resources[0]!.id : '';
      this.week.clamp(this.chosen);
    },
  });

  private readonly week = new WeekOfTimes(this, {
    now: () => this.now(),
    weeks: () => this.weeks,
    locale: () => this.locale,
    direction: () => this.direction,
    slotsOf: (resource) => this.resources.slotsOf(resource),
    focus: (selector) => this.focusAfterUpdate(selector),
    announce: (text) => this.inLocale(() => this.announce(text())),
  });

  private get chosen(): GuidanceResource | undefined {
    return this.resources.list.find((r) => r.id === this.chosenId);
  }

  private get contact(): Contact {
    return { phone: this.contactPhone, email: this.contactEmail };
  }

  private get choices(): Choices {
    return { topic: this.topic, mode: this.mode, needInterpreter: this.needInterpreter, values: this.values };
  }

  /** The steps after the first, sending and the confirmation: loaded once the first step shows. */
  private readonly later = new LazyModule(this, () => import('./later-steps.js'), this.focusFrom);

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.followRetry();
    // Once there is something to show (or a learner is past the first step), fetch the rest.
    if (this.resources.state.kind === 'ready' || this.phase.step !== 'about') this.later.prefetch();
    if (changed.has('prefill')) {
      const p = this.prefill ?? {};
      this.values = {
        ...this.values,
        name: this.values.name || p.name || '',
        phone: this.values.phone || p.phone || '',
        email: this.values.email || p.email || '',
      };
    }
  }

  /** The "Try again" pressed, while the load it started runs. */
  private retriedFrom?: Element;
  /** The load error takes focus (a "Try again" ended in one that cannot be tried again): it is no alert then. */
  private loadErrorFocused = false;

  /** Try again after a failed load; focus follows to what comes instead of falling to the page top. */
  private readonly retryLoad = (e: Event): void => {
    this.retriedFrom = e.currentTarget as Element;
    void this.resources.retry();
  };

  /** Where focus goes once the load "Try again" started is over: decided before the first render of what came. */
  private followRetry(): void {
    const from = this.retriedFrom;
    const load = this.resources.state;
    if (!from || load.kind === 'loading') return;
    this.retriedFrom = undefined;
    // In this order: the message holds the button, and a selector list would find the message first.
    const moves = this.focusAfterUpdateFrom(from, '#retry-load', '#step-heading', '#load-error');
    this.loadErrorFocused = moves && load.kind === 'error' && load.error !== 'setup' && !isTransient(load.error);
  }

  /** The .ics builder, loaded once a learner picks a time (most visitors never book); offline, a later booking tries again. */
  private readonly ics = new LazyModule(this, () => import('../../api/respa/ics.js'), this.focusFrom);

  private goTo(phase: Phase): void {
    this.phase = phase;
    // What the live region said belonged to the step left ("Week 50…", "Booking the time…").
    this.clearAnnouncement();
    if (phase.step === 'details') {
      void this.ics.load();
      void this.later.load();
    }
    this.showErrorSummary = false;
    this.focusAfterUpdate('#step-heading');
  }

  // ----- validation ----------------------------------------------------------------

  private errorsNow(): FieldErrors {
    const resource = this.chosen;
    return this.inLocale(() =>
      this.phase.step === 'about'
        ? aboutErrors({ ...this.choices, chosenId: this.chosenId })
        : resource
          ? detailErrors(resource, this.mode, this.values)
          : {},
    );
  }

  private revalidate(field: Field): void {
    if (!(field in this.errors)) return;
    const message = this.errorsNow()[field];
    const next = { ...this.errors };
    if (message) next[field] = message;
    else delete next[field];
    this.errors = next;
  }

  /** A field the learner filled in and left is checked at once; an empty one waits for the submit. */
  private validateOnBlur(field: Field): void {
    const resource = this.chosen;
    const value = field in this.values ? this.values[field as keyof Values].trim() : '';
    if (!resource || (!value && !(field in this.errors))) return;
    const message = this.inLocale(() => detailErrors(resource, this.mode, this.values))[field];
    const next = { ...this.errors };
    if (message) next[field] = message;
    else delete next[field];
    this.errors = next;
  }

  private showErrors(errors: FieldErrors): boolean {
    this.errors = errors;
    const has = Object.keys(errors).length > 0;
    this.showErrorSummary = has;
    if (has) this.focusAfterUpdate('#error-summary-heading');
    return has;
  }

  private setValue(field: keyof Values, value: string): void {
    this.values = { ...this.values, [field]: value };
    this.revalidate(field);
    // A language chosen from the list ends the question of a written one.
    if (field === 'interpreter') this.revalidate('interpreterOther');
  }

  private readonly focusField = (field: Field): void => {
    this.renderRoot.querySelector<HTMLElement>(`#${field}`)?.focus();
  };

  // ----- actions -------------------------------------------------------------------

  private onAboutSubmit(e: Event): void {
    e.preventDefault();
    if (this.showErrors(this.inLocale(() => aboutErrors({ ...this.choices, chosenId: this.chosenId })))) return;
    this.week.openAtFirstFree(this.chosen);
    this.goTo({ step: 'time', taken: false });
  }

  private chooseSlot(slot: Slot): void {
    this.goTo({ step: 'details', slot, sending: { kind: 'editing' } });
  }

  private async onDetailsSubmit(e: Event): Promise<void> {
    e.preventDefault();
    const phase = this.phase;
    // One reservation per learner, however many times the button is pressed.
    if (phase.step !== 'details' || phase.sending.kind === 'sending') return;
    const { slot } = phase;
    const resource = this.chosen;
    const api = this.resources.api;
    const { topic, mode } = this;
    if (!resource || !api || !topic || !mode) return;
    if (this.showErrors(this.inLocale(() => detailErrors(resource, mode, this.values)))) return;
    this.phase = { ...phase, sending: { kind: 'sending' } };
    this.inLocale(() => this.announce(msg('Booking the time…')));
    const booking = { resource, slot, topic, mode, needInterpreter: this.needInterpreter, values: this.values };
    const stillFree = async () => {
      if (!(await this.resources.reload(resource.id))) return undefined;
      const fresh = this.chosen;
      return !!fresh && this.resources.slotsOf(fresh).some((s) => s.begin === slot.begin && s.end === slot.end);
    };
    await this.later.load();
    const later = this.later.module;
    if (!later) {
      this.phase = {
        ...phase,
        sending: { kind: 'failed', error: { kind: 'network', message: 'The booking code did not load.' } },
      };
      this.clearAnnouncement();
      this.focusAfterUpdate('#submit-error');
      return;
    }
    const [outcome] = await Promise.all([
      later.sendBooking(api, { ...booking, locale: this.locale }, stillFree),
      // The calendar file of the confirmation (loading since the time was picked).
      this.ics.load(),
    ]);
    // "Booking the time…" no longer holds, and must not be said after what happened.
    if (outcome.kind !== 'booked') this.clearAnnouncement();
    switch (outcome.kind) {
      case 'booked':
        this.goTo({ step: 'done', reservation: outcome.reservation, cancelling: { kind: 'idle' } });
        this.dispatchEvent(new KotoBookingConfirmedEvent(bookingEventDetail(outcome.reservation, this.chosenId)));
        return;
      case 'refused':
        this.phase = { ...phase, sending: { kind: 'editing' } };
        this.showErrors(this.inLocale(() => refusedErrors(outcome.fields)));
        return;
      case 'taken':
        this.phase = { step: 'time', taken: true };
        this.week.resetFocus();
        this.focusAfterUpdate('#taken-notice');
        return;
      case 'failed':
        this.phase = { ...phase, sending: { kind: 'failed', error: outcome.error } };
        this.focusAfterUpdate('#submit-error');
    }
  }

  private setCancelling(cancelling: Cancelling, focus?: string): void {
    if (this.phase.step !== 'done') return;
    this.phase = { ...this.phase, cancelling };
    if (focus) this.focusAfterUpdate(focus);
  }

  private async cancelReservation(): Promise<void> {
    const phase = this.phase;
    const api = this.resources.api;
    if (phase.step !== 'done' || !api || phase.cancelling.kind === 'cancelling') return;
    const r = phase.reservation;
    this.setCancelling({ kind: 'cancelling' });
    const result = await api.cancelReservation(r.id, { language: this.locale });
    // Already gone (404) is what the learner wanted too.
    if (result.ok || (result.error.kind === 'http' && result.error.status === 404)) {
      this.goTo({ step: 'cancelled' });
      this.dispatchEvent(
        new KotoBookingCancelledEvent({ ...bookingEventDetail(r, this.chosenId), state: 'cancelled' }),
      );
      void this.resources.reload(this.chosenId);
      return;
    }
    this.setCancelling({ kind: 'failed', error: result.error }, '#cancel-error');
  }

  private bookAnother(): void {
    this.week.resetFocus();
    void this.resources.reload(this.chosenId);
    this.goTo({ step: 'time', taken: false });
  }

  // ----- rendering -----------------------------------------------------------------

  override render() {
    const load = this.resources.state;
    const none = this.resources.list.length === 0;
    return html`<div class="booking" part="base">
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${
        load.kind === 'loading' && none
          ? this.renderLoading()
          : load.kind === 'error' && none
            ? this.renderLoadError(load.error)
            : this.renderStep()
      }
    </div>`;
  }

  private renderLoading() {
    return html`<div class="loading" aria-busy="true">
      <p role="status">${msg('Loading free times…')}</p>
      <div class="skeleton"></div>
      <div class="skeleton short"></div>
      <div class="skeleton"></div>
    </div>`;
  }

  private renderLoadError(error: LoadFailure) {
    if (error === 'setup') {
      const missing = this.resources.api ? 'resource="…"' : metaTag('respa');
      return html`<div class="notice error" part="error">
        ${notSetUp(msg('Booking is not set up on this page.'), missing)}
      </div>`;
    }
    // Heard through focus when it takes it, else as an alert: never both (a screen reader would say it twice).
    return html`<div
      class="notice error"
      part="error"
      role=${this.loadErrorFocused ? nothing : 'alert'}
      id="load-error"
      tabindex="-1"
    >
      <p>${describeFailure(error)}</p>
      ${contactLinksFor(error, this.contact)}
      ${
        isTransient(error)
          ? html`<p class="actions">
              <button type="button" class="button" id="retry-load" @click=${this.retryLoad}>${msg('Try again')}</button>
            </p>`
          : nothing
      }
    </div>`;
  }

  private renderStep() {
    const phase = this.phase;
    const resource = this.chosen;
    // The steps after the time come with the later code; it is on its way from the first step on.
    const later = phase.step === 'about' || phase.step === 'time' ? undefined : this.later.module;
    if (phase.step !== 'about' && phase.step !== 'time' && !later) return this.later.renderMissing();
    if (phase.step === 'cancelled') return later!.renderCancelled(() => this.bookAnother());
    if (phase.step === 'about' || !resource) return this.renderAbout();
    const common = { ...this.choices, locale: this.locale, direction: this.direction, resource, contact: this.contact };
    switch (phase.step) {
      case 'time':
        return this.week.render({
          resource,
          heading: stepHeading,
          taken: phase.taken,
          contact: this.contact,
          choose: (slot) => this.chooseSlot(slot),
          back: () => this.goTo({ step: 'about' }),
        });
      case 'details':
        return later!.renderDetails({
          ...common,
          slot: phase.slot,
          sending: phase.sending,
          errors: this.errors,
          showErrorSummary: this.showErrorSummary,
          submit: (e) => void this.onDetailsSubmit(e),
          changeTime: () => this.goTo({ step: 'time', taken: false }),
          setValue: (field, value) => this.setValue(field, value),
          validateOnBlur: (field) => this.validateOnBlur(field),
          focusField: this.focusField,
        });
      case 'done':
        return later!.renderDone({
          ...common,
          reservation: phase.reservation,
          cancelling: phase.cancelling,
          icsBuilder: this.ics.module?.buildIcs,
          now: this.now,
          ask: () => this.setCancelling({ kind: 'asking' }, '#cancel-yes'),
          keep: () => this.setCancelling({ kind: 'idle' }, '#cancel-open'),
          cancel: () => void this.cancelReservation(),
        });
    }
  }

  private renderAbout() {
    return renderAbout({
      ...this.choices,
      locale: this.locale,
      resources: this.resources.list,
      chosenId: this.chosenId,
      errors: this.errors,
      showErrorSummary: this.showErrorSummary,
      submit: (e) => this.onAboutSubmit(e),
      chooseResource: (id) => {
        this.chosenId = id;
        this.week.reset();
        this.revalidate('resource');
      },
      chooseTopic: (topic) => {
        this.topic = topic;
        this.revalidate('topic');
      },
      chooseMode: (mode) => {
        this.mode = mode;
        this.revalidate('mode');
      },
      needsInterpreter: (need) => {
        this.needInterpreter = need;
        if (need) return;
        this.revalidate('interpreter');
        this.revalidate('interpreterOther');
      },
      setValue: (field, value) => this.setValue(field, value),
      focusField: this.focusField,
    });
  }
}
