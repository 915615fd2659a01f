import { expect } from '@open-wc/testing';
import { mockApi } from '../helpers/mock.js';
import { INTERNAL_HOST, SERIES } from '../../src/mock/quirks.js';

type Json = Record<string, unknown>;
interface Page {
  meta: { count: number; next: string | null; previous: string | null };
  data: Json[];
}

const get = async <T = Json>(url: string, init?: RequestInit): Promise<T> => {
  const res = await fetch(url, init);
  expect(res.status, url).to.equal(200);
  return (await res.json()) as T;
};

const CHANNEL = '00000000-0000-4000-8000-000000000001';

describe('the fake sends real-shaped data on request (src/mock/QUIRKS.md)', () => {
  describe('unexpanded includes', () => {
    it('unexpanded-location: a bare { "@id" } although include=location asked for the place, which is there to fetch', async () => {
      const api = await mockApi({ quirks: ['unexpanded-location'] });
      const page = await get<Page>(`${api.linkedEvents}event/?event_type=Course&include=location&page_size=5`);
      const location = page.data[0]!.location as Json;
      expect(Object.keys(location)).to.deep.equal(['@id']);
      const place = await get(location['@id'] as string);
      expect(place.name).to.be.an('object');
    });

    it('also per request, with the x-koto-mock-quirk header, like a fault', async () => {
      const api = await mockApi();
      const url = `${api.linkedEvents}event/?event_type=Course&include=location&page_size=1`;
      const plain = await get<Page>(url);
      expect(plain.data[0]!.location).to.have.property('name');
      const bare = await get<Page>(url, { headers: { 'x-koto-mock-quirk': 'unexpanded-location' } });
      expect(Object.keys(bare.data[0]!.location as Json)).to.deep.equal(['@id']);
    });
  });

  it('null-end-time: every event has end_time null, its start time kept', async () => {
    const api = await mockApi({ quirks: ['null-end-time'] });
    const page = await get<Page>(`${api.linkedEvents}event/?event_type=Course&page_size=100`);
    expect(page.data.every((e) => e.end_time === null)).to.equal(true);
    expect(page.data.some((e) => typeof e.start_time === 'string' && e.start_time.includes('T'))).to.equal(true);
  });

  describe('series with sub-events', () => {
    it('a recurring super event lists its sub-events, and each sub-event names its super event', async () => {
      const api = await mockApi({ quirks: ['series'] });
      const all = await get<Page>(`${api.linkedEvents}event/?event_type=Course&page_size=100`);
      const ids = all.data.map((e) => e.id);
      expect(ids).to.include.members([SERIES.superEvent, ...SERIES.subEvents]);
      const parent = all.data.find((e) => e.id === SERIES.superEvent)!;
      expect(parent.super_event_type).to.equal('recurring');
      expect((parent.sub_events as Json[]).map((s) => Object.keys(s))).to.deep.equal([['@id'], ['@id'], ['@id']]);
      const child = all.data.find((e) => e.id === SERIES.subEvents[0])!;
      expect((child.super_event as Json)['@id']).to.equal(parent['@id']);
    });

    it('hide_recurring_children leaves the sub-events out before paging; include=sub_events expands them one level', async () => {
      const api = await mockApi({ quirks: ['series'] });
      const all = await get<Page>(`${api.linkedEvents}event/?event_type=Course&page_size=100`);
      const hidden = await get<Page>(
        `${api.linkedEvents}event/?event_type=Course&page_size=100&hide_recurring_children=true&include=location,sub_events`,
      );
      expect(hidden.meta.count).to.equal(all.meta.count - 3);
      expect(hidden.data.map((e) => e.id)).to.not.include.members([...SERIES.subEvents]);
      const parent = hidden.data.find((e) => e.id === SERIES.superEvent)!;
      const subs = parent.sub_events as Json[];
      expect(subs.map((s) => s.id)).to.deep.equal([...SERIES.subEvents]);
      expect(subs.every((s) => typeof s.start_time === 'string' && (s.location as Json).name)).to.equal(true);
      // One level only, as Linked Events does: a sub-event's own sub_events are not expanded.
      expect(subs.every((s) => s.super_event_type === null)).to.equal(true);
      const one = await get<Page>(`${api.linkedEvents}event/?event_type=Course&super_event=${SERIES.superEvent}`);
      expect(one.data.map((e) => e.id).sort()).to.deep.equal([...SERIES.subEvents].sort());
    });
  });

  it('next-host: meta.next names an internal host (a proxy), below /v1/ only; the query still pages', async () => {
    const api = await mockApi({ quirks: ['next-host'] });
    const first = await get<Page>(`${api.linkedEvents}event/?event_type=Course&page_size=10`);
    const next = new URL(first.meta.next!);
    expect(next.origin).to.equal(INTERNAL_HOST);
    expect(next.pathname).to.equal('/v1/event/');
    expect(next.searchParams.get('page')).to.equal('2');
    const second = await get<Page>(`${api.linkedEvents}event/${next.search}`);
    expect(new URL(second.meta.previous!).origin).to.equal(INTERNAL_HOST);
  });

  it('1,000+ courses: 1,051 paged by 100, every one once, with 429 and Retry-After on request', async function () {
    this.timeout(20_000);
    const api = await mockApi({ courses: 1051 });
    const seen = new Set<unknown>();
    let url: string | null = `${api.linkedEvents}event/?event_type=Course&page_size=100&sort=start_time`;
    let pages = 0;
    while (url) {
      const page: Page = await get<Page>(url);
      expect(page.meta.count).to.equal(1051);
      for (const e of page.data) seen.add(e.id);
      url = page.meta.next;
      pages++;
    }
    expect(pages).to.equal(11);
    expect(seen.size).to.equal(1051);
    await api.fault({ fault: 'status=429;retry-after=1', api: 'linkedEvents' });
    const throttled = await fetch(`${api.linkedEvents}event/?event_type=Course&page=2`);
    expect(throttled.status).to.equal(429);
    expect(throttled.headers.get('Retry-After')).to.equal('1');
  });

  it('phone-languages: a PTV channel gives a free number in its Swedish language version only', async () => {
    const api = await mockApi({ quirks: ['phone-languages'] });
    const channel = await get<{ phoneNumbers: Json[] }>(`${api.ptv}ServiceChannel/${CHANNEL}`);
    const free = channel.phoneNumbers.filter((p) => p.serviceChargeType === 'FreeOfCharge');
    expect(free.map((p) => p.language)).to.deep.equal(['sv']);
    expect(channel.phoneNumbers.some((p) => p.language === 'fi')).to.equal(true);
    const plain = await get<{ phoneNumbers: Json[] }>(`${(await mockApi()).ptv}ServiceChannel/${CHANNEL}`);
    expect(plain.phoneNumbers.length).to.equal(channel.phoneNumbers.length - 1);
  });
});
