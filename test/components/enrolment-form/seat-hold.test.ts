import { expect } from '@open-wc/testing';
import { mockApiForEachTest } from '../../helpers/mock.js';
import { makeHost, type ControllerHost } from '../../helpers/controller-host.js';
import { SeatHoldController, type SeatHoldOptions } from '../../../src/components/enrolment-form/seat-hold.js';
import { LinkedEventsClient } from '../../../src/api/linked-events/client.js';
import type { HttpFailure } from '../../../src/api/http.js';
import { log, waitUntil } from './helpers.js';

describe('SeatHoldController (the seat held while the learner fills in the form)', function () {
  this.timeout(20_000);
  const api = mockApiForEachTest();

  /** A hold of registration 105 (open) on `host`, with a clock the test moves. */
  function holdOn(host: ControllerHost, overrides: Partial<SeatHoldOptions> = {}) {
    const client = new LinkedEventsClient({ baseUrl: api.linkedEvents });
    const seen = { announced: [] as string[], held: 0, refused: [] as HttpFailure[] };
    const state = { skew: 0, counting: true, epoch: 0 };
    const seat = new SeatHoldController(host, {
      now: () => Date.now() + state.skew,
      counting: () => state.counting,
      request: () => client.reserveSeats('105', 1),
      epoch: () => state.epoch,
      announce: (text) => seen.announced.push(text()),
      onHeld: () => seen.held++,
      onRefused: async (error) => {
        seen.refused.push(error);
      },
      ...overrides,
    });
    return { seat, seen, state };
  }

  const reservations = async () => (await log(api, 'seats_reservation/')).length;

  describe('its timer', () => {
    it('does not run before there is a hold, runs while there is one, and stops when the form leaves the page', async () => {
      const host = await makeHost();
      const { seat } = holdOn(host);
      expect(seat.ticking, 'no hold: no timer').to.equal(false);
      await seat.reserve();
      expect(seat.ticking).to.equal(true);
      host.remove();
      expect(seat.ticking, 'off the page').to.equal(false);
      document.body.append(host);
      expect(seat.ticking, 'back on the page').to.equal(true);
      seat.forget();
      expect(seat.ticking, 'the hold forgotten').to.equal(false);
      host.remove();
    });

    it('does not count down outside the form', async () => {
      const host = await makeHost();
      const { seat, state } = holdOn(host);
      state.counting = false;
      await seat.reserve();
      await host.updateComplete;
      expect(seat.hold).not.to.equal(undefined);
      expect(seat.ticking).to.equal(false);
      expect(seat.msLeft).to.equal(undefined);
    });
  });

  describe('holding a seat', () => {
    it('asks once however often it is asked, and counts the minutes left', async () => {
      const { seat, seen } = holdOn(await makeHost());
      const asks = [seat.reserve(), seat.reserve(), seat.reserve()];
      expect(seat.reserving).to.equal(true);
      const holds = await Promise.all(asks);
      expect(new Set(holds).size).to.equal(1);
      expect(await reservations()).to.equal(1);
      expect(seat.seat.state).to.equal('held');
      expect(seat.reserving).to.equal(false);
      expect(seen.held).to.equal(1);
      expect(seat.msLeft! % 60_000).to.equal(0);
      expect(seat.msLeft).to.be.greaterThan(0);
      expect(seat.validHold).to.equal(seat.hold);
    });

    it('keeps the service’s refusal until a hold is granted, and lets the form explain it', async () => {
      const { seat, seen } = holdOn(await makeHost());
      await api.fault({ path: 'seats_reservation/', fault: 'status=503' });
      expect(await seat.reserve()).to.equal(undefined);
      expect(seat.seat.state).to.equal('refused');
      expect(seat.refusal?.kind === 'http' && seat.refusal.status).to.equal(503);
      expect(seen.refused).to.have.length(1);
      await seat.reserve();
      expect(seat.seat.state).to.equal('held');
      expect(seat.refusal).to.equal(undefined);
    });

    it('drops a hold that comes for a course no longer shown', async () => {
      const { seat, state } = holdOn(await makeHost());
      const asking = seat.reserve();
      state.epoch++;
      expect(await asking).to.equal(undefined);
      expect(seat.seat.state).to.equal('none');
    });
  });

  describe('as the time runs out', () => {
    it('warns once, three minutes before the end', async () => {
      const { seat, seen, state } = holdOn(await makeHost());
      await seat.reserve();
      state.skew = seat.hold!.deadline - Date.now() - 2 * 60_000;
      seat.tick();
      seat.tick();
      expect(seen.announced).to.deep.equal([
        'Your seat is held for 3 more minutes. Send soon. What you typed stays here.',
      ]);
      expect(seat.validHold).not.to.equal(undefined);
    });

    it('takes a new hold when the old one ends, and says so', async () => {
      const { seat, seen, state } = holdOn(await makeHost());
      const first = await seat.reserve();
      state.skew = first!.deadline - Date.now() + 1_000;
      await waitUntil(() => seat.hold && seat.hold.id !== first!.id, 'renewed by the timer');
      expect(await reservations()).to.equal(2);
      expect(seen.announced).to.include('The time ran out. We hold a new seat for you. What you typed is still here.');
    });

    it('does not trust a hold about to end for sending', async () => {
      const { seat, state } = holdOn(await makeHost());
      await seat.reserve();
      state.skew = seat.hold!.deadline - Date.now() - 4_000;
      expect(seat.hold).not.to.equal(undefined);
      expect(seat.validHold).to.equal(undefined);
    });
  });

  describe('a hold brought back with the draft', () => {
    it('counts down a restored hold, and drop() ends it', async () => {
      const { seat } = holdOn(await makeHost());
      seat.restore({ id: 'h1', code: 'c1', inWaitlist: false, deadline: Date.now() + 10 * 60_000 });
      seat.tick();
      expect(seat.msLeft).to.equal(10 * 60_000);
      expect(seat.ticking).to.equal(true);
      seat.drop();
      expect(seat.seat.state).to.equal('none');
      expect(seat.ticking).to.equal(false);
    });
  });
});
