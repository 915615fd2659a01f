import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { KotoElement } from '../../shared/koto-element.js';
import type { EnrolmentClient } from '../../api/linked-events/client.js';
import type { AttendeeStatus } from '../../api/linked-events/registration.js';
import type { HttpFailure } from '../../api/http.js';
import { isoDateOf } from '../../shared/time.js';
import {
  checkContext,
  firstInvalidStep,
  keyOf,
  toSignupGroup,
  STEP_COUNT,
  type CheckContext,
  type Draft,
  type FieldKey,
} from './draft.js';
import { clearDraft } from './draft-store.js';
import { DraftController } from './draft-controller.js';
import { anchorId } from './anchor.js';
import type { AnswerChecks } from './answer-checks.js';
import { StepFieldsLoader } from './step-fields-loader.js';
import { KotoEnrolmentSubmittedEvent } from './events.js';
import { styles } from './enrolment-form.styles.js';
import { CourseLoader } from './course-loader.js';
import { SeatHoldController } from './seat-hold.js';
import { SignupSender } from './signup-sender.js';
import type { ClearQuestion } from './clear-control.js';
import { blockedBy, blockedByRefusal, isHardBlock, stoppedBy, type Blocked, type Phase } from './phase.js';
import {
  blockedText,
  doneView,
  formView,
  introView,
  loadErrorView,
  loadingView,
  noCourseView,
  rejectedView,
  type FormContext,
} from './views.js';

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
 * @slot contact - How to reach the adult education centre, shown where the form tells the learner to get in touch
 *   (the confirmation, "enrolment closed" and the like); replaces the links of `contact-phone` and `contact-email`.
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
 * @csspart contact - The phone and e-mail links of `contact-phone` and `contact-email`.
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

  /** The adult education centre's phone number, shown as a `tel:` link where the learner is told to get in touch (`019 520 0000`). */
  @property({ attribute: 'contact-phone' }) contactPhone?: string;

  /** The adult education centre's e-mail address, shown as a `mailto:` link beside the phone number. */
  @property({ attribute: 'contact-email' }) contactEmail?: string;

  /** Any data source that implements `EnrolmentClient`; by default a Linked Events client on `api-base`. */
  @property({ attribute: false }) client?: EnrolmentClient;

  /** The clock (epoch ms) used for the seat-hold timer and age checks; tests may replace it. */
  @property({ attribute: false }) now: () => number = () => Date.now();

  @state() private phase: Phase = { kind: 'loading' };
  @state() private blocked?: Blocked;
  /** "Try again" on the load error was used from the keyboard: focus goes to what loads. */
  private focusWhenLoaded = false;
  /** The same for the registration's "Try again": its error, if it comes again, takes focus (no alert). */
  private registrationRetried = false;
  private starting = false;

  private readonly loader = new CourseLoader(this, {
    given: () => this.client,
    base: () => this.resolvedApiBase,
    courseId: () => this.event,
    locale: () => this.locale,
    onNoCourse: (kind) => (this.phase = { kind }),
    onFreshStart: () => {
      if (this.drafts.courseChanged()) this.forgetCourse();
      this.phase = { kind: 'loading' };
    },
    onError: (error) => (this.phase = { kind: 'load-error', error }),
    onLoaded: () => ((this.blocked = stoppedBy(this.loader.course) ?? this.blocked), (this.phase = { kind: 'intro' })),
    // A draft that may come back needs the step fields: asked for beside the registration.
    prepare: () => this.drafts.mayComeBack() && Promise.all([this.stepFields.load(), this.stringsLoaded()]),
    onRegistrationLoaded: () => this.showLoaded(),
  });

  private readonly seat = new SeatHoldController(this, {
    now: () => this.now(),
    counting: () => this.phase.kind === 'form',
    request: () => {
      const api = this.loader.client;
      const reg = this.loader.registration;
      return api && reg ? api.reserveSeats(reg.id, 1, { language: this.locale, locale: this.locale }) : undefined;
    },
    epoch: () => this.loader.epoch,
    announce: (text) => this.announce(this.inLocale(text)),
    onHeld: () => this.persist(),
    onRefused: (error) => this.explainRefusal(error),
  });

  private readonly sender = new SignupSender(this, {
    seat: this.seat,
    epoch: () => this.loader.epoch,
    blocked: () => !!this.blocked,
    prepare: () => {
      const api = this.loader.client;
      const registration = this.loader.registration;
      if (!api || !registration) return undefined;
      const key = this.drafts.key!;
      const opts = { language: this.locale, locale: this.locale };
      return {
        send: (code) =>
          api.signup(
            toSignupGroup(this.drafts.draft, { registration, reservationCode: code, serviceLanguage: this.locale }),
            opts,
          ),
        receivedElsewhere: () => clearDraft(key),
      };
    },
    onSent: (status) => this.done(status),
    onFailure: (error) => this.handleSendFailure(error),
  });

  private readonly drafts: DraftController = new DraftController(this, {
    scope: () => this.resolvedApiBase ?? 'client',
    courseId: () => this.loader.courseId,
  });
  private readonly stepFields = new StepFieldsLoader(this, this.focusFrom);
  /** Made with the step fields' module, where they live (the form shows no fields without them). */
  private clearQuestion?: ClearQuestion;
  private checks?: AnswerChecks;

  private get ctx(): CheckContext {
    const start = this.loader.course?.start;
    return checkContext(this.loader.registration, isoDateOf(this.now()), start ? isoDateOf(start.instant) : undefined);
  }

  protected override willUpdate(): void {
    const fields = this.stepFields.module;
    if (this.phase.kind === 'form' || this.phase.kind === 'sent') this.stepFields.prefetch();
    this.clearQuestion ??= fields && new fields.ClearQuestion(this, (selector) => this.focusAfterUpdate(selector));
    if (fields)
      this.checks ??= new fields.AnswerChecks(this, {
        draft: () => this.drafts.draft,
        ctx: () => this.ctx,
        locale: () => this.locale,
        inLocale: (fn) => this.inLocale(fn),
        focusSummary: () => this.focusAfterUpdate('#error-summary-title'),
        movingFocus: () => this.movingFocus,
      });
    if (this.focusWhenLoaded && this.phase.kind !== 'loading') {
      this.focusWhenLoaded = false;
      if (this.phase.kind === 'load-error') this.phase = { ...this.phase, focused: true };
      this.focusAfterUpdate(this.phase.kind === 'load-error' ? '#load-error' : '#course-title');
    }
  }

  // ----- the course and whether enrolment is open ----------------------------------------

  /**
   * A portal may switch `event` in place: nothing of the previous course may carry over (its
   * registration would get the new hold and the signup). Its draft is not lost: every change
   * was saved under that course's own key, and comes back when that course is shown again.
   */
  private forgetCourse(): void {
    this.loader.forget();
    this.seat.forget();
    this.sender.reset();
    this.blocked = undefined;
    this.registrationRetried = false;
    this.forgetAnswers();
  }

  /** An empty form on its first step: nothing typed, no errors, no question pending. */
  private forgetAnswers(): void {
    this.drafts.reset();
    this.clearQuestion?.close();
    this.checks?.clear();
  }

  /** A fresh registration is known: the form as it was, with its fields and words (`prepare`), or the start page. */
  private showLoaded(): void {
    const { course, registration } = this.loader;
    const blocked = (this.blocked = blockedBy(registration, this.blocked, course));
    const { stored, restore } = this.drafts.comingBack(isHardBlock(blocked, registration));
    const hold = stored?.hold && stored.hold.deadline > this.now() ? stored.hold : undefined;
    if (restore) {
      this.drafts.restore(restore);
      this.seat.restore(hold);
      // In the form, "full" is decided by the hold, not by the counts: a place the learner
      // holds counts as taken there. Without a hold, a new one is tried now; refused, it is explained.
      if (this.blocked?.reason === 'full') this.blocked = undefined;
      this.phase = { kind: 'form' };
      this.announce(this.inLocale(() => msg('We brought back what you typed before.')));
      if (!this.seat.hold) void this.seat.reserve();
      this.seat.tick();
    } else {
      // Nothing stored, cleared, or nothing to fill in: the start page and an empty form. (A course
      // switched in place was forgotten before loading; a hold of this one is kept for "Start",
      // and so is the hold of a cleared form across a reload.)
      if (stored?.cleared && hold) {
        this.seat.restore(hold);
        if (this.blocked?.reason === 'full') this.blocked = undefined;
      }
      this.forgetAnswers();
      this.phase = { kind: 'intro' };
    }
  }

  /**
   * "Try again" after a failed load. The notice and its button give way to the loading
   * state, and focus would fall to the top of the host page: when the learner was in the
   * notice, focus goes to the course once it is there, or to the new notice.
   */
  private retryLoad = (): void => {
    this.focusWhenLoaded = !!this.shadowRoot?.activeElement?.closest('#load-error');
    void this.loader.retry();
  };

  /** "Try again" for the registration alone; from the keyboard, focus goes to what comes in its place. */
  private retryRegistration = (e: Event): void => {
    const targets = ['#start', '#blocked', '#payment', '#step-title', '#registration-error'];
    this.registrationRetried = this.focusAfterUpdateFrom(e.currentTarget as Element, ...targets);
    void this.loader.retryRegistration();
  };

  /** 409 (not open / closed) and "no seats" get their own explanation; the draft stays. */
  private async explainRefusal(error: HttpFailure): Promise<boolean> {
    if (!blockedByRefusal(error, undefined)) return false;
    const epoch = this.loader.epoch;
    if (await this.loader.refreshRegistration())
      this.blocked = blockedBy(this.loader.registration, this.blocked, this.loader.course);
    // The portal switched to another course meanwhile: this refusal is not about it.
    if (epoch !== this.loader.epoch) return true;
    this.blocked = blockedByRefusal(error, this.blocked);
    // The Send (or Next) button the learner used is disabled now, and focus would fall to
    // the page: it goes to the explanation. (A hold refused while typing leaves focus be.)
    const focused = this.shadowRoot?.activeElement;
    if (this.phase.kind === 'form' && (this.sender.busy || focused?.matches('button[type="submit"]')))
      this.focusAfterUpdate('#blocked');
    this.announce(this.inLocale(() => blockedText(this.viewContext)));
    return true;
  }

  // ----- input --------------------------------------------------------------------

  private onInput = (e: Event): void => {
    const target = e.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    const name = target.name as keyof Draft;
    if (!(name in this.drafts.draft)) return;
    const value = target instanceof HTMLInputElement && target.type === 'checkbox' ? target.checked : target.value;
    this.drafts.draft = { ...this.drafts.draft, [name]: value };
    this.persist();
    this.checks?.changed(keyOf(name, this.drafts.draft)!, target);
  };

  private onFocusOut = (e: FocusEvent): void => this.checks?.left(e);

  private followSummary = (target: string): void => {
    this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(target)}`)?.focus();
  };

  // ----- moving through the form -------------------------------------------------------

  private goTo(step: number, focus?: string): void {
    this.drafts.step = step;
    this.clearQuestion?.close();
    this.checks?.hideSummary();
    this.persist();
    this.focusAfterUpdate(`#${CSS.escape(focus ?? 'step-title')}`);
  }

  private onSubmit = (e: Event): void => {
    e.preventDefault();
    // Shoelace waits a tick on Enter so an IME composition can end; a submit event comes after it anyway.
    if (this.drafts.step < STEP_COUNT - 1) {
      if (this.checks?.checkStep(this.drafts.step)) this.goTo(this.drafts.step + 1);
    } else {
      void this.send();
    }
  };

  private back = (): void => {
    this.goTo(Math.max(0, this.drafts.step - 1));
  };

  private edit = (step: number, key: FieldKey): void => {
    this.goTo(step, anchorId(key, this.drafts.draft));
  };

  private start = async (): Promise<void> => {
    // The step fields load on "Start" (most only read the course); offline, "Try again" stands where they go.
    if (this.starting) return;
    this.starting = true;
    try {
      await this.stepFields.load();
    } finally {
      this.starting = false;
    }
    if (this.phase.kind !== 'intro') return;
    this.phase = { kind: 'form' };
    this.drafts.step = 0;
    this.persist();
    this.focusAfterUpdate('#step-title');
    // After "Clear the form and start again" the seat is still the learner's: a second hold
    // would take another place (on the last seat, one on the waiting list).
    if (this.seat.validHold) this.seat.tick();
    else {
      this.seat.drop();
      void this.seat.reserve();
    }
  };

  private discard = (): void => {
    // The seat stays the learner's across a reload too.
    this.drafts.clear(this.seat.validHold);
    this.forgetAnswers();
    this.sender.reset();
    this.phase = { kind: 'intro' };
    this.focusAfterUpdate('#course-title');
    this.announce(this.inLocale(() => msg('We cleared the form.')));
  };

  private persist(): void {
    if (this.phase.kind === 'form') this.drafts.save(this.seat.hold);
  }

  // ----- sending ---------------------------------------------------------------------

  private send = async (): Promise<void> => {
    // A double click, or Enter pressed twice, sends one request.
    if (this.sender.busy) return;
    const invalid = firstInvalidStep(this.drafts.draft, this.ctx);
    if (invalid >= 0 && invalid !== this.drafts.step) {
      this.drafts.step = invalid;
      this.checks?.checkStep(this.drafts.step);
      return;
    }
    if (!this.checks?.checkStep(this.drafts.step)) return;
    const honeypot = this.renderRoot.querySelector<HTMLInputElement>('#f-website');
    if (honeypot?.value) {
      // A person never sees this field; a simple bot fills it. Nothing is sent.
      this.phase = { kind: 'rejected' };
      return;
    }
    await this.sender.send();
    // The request failed (not the seat hold for it): focus goes to the explanation and "Try again".
    if (this.sender.failure?.takesFocus) this.focusAfterUpdate('#send-error');
  };

  /** A refused request: explained, put on its fields, or returned to show with "Try again". */
  private async handleSendFailure(error: HttpFailure): Promise<HttpFailure | undefined> {
    if (await this.explainRefusal(error)) return undefined;
    if (error.kind === 'http' && error.status === 400) {
      const step = this.checks?.showServerErrors(error);
      if (step !== undefined) this.drafts.step = step;
      return undefined;
    }
    return error;
  }

  private done(status: AttendeeStatus): void {
    const id = this.loader.courseId!;
    this.drafts.clear();
    this.phase = { kind: 'sent', status };
    this.seat.drop();
    this.focusAfterUpdate('#done-title');
    this.dispatchEvent(new KotoEnrolmentSubmittedEvent({ courseId: this.loader.course?.id ?? id, status }));
  }

  // ----- rendering -------------------------------------------------------------------

  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    // Not done while the step fields the form shows are still on their way.
    while ((this.phase.kind === 'form' || this.phase.kind === 'sent') && this.stepFields.loading) {
      await this.stepFields.pending;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  private get viewContext(): FormContext {
    return {
      locale: this.locale,
      direction: this.direction,
      catalogueHref: this.catalogueHref,
      course: this.loader.course,
      registration: this.loader.registration,
      blocked: this.blocked,
      contactPhone: this.contactPhone,
      contactEmail: this.contactEmail,
    };
  }

  override render(): TemplateResult {
    return html`<div part="base" class="base">
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${this.renderPhase()}
    </div>`;
  }

  private renderPhase(): TemplateResult {
    const ctx = this.viewContext;
    const phase = this.phase;
    switch (phase.kind) {
      case 'loading':
        return loadingView();
      case 'no-course':
      case 'not-set-up':
        return noCourseView(ctx, phase.kind === 'not-set-up');
      case 'load-error':
        return loadErrorView(ctx, phase.error, this.retryLoad, !phase.focused);
      case 'intro': {
        const pending = this.loader.registrationPending;
        const retry = this.retryRegistration;
        return introView(ctx, {
          held: this.seat.validHold,
          refusal: this.seat.refusal,
          start: this.start,
          pending: pending && { ...pending, alert: !this.registrationRetried, retry },
        });
      }
      case 'form':
        return formView(ctx, {
          step: this.drafts.step,
          hold: this.seat.hold,
          reserving: this.seat.reserving,
          msLeft: this.seat.msLeft,
          refusal: this.seat.refusal,
          summary: this.checks?.summary,
          fields: this.stepFields.render(() => ({
            step: this.drafts.step,
            view: this.checks!.view(this.drafts.draft),
            ctx: this.ctx,
            locale: this.locale,
            privacyHref: this.privacyHref,
            edit: this.edit,
          })),
          sending: this.sender.busy,
          sendFailure: this.sender.failure,
          onSubmit: this.onSubmit,
          onInput: this.onInput,
          onFocusOut: this.onFocusOut,
          followSummary: this.followSummary,
          back: this.back,
          retrySend: () => void this.send(),
          clear: this.clearQuestion ? this.stepFields.module!.clearControl(this.clearQuestion, this.discard) : nothing,
        });
      case 'sent':
        return doneView(
          ctx,
          phase.status,
          this.stepFields.module
            ? this.stepFields.module.answersList(this.drafts.draft, this.ctx, this.locale, undefined, 5)
            : nothing,
        );
      case 'rejected':
        return rejectedView(ctx);
    }
  }
}
