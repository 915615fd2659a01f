/**
 * Sends the enrolment request, as a reactive controller: one request at a time (a double
 * click, or Enter pressed twice, sends one), with a held seat (renewed first when it is
 * about to end, and once more when the service says it ended), and the state of sending
 * for the view. What a refusal means for the form is the form's (`onFailure`).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { HttpFailure, Result } from '../../api/http.js';
import type { AttendeeStatus, SignupResult } from '../../api/linked-events/registration.js';
import type { SeatHoldController } from './seat-hold.js';

/**
 * Nothing sent, a request on its way, or the failure to show with "Try again": while
 * holding a seat for the request (`hold`), or the request itself (`signup`).
 */
export type Sending =
  { state: 'idle' } | { state: 'sending' } | { state: 'failed'; error: HttpFailure; during: 'hold' | 'signup' };

type Failure = Extract<Sending, { state: 'failed' }>;

/** One request, made from what the form holds when the learner sends. */
export interface SignupRequest {
  /** Sends the answers with the hold's reservation code. */
  send(reservationCode: string): Promise<Result<SignupResult>>;
  /** The request was received, but for a course no longer shown: its draft must not come back. */
  receivedElsewhere(): void;
}

export interface SignupSenderOptions {
  seat: SeatHoldController;
  /** Which course is shown (`CourseLoader.epoch`). */
  epoch(): number;
  /** Whether the form already explains why enrolment is not possible. */
  blocked(): boolean;
  /** The request to make; `undefined` while there is no client or registration. */
  prepare(): SignupRequest | undefined;
  /** The request was received. */
  onSent(status: AttendeeStatus): void;
  /** The service refused the request: returns the failure to show with "Try again", if the form does not explain it otherwise. */
  onFailure(error: HttpFailure): Promise<HttpFailure | undefined>;
}

/** A refused request because the hold ended on the server (or was used): a new one is taken. */
export function isHoldProblem(error: HttpFailure): boolean {
  return error.kind === 'http' && error.status === 400 && !!error.body.fields.reservation_code;
}

export class SignupSender implements ReactiveController {
  state: Sending = { state: 'idle' };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SignupSenderOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  get busy(): boolean {
    return this.state.state === 'sending';
  }

  /**
   * The failure to show, if any. A failed request takes focus (the learner pressed Send and
   * waits there: the notice is heard through focus, not also as an alert); a refused seat
   * hold is only announced.
   */
  get failure(): { error: HttpFailure; takesFocus: boolean } | undefined {
    const s = this.state;
    return s.state === 'failed' ? { error: s.error, takesFocus: s.during === 'signup' } : undefined;
  }

  /** The failure shown is no longer relevant (a cleared form, another course). A request on its way goes on. */
  reset(): void {
    if (this.state.state === 'failed') this.set({ state: 'idle' });
  }

  /** Sends once (a second call while sending is ignored). */
  async send(): Promise<void> {
    if (this.busy) return;
    this.set({ state: 'sending' });
    let failure: Failure | undefined;
    try {
      failure = await this.attempt();
    } finally {
      this.set(failure ?? { state: 'idle' });
    }
  }

  private async attempt(): Promise<Failure | undefined> {
    const request = this.options.prepare();
    if (!request) return undefined;
    const { seat } = this.options;
    const epoch = this.options.epoch();
    let hold = seat.validHold ?? (await seat.reserve(true));
    if (!hold) return this.noSeat();
    let result = await request.send(hold.code);
    if (!result.ok && isHoldProblem(result.error) && epoch === this.options.epoch()) {
      // The hold ended on the server (or was used): take a new one and send once more.
      seat.drop();
      hold = await seat.reserve();
      if (!hold) return this.noSeat();
      result = await request.send(hold.code);
    }
    if (epoch !== this.options.epoch()) {
      // The portal showed another course meanwhile. A request that was received must not
      // come back as that course's draft, to be sent twice.
      if (result.ok) request.receivedElsewhere();
      return undefined;
    }
    if (result.ok) {
      this.options.onSent(result.value.status);
      return undefined;
    }
    const error = await this.options.onFailure(result.error);
    return error && { state: 'failed', error, during: 'signup' };
  }

  /** No seat could be held: the refusal is shown here, unless the form explains it as not possible. */
  private noSeat(): Failure | undefined {
    const refusal = this.options.seat.refusal;
    return refusal && !this.options.blocked() ? { state: 'failed', error: refusal, during: 'hold' } : undefined;
  }

  private set(state: Sending): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
