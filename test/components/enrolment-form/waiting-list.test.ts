import { expect } from '@open-wc/testing';
import { mockApiForEachTest } from '../../helpers/mock.js';
import { makeForm, start, text } from './helpers.js';

/** Seed courses whose limits Linked Events leaves open (null). */
const UNLIMITED = {
  waitingList: 'porvoo:koto-35', // registration 134: every seat taken, waiting list without a limit
  seats: 'porvoo:koto-36', // 135: no limit on seats
};

describe('<koto-enrolment-form> with limits left open', function () {
  // Many requests and renders per test: room for three engines sharing two cores.
  this.timeout(30_000);
  const api = mockApiForEachTest();

  describe('a waiting list without a limit', () => {
    it('takes the request to the waiting list when every seat is taken', async () => {
      const el = await makeForm(api, { event: UNLIMITED.waitingList });
      expect(text(el)).to.contain('Your request goes to the waiting list');
      expect(text(el)).not.to.contain('The waiting list is full too');
      await expect(el).to.be.accessible();
      // The hold is what the server decides: a waiting-list place (sending it is as for any waiting list).
      await start(el);
      expect(text(el)).to.contain('Your place on the waiting list is held');
    });
  });

  describe('no limit on seats', () => {
    it('holds a seat, not a waiting-list place', async () => {
      const el = await makeForm(api, { event: UNLIMITED.seats });
      expect(text(el)).to.contain('Start enrolment');
      expect(text(el)).not.to.match(/full|waiting list/i);
      await start(el);
      expect(text(el)).not.to.contain('waiting list');
    });
  });
});
