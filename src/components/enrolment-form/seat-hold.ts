/**
 * The seat held for the learner while they fill in the form, as a reactive controller:
 * one hold request at a time, however often it is asked; the minutes left; the warning
 * three minutes before the end; and a new hold when the old one ends. Its 1 s timer runs
 * only while there is a hold to count down, in the form, on the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import type { HttpFailure, Result } from '../../api/http.js';
import type { SeatHold as Reservation } from '../../api/linked-events/registration.js';
import type { StoredHold } from './draft-store.js';
import { WARN_BEFORE_MS } from './seat-timer.js';

/** Time left below which a held seat is renewed before sending rather than trusted. */
export const HOLD_MARGIN_MS = 5_000;

/** What the learner has: no seat (yet), a held one, or the service's refusal of the last request. */
export type Seat = { state: 'none' } | { state: 'held'; hold: StoredHold } | { state: 'refused'; error: HttpFailure };

export interface SeatHoldOptions {
  /** The clock (epoch ms). */
  now(): number;
  /** Whether the hold counts down: the learner is in the form. */
  counting(): boolean;
  /** Asks the service for one seat; `undefined` while there is no client or registration. */
  request(): Promise<Result<Reservation>> | undefined;
  /** Which course is shown (`CourseLoader.epoch`): a hold of a course no longer shown is dropped. */
  epoch(): number;
  /** Says `text()` (made in the form's locale) in the live region. */
  announce(text: () => string): void;
  /** A new hold was taken: it is kept with the draft. */
  onHeld(): void;
  /** The service refused a hold: the form explains why. */
  onRefused(error: HttpFailure): Promise<unknown>;
}

export class SeatHoldController implements ReactiveController {
  seat: Seat = { state: 'none' };
  /** A hold is being asked for (a first one, a renewal, or again after a refusal). */
  reserving = false;
  /** The time left, in whole minutes rounded up (the timer renders once a minute, not once a second). */
  msLeft?: number;

  private warned = false;
  private timer?: ReturnType<typeof setInterval>;
  private connected = false;
  private pending?: Promise<StoredHold | undefined>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SeatHoldOptions,
  ) {
    host.addController(this);
  }

  /** The learner's hold, if any. */
  get hold(): StoredHold | undefined {
    return this.seat.state === 'held' ? this.seat.hold : undefined;
  }

  /** The service's refusal of the last request, until a hold is granted. */
  get refusal(): HttpFailure | undefined {
    return this.seat.state === 'refused' ? this.seat.error : undefined;
  }

  /** The learner's hold, when it still has more than `HOLD_MARGIN_MS` to run. */
  get validHold(): StoredHold | undefined {
    const hold = this.hold;
    return hold && hold.deadline - this.options.now() > HOLD_MARGIN_MS ? hold : undefined;
  }

  hostConnected(): void {
    this.connected = true;
    this.syncTimer();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.syncTimer();
  }

  hostUpdated(): void {
    this.syncTimer();
  }

  /** Whether the 1 s timer runs (for tests and the lifetime checks). */
  get ticking(): boolean {
    return this.timer !== undefined;
  }

  /** A hold brought back with the draft (or none): the timer counts it down. */
  restore(hold: StoredHold | undefined): void {
    if (hold) this.set({ state: 'held', hold });
    else if (this.seat.state === 'held') this.set({ state: 'none' });
  }

  /** The hold ended on the server (or was used): it is no longer the learner's. */
  drop(): void {
    if (this.seat.state === 'held') this.set({ state: 'none' });
  }

  /** Another course is shown: nothing of this hold carries over. */
  forget(): void {
    this.pending = undefined;
    this.reserving = false;
    this.msLeft = undefined;
    this.warned = false;
    this.set({ state: 'none' });
  }

  /** Holds a seat (one request at a time, however often it is asked). */
  reserve(renewal = false): Promise<StoredHold | undefined> {
    if (!this.pending) {
      const pending = this.ask(renewal).finally(() => {
        if (this.pending === pending) this.pending = undefined;
      });
      this.pending = pending;
    }
    return this.pending;
  }

  /** Once a second: the minutes shown, the warning, and a new hold when the old one ends. */
  tick(): void {
    this.syncTimer();
    const hold = this.hold;
    if (!this.options.counting() || !hold) {
      this.setLeft(undefined);
      return;
    }
    const left = hold.deadline - this.options.now();
    this.setLeft(Math.max(0, Math.ceil(left / 60_000) * 60_000));
    if (left <= 0) {
      this.set({ state: 'none' });
      this.warned = false;
      void this.reserve(true);
      return;
    }
    if (left <= WARN_BEFORE_MS && !this.warned) {
      this.warned = true;
      this.options.announce(() => msg('Your seat is held for 3 more minutes. Send soon. What you typed stays here.'));
    }
  }

  private async ask(renewal: boolean): Promise<StoredHold | undefined> {
    const epoch = this.options.epoch();
    const started = this.options.now();
    const request = this.options.request();
    if (!request) return undefined;
    this.reserving = true;
    this.host.requestUpdate();
    const result = await request;
    // A hold of a course no longer shown is not the learner's hold here.
    if (epoch !== this.options.epoch()) return undefined;
    this.reserving = false;
    if (!result.ok) {
      this.set({ state: 'refused', error: result.error });
      await this.options.onRefused(result.error);
      return undefined;
    }
    const r = result.value;
    // The hold lasts `expires - reserved` on the server's clock; count it on ours.
    const length = r.reserved !== undefined ? r.expires - r.reserved : r.expires - Date.now();
    const hold = { id: r.id, code: r.code, inWaitlist: r.inWaitlist, deadline: started + length };
    this.set({ state: 'held', hold });
    this.warned = false;
    this.options.onHeld();
    this.tick();
    if (renewal) {
      this.options.announce(() =>
        r.inWaitlist
          ? msg('The time ran out. We hold a new place on the waiting list for you. What you typed is still here.')
          : msg('The time ran out. We hold a new seat for you. What you typed is still here.'),
      );
    }
    return hold;
  }

  private set(seat: Seat): void {
    this.seat = seat;
    this.host.requestUpdate();
    this.syncTimer();
  }

  private setLeft(ms: number | undefined): void {
    if (ms === this.msLeft) return;
    this.msLeft = ms;
    this.host.requestUpdate();
  }

  /** The timer runs while there is a hold to count down, in the form, on the page. */
  private syncTimer(): void {
    const wanted = this.connected && this.hold !== undefined && this.options.counting();
    if (wanted && !this.timer) this.timer = setInterval(() => this.tick(), 1000);
    else if (!wanted && this.timer) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
  }
}
