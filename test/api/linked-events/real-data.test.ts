import { expect } from '@open-wc/testing';
import { LinkedEventsClient } from '../../../src/api/linked-events/client.js';
import { sessionTimes } from '../../../src/api/linked-events/course.js';
import { mockApi } from '../../helpers/mock.js';
import { SERIES } from '../../../src/mock/quirks.js';

/** The client against the fake with the given quirks (src/mock/QUIRKS.md). */
async function setup(options: Parameters<typeof mockApi>[0] = {}) {
  const api = await mockApi(options);
  const client = new LinkedEventsClient({ baseUrl: api.linkedEvents, backoffMs: 1 });
  const requests = async (prefix: string) => (await api.state()).log.filter((r) => r.path.startsWith(prefix));
  return { api, client, requests };
}

describe('LinkedEventsClient on real-shaped data', () => {
  describe('an unexpanded location ({ "@id" } only)', () => {
    it('fetches the place, once per id for the whole client, and shows its name', async () => {
      const { client, requests } = await setup({ quirks: ['unexpanded-location'] });
      const first = await client.listCourses({ pageSize: 100 });
      if (!first.ok) throw new Error('list');
      const withPlace = first.value.courses.filter((c) => c.place?.id);
      expect(withPlace.length).to.be.greaterThan(10);
      expect(withPlace.every((c) => c.place!.name?.text)).to.equal(true);
      const places = new Set(withPlace.map((c) => c.place!.id));
      expect((await requests('place/')).length).to.equal(places.size);
      // Again, and one course on its own: no place is fetched twice.
      await client.listCourses({ pageSize: 100 });
      const one = await client.getCourse(withPlace[0]!.id);
      expect(one.ok && one.value.place?.name?.text).to.equal(withPlace[0]!.place!.name!.text);
      expect((await requests('place/')).length).to.equal(places.size);
    });

    it('a place that cannot be fetched: the course still comes, with what is known (the id)', async () => {
      const { api, client } = await setup({ quirks: ['unexpanded-location'] });
      await api.fault({ api: 'linkedEvents', path: 'place/', fault: 'status=404', times: 100 });
      const result = await client.listCourses({ pageSize: 5 });
      if (!result.ok) throw new Error('list');
      expect(result.value.courses).to.have.length(5);
      expect(result.value.courses.some((c) => c.place?.id && !c.place.name)).to.equal(true);
    });
  });

  it('end_time: null keeps the start time ("Monday 17.00", not "Monday")', async () => {
    const { client } = await setup({ quirks: ['null-end-time'] });
    const result = await client.listCourses({ pageSize: 100 });
    if (!result.ok) throw new Error('list');
    const timed = result.value.courses.filter((c) => c.start && !c.start.dateOnly);
    expect(timed.length).to.be.greaterThan(10);
    for (const c of timed) {
      expect(c.end).to.equal(undefined);
      expect(sessionTimes(c)).to.deep.equal({ start: c.start!.instant });
      expect(c.timeOfDay).to.be.oneOf(['daytime', 'evening']);
    }
  });

  describe('a recurring series (super_event_type "recurring" with sub_events)', () => {
    it('is one course with its dates in order; its sub-events are no courses of their own', async () => {
      const { client, api } = await setup({ quirks: ['series'] });
      const result = await client.listCourses({ pageSize: 100 });
      if (!result.ok) throw new Error('list');
      const ids = result.value.courses.map((c) => c.id);
      expect(ids).to.include(SERIES.superEvent);
      expect(ids).to.not.include.members([...SERIES.subEvents]);
      const series = result.value.courses.find((c) => c.id === SERIES.superEvent)!;
      expect(series.sessions!.map((s) => s.id)).to.deep.equal([...SERIES.subEvents]);
      const starts = series.sessions!.map((s) => s.start.instant);
      expect(starts).to.deep.equal([...starts].sort((a, b) => a - b));
      expect(series.sessions!.every((s) => s.end && s.end.instant > s.start.instant)).to.equal(true);
      expect(series.weekdays).to.have.length(1);
      const plain = (await api.state()).log.filter((r) => r.path.startsWith('event'));
      expect(plain).to.have.length(1);
    });

    it('sub-events that come with their series on one page anyway (an API without hide_recurring_children) are dropped', async () => {
      const { api } = await setup({ quirks: ['series'] });
      // A portal's proxy that drops unknown parameters: the fake then lists the sub-events too.
      const dropping = new LinkedEventsClient({
        baseUrl: api.linkedEvents,
        fetch: (input, init) => {
          const url = new URL(input, location.href);
          url.searchParams.delete('hide_recurring_children');
          return fetch(url.href, init);
        },
      });
      const result = await dropping.listCourses({ pageSize: 100 });
      if (!result.ok) throw new Error('list');
      const ids = result.value.courses.map((c) => c.id);
      expect(ids).to.include(SERIES.superEvent);
      expect(ids.filter((id) => (SERIES.subEvents as readonly string[]).includes(id))).to.deep.equal([]);
    });

    it('getCourse gives the series with its dates too', async () => {
      const { client } = await setup({ quirks: ['series'] });
      const result = await client.getCourse(SERIES.superEvent);
      expect(result.ok && result.value.sessions?.length).to.equal(3);
    });
  });

  describe('meta.next on a host the browser cannot reach (behind a proxy)', () => {
    it('keeps only the query of next and sends it to the configured base', async () => {
      const { client, requests } = await setup({ quirks: ['next-host'] });
      const first = await client.listCourses({ pageSize: 10 });
      if (!first.ok) throw new Error('first page');
      expect(first.value.next).to.match(/^http:\/\/linkedevents-api\.internal:8000\//);
      const second = await client.listCoursesAt(first.value.next!);
      if (!second.ok) throw new Error(`second page: ${JSON.stringify(second.error)}`);
      expect(second.value.courses.map((c) => c.id)).to.not.include(first.value.courses[0]!.id);
      expect((await requests('event/')).length).to.equal(2);
    });

    it('never follows an absolute URL to another origin', async () => {
      const { api } = await setup();
      const asked: string[] = [];
      const spy = new LinkedEventsClient({
        baseUrl: api.linkedEvents,
        fetch: (input, init) => {
          asked.push(input);
          return fetch(input, init);
        },
      });
      const result = await spy.listCoursesAt('https://evil.example/steal/event/?event_type=Course&page=2&page_size=5');
      expect(result.ok).to.equal(true);
      // The event page, then the places it gave only as references (the link asked for no include).
      expect(asked.every((u) => new URL(u).origin === location.origin)).to.equal(true);
      const url = new URL(asked[0]!);
      expect(url.origin).to.equal(location.origin);
      expect(url.pathname).to.equal(new URL(`${api.linkedEvents}event/`, location.href).pathname);
      expect(url.searchParams.get('page')).to.equal('2');
    });
  });

  it('1,000+ courses: 1,051 through next links, each once', async function () {
    // Eleven pages of 100 courses with everything included: slow on a busy 2-core machine.
    this.timeout(90_000);
    const { client } = await setup({ courses: 1051 });
    const ids = new Set<string>();
    let page = await client.listCourses({ pageSize: 100, sort: 'start_time' });
    for (;;) {
      if (!page.ok) throw new Error(JSON.stringify(page.error));
      for (const c of page.value.courses) ids.add(c.id);
      if (!page.value.next) break;
      page = await client.listCoursesAt(page.value.next);
    }
    expect(ids.size).to.equal(1051);
  });
});
