import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { KotoElement } from '../../shared/koto-element.js';
import { apiWords, describeFailure, isTransient } from '../../shared/errors.js';
import { formatDate, formatDayMonth, formatTimeRange, formatWeekday } from '../../shared/format.js';
import { timeRangeWithZone } from '../../shared/clock.js';
import { chevron, isolateLtr, languageNote, ltr, serviceWords, textIn } from '../../shared/content.js';
import {
  addDays,
  isoDateOf,
  parseIsoDate,
  startOfDay,
  startOfWeek,
  toIsoWithOffset,
  type IsoDate,
} from '../../shared/time.js';
import type { HttpFailure } from '../../api/http.js';
import { pickLocalised, type LocalisedText } from '../../api/localised.js';
import { RespaClient, type RespaApi } from '../../api/respa/client.js';
import type { GuidanceResource, Localised, Reservation } from '../../api/respa/resource.js';
import { bookingWindow, freeSlots, slotsByDate, type Slot } from '../../api/respa/slots.js';
import type { buildIcs } from '../../api/respa/ics.js';
import { describeForCounsellor, type InterpreterChoice, type Mode, type Topic } from './booking-description.js';
import { languageName, languageOptions } from '../../shared/languages.js';
import { KotoBookingCancelledEvent, KotoBookingConfirmedEvent, type BookingEventDetail } from './events.js';
import { guidanceBookingStyles } from './guidance-booking.styles.js';

/** Contact details a portal may fill in for a learner who has logged in. */
export interface BookingPrefill {
  name?: string;
  phone?: string;
  email?: string;
}

type Step = 'about' | 'time' | 'details' | 'done' | 'cancelled';

/** Free times older than this are fetched again when the learner comes back to the page. */
const STALE_AFTER_MS = 5 * 60_000;
type Field =
  'resource' | 'topic' | 'mode' | 'interpreter' | 'interpreterOther' | 'name' | 'phone' | 'email' | 'message';
type LoadState = { kind: 'loading' } | { kind: 'error'; error: HttpFailure | 'setup' } | { kind: 'ready' };

const FIELD_OF: Record<string, Field> = {
  reserver_name: 'name',
  reserver_phone_number: 'phone',
  reserver_email_address: 'email',
  event_description: 'message',
};
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const MAX_WEEKS = 12;
const DAY_MS = 86_400_000;

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

function daysBetween(a: IsoDate, b: IsoDate): number {
  const pa = parseIsoDate(a)!;
  const pb = parseIsoDate(b)!;
  return Math.round((Date.UTC(pb.year, pb.month - 1, pb.day) - Date.UTC(pa.year, pa.month - 1, pa.day)) / DAY_MS);
}

/** ISO 8601 week number of a calendar date (Finns name weeks by it). */
function isoWeek(date: IsoDate): number {
  const p = parseIsoDate(date)!;
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day));
  const weekday = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  return Math.ceil(((d.getTime() - yearStart) / DAY_MS + 1) / 7);
}

/**
 * Books a guidance appointment with a study counsellor or an employment-services coach
 * in a free slot of a Respa resource: what it is about, a time from a week view, contact
 * details, and a confirmation with a calendar file and a way to cancel.
 *
 * @summary Book a guidance appointment in a free slot (Respa).
 *
 * @tag koto-guidance-booking
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

  /** A data source instead of `api-base`: any object with the methods of `RespaApi`. */
  @property({ attribute: false }) client?: RespaApi;

  /** Name, phone and e-mail to fill in for the learner (they can still change them). */
  @property({ attribute: false }) prefill: BookingPrefill = {};

  /** The present time, as epoch milliseconds (for tests and previews). */
  @property({ attribute: false }) now: () => number = () => Date.now();

  @state() private load: LoadState = { kind: 'loading' };
  @state() private resources: GuidanceResource[] = [];
  @state() private step: Step = 'about';
  @state() private chosenId = '';
  @state() private topic: Topic | '' = '';
  @state() private mode: Mode | '' = '';
  @state() private needInterpreter = false;
  /** `interpreter`: a language code, or `other` with the language written in `interpreterOther`. */
  @state() private values: Record<'interpreter' | 'interpreterOther' | 'name' | 'phone' | 'email' | 'message', string> =
    {
      interpreter: '',
      interpreterOther: '',
      name: '',
      phone: '',
      email: '',
      message: '',
    };
  @state() private errors: Partial<Record<Field, string>> = {};
  @state() private showErrorSummary = false;
  @state() private weekIndex = 0;
  @state() private focusIndex = 0;
  @state() private chosenSlot?: Slot;
  @state() private takenNotice = false;
  @state() private submitting = false;
  /** Why the booking was not made; a 400 here is Respa refusing the time (other 400s are handled before). */
  @state() private submitError?: HttpFailure;
  @state() private reservation?: Reservation;
  @state() private confirmingCancel = false;
  @state() private cancelling = false;
  @state() private cancelError?: HttpFailure;

  private loadToken = 0;
  private loadAbort?: AbortController;
  private ownClient?: { base: string; client: RespaClient };
  private slotCache = new WeakMap<GuidanceResource, Slot[]>();
  /** When the resources were last fetched (the element's clock). */
  private loadedAt = 0;
  /** Back to a page left open: times have passed and others have booked, so look again. */
  private readonly onPageShown = () => {
    if (document.visibilityState === 'hidden' || this.load.kind !== 'ready') return;
    if (this.step === 'done' || this.step === 'cancelled') return;
    if (this.now() - this.loadedAt >= STALE_AFTER_MS) void this.refresh();
  };
  private pendingFocus?: string;

  // ----- data ----------------------------------------------------------------------

  private get api(): RespaApi | undefined {
    if (this.client) return this.client;
    const base = this.resolvedApiBase;
    if (!base) return undefined;
    if (this.ownClient?.base !== base) this.ownClient = { base, client: new RespaClient({ baseUrl: base }) };
    return this.ownClient.client;
  }

  private get resourceIds(): string[] {
    return [
      ...new Set(
        this.resource
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ];
  }

  private get weekCount(): number {
    const n = Math.round(Number(this.weeks));
    return Number.isFinite(n) ? Math.min(MAX_WEEKS, Math.max(1, n)) : 4;
  }

  /** Monday of the current week. */
  private get firstMonday(): IsoDate {
    return startOfWeek(isoDateOf(this.now()));
  }

  private range(): { start: number; end: number } {
    const first = this.firstMonday;
    return { start: startOfDay(first), end: startOfDay(addDays(first, this.weekCount * 7)) - 1000 };
  }

  private get chosen(): GuidanceResource | undefined {
    return this.resources.find((r) => r.id === this.chosenId);
  }

  private slotsOf(resource: GuidanceResource): Slot[] {
    let slots = this.slotCache.get(resource);
    if (!slots) {
      slots = freeSlots({
        openingHours: resource.openingHours,
        reservations: resource.reservations,
        slotMs: resource.slotMs,
        periodMs: resource.minPeriodMs,
        now: this.now(),
        minDaysInAdvance: resource.minDaysInAdvance,
        maxDaysInAdvance: resource.maxDaysInAdvance,
      });
      this.slotCache.set(resource, slots);
    }
    return slots;
  }

  /** Weeks shown for a resource: the `weeks` asked, cut at the end of its booking window. */
  private weeksOf(resource: GuidanceResource): number {
    const { until } = bookingWindow(this.now(), resource.minDaysInAdvance, resource.maxDaysInAdvance);
    if (!Number.isFinite(until)) return this.weekCount;
    const lastDate = isoDateOf(until - 1);
    const lastWeek = Math.floor(daysBetween(this.firstMonday, lastDate) / 7);
    return Math.min(this.weekCount, Math.max(1, lastWeek + 1));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('prefill')) {
      const p = this.prefill ?? {};
      this.values = {
        ...this.values,
        name: this.values.name || p.name || '',
        phone: this.values.phone || p.phone || '',
        email: this.values.email || p.email || '',
      };
    }
    if (changed.has('resource') || changed.has('apiBase') || changed.has('client') || changed.has('weeks')) {
      void this.loadAll();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loadAbort?.abort();
    document.removeEventListener('visibilitychange', this.onPageShown);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.onPageShown);
    // Loads again when put back into a page after being removed.
    if (this.hasUpdated && this.load.kind !== 'ready') void this.loadAll();
  }

  private async fetchResources(ids: string[]): Promise<GuidanceResource[] | HttpFailure | 'setup'> {
    const api = this.api;
    if (!api || ids.length === 0) return 'setup';
    this.loadAbort?.abort();
    const abort = (this.loadAbort = new AbortController());
    const { start, end } = this.range();
    const results = await Promise.all(
      ids.map((id) => api.getResource(id, start, end, { language: this.locale, signal: abort.signal })),
    );
    const failed = results.find((r) => !r.ok);
    if (failed && !failed.ok) return failed.error;
    return results.flatMap((r) => (r.ok ? [r.value] : []));
  }

  private async loadAll(): Promise<void> {
    const token = ++this.loadToken;
    this.load = { kind: 'loading' };
    const ids = this.resourceIds;
    const result = await this.fetchResources(ids);
    if (token !== this.loadToken) return;
    if (!Array.isArray(result)) {
      if (result !== 'setup' && result.kind === 'aborted' && !this.isConnected) return;
      this.load = { kind: 'error', error: result };
      return;
    }
    this.resources = result;
    this.loadedAt = this.now();
    if (!result.some((r) => r.id === this.chosenId)) this.chosenId = result.length === 1 ? result[0]!.id : '';
    this.load = { kind: 'ready' };
    this.weekIndex = Math.min(this.weekIndex, this.chosen ? this.weeksOf(this.chosen) - 1 : 0);
  }

  /** Try again after a failed load; focus follows to what comes instead of falling to the page top. */
  private readonly retryLoad = async (e: Event): Promise<void> => {
    const hadFocus = this.shadowRoot?.activeElement === e.currentTarget;
    await this.loadAll();
    await this.updateComplete;
    if (!hadFocus) return;
    // In this order: the message holds the button, and a selector list would find the message first.
    const targets = ['#retry-load', '#step-heading', '#load-error'];
    targets
      .map((t) => this.renderRoot.querySelector<HTMLElement>(t))
      .find(Boolean)
      ?.focus();
  };

  /** Fetches the chosen resource again (its reservations changed). */
  private async reloadChosen(): Promise<boolean> {
    const id = this.chosenId;
    const token = ++this.loadToken;
    const result = await this.fetchResources([id]);
    if (token !== this.loadToken || !Array.isArray(result) || !result[0]) return false;
    const fresh = result[0];
    this.resources = this.resources.map((r) => (r.id === id ? fresh : r));
    return true;
  }

  /** Fetches every resource again without a loading state; on failure the times shown stay. */
  private async refresh(): Promise<void> {
    const token = ++this.loadToken;
    const result = await this.fetchResources(this.resourceIds);
    if (token !== this.loadToken || !Array.isArray(result) || result.length !== this.resources.length) return;
    this.resources = result;
    this.loadedAt = this.now();
  }

  // ----- helpers -------------------------------------------------------------------

  /** A localised API text in the interface language, else fi → sv → en → any; with its language. */
  private pick(value: Localised): LocalisedText {
    return pickLocalised(value, this.locale) ?? { text: '', lang: this.locale };
  }

  private localised(value: Localised) {
    return textIn(this.pick(value), this.locale);
  }

  /** "Language: Finnish" when a resource's name or description is not in the interface language. */
  private languageNote(...values: Localised[]) {
    return languageNote(this.locale, ...values.map((v) => pickLocalised(v, this.locale)));
  }

  /** "Tuesday 2.9." */
  private dayLabel(date: IsoDate): string {
    const noon = startOfDay(date) + 12 * 3_600_000;
    return `${capitalise(formatWeekday(noon, this.locale))} ${isolateLtr(formatDayMonth(noon), this.direction)}`;
  }

  /** "Tuesday 2.9.2025" */
  private fullDateLabel(date: IsoDate): string {
    const noon = startOfDay(date) + 12 * 3_600_000;
    return `${capitalise(formatWeekday(noon, this.locale))} ${isolateLtr(formatDate(noon), this.direction)}`;
  }

  private focusLater(selector: string): void {
    this.pendingFocus = selector;
  }

  protected override updated(): void {
    if (!this.pendingFocus) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.pendingFocus);
    if (target) {
      this.pendingFocus = undefined;
      target.focus();
    }
  }

  /** The .ics builder, loaded once a learner picks a time (most visitors never book). */
  @state() private icsBuilder?: typeof buildIcs;
  private icsLoad?: Promise<void>;

  private loadIcs(): Promise<void> {
    this.icsLoad ??= import('../../api/respa/ics.js').then(
      (module) => {
        this.icsBuilder = module.buildIcs;
      },
      () => {
        // Offline: no calendar file this time; a later booking tries again.
        this.icsLoad = undefined;
      },
    );
    return this.icsLoad;
  }

  private goTo(step: Step): void {
    this.step = step;
    if (step === 'details') void this.loadIcs();
    this.showErrorSummary = false;
    this.focusLater('#step-heading');
  }

  private requiredFields(resource: GuidanceResource): Set<Field> {
    const out = new Set<Field>();
    for (const f of resource.requiredFields) {
      const field = FIELD_OF[f];
      if (field) out.add(field);
    }
    if (this.mode === 'phone') out.add('phone');
    if (this.mode === 'video') out.add('email');
    return out;
  }

  private shownFields(resource: GuidanceResource): Set<Field> {
    const supported = resource.supportedFields.length
      ? resource.supportedFields
      : Object.keys(FIELD_OF).filter((f) => f !== 'event_description');
    const out = new Set<Field>(supported.map((f) => FIELD_OF[f]).filter((f): f is Field => !!f));
    for (const f of this.requiredFields(resource)) out.add(f);
    return out;
  }

  // ----- validation ----------------------------------------------------------------

  private aboutErrors(): Partial<Record<Field, string>> {
    const errors: Partial<Record<Field, string>> = {};
    if (!this.chosenId) errors.resource = msg('Choose who you want to meet.');
    if (!this.topic) errors.topic = msg('Choose what the appointment is about.');
    if (!this.mode) errors.mode = msg('Choose how you want to meet.');
    if (this.needInterpreter && !this.values.interpreter) errors.interpreter = msg('Choose the language you need.');
    else if (this.needInterpreter && this.values.interpreter === 'other' && !this.values.interpreterOther.trim())
      errors.interpreterOther = msg('Write the language you need.');
    return errors;
  }

  private detailErrors(resource: GuidanceResource): Partial<Record<Field, string>> {
    const errors: Partial<Record<Field, string>> = {};
    const required = this.requiredFields(resource);
    const v = this.values;
    if (required.has('name') && !v.name.trim()) errors.name = msg('Enter your name.');
    const digits = v.phone.replace(/\D/g, '');
    if (required.has('phone') && !v.phone.trim())
      errors.phone = msg('Enter your phone number, for example 040 123 4567.');
    else if (v.phone.trim() && (digits.length < 6 || !/^\+?[\d\s()-]+$/.test(v.phone.trim())))
      errors.phone = msg('Enter the phone number with numbers only, for example 040 123 4567.');
    if (required.has('email') && !v.email.trim())
      errors.email = msg('Enter your e-mail address, for example name@example.com.');
    else if (v.email.trim() && !EMAIL.test(v.email.trim()))
      errors.email = msg('Write the e-mail address like this: name@example.com.');
    return errors;
  }

  private revalidate(field: Field): void {
    if (!(field in this.errors)) return;
    const resource = this.chosen;
    const all = this.inLocale(() =>
      this.step === 'about' ? this.aboutErrors() : resource ? this.detailErrors(resource) : {},
    );
    const next = { ...this.errors };
    if (all[field]) next[field] = all[field];
    else delete next[field];
    this.errors = next;
  }

  /** A field the learner filled in and left is checked at once; an empty one waits for the submit. */
  private validateOnBlur(field: Field): void {
    const resource = this.chosen;
    const value = field in this.values ? this.values[field as keyof typeof this.values].trim() : '';
    if (!resource || (!value && !(field in this.errors))) return;
    const message = this.inLocale(() => this.detailErrors(resource))[field];
    const next = { ...this.errors };
    if (message) next[field] = message;
    else delete next[field];
    this.errors = next;
  }

  private showErrors(errors: Partial<Record<Field, string>>): boolean {
    this.errors = errors;
    const has = Object.keys(errors).length > 0;
    this.showErrorSummary = has;
    if (has) this.focusLater('#error-summary-heading');
    return has;
  }

  // ----- actions -------------------------------------------------------------------

  private onAboutSubmit(e: Event): void {
    e.preventDefault();
    if (this.showErrors(this.inLocale(() => this.aboutErrors()))) return;
    // Open at the week of the first free time: late in the week, this week is often empty.
    const first = this.chosen ? this.slotsOf(this.chosen)[0] : undefined;
    this.weekIndex = first ? Math.floor(daysBetween(this.firstMonday, first.date) / 7) : 0;
    this.focusIndex = 0;
    this.goTo('time');
  }

  private changeWeek(delta: number): void {
    const resource = this.chosen;
    if (!resource) return;
    const next = Math.min(this.weeksOf(resource) - 1, Math.max(0, this.weekIndex + delta));
    if (next === this.weekIndex) return;
    this.weekIndex = next;
    this.focusIndex = 0;
    this.inLocale(() => this.announce(this.weekLabel(next)));
  }

  private jumpToFirstFree(): void {
    const resource = this.chosen;
    const first = resource ? this.slotsOf(resource)[0] : undefined;
    if (!resource || !first) return;
    this.weekIndex = Math.floor(daysBetween(this.firstMonday, first.date) / 7);
    this.focusIndex = 0;
    this.focusLater('.slot[tabindex="0"]');
  }

  private chooseSlot(slot: Slot): void {
    this.chosenSlot = slot;
    this.takenNotice = false;
    this.submitError = undefined;
    this.goTo('details');
  }

  private onSlotKeydown(e: KeyboardEvent, weekSlots: Slot[][], flatIndex: number): void {
    const flat = weekSlots.flat();
    let day = 0;
    let inDay = flatIndex;
    while (day < weekSlots.length && inDay >= weekSlots[day]!.length) inDay -= weekSlots[day++]!.length;
    const startOf = (d: number) => weekSlots.slice(0, d).reduce((n, s) => n + s.length, 0);
    let next = flatIndex;
    const sideways = (dir: number) => {
      for (let d = day + dir; d >= 0 && d < weekSlots.length; d += dir) {
        const len = weekSlots[d]!.length;
        if (len) return startOf(d) + Math.min(inDay, len - 1);
      }
      return flatIndex;
    };
    // Wide screens show each day's times downwards, narrow ones across (wrapping), and the
    // days the other way; right to left mirrors what is across. The arrows follow the screen.
    const list = (e.currentTarget as HTMLElement | null)?.closest('ul');
    const timesRunDown = !list || getComputedStyle(list).flexDirection.startsWith('column');
    const forward = this.direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const backward = this.direction === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    const [nextTime, previousTime, nextDay, previousDay] = timesRunDown
      ? ['ArrowDown', 'ArrowUp', forward, backward]
      : [forward, backward, 'ArrowDown', 'ArrowUp'];
    switch (e.key) {
      case nextTime:
        next = Math.min(flat.length - 1, flatIndex + 1);
        break;
      case previousTime:
        next = Math.max(0, flatIndex - 1);
        break;
      case nextDay:
        next = sideways(1);
        break;
      case previousDay:
        next = sideways(-1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = flat.length - 1;
        break;
      default:
        return;
    }
    e.preventDefault();
    this.focusIndex = next;
    this.focusLater('.slot[tabindex="0"]');
  }

  private async onDetailsSubmit(e: Event): Promise<void> {
    e.preventDefault();
    // One reservation per learner, however many times the button is pressed.
    if (this.submitting) return;
    const resource = this.chosen;
    const slot = this.chosenSlot;
    const api = this.api;
    if (!resource || !slot || !api || !this.topic || !this.mode) return;
    if (this.showErrors(this.inLocale(() => this.detailErrors(resource)))) return;
    this.submitting = true;
    this.submitError = undefined;
    this.inLocale(() => this.announce(msg('Booking the time…')));
    const shown = this.shownFields(resource);
    const v = this.values;
    const [result] = await Promise.all([
      api.createReservation(
        {
          resource: resource.id,
          begin: slot.begin,
          end: slot.end,
          ...(shown.has('name') ? { reserverName: v.name.trim() } : {}),
          ...(shown.has('phone') ? { reserverPhoneNumber: v.phone.trim() } : {}),
          ...(shown.has('email') ? { reserverEmailAddress: v.email.trim() } : {}),
          eventDescription: describeForCounsellor({
            topic: this.topic,
            mode: this.mode,
            interpreter: this.needInterpreter ? this.interpreterChoice() : undefined,
            message: v.message,
          }),
        },
        { language: this.locale },
      ),
      // The calendar file of the confirmation (loading since the time was picked).
      this.loadIcs(),
    ]);
    if (result.ok) {
      this.submitting = false;
      this.reservation = result.value;
      this.confirmingCancel = false;
      this.goTo('done');
      this.dispatchEvent(new KotoBookingConfirmedEvent(this.eventDetail(result.value)));
      return;
    }
    const error = result.error;
    if (error.kind === 'http' && error.status === 400) {
      const fieldErrors: Partial<Record<Field, string>> = {};
      for (const key of Object.keys(error.body.fields)) {
        const field = FIELD_OF[key];
        if (field) fieldErrors[field] = this.inLocale(() => this.fieldMessage(field));
      }
      if (Object.keys(fieldErrors).length) {
        this.submitting = false;
        this.showErrors(fieldErrors);
        return;
      }
      // Most likely someone else took the time meanwhile: look again before saying so.
      const reloaded = await this.reloadChosen();
      this.submitting = false;
      const fresh = this.chosen;
      const stillFree =
        reloaded && fresh && this.slotsOf(fresh).some((s) => s.begin === slot.begin && s.end === slot.end);
      if (reloaded && !stillFree) {
        this.chosenSlot = undefined;
        this.takenNotice = true;
        this.focusIndex = 0;
        this.step = 'time';
        this.focusLater('#taken-notice');
        return;
      }
      this.submitError = error;
      this.focusLater('#submit-error');
      return;
    }
    this.submitting = false;
    this.submitError = error;
    this.focusLater('#submit-error');
  }

  private fieldMessage(field: Field): string {
    switch (field) {
      case 'name':
        return msg('Enter your name.');
      case 'phone':
        return msg('Enter your phone number, for example 040 123 4567.');
      case 'email':
        return msg('Enter your e-mail address, for example name@example.com.');
      default:
        return msg('Check this information.');
    }
  }

  private eventDetail(r: Reservation): BookingEventDetail {
    return {
      reservationId: r.id,
      resource: r.resource || this.chosenId,
      begin: toIsoWithOffset(r.begin),
      end: toIsoWithOffset(r.end),
      state: r.state,
    };
  }

  private async cancelReservation(): Promise<void> {
    const r = this.reservation;
    const api = this.api;
    if (!r || !api || this.cancelling) return;
    this.cancelling = true;
    this.cancelError = undefined;
    const result = await api.cancelReservation(r.id, { language: this.locale });
    this.cancelling = false;
    // Already gone (404) is what the learner wanted too.
    if (result.ok || (result.error.kind === 'http' && result.error.status === 404)) {
      this.goTo('cancelled');
      this.dispatchEvent(new KotoBookingCancelledEvent({ ...this.eventDetail(r), state: 'cancelled' }));
      void this.reloadChosen();
      return;
    }
    this.cancelError = result.error;
    this.focusLater('#cancel-error');
  }

  private bookAnother(): void {
    this.reservation = undefined;
    this.chosenSlot = undefined;
    this.focusIndex = 0;
    void this.reloadChosen();
    this.goTo('time');
  }

  // ----- rendering -----------------------------------------------------------------

  override render() {
    return html`<div class="booking" part="base">
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${
        this.load.kind === 'loading' && this.resources.length === 0
          ? this.renderLoading()
          : this.load.kind === 'error' && this.resources.length === 0
            ? this.renderLoadError(this.load.error)
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

  private renderLoadError(error: HttpFailure | 'setup') {
    if (error === 'setup') {
      return html`<div class="notice error" part="error" role="alert">
        <p>${msg('Booking is not available here right now. Contact the adult education centre by phone or e-mail.')}</p>
      </div>`;
    }
    return html`<div class="notice error" part="error" role="alert" id="load-error" tabindex="-1">
      <p>${describeFailure(error)}</p>
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
    switch (this.step) {
      case 'about':
        return this.renderAbout();
      case 'time':
        return this.renderTime();
      case 'details':
        return this.renderDetails();
      case 'done':
        return this.renderDone();
      case 'cancelled':
        return this.renderCancelled();
    }
  }

  private stepHeading(n: number, text: string) {
    return html`<p class="step-count">${msg(str`Step ${n} of 3`)}</p>
      <h3 id="step-heading" tabindex="-1">${text}</h3>`;
  }

  private renderErrorSummary(order: Field[]) {
    const entries = order.filter((f) => this.errors[f]);
    if (!this.showErrorSummary || entries.length === 0) return nothing;
    return html`<div class="notice error error-summary" part="error">
      <h4 id="error-summary-heading" tabindex="-1">${msg('Check these:')}</h4>
      <ul>
        ${entries.map(
          (f) =>
            html`<li>
              <a
                href="#${f}"
                @click=${(e: Event) => {
                  e.preventDefault();
                  this.renderRoot.querySelector<HTMLElement>(`#${f}`)?.focus();
                }}
                >${this.errors[f]}</a
              >
            </li>`,
        )}
      </ul>
    </div>`;
  }

  private fieldError(field: Field) {
    const text = this.errors[field];
    return text ? html`<p class="field-error" id="${field}-error">${text}</p>` : nothing;
  }

  private renderAbout() {
    const several = this.resources.length > 1;
    const only = this.resources.length === 1 ? this.resources[0] : undefined;
    const topics: [Topic, string][] = [
      ['before', msg('Before studies: choosing a study path')],
      ['during', msg('During studies: help with studying')],
      ['after', msg('After studies: work or further studies')],
    ];
    const modes: [Mode, string][] = [
      ['in-person', msg('I come to the office')],
      ['phone', msg('By phone')],
      ['video', msg('By video call')],
    ];
    return html`<form class="step" part="step" novalidate @submit=${this.onAboutSubmit}>
      ${this.stepHeading(1, msg('What is the appointment about?'))}
      ${only ? html`<p>${this.localised(only.name)} ${this.languageNote(only.name)}</p>` : nothing}
      ${this.renderErrorSummary(['resource', 'topic', 'mode', 'interpreter', 'interpreterOther'])}
      ${
        several
          ? html`<fieldset
              id="resource"
              tabindex="-1"
              aria-describedby=${this.errors.resource ? 'resource-error' : nothing}
            >
              <legend>${msg('Who do you want to meet?')}</legend>
              ${this.fieldError('resource')}
              ${this.resources.map(
                (r) =>
                  html`<label class="choice">
                    <input
                      type="radio"
                      name="resource"
                      .value=${r.id}
                      .checked=${this.chosenId === r.id}
                      @change=${() => {
                        this.chosenId = r.id;
                        this.weekIndex = 0;
                        this.revalidate('resource');
                      }}
                    />
                    <span>
                      ${this.localised(r.name)}
                      ${Object.keys(r.description).length ? html`<small>${this.localised(r.description)}</small>` : nothing}
                      ${this.languageNote(r.name, r.description)}
                    </span>
                  </label>`,
              )}
            </fieldset>`
          : nothing
      }
      <fieldset id="topic" tabindex="-1" aria-describedby=${this.errors.topic ? 'topic-error' : nothing}>
        <legend>${msg('Topic')}</legend>
        ${this.fieldError('topic')}
        ${topics.map(
          ([value, label]) =>
            html`<label class="choice">
              <input
                type="radio"
                name="topic"
                .value=${value}
                .checked=${this.topic === value}
                @change=${() => {
                  this.topic = value;
                  this.revalidate('topic');
                }}
              />
              <span>${label}</span>
            </label>`,
        )}
      </fieldset>
      <fieldset id="mode" tabindex="-1" aria-describedby=${this.errors.mode ? 'mode-error' : nothing}>
        <legend>${msg('How do you want to meet?')}</legend>
        ${this.fieldError('mode')}
        ${modes.map(
          ([value, label]) =>
            html`<label class="choice">
              <input
                type="radio"
                name="mode"
                .value=${value}
                .checked=${this.mode === value}
                @change=${() => {
                  this.mode = value;
                  this.revalidate('mode');
                }}
              />
              <span>${label}</span>
            </label>`,
        )}
      </fieldset>
      <fieldset>
        <legend>${msg('Interpreter')}</legend>
        <label class="choice">
          <input
            type="checkbox"
            .checked=${this.needInterpreter}
            @change=${(e: Event) => {
              this.needInterpreter = (e.target as HTMLInputElement).checked;
              if (!this.needInterpreter) {
                this.revalidate('interpreter');
                this.revalidate('interpreterOther');
              }
            }}
          />
          <span>${msg('I need an interpreter')}</span>
        </label>
        ${
          this.needInterpreter
            ? html`<div class="field">
                  <label for="interpreter">${msg('Language of the interpreter')}</label>
                  ${this.fieldError('interpreter')}
                  <select
                    id="interpreter"
                    aria-invalid=${this.errors.interpreter ? 'true' : 'false'}
                    aria-describedby=${this.errors.interpreter ? 'interpreter-error' : nothing}
                    @change=${(e: Event) => this.setValue('interpreter', (e.target as HTMLSelectElement).value)}
                  >
                    <option value="" ?selected=${!this.values.interpreter}>${msg('Choose')}</option>
                    ${languageOptions(this.locale).map(
                      (l) =>
                        html`<option value=${l.code} ?selected=${this.values.interpreter === l.code}>
                          ${l.name}
                        </option>`,
                    )}
                    <option value="other" ?selected=${this.values.interpreter === 'other'}>
                      ${msg('Other language')}
                    </option>
                  </select>
                </div>
                ${
                  this.values.interpreter === 'other'
                    ? html`<div class="field">
                        <label for="interpreterOther">${msg('Which language?')}</label>
                        ${this.fieldError('interpreterOther')}
                        <input
                          id="interpreterOther"
                          type="text"
                          autocomplete="off"
                          .value=${this.values.interpreterOther}
                          aria-invalid=${this.errors.interpreterOther ? 'true' : 'false'}
                          aria-describedby=${this.errors.interpreterOther ? 'interpreterOther-error' : nothing}
                          @input=${(e: Event) =>
                            this.setValue('interpreterOther', (e.target as HTMLInputElement).value)}
                        />
                      </div>`
                    : nothing
                }`
            : nothing
        }
      </fieldset>
      <p class="actions"><button type="submit" class="button">${msg('Next: choose a time')}</button></p>
    </form>`;
  }

  /** The interpreter's language for the counsellor: a code from the list, or what the learner wrote. */
  private interpreterChoice(): InterpreterChoice | undefined {
    const { interpreter, interpreterOther } = this.values;
    if (interpreter === 'other') return interpreterOther.trim() ? { written: interpreterOther.trim() } : undefined;
    return interpreter ? { code: interpreter } : undefined;
  }

  private setValue(field: keyof KotoGuidanceBooking['values'], value: string): void {
    this.values = { ...this.values, [field]: value };
    this.revalidate(field);
    // A language chosen from the list ends the question of a written one.
    if (field === 'interpreter') this.revalidate('interpreterOther');
  }

  private weekDates(index: number): IsoDate[] {
    const monday = addDays(this.firstMonday, index * 7);
    return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
  }

  private weekLabel(index: number): string {
    const dates = this.weekDates(index);
    const from = startOfDay(dates[0]!) + 12 * 3_600_000;
    const to = startOfDay(dates[6]!) + 12 * 3_600_000;
    const week = isoWeek(dates[0]!);
    // The dash is in the message: isolate the whole range, not each date.
    const first = isolateLtr(formatDayMonth(from), this.direction, 'open');
    const last = isolateLtr(formatDate(to), this.direction, 'close');
    return msg(str`Week ${week}: ${first}–${last}`);
  }

  private renderTime() {
    const resource = this.chosen;
    if (!resource) return this.renderAbout();
    const all = this.slotsOf(resource);
    const byDate = slotsByDate(all);
    const weeks = this.weeksOf(resource);
    const index = Math.min(this.weekIndex, weeks - 1);
    const openDates = new Set(resource.openingHours.filter((d) => d.opens !== null).map((d) => d.date));
    const dates = this.weekDates(index).filter((d, i) => i < 5 || openDates.has(d));
    const weekSlots = dates.map((d) => byDate.get(d) ?? []);
    const flatCount = weekSlots.reduce((n, s) => n + s.length, 0);
    const focusIndex = Math.min(this.focusIndex, Math.max(0, flatCount - 1));
    const lastDay = isolateLtr(
      formatDate(startOfDay(this.weekDates(weeks - 1).at(-1)!) + 12 * 3_600_000),
      this.direction,
    );
    let flat = 0;
    return html`<div class="step" part="step">
      ${this.stepHeading(2, msg('Choose a time'))}
      <p>${this.localised(resource.name)} ${this.languageNote(resource.name)}</p>
      ${
        this.takenNotice
          ? html`<div class="notice warning" id="taken-notice" tabindex="-1" role="alert" part="error">
              <p>${msg('Someone else booked this time a moment ago. Please choose another time.')}</p>
              <p>${msg('Your information is saved.')}</p>
            </div>`
          : nothing
      }
      ${
        all.length === 0
          ? html`<div class="notice">
              <p>${msg(str`There are no free times until ${lastDay}.`)}</p>
              <p>${msg('Try again later, or contact the adult education centre by phone or e-mail.')}</p>
            </div>`
          : html`<p class="actions">
              <button type="button" class="button secondary" @click=${this.jumpToFirstFree}>
                ${msg('First free time')}
              </button>
            </p>`
      }
      <div class="week-nav">
        <button
          type="button"
          class="button secondary"
          id="previous-week"
          aria-disabled=${index === 0 ? 'true' : 'false'}
          @click=${() => this.changeWeek(-1)}
        >
          ${chevron()} ${msg('Previous week')}
        </button>
        <p class="week-label" id="week-label">${this.weekLabel(index)}</p>
        <button
          type="button"
          class="button secondary"
          id="next-week"
          aria-disabled=${index >= weeks - 1 ? 'true' : 'false'}
          @click=${() => this.changeWeek(1)}
        >
          ${msg('Next week')} ${chevron(true)}
        </button>
      </div>
      ${
        flatCount > 0
          ? html`<p class="hint" id="slot-hint">${msg('Use the arrow keys to move between the times.')}</p>`
          : nothing
      }
      <div
        class="days"
        part="week"
        role="group"
        aria-labelledby="week-label"
        aria-describedby=${flatCount > 0 ? 'slot-hint' : nothing}
      >
        ${dates.map((date, d) => {
          const slots = weekSlots[d]!;
          return html`<section class="day" part="day" aria-labelledby="day-${date}">
            <h4 id="day-${date}">${this.dayLabel(date)}</h4>
            ${
              slots.length === 0
                ? html`<p class="none">${msg('No free times')}</p>`
                : html`<ul>
                    ${slots.map((slot) => {
                      const i = flat++;
                      return html`<li>
                        <button
                          type="button"
                          class="slot"
                          part="slot"
                          tabindex=${i === focusIndex ? '0' : '-1'}
                          @click=${() => this.chooseSlot(slot)}
                          @keydown=${(e: KeyboardEvent) => this.onSlotKeydown(e, weekSlots, i)}
                          @focus=${() => (this.focusIndex = i)}
                        >
                          <span class="visually-hidden">${this.dayLabel(date)} </span
                          >${timeRangeWithZone(slot.begin, slot.end)}
                        </button>
                      </li>`;
                    })}
                  </ul>`
            }
          </section>`;
        })}
      </div>
      <p class="actions">
        <button type="button" class="button secondary" @click=${() => this.goTo('about')}>${msg('Back')}</button>
      </p>
    </div>`;
  }

  private topicLabel(topic: Topic | ''): string {
    return topic === 'before'
      ? msg('Before studies')
      : topic === 'during'
        ? msg('During studies')
        : topic === 'after'
          ? msg('After studies')
          : '';
  }

  private modeLabel(mode: Mode | ''): string {
    return mode === 'in-person'
      ? msg('At the office')
      : mode === 'phone'
        ? msg('By phone')
        : mode === 'video'
          ? msg('By video call')
          : '';
  }

  private renderSummary(resource: GuidanceResource, begin: number, end: number, date: IsoDate) {
    return html`<dl class="summary-list">
      <dt>${msg('Service')}</dt>
      <dd>${this.localised(resource.name)} ${this.languageNote(resource.name)}</dd>
      <dt>${msg('Time')}</dt>
      <dd>${this.fullDateLabel(date)} ${timeRangeWithZone(begin, end)}</dd>
      <dt>${msg('Topic')}</dt>
      <dd>${this.topicLabel(this.topic)}</dd>
      <dt>${msg('How')}</dt>
      <dd>${this.modeLabel(this.mode)}</dd>
      ${
        this.needInterpreter && this.values.interpreter
          ? html`<dt>${msg('Interpreter')}</dt>
              <dd>
                ${
                  this.values.interpreter === 'other'
                    ? this.values.interpreterOther.trim()
                    : languageName(this.values.interpreter, this.locale)
                }
              </dd>`
          : nothing
      }
    </dl>`;
  }

  private renderInput(field: 'name' | 'phone' | 'email', label: string, required: boolean) {
    const type = field === 'phone' ? 'tel' : field === 'email' ? 'email' : 'text';
    const autocomplete = field === 'phone' ? 'tel' : field === 'email' ? 'email' : 'name';
    const hint =
      field === 'phone'
        ? msg('For example 040 123 4567')
        : field === 'email'
          ? msg('For example name@example.com')
          : '';
    const describedBy = [hint ? `${field}-hint` : '', this.errors[field] ? `${field}-error` : '']
      .filter(Boolean)
      .join(' ');
    return html`<div class="field">
      <label for=${field}>${label} ${required ? nothing : html`<span>${msg('(optional)')}</span>`}</label>
      ${hint ? html`<p class="hint" id="${field}-hint">${hint}</p>` : nothing} ${this.fieldError(field)}
      <input
        id=${field}
        type=${type}
        autocomplete=${autocomplete}
        ?required=${required}
        aria-required=${required ? 'true' : 'false'}
        aria-invalid=${this.errors[field] ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing}
        .value=${this.values[field]}
        @input=${(e: Event) => this.setValue(field, (e.target as HTMLInputElement).value)}
        @blur=${() => this.validateOnBlur(field)}
      />
    </div>`;
  }

  private renderSubmitError() {
    const error = this.submitError;
    if (!error) return nothing;
    if (error.kind === 'http' && error.status === 400) {
      const words = apiWords(error);
      return html`<div class="notice error" id="submit-error" tabindex="-1" role="alert" part="error">
        <p>${msg('We could not book this time.')}</p>
        ${words ? html`<p>${serviceWords(words, this.locale)}</p>` : nothing}
        <p>${msg('Choose another time, or contact the adult education centre by phone or e-mail.')}</p>
      </div>`;
    }
    return html`<div class="notice error" id="submit-error" tabindex="-1" role="alert" part="error">
      <p>${describeFailure(error)}</p>
      <p>${msg('Your information is saved.')}</p>
    </div>`;
  }

  private renderDetails() {
    const resource = this.chosen;
    const slot = this.chosenSlot;
    if (!resource || !slot) return this.renderTime();
    const shown = this.shownFields(resource);
    const required = this.requiredFields(resource);
    const transient = this.submitError && isTransient(this.submitError);
    return html`<form class="step" part="step form" novalidate @submit=${this.onDetailsSubmit}>
      ${this.stepHeading(3, msg('Your contact details'))}
      ${this.renderSummary(resource, slot.begin, slot.end, slot.date)}
      <p>${msg('The counsellor uses these details only for this appointment.')}</p>
      ${this.renderErrorSummary(['name', 'phone', 'email', 'message'])}
      ${shown.has('name') ? this.renderInput('name', msg('Name'), required.has('name')) : nothing}
      ${shown.has('phone') ? this.renderInput('phone', msg('Phone number'), required.has('phone')) : nothing}
      ${shown.has('email') ? this.renderInput('email', msg('E-mail'), required.has('email')) : nothing}
      <div class="field">
        <label for="message">${msg('Message to the counsellor')} <span>${msg('(optional)')}</span></label>
        <textarea
          id="message"
          maxlength="500"
          .value=${this.values.message}
          @input=${(e: Event) => this.setValue('message', (e.target as HTMLTextAreaElement).value)}
        ></textarea>
      </div>
      ${this.renderSubmitError()}
      <p class="actions">
        <button type="submit" class="button" aria-disabled=${this.submitting ? 'true' : 'false'}>
          ${this.submitting ? msg('Booking…') : transient ? msg('Try again') : msg('Book this time')}
        </button>
        <button
          type="button"
          class="button secondary"
          ?disabled=${this.submitting}
          @click=${() => {
            this.submitError = undefined;
            this.goTo('time');
          }}
        >
          ${msg('Change the time')}
        </button>
      </p>
    </form>`;
  }

  private howToMeet(): string {
    return this.mode === 'phone'
      ? msg('The counsellor calls you at this time.')
      : this.mode === 'video'
        ? msg('The counsellor sends you a link to the video call.')
        : msg('Come to the office on time.');
  }

  private icsHref(build: typeof buildIcs, resource: GuidanceResource, r: Reservation): string {
    const ics = build({
      uid: `respa-${r.id}@koto-elements`,
      start: r.begin,
      end: r.end,
      stamp: this.now(),
      summary: this.pick(resource.name).text,
      description: [this.topicLabel(this.topic), this.modeLabel(this.mode)].filter(Boolean).join('. '),
      status: r.state === 'requested' ? 'TENTATIVE' : 'CONFIRMED',
    });
    return `data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}`;
  }

  private renderDone() {
    const r = this.reservation;
    const resource = this.chosen;
    if (!r || !resource) return this.renderAbout();
    const requested = r.state === 'requested';
    return html`<div class="step" part="step confirmation">
      <h3 id="step-heading" tabindex="-1">
        ${requested ? msg('Your request was sent') : msg('Your appointment is booked')}
      </h3>
      <p class="done-time">${this.fullDateLabel(isoDateOf(r.begin))} ${ltr(formatTimeRange(r.begin, r.end))}</p>
      ${
        requested
          ? html`<p>${msg('The time is not confirmed yet. The counsellor checks it and contacts you.')}</p>`
          : html`<p>${msg('The time is confirmed.')} ${this.howToMeet()}</p>`
      }
      ${this.renderSummary(resource, r.begin, r.end, isoDateOf(r.begin))}
      ${
        this.icsBuilder
          ? html`<p class="actions">
              <a
                class="button"
                href=${this.icsHref(this.icsBuilder, resource, r)}
                download=${`${msg('guidance-appointment')}.ics`}
              >
                ${msg('Save to calendar')}
              </a>
            </p>`
          : nothing
      }
      ${
        this.cancelError
          ? html`<div class="notice error" id="cancel-error" tabindex="-1" role="alert" part="error">
              <p>${describeFailure(this.cancelError)}</p>
            </div>`
          : nothing
      }
      ${
        this.confirmingCancel
          ? html`<div class="notice warning" role="group" aria-labelledby="cancel-question">
              <p id="cancel-question">${msg('Do you want to cancel this appointment?')}</p>
              <p class="actions">
                <button
                  type="button"
                  class="button"
                  id="cancel-yes"
                  aria-disabled=${this.cancelling ? 'true' : 'false'}
                  @click=${() => void this.cancelReservation()}
                >
                  ${this.cancelling ? msg('Cancelling…') : this.cancelError ? msg('Try again') : msg('Yes, cancel')}
                </button>
                <button
                  type="button"
                  class="button secondary"
                  ?disabled=${this.cancelling}
                  @click=${() => {
                    this.confirmingCancel = false;
                    this.cancelError = undefined;
                    this.focusLater('#cancel-open');
                  }}
                >
                  ${msg('No, keep it')}
                </button>
              </p>
            </div>`
          : html`<p class="actions">
              <button
                type="button"
                class="button secondary"
                id="cancel-open"
                @click=${() => {
                  this.confirmingCancel = true;
                  this.focusLater('#cancel-yes');
                }}
              >
                ${msg('Cancel the appointment')}
              </button>
            </p>`
      }
    </div>`;
  }

  private renderCancelled() {
    return html`<div class="step" part="step confirmation">
      <h3 id="step-heading" tabindex="-1">${msg('The appointment is cancelled')}</h3>
      <p>${msg('The time is free again for others.')}</p>
      <p class="actions">
        <button type="button" class="button" @click=${this.bookAnother}>${msg('Book a new time')}</button>
      </p>
    </div>`;
  }
}
