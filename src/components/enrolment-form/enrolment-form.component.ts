import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { KotoElement } from '../../shared/koto-element.js';
import { LinkedEventsClient, type EnrolmentClient } from '../../api/linked-events/client.js';
import type { Course } from '../../api/linked-events/course.js';
import type { AttendeeStatus, Registration } from '../../api/linked-events/registration.js';
import type { HttpFailure, Result } from '../../api/http.js';
import { apiWords, describeFailure, isTransient, type ApiWords } from '../../shared/errors.js';
import { formatDateRange, formatDateTime } from '../../shared/format.js';
import { contentLang, isolateLtr, languageNote, ltr, serviceWords } from '../../shared/content.js';
import { isoDateOf } from '../../shared/time.js';
import {
  checkContext,
  checkField,
  checkStep,
  emptyDraft,
  fieldOfServerPath,
  firstInvalidStep,
  stepFields,
  stepOf,
  toSignupGroup,
  STEP_COUNT,
  type CheckContext,
  type Draft,
  type ErrorCode,
  type FieldKey,
} from './draft.js';
import { clearDraft, draftKey, loadDraft, saveDraft, type StoredHold } from './draft-store.js';
import { errorText, stepTitle } from './messages.js';
import { anchorId } from './anchor.js';
import type { FieldView } from './fields.js';
import { errorSummary, type SummaryItem } from './error-summary.js';
import { courseFacts, paymentNotice } from './course-facts.js';
import { stepIndicator, stepOfText } from './steps.js';
import type * as StepFields from './step-fields.js';
import { seatTimer, WARN_BEFORE_MS } from './seat-timer.js';
import { KotoEnrolmentSubmittedEvent } from './events.js';
import { styles } from './enrolment-form.styles.js';

type Phase = 'loading' | 'no-course' | 'load-error' | 'intro' | 'form' | 'sent' | 'rejected';
/** Why the learner cannot go on: enrolment not open yet, closed, no place left, or no online enrolment. */
type Blocked = 'upcoming' | 'closed' | 'full' | 'no-registration';
type FieldError = { code: ErrorCode } | { server: ApiWords };

/** Time left below which a held seat is renewed before sending rather than trusted. */
const HOLD_MARGIN_MS = 5_000;

/**
 * An enrolment request for one integration-training course, backed by the Linked Events
 * registration API: shows the course and whether enrolment is open, holds a seat while
 * the learner fills in five short steps, and sends one `signup_group`. What the learner
 * types is never lost: it survives errors, an expired seat hold and a reload of the tab.
 *
 * @summary An enrolment request for an integration-training course (Linked Events registrations).
 *
 * @tag koto-enrolment-form
 *
 * @fires {KotoEnrolmentSubmittedEvent} koto-enrolment-submitted - The request was received. `detail: { courseId, status }`,
 *   where `status` is `attending`, `waitlisted` or `awaiting_payment`. No personal data.
 *
 * @csspart base - The whole form.
 * @csspart course - The course summary.
 * @csspart timer - The line that says how long the seat is held.
 * @csspart steps - The step indicator.
 * @csspart error-summary - The list of answers to check, at the top of the form.
 * @csspart answers - The list of answers (last step and confirmation).
 * @csspart confirmation - The confirmation after sending.
 * @csspart language-note - The small "Language: Finnish" note under API text that is not in the interface language.
 *
 * @cssprop --koto-color-primary - Buttons, links, focus ring and the current step (default `#0b4f8a`).
 * @cssprop --koto-color-danger - Error messages and marks (default `#b00020`).
 * @cssprop --koto-color-warning-bg - Background of the time warning (default `#fff4ce`).
 * @cssprop [--koto-enrolment-max-width=40rem] - Widest the form gets.
 */
export class KotoEnrolmentForm extends KotoElement {
  static override styles = styles;
  protected static override localeParts = ['common', 'enrolment-form'] as const;
  protected static override api = 'linkedEvents' as const;

  /** The course id (Linked Events event id, such as `porvoo:koto-01`). Without it, the page's `?course=` is used. */
  @property() event?: string;

  /** Address of the privacy notice the consent links to. */
  @property({ attribute: 'privacy-href' }) privacyHref?: string;

  /** Address of the course list; shown as a way back when no course is chosen or enrolment is not possible. */
  @property({ attribute: 'catalogue-href' }) catalogueHref?: string;

  /** Any data source that implements `EnrolmentClient`; by default a Linked Events client on `api-base`. */
  @property({ attribute: false }) client?: EnrolmentClient;

  /** The clock (epoch ms) used for the seat-hold timer and age checks; tests may replace it. */
  @property({ attribute: false }) now: () => number = () => Date.now();

  @state() private phase: Phase = 'loading';
  @state() private course?: Course;
  @state() private registration?: Registration;
  @state() private loadError?: HttpFailure;
  @state() private blocked?: Blocked;
  /** The API's own words about why enrolment failed (409 and "full"), shown under ours. */
  @state() private blockedDetail?: ApiWords;
  @state() private draft: Draft = emptyDraft();
  @state() private step = 0;
  @state() private errors: Partial<Record<FieldKey, FieldError>> = {};
  @state() private summary?: SummaryItem[];
  @state() private alertingKey?: FieldKey;
  @state() private hold?: StoredHold;
  @state() private holding = false;
  @state() private holdError?: HttpFailure;
  @state() private msLeft?: number;
  @state() private sending = false;
  @state() private sendError?: HttpFailure;
  @state() private sentStatus?: AttendeeStatus;

  private defaultClient?: { base: string; client: LinkedEventsClient };
  private loadSeq = 0;
  /** The load in progress: aborted when the form leaves the page, and done again when it returns. */
  private loading?: { controller: AbortController; fresh: boolean };
  private reloadOnConnect?: boolean;
  private timer?: ReturnType<typeof setInterval>;
  private warned = false;
  /** Fields validated on every keystroke: those shown with an error until fixed. */
  private readonly live = new Set<FieldKey>();
  /** Fields the learner has typed in (an untouched empty field is not an error on blur). */
  private readonly dirty = new Set<FieldKey>();
  private reserving?: Promise<StoredHold | undefined>;
  /** The course (its storage key) the state above belongs to. */
  private stateKey?: string;
  /** Counts the courses shown: an answer that comes for an earlier one is dropped. */
  private courseEpoch = 0;
  private focusAfterRender?: string;
  private movingFocus = false;
  /** "Try again" on the load error was used from the keyboard: focus goes to what loads. */
  private focusWhenLoaded = false;

  private get courseId(): string | undefined {
    if (this.event) return this.event;
    try {
      return new URLSearchParams(window.location.search).get('course')?.trim() || undefined;
    } catch {
      return undefined;
    }
  }

  /** Where the draft of this course is kept in sessionStorage. */
  private get storageKey(): string | undefined {
    const id = this.courseId;
    return id ? draftKey(this.resolvedApiBase ?? 'client', id) : undefined;
  }

  private get api(): EnrolmentClient | undefined {
    if (this.client) return this.client;
    const base = this.resolvedApiBase;
    if (!base) return undefined;
    if (this.defaultClient?.base !== base)
      this.defaultClient = { base, client: new LinkedEventsClient({ baseUrl: base }) };
    return this.defaultClient.client;
  }

  private get ctx(): CheckContext {
    const start = this.course?.start;
    return checkContext(this.registration, isoDateOf(this.now()), start ? isoDateOf(start.instant) : undefined);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.startTimer();
    if (this.reloadOnConnect !== undefined) {
      const fresh = this.reloadOnConnect;
      this.reloadOnConnect = undefined;
      void this.load(fresh);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.timer);
    this.timer = undefined;
    // No answer may land in a form that left the page (it could hold a seat for nobody).
    if (this.loading) {
      this.loading.controller.abort();
      this.reloadOnConnect = this.loading.fresh;
      this.loading = undefined;
      this.loadSeq++;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const inputs = ['event', 'client', 'apiBase'] as const;
    if (!this.hasUpdated || inputs.some((k) => changed.has(k))) void this.load(true);
    else if (changed.has('locale' as keyof KotoEnrolmentForm) && this.course) void this.load(false);
    if ((this.phase === 'form' || this.phase === 'sent') && !this.stepFields) void this.loadStepFields();
    if (this.focusWhenLoaded && this.phase !== 'loading') {
      this.focusWhenLoaded = false;
      this.focusAfterRender = this.phase === 'load-error' ? 'load-error' : 'course-title';
    }
  }

  protected override updated(): void {
    const id = this.focusAfterRender;
    if (!id) return;
    this.focusAfterRender = undefined;
    const target = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
    // A field of a step whose fields are still loading: focus it once they are there.
    if (!target && !this.stepFields && this.stepFieldsLoad) {
      this.focusAfterRender = id;
      return;
    }
    // Focus moved by the form (to the error summary, a step, the confirmation) is not the
    // learner leaving a field: no blur check, and no alert competing with what gets focus.
    this.movingFocus = true;
    try {
      target?.focus();
    } finally {
      this.movingFocus = false;
    }
  }

  // ----- loading ---------------------------------------------------------------------

  /** Loads the course and its registration; `fresh` also decides the phase (first load, or a new course). */
  private async load(fresh: boolean): Promise<void> {
    // A reload (new language) that cuts a first load short must finish that load's work:
    // otherwise the form stays on "loading" for good.
    fresh ||= this.loading?.fresh === true;
    const seq = ++this.loadSeq;
    const id = this.courseId;
    const api = this.api;
    if (!id) {
      this.phase = 'no-course';
      return;
    }
    if (!api) return; // No API base yet: wait for `api-base` or `client`.
    if (fresh) {
      if (this.storageKey !== this.stateKey) this.forgetCourse();
      this.phase = 'loading';
    }
    this.loading?.controller.abort();
    const loading = { controller: new AbortController(), fresh };
    this.loading = loading;
    try {
      await this.loadCourse(seq, id, api, fresh, loading.controller.signal);
    } finally {
      if (this.loading === loading) this.loading = undefined;
    }
  }

  /**
   * A portal may switch `event` in place: nothing of the previous course may carry over (its
   * registration would get the new hold and the signup). Its draft is not lost: every change
   * was saved under that course's own key, and comes back when that course is shown again.
   */
  private forgetCourse(): void {
    this.stateKey = this.storageKey;
    this.courseEpoch++;
    this.reserving = undefined;
    this.course = undefined;
    this.registration = undefined;
    this.loadError = undefined;
    this.blocked = undefined;
    this.blockedDetail = undefined;
    this.hold = undefined;
    this.holding = false;
    this.holdError = undefined;
    this.msLeft = undefined;
    this.warned = false;
    this.sendError = undefined;
    this.draft = emptyDraft();
    this.step = 0;
    this.errors = {};
    this.summary = undefined;
    this.live.clear();
    this.dirty.clear();
  }

  private async loadCourse(
    seq: number,
    id: string,
    api: EnrolmentClient,
    fresh: boolean,
    signal: AbortSignal,
  ): Promise<void> {
    const opts = { language: this.locale, locale: this.locale, signal };
    const course = await api.getCourse(id, opts);
    if (seq !== this.loadSeq) return;
    if (!course.ok) {
      if (fresh || !this.course) {
        this.loadError = course.error;
        this.phase = 'load-error';
      }
      return;
    }
    this.course = course.value;
    const regId = course.value.registrationId;
    let registration: Result<Registration> | undefined;
    if (regId) {
      registration = await api.getRegistration(regId, opts);
      if (seq !== this.loadSeq) return;
      if (!registration.ok) {
        if (fresh || !this.registration) {
          this.loadError = registration.error;
          this.phase = 'load-error';
        }
        return;
      }
      this.registration = registration.value;
    }
    if (!fresh) return;
    this.loadError = undefined;
    this.updateBlocked();
    const stored = loadDraft(this.storageKey!);
    if (stored && !this.blockedHard()) {
      // The form comes back as it was: with its fields, not an empty step while they load.
      await this.loadStepFields();
      if (seq !== this.loadSeq) return;
      this.draft = stored.draft;
      this.step = stored.step;
      this.hold = stored.hold && stored.hold.deadline > this.now() ? stored.hold : undefined;
      // In the form, "full" is decided by the hold, not by the counts: a place the learner
      // holds counts as taken there. Without a hold, a new one is tried now; refused, it is explained.
      if (this.blocked === 'full') this.blocked = undefined;
      this.phase = 'form';
      this.announce(this.inLocale(() => msg('We brought back what you typed before.')));
      if (!this.hold) void this.reserve();
      this.tick();
    } else {
      // Nothing stored, or nothing to fill in: the start page and an empty form. (A course
      // switched in place was forgotten before loading; a hold of this one is kept for "Start".)
      this.draft = emptyDraft();
      this.errors = {};
      this.summary = undefined;
      this.step = 0;
      this.phase = 'intro';
    }
  }

  /** Reads the enrolment state from the registration. */
  private updateBlocked(): void {
    const reg = this.registration;
    if (!reg) {
      this.blocked = 'no-registration';
      return;
    }
    const state = reg.enrolment.state;
    this.blocked = state === 'upcoming' ? 'upcoming' : state === 'closed' ? 'closed' : reg.full ? 'full' : undefined;
  }

  /**
   * "Try again" after a failed load. The notice and its button give way to the loading
   * state, and focus would fall to the top of the host page: when the learner was in the
   * notice, focus goes to the course once it is there, or to the new notice.
   */
  private retryLoad = (): void => {
    this.focusWhenLoaded = !!this.shadowRoot?.activeElement?.closest('#load-error');
    void this.load(true);
  };

  /** Not open, closed or no online enrolment: there is nothing to fill in. ("Full" is decided by the hold.) */
  private blockedHard(): boolean {
    const hard = this.blocked === 'upcoming' || this.blocked === 'closed' || this.blocked === 'no-registration';
    return hard || this.registration?.requiresPayment === true;
  }

  private async refreshRegistration(): Promise<void> {
    const api = this.api;
    const regId = this.registration?.id;
    if (!api || !regId) return;
    const epoch = this.courseEpoch;
    const r = await api.getRegistration(regId, { language: this.locale, locale: this.locale });
    if (r.ok && epoch === this.courseEpoch) {
      this.registration = r.value;
      this.updateBlocked();
    }
  }

  // ----- the seat hold ---------------------------------------------------------------

  private startTimer(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.tick(), 1000);
  }

  /** Once a second: the minutes shown, the warning, and a new hold when the old one ends. */
  private tick(): void {
    if (this.phase !== 'form' || !this.hold) {
      this.msLeft = undefined;
      return;
    }
    const left = this.hold.deadline - this.now();
    // Whole minutes (rounded up) are all that is shown: render once a minute, not once a second.
    this.msLeft = Math.max(0, Math.ceil(left / 60_000) * 60_000);
    if (left <= 0) {
      this.hold = undefined;
      this.warned = false;
      void this.reserve(true);
      return;
    }
    if (left <= WARN_BEFORE_MS && !this.warned) {
      this.warned = true;
      this.announce(
        this.inLocale(() => msg('Your seat is held for 3 more minutes. Send soon. What you typed stays here.')),
      );
    }
  }

  /** The learner's hold, when it still has more than `HOLD_MARGIN_MS` to run. */
  private get validHold(): StoredHold | undefined {
    return this.hold && this.hold.deadline - this.now() > HOLD_MARGIN_MS ? this.hold : undefined;
  }

  /** Holds a seat (one at a time, however often it is asked). */
  private reserve(renewal = false): Promise<StoredHold | undefined> {
    if (!this.reserving) {
      const reserving = this.doReserve(renewal).finally(() => {
        if (this.reserving === reserving) this.reserving = undefined;
      });
      this.reserving = reserving;
    }
    return this.reserving;
  }

  private async doReserve(renewal: boolean): Promise<StoredHold | undefined> {
    const api = this.api;
    const reg = this.registration;
    if (!api || !reg) return undefined;
    const epoch = this.courseEpoch;
    this.holding = true;
    const started = this.now();
    const result = await api.reserveSeats(reg.id, 1, { language: this.locale, locale: this.locale });
    // A hold of a course no longer shown is not the learner's hold here.
    if (epoch !== this.courseEpoch) return undefined;
    this.holding = false;
    if (!result.ok) {
      this.holdError = result.error;
      await this.explainRefusal(result.error);
      return undefined;
    }
    const r = result.value;
    // The hold lasts `expires - reserved` on the server's clock; count it on ours.
    const length = r.reserved !== undefined ? r.expires - r.reserved : r.expires - Date.now();
    this.hold = { id: r.id, code: r.code, inWaitlist: r.inWaitlist, deadline: started + length };
    this.holdError = undefined;
    this.warned = false;
    this.persist();
    this.tick();
    if (renewal) {
      this.announce(
        this.inLocale(() =>
          r.inWaitlist
            ? msg('The time ran out. We hold a new place on the waiting list for you. What you typed is still here.')
            : msg('The time ran out. We hold a new seat for you. What you typed is still here.'),
        ),
      );
    }
    return this.hold;
  }

  /** 409 (not open / closed) and "no seats" get their own explanation; the draft stays. */
  private async explainRefusal(error: HttpFailure): Promise<boolean> {
    if (error.kind !== 'http') return false;
    const seats = error.body.fields.seats?.[0];
    if (error.status === 409 || (error.status === 400 && seats)) {
      const epoch = this.courseEpoch;
      await this.refreshRegistration();
      // The portal switched to another course meanwhile: this refusal is not about it.
      if (epoch !== this.courseEpoch) return true;
      const text = error.body.messages[0] ?? seats;
      this.blockedDetail = text ? { text, lang: error.body.lang } : undefined;
      if (error.status === 400 || !this.blocked) this.blocked = error.status === 409 ? 'closed' : 'full';
      // The Send (or Next) button the learner used is disabled now, and focus would fall to
      // the page: it goes to the explanation. (A hold refused while typing leaves focus be.)
      const focused = this.shadowRoot?.activeElement;
      if (this.phase === 'form' && (this.sending || focused?.matches('button[type="submit"]')))
        this.focusAfterRender = 'blocked';
      this.announce(this.inLocale(() => this.blockedText()));
      return true;
    }
    return false;
  }

  // ----- input and checking ----------------------------------------------------------

  private keyOf(name: string): FieldKey | undefined {
    if (name === 'dobDay' || name === 'dobMonth' || name === 'dobYear') return 'dob';
    return name in this.draft ? (name as FieldKey) : undefined;
  }

  private onInput = (e: Event): void => {
    const target = e.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    const name = target.name as keyof Draft;
    if (!(name in this.draft)) return;
    const value = target instanceof HTMLInputElement && target.type === 'checkbox' ? target.checked : target.value;
    this.draft = { ...this.draft, [name]: value };
    const key = this.keyOf(name)!;
    this.dirty.add(key);
    this.persist();
    const recheck: FieldKey[] = [key];
    if (key === 'nativeLanguage') recheck.push('nativeLanguageOther');
    if (key === 'interpreter') recheck.push('interpreterLanguage', 'interpreterLanguageOther');
    if (key === 'interpreterLanguage') recheck.push('interpreterLanguageOther');
    // A choice is made with one click: check it at once.
    const immediate = target.type === 'radio' || target.type === 'checkbox' || target.tagName === 'SELECT';
    for (const k of recheck) if (this.live.has(k) || this.errors[k] || (immediate && k === key)) this.check(k, false);
  };

  private onFocusOut = (e: FocusEvent): void => {
    const target = e.target as HTMLInputElement;
    if (this.movingFocus || !target.name || target.type === 'radio' || target.type === 'checkbox') return;
    const key = this.keyOf(target.name);
    if (!key) return;
    if (key === 'dob') {
      const group = target.closest('fieldset');
      if (group && e.relatedTarget instanceof Node && group.contains(e.relatedTarget)) return;
    }
    if (!this.dirty.has(key) && !this.errors[key]) return;
    this.check(key, true);
  };

  /** Checks one answer; a new or repeated error is announced when `announce` is set (on blur). */
  private check(key: FieldKey, announce: boolean): void {
    const code = checkField(key, this.draft, this.ctx);
    const errors = { ...this.errors };
    if (code) {
      errors[key] = { code };
      this.live.add(key);
    } else {
      delete errors[key];
      this.live.delete(key);
    }
    this.errors = errors;
    if (this.summary) this.summary = this.summaryItems(Object.keys(errors) as FieldKey[], []);
    if (code && announce) void this.reannounce(key);
  }

  /** Screen readers hear an error even when its text did not change: role="alert" for a moment (as Material Web does for one frame). */
  private async reannounce(key: FieldKey): Promise<void> {
    this.alertingKey = undefined;
    await this.updateComplete;
    this.alertingKey = key;
    await this.updateComplete;
    setTimeout(() => {
      if (this.alertingKey === key) this.alertingKey = undefined;
    }, 100);
  }

  private errorOf(key: FieldKey): string | TemplateResult | undefined {
    const e = this.errors[key];
    if (!e) return undefined;
    return 'server' in e ? this.serverWords(e.server) : errorText(key, e.code, this.ctx);
  }

  /** Words the service wrote itself, marked with their language (`serviceWords`). */
  private serverWords(words: ApiWords): string | TemplateResult {
    return serviceWords(words, this.locale);
  }

  /** The service's own words about a failure, under ours (`describeFailure`), when it gave any. */
  private apiDetail(error: HttpFailure): TemplateResult | typeof nothing {
    const words = apiWords(error);
    return words ? html`<p class="detail">${this.serverWords(words)}</p>` : nothing;
  }

  private summaryItems(keys: FieldKey[], messages: (string | TemplateResult)[]): SummaryItem[] | undefined {
    const order = Array.from({ length: STEP_COUNT }, (_, s) => stepFields(s, this.ctx)).flat();
    const sorted = keys.filter((k) => this.errors[k]).sort((a, b) => order.indexOf(a) - order.indexOf(b));
    const items: SummaryItem[] = [
      ...messages.map((text) => ({ text })),
      ...sorted.map((k) => ({ target: anchorId(k, this.draft), text: this.inLocale(() => this.errorOf(k) ?? '') })),
    ];
    return items.length ? items : undefined;
  }

  private showSummary(keys: FieldKey[], messages: (string | TemplateResult)[] = []): void {
    this.summary = this.summaryItems(keys, messages);
    this.focusAfterRender = 'error-summary-title';
  }

  private followSummary = (target: string): void => {
    this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(target)}`)?.focus();
  };

  /** Checks the current step; returns whether it may be left forwards. */
  private checkCurrentStep(): boolean {
    const found = checkStep(this.step, this.draft, this.ctx);
    const keys = Object.keys(found) as FieldKey[];
    const errors = { ...this.errors };
    for (const k of stepFields(this.step, this.ctx)) delete errors[k];
    for (const k of keys) {
      errors[k] = { code: found[k]! };
      this.live.add(k);
    }
    this.errors = errors;
    if (keys.length) {
      this.showSummary(keys);
      return false;
    }
    this.summary = undefined;
    return true;
  }

  private goTo(step: number, focus?: string): void {
    this.step = step;
    this.summary = undefined;
    this.persist();
    this.focusAfterRender = focus ?? 'step-title';
  }

  private onSubmit = (e: Event): void => {
    e.preventDefault();
    // Shoelace waits a tick on Enter so an IME composition can end; a submit event comes after it anyway.
    if (this.step < STEP_COUNT - 1) {
      if (this.checkCurrentStep()) this.goTo(this.step + 1);
    } else {
      void this.send();
    }
  };

  private back = (): void => {
    this.goTo(Math.max(0, this.step - 1));
  };

  private edit = (step: number, key: FieldKey): void => {
    this.goTo(step, anchorId(key, this.draft));
  };

  private starting = false;

  private start = async (): Promise<void> => {
    // The step fields load on "Start" (most visitors only read the course); the form shows
    // when they are there. Offline, it shows anyway and tries again on the next render.
    if (this.starting) return;
    this.starting = true;
    try {
      await this.loadStepFields();
    } finally {
      this.starting = false;
    }
    if (this.phase !== 'intro') return;
    this.phase = 'form';
    this.step = 0;
    this.persist();
    this.focusAfterRender = 'step-title';
    // After "Clear the form and start again" the seat is still the learner's: a second hold
    // would take another place (on the last seat, one on the waiting list).
    if (this.validHold) this.tick();
    else {
      this.hold = undefined;
      void this.reserve();
    }
  };

  private discard = (): void => {
    const key = this.storageKey;
    if (key) clearDraft(key);
    this.draft = emptyDraft();
    this.errors = {};
    this.summary = undefined;
    this.live.clear();
    this.dirty.clear();
    this.step = 0;
    this.sendError = undefined;
    this.phase = 'intro';
    this.focusAfterRender = 'course-title';
    this.announce(this.inLocale(() => msg('We cleared the form.')));
  };

  private persist(): void {
    const key = this.storageKey;
    if (!key || this.phase !== 'form') return;
    saveDraft(
      key,
      this.hold ? { draft: this.draft, step: this.step, hold: this.hold } : { draft: this.draft, step: this.step },
    );
  }

  // ----- sending ---------------------------------------------------------------------

  private async send(): Promise<void> {
    // A double click, or Enter pressed twice, sends one request.
    if (this.sending) return;
    const ctx = this.ctx;
    const invalid = firstInvalidStep(this.draft, ctx);
    if (invalid >= 0 && invalid !== this.step) {
      this.step = invalid;
      this.checkCurrentStep();
      return;
    }
    if (!this.checkCurrentStep()) return;
    const honeypot = this.renderRoot.querySelector<HTMLInputElement>('#f-website');
    if (honeypot?.value) {
      // A person never sees this field; a simple bot fills it. Nothing is sent.
      this.phase = 'rejected';
      return;
    }
    this.sending = true;
    this.sendError = undefined;
    try {
      await this.sendOnce();
    } finally {
      this.sending = false;
    }
  }

  private async sendOnce(): Promise<void> {
    const api = this.api;
    const reg = this.registration;
    if (!api || !reg) return;
    const epoch = this.courseEpoch;
    const key = this.storageKey!;
    let hold = this.validHold ?? (await this.reserve(true));
    if (!hold) {
      if (this.holdError && !this.blocked) this.sendError = this.holdError;
      return;
    }
    const body = (code: string) =>
      toSignupGroup(this.draft, { registration: reg, reservationCode: code, serviceLanguage: this.locale });
    const opts = { language: this.locale, locale: this.locale };
    let result = await api.signup(body(hold.code), opts);
    if (!result.ok && this.isHoldProblem(result.error) && epoch === this.courseEpoch) {
      // The hold ended on the server (or was used): take a new one and send once more.
      this.hold = undefined;
      hold = await this.reserve();
      if (!hold) {
        if (this.holdError && !this.blocked) this.sendError = this.holdError;
        return;
      }
      result = await api.signup(body(hold.code), opts);
    }
    if (epoch !== this.courseEpoch) {
      // The portal showed another course meanwhile. A request that was received must not
      // come back as that course's draft, to be sent twice.
      if (result.ok) clearDraft(key);
      return;
    }
    if (result.ok) {
      this.done(result.value.status);
      return;
    }
    await this.handleSendFailure(result.error);
  }

  private isHoldProblem(error: HttpFailure): boolean {
    return error.kind === 'http' && error.status === 400 && !!error.body.fields.reservation_code;
  }

  private async handleSendFailure(error: HttpFailure): Promise<void> {
    if (await this.explainRefusal(error)) return;
    if (error.kind === 'http' && error.status === 400) {
      const errors = { ...this.errors };
      const keys: FieldKey[] = [];
      const lang = error.body.lang;
      const texts = [...error.body.messages];
      for (const [path, list] of Object.entries(error.body.fields)) {
        const key = fieldOfServerPath(path);
        if (key && list[0]) {
          errors[key] = { server: { text: list[0], lang } };
          this.live.add(key);
          keys.push(key);
        } else {
          texts.push(...list);
        }
      }
      const messages = this.inLocale(() => texts.map((text) => this.serverWords({ text, lang })));
      this.errors = errors;
      if (keys.length) {
        const first = keys.map(stepOf).sort()[0]!;
        this.step = first;
      }
      this.showSummary(keys, messages.length || keys.length ? messages : [this.inLocale(() => describeFailure(error))]);
      return;
    }
    this.sendError = error;
    this.focusAfterRender = 'send-error';
  }

  private done(status: AttendeeStatus): void {
    const id = this.courseId!;
    clearDraft(this.storageKey!);
    this.sentStatus = status;
    this.phase = 'sent';
    this.hold = undefined;
    this.focusAfterRender = 'done-title';
    this.dispatchEvent(new KotoEnrolmentSubmittedEvent({ courseId: this.course?.id ?? id, status }));
  }

  // ----- rendering -------------------------------------------------------------------

  override render(): TemplateResult {
    return html`<div part="base" class="base">
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${this.renderPhase()}
    </div>`;
  }

  private renderPhase(): TemplateResult {
    switch (this.phase) {
      case 'loading':
        return html`<div class="loading" aria-busy="true">
          <p class="visually-hidden">${msg('Loading the course…')}</p>
          <div class="skeleton skeleton-title"></div>
          <div class="skeleton skeleton-text"></div>
        </div>`;
      case 'no-course':
        return html`<div class="notice">
          <p>${msg('Choose a course first. Then you can send an enrolment request here.')}</p>
          ${this.catalogueLink()}
        </div>`;
      case 'load-error':
        return html`<div class="notice error" id="load-error" tabindex="-1" role="alert">
          <p>${this.loadError ? describeFailure(this.loadError) : ''}</p>
          ${this.loadError ? this.apiDetail(this.loadError) : nothing}
          <p class="actions">
            <button type="button" class="button" @click=${this.retryLoad}>${msg('Try again')}</button>
            ${this.catalogueLink()}
          </p>
        </div>`;
      case 'intro':
        return html`${this.renderCourse()} ${this.renderState()}`;
      case 'form':
        return this.renderForm();
      case 'sent':
        return this.renderDone();
      case 'rejected':
        return html`<div class="notice error" role="alert">
          <p>${msg('We could not send the request. Call or e-mail the adult education centre.')}</p>
        </div>`;
    }
  }

  private catalogueLink(): TemplateResult | typeof nothing {
    return this.catalogueHref
      ? html`<a class="catalogue-link" href=${this.catalogueHref}>${msg('See all courses')}</a>`
      : nothing;
  }

  /** "Language: Finnish" under API text that is not in the interface language. */
  private noteFor(...texts: ({ lang?: string } | undefined)[]) {
    const note = languageNote(this.locale, ...texts);
    return note === nothing ? nothing : html`<p class="lang-note-row">${note}</p>`;
  }

  private renderCourse(compact = false, heading = true): TemplateResult | typeof nothing {
    const c = this.course;
    if (!c) return nothing;
    const when = c.start ? formatDateRange(c.start.instant, c.end?.instant) : undefined;
    const place = c.place?.name;
    const time =
      c.timeOfDay === 'evening' ? msg('Evening group') : c.timeOfDay === 'daytime' ? msg('Daytime group') : '';
    return html`<section class="course ${compact ? 'compact' : ''}" part="course" aria-labelledby="course-title">
      ${
        heading
          ? html`<h3 id="course-title" tabindex="-1" lang=${contentLang(c.name, this.locale)}>${c.name.text}</h3>`
          : html`<p id="course-title" class="course-name" lang=${contentLang(c.name, this.locale)}>${c.name.text}</p>`
      }
      ${this.noteFor(c.name, place)}
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
          place
            ? html`<div>
                <dt>${msg('Place')}</dt>
                <dd lang=${contentLang(place, this.locale)}>${place.text}</dd>
              </div>`
            : nothing
        }
        ${courseFacts(c, this.locale)}
      </dl>
    </section>`;
  }

  private blockedText(): string {
    const reg = this.registration;
    switch (this.blocked) {
      case 'upcoming':
        return reg?.enrolment.start
          ? msg(
              str`Enrolment opens on ${isolateLtr(formatDateTime(reg.enrolment.start), this.direction)}. Come back then.`,
            )
          : msg('Enrolment has not opened yet. Come back later.');
      case 'closed':
        return msg('Enrolment for this course has closed. Look for another course, or ask us about the next one.');
      case 'full':
        return msg('This course is full. The waiting list is full too. Look for another course.');
      case 'no-registration':
        return msg('You cannot enrol in this course online. Call or e-mail the adult education centre.');
      default:
        return '';
    }
  }

  private renderBlocked(): TemplateResult {
    return html`<div class="notice warning" id="blocked" tabindex="-1">
      <p><strong>${this.blockedText()}</strong></p>
      ${this.blockedDetail ? html`<p class="detail">${this.serverWords(this.blockedDetail)}</p>` : nothing}
      ${this.catalogueLink()}
    </div>`;
  }

  private renderState(): TemplateResult {
    const reg = this.registration;
    if (reg?.requiresPayment) return paymentNotice(this.course, reg, this.locale, this.catalogueLink());
    if (this.blocked) return this.renderBlocked();
    // A place still held (the form was cleared) is what "Start" uses: the counts include it as taken.
    const held = this.validHold;
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
      ${reg?.enrolment.end ? html`<p>${msg(str`Enrol by ${isolateLtr(formatDateTime(reg.enrolment.end), this.direction)}.`)}</p>` : nothing}
      ${
        instructions
          ? html`<p class="instructions" lang=${contentLang(instructions, this.locale)}>${instructions.text}</p>
              ${this.noteFor(instructions)}`
          : nothing
      }
      <p>
        ${msg('The form has 5 short steps. It takes about 10 minutes. We hold a seat for you while you fill it in.')}
      </p>
      ${this.holdError ? this.renderHoldError() : nothing}
      <p class="actions">
        <button type="button" class="button" id="start" @click=${this.start}>
          ${waitlist ? msg('Join the waiting list') : msg('Start enrolment')}
        </button>
      </p>
    `;
  }

  private renderHoldError(): TemplateResult {
    return html`<div class="notice error">
      <p>${this.holdError ? describeFailure(this.holdError) : ''}</p>
      ${this.holdError ? this.apiDetail(this.holdError) : nothing}
      ${
        this.holdError && isTransient(this.holdError)
          ? html`<p>${msg('You can go on filling in the form. We try again when you send it.')}</p>`
          : nothing
      }
    </div>`;
  }

  private get view(): FieldView {
    return {
      draft: this.draft,
      error: (k) => this.errorOf(k),
      alerting: (k) => this.alertingKey === k,
    };
  }

  private renderForm(): TemplateResult {
    const last = this.step === STEP_COUNT - 1;
    const blocked = this.blocked;
    return html`
      ${this.renderCourse(true)}
      ${
        this.hold
          ? seatTimer({ msLeft: this.msLeft, inWaitlist: this.hold.inWaitlist, renewing: this.holding })
          : this.holding
            ? seatTimer({ msLeft: undefined, inWaitlist: false, renewing: true })
            : nothing
      }
      ${
        this.hold?.inWaitlist
          ? html`<p class="notice warning waitlist">
              ${msg('The course is full. Your request goes to the waiting list. We contact you if a place becomes free.')}
            </p>`
          : nothing
      }
      ${blocked ? this.renderBlocked() : nothing} ${this.holdError && !blocked ? this.renderHoldError() : nothing}
      <form
        novalidate
        @submit=${this.onSubmit}
        @input=${this.onInput}
        @change=${this.onInput}
        @focusout=${this.onFocusOut}
      >
        ${this.summary ? errorSummary(this.summary, this.followSummary) : nothing} ${stepIndicator(this.step)}
        <fieldset class="step">
          <legend>
            <span class="step-of">${stepOfText(this.step)}</span>
            <h3 id="step-title" tabindex="-1">${stepTitle(this.step)}</h3>
          </legend>
          ${this.renderStep()}
        </fieldset>
        <div class="hp" aria-hidden="true">
          <label for="f-website">${msg('Leave this empty')}</label>
          <input id="f-website" name="website" type="text" tabindex="-1" autocomplete="off" />
        </div>
        ${this.sendError ? this.renderSendError() : nothing}
        <div class="nav">
          ${
            this.step > 0
              ? html`<button type="button" class="button secondary" @click=${this.back}>${msg('Back')}</button>`
              : nothing
          }
          <button
            type="submit"
            class="button"
            aria-disabled=${this.sending || blocked ? 'true' : 'false'}
            ?disabled=${!!blocked}
          >
            ${last ? (this.sending ? msg('Sending…') : msg('Send')) : msg('Next')}
          </button>
        </div>
      </form>
      <p class="discard">
        <button type="button" class="link" @click=${this.discard}>${msg('Clear the form and start again')}</button>
      </p>
    `;
  }

  private renderSendError(): TemplateResult {
    const error = this.sendError!;
    return html`<div class="notice error" id="send-error" tabindex="-1" role="alert">
      <p>${describeFailure(error)}</p>
      ${this.apiDetail(error)}
      <p>${msg('Your answers are safe. Nothing was lost.')}</p>
      ${
        isTransient(error)
          ? html`<p>
              <button type="button" class="button" @click=${() => void this.send()}>${msg('Try again')}</button>
            </p>`
          : nothing
      }
    </div>`;
  }

  /** The step fields and answers list, loaded when the form is first shown (see step-fields.ts). */
  @state() private stepFields?: typeof StepFields;
  private stepFieldsLoad?: Promise<void>;

  private loadStepFields(): Promise<void> {
    this.stepFieldsLoad ??= import('./step-fields.js').then(
      (module) => {
        this.stepFields = module;
      },
      () => {
        // Offline: the next render tries again (the form shows a "Loading" line until then).
        this.stepFieldsLoad = undefined;
      },
    );
    return this.stepFieldsLoad;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    // Not done while the step fields the form shows are still on their way.
    while ((this.phase === 'form' || this.phase === 'sent') && !this.stepFields && this.stepFieldsLoad) {
      await this.stepFieldsLoad;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  private renderStep(): TemplateResult {
    const fields = this.stepFields;
    if (!fields) return html``;
    return fields.renderStepFields({
      step: this.step,
      view: this.view,
      ctx: this.ctx,
      locale: this.locale,
      privacyHref: this.privacyHref,
      edit: this.edit,
    });
  }

  private renderDone(): TemplateResult {
    const waitlisted = this.sentStatus === 'waitlisted';
    const message = this.registration?.confirmationMessage;
    return html`<section class="done" part="confirmation" aria-labelledby="done-title">
      <h3 id="done-title" tabindex="-1">
        <span aria-hidden="true">✓</span>
        ${waitlisted ? msg('You are on the waiting list') : msg('Your enrolment request has been sent')}
      </h3>
      ${this.renderCourse(true, false)}
      ${
        message
          ? html`<p class="confirmation-message" lang=${contentLang(message, this.locale)}>${message.text}</p>
              ${this.noteFor(message)}`
          : nothing
      }
      <h4>${msg('What happens next')}</h4>
      <ol class="next">
        ${
          waitlisted
            ? html`<li>${msg('If a place becomes free, we call you or send a text message.')}</li>`
            : html`<li>${msg('We call you or send a text message about an initial assessment.')}</li>`
        }
        <li>${msg('In the assessment we find the right group and study path for you.')}</li>
        <li>${msg('If you have questions, call or e-mail the adult education centre.')}</li>
      </ol>
      <h4>${msg('Your answers')}</h4>
      ${this.stepFields ? this.stepFields.answersList(this.draft, this.ctx, this.locale, undefined, 5) : nothing}
      <p class="actions no-print">
        <button type="button" class="button secondary" @click=${() => window.print()}>${msg('Print')}</button>
      </p>
    </section>`;
  }
}
