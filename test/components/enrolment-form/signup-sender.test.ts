import { expect } from '@open-wc/testing';
import { mockApiForEachTest } from '../../helpers/mock.js';
import { makeHost } from '../../helpers/controller-host.js';
import { SeatHoldController } from '../../../src/components/enrolment-form/seat-hold.js';
import { SignupSender, type SignupSenderOptions } from '../../../src/components/enrolment-form/signup-sender.js';
import { LinkedEventsClient } from '../../../src/api/linked-events/client.js';
import type { HttpFailure, Result } from '../../../src/api/http.js';
import type { AttendeeStatus, SignupResult } from '../../../src/api/linked-events/registration.js';
import { log, waitUntil } from './helpers.js';

const failure = (status: number, fields: Record<string, string[]> = {}): HttpFailure => ({
  kind: 'http',
  status,
  body: { messages: [], fields },
});

describe('SignupSender (sending the enrolment request)', function () {
  this.timeout(20_000);
  const api = mockApiForEachTest();

  /**
   * A sender with a real seat hold on the fake (registration 105) and a signup that
   * answers, in turn, what the test gives it.
   */
  async function setup(answers: Result<SignupResult>[], overrides: Partial<SignupSenderOptions> = {}) {
    const host = await makeHost();
    const client = new LinkedEventsClient({ baseUrl: api.linkedEvents });
    const state = { epoch: 0, blocked: false };
    const seat = new SeatHoldController(host, {
      now: () => Date.now(),
      counting: () => true,
      request: () => client.reserveSeats('105', 1),
      epoch: () => state.epoch,
      announce: () => {},
      onHeld: () => {},
      onRefused: async () => {},
    });
    const seen = { codes: [] as string[], sent: [] as AttendeeStatus[], failures: [] as HttpFailure[], elsewhere: 0 };
    let release: () => void = () => {};
    const gate = { closed: false };
    const sender = new SignupSender(host, {
      seat,
      epoch: () => state.epoch,
      blocked: () => state.blocked,
      prepare: () => ({
        send: async (code) => {
          seen.codes.push(code);
          if (gate.closed) await new Promise<void>((resolve) => (release = resolve));
          return answers.shift()!;
        },
        receivedElsewhere: () => seen.elsewhere++,
      }),
      onSent: (status) => seen.sent.push(status),
      onFailure: async (error) => {
        seen.failures.push(error);
        return error;
      },
      ...overrides,
    });
    return { sender, seat, seen, state, gate, release: () => release() };
  }

  const ok = (status: AttendeeStatus = 'attending'): Result<SignupResult> => ({ ok: true, value: { status } });

  describe('sending once', () => {
    it('holds a seat, sends with its code, and says it was received', async () => {
      const { sender, seat, seen } = await setup([ok()]);
      await sender.send();
      expect(seen.codes).to.deep.equal([seat.hold!.code]);
      expect(seen.sent).to.deep.equal(['attending']);
      expect(sender.state).to.deep.equal({ state: 'idle' });
    });

    it('sends one request for a double click', async () => {
      const { sender, seen, gate, release } = await setup([ok()]);
      gate.closed = true;
      const first = sender.send();
      await waitUntil(() => seen.codes.length === 1, 'on its way');
      expect(sender.busy).to.equal(true);
      await sender.send();
      release();
      await first;
      expect(seen.codes).to.have.length(1);
      expect(seen.sent).to.have.length(1);
    });
  });

  describe('when it fails', () => {
    it('keeps the service’s refusal to show with "Try again", and clears it on reset', async () => {
      const { sender, seen } = await setup([{ ok: false, error: failure(503) }]);
      await sender.send();
      expect(seen.failures).to.have.length(1);
      expect(sender.state).to.deep.include({ state: 'failed', during: 'signup' });
      expect(sender.failure).to.deep.equal({ error: seen.failures[0], takesFocus: true });
      sender.reset();
      expect(sender.state).to.deep.equal({ state: 'idle' });
    });

    it('shows a refused hold as the failure, unless the form explains why enrolment is not possible', async () => {
      const { sender, seen, state } = await setup([]);
      await api.fault({ path: 'seats_reservation/', fault: 'status=503' });
      await sender.send();
      expect(seen.codes, 'nothing sent without a seat').to.deep.equal([]);
      expect(sender.state).to.deep.include({ state: 'failed', during: 'hold' });
      state.blocked = true;
      await api.fault({ path: 'seats_reservation/', fault: 'status=503' });
      await sender.send();
      expect(sender.state).to.deep.equal({ state: 'idle' });
    });

    it('takes a new hold and sends once more when the service says the hold ended', async () => {
      const { sender, seen } = await setup([
        { ok: false, error: failure(400, { reservation_code: ['The reservation has expired.'] }) },
        ok('waitlisted'),
      ]);
      await sender.send();
      expect(seen.codes).to.have.length(2);
      expect(seen.codes[0]).not.to.equal(seen.codes[1]);
      expect(await log(api, 'seats_reservation/')).to.have.length(2);
      expect(seen.sent).to.deep.equal(['waitlisted']);
      expect(seen.failures).to.deep.equal([]);
    });
  });

  describe('when another course is shown meanwhile', () => {
    it('does not report the answer here, and has the received request’s draft removed', async () => {
      const { sender, seen, state, gate, release } = await setup([ok()]);
      gate.closed = true;
      const sending = sender.send();
      await waitUntil(() => seen.codes.length === 1, 'on its way');
      state.epoch++;
      release();
      await sending;
      expect(seen.sent).to.deep.equal([]);
      expect(seen.elsewhere).to.equal(1);
    });
  });
});
