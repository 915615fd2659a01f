import { expect } from '@open-wc/testing';
import { mockApiForEachTest, type MockApi } from '../helpers/mock.js';
import { toZoned } from '../../src/shared/time.js';

interface Page {
  meta: { count: number };
  data: { id: string; name: Record<string, string>; start_time: string; end_time: string | null }[];
}
const list = async (api: MockApi, q: string): Promise<Page> =>
  (await fetch(`${api.linkedEvents}event/?event_type=Course&page_size=100&${q}`)).json() as Promise<Page>;

describe('Linked Events fake: editing events and time-of-day filters', () => {
  const api = mockApiForEachTest();

  describe('the event control endpoint', () => {
    it('adds an event that the API then lists and serves like any other', async () => {
      const stored = await api.putEvent({ id: 'porvoo:extra', name: { fi: 'Lisäkurssi', en: 'Extra course' } });
      expect(stored.id).to.equal('porvoo:extra');
      const found = await list(api, 'text=Extra course');
      expect(found.data.map((e) => e.id)).to.deep.equal(['porvoo:extra']);
      const one = await fetch(`${api.linkedEvents}event/porvoo:extra/`);
      expect(one.status).to.equal(200);
      expect((await list(api, '')).meta.count).to.equal(37);
    });

    it('patches fields of an existing event, leaving the rest', async () => {
      await api.putEvent({ id: 'porvoo:koto-01', event_status: 'EventCancelled' });
      const cancelled = await list(api, 'event_status=EventCancelled');
      expect(cancelled.data.map((e) => e.id)).to.include('porvoo:koto-01');
      expect((await list(api, '')).meta.count).to.equal(36);
    });

    it('refuses an event without an id', async () => {
      const res = await fetch(`/mock-api/${api.tenant}/__control/linked-events/event`, {
        method: 'POST',
        body: JSON.stringify({ name: { fi: 'x' } }),
      });
      expect(res.status).to.equal(400);
    });
  });

  describe('starts_after and ends_before (hours of the local day)', () => {
    it('splits evening courses from daytime ones, in Helsinki time', async () => {
      const all = await list(api, '');
      const evening = await list(api, 'starts_after=16');
      const daytime = await list(api, 'ends_before=17');
      expect(evening.meta.count).to.be.greaterThan(0);
      expect(daytime.meta.count).to.be.greaterThan(0);
      expect(evening.meta.count + daytime.meta.count).to.be.at.most(all.meta.count);
      for (const e of evening.data) expect(toZoned(Date.parse(e.start_time)).hour).to.be.at.least(16);
      for (const e of daytime.data) expect(toZoned(Date.parse(e.end_time!)).hour).to.be.below(17);
      expect((await fetch(`${api.linkedEvents}event/?event_type=Course&starts_after=late`)).status).to.equal(400);
    });
  });
});
