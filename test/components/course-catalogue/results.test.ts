/**
 * The catalogue's results controller on a tiny host: searches, the start-month look-ahead and
 * "Show more", with a client whose every answer the test gives (the element's own tests go
 * through the API fake).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { waitUntil } from '../../helpers/wait.js';
import { defineElement } from '../../../src/shared/define.js';
import type { Result } from '../../../src/api/http.js';
import type { CourseCatalogueClient, CoursePage, CourseQuery } from '../../../src/api/linked-events/client.js';
import { defaultKeywordConfig, type Course } from '../../../src/api/linked-events/course.js';
import { emptyFilters, monthBounds, type CatalogueFilters } from '../../../src/components/course-catalogue/filters.js';
import { CatalogueResults, totalOf, type Attributes } from '../../../src/components/course-catalogue/results.js';

interface Call {
  /** The query of a first page, or the address of a next one. */
  asked: CourseQuery | string;
  signal: AbortSignal;
  answer: (r: Result<CoursePage>) => void;
}

/** A client whose calls wait until the test answers them. */
class HeldClient implements CourseCatalogueClient {
  calls: Call[] = [];
  private call(asked: CourseQuery | string, signal?: AbortSignal): Promise<Result<CoursePage>> {
    return new Promise((answer) => this.calls.push({ asked, signal: signal!, answer }));
  }
  listCourses(query: CourseQuery, options?: { signal?: AbortSignal }) {
    return this.call(query, options?.signal);
  }
  listCoursesAt(url: string, options?: { signal?: AbortSignal }) {
    return this.call(url, options?.signal);
  }
  getCourse(): Promise<Result<Course>> {
    throw new Error('not used by the catalogue');
  }
}

const MONTH = '2031-05';
const { start: MAY } = monthBounds(MONTH)!;
const DAY = 86_400_000;

const course = (id: string, starts = MAY + DAY, place = 'porvoo:kulloo', placeName = 'Kulloo') =>
  ({
    id,
    name: { text: id, lang: 'en' },
    start: { instant: starts, dateOnly: false },
    place: { id: place, name: { text: placeName, lang: 'fi' } },
    status: 'scheduled',
    enrolment: { state: 'open' },
    seats: {},
  }) as unknown as Course;
const page = (courses: Course[], count: number, next?: string): Result<CoursePage> => ({
  ok: true,
  value: { courses, count, skipped: 0, ...(next ? { next } : {}) },
});

class ResultsProbe extends LitElement {
  static override properties = { filters: { attribute: false } };
  declare filters: CatalogueFilters;
  client = new HeldClient();
  focused: string[][] = [];
  newLists = 0;
  viewFails = false;
  readonly results = new CatalogueResults(this, {
    given: () => this.client,
    base: () => undefined,
    keywords: () => defaultKeywordConfig,
    clock: () => Date.now,
    locale: () => 'en',
    filters: () => this.filters,
    attributes: (): Attributes => [undefined, undefined, undefined, 2],
    focus: (_from, ...selectors) => this.focused.push(selectors),
    onNewList: () => this.newLists++,
    viewReady: () => (this.viewFails ? Promise.reject(new Error('offline')) : Promise.resolve()),
  });
  constructor() {
    super();
    this.filters = emptyFilters();
  }
  override render() {
    return litHtml`<button>more</button>`;
  }
}
defineElement('koto-results-probe', ResultsProbe);

const probe = (filters = emptyFilters()) =>
  fixture<ResultsProbe>(html`<koto-results-probe .filters=${filters}></koto-results-probe>`);
const last = (el: ResultsProbe) => el.client.calls.at(-1)!;
const shown = (el: ResultsProbe) => el.results.listing?.courses.map((c) => c.id) ?? [];
const ready = (el: ResultsProbe) => waitUntil(() => el.results.state.kind !== 'loading', 'the search ended');
const more = (el: ResultsProbe) => el.shadowRoot!.querySelector('button')!;

describe('CatalogueResults', () => {
  describe('searching', () => {
    it('asks for the filters with the attributes, and a new search aborts the one before and drops its late answer', async () => {
      const el = await probe();
      const first = last(el);
      expect(first.asked).to.deep.include({ sort: 'start_time', pageSize: 2 });
      el.filters = { ...emptyFilters(), text: 'luku' };
      await el.updateComplete;
      const second = last(el);
      expect(second.asked).to.deep.include({ text: 'luku' });
      expect(first.signal.aborted).to.equal(true);
      second.answer(page([course('new')], 1));
      await ready(el);
      first.answer(page([course('old')], 1));
      await el.updateComplete;
      expect(shown(el)).to.deep.equal(['new']);
      expect(el.newLists).to.equal(1);
    });

    it('a failed search leaves no list behind, so the next one starts from nothing', async () => {
      const el = await probe();
      last(el).answer(page([course('a')], 1));
      await ready(el);
      void el.results.reload();
      last(el).answer({ ok: false, error: { kind: 'network', message: 'offline' } });
      await ready(el);
      expect(el.results.state).to.deep.equal({ kind: 'error', error: { kind: 'network', message: 'offline' } });
      expect(el.results.listing).to.equal(undefined);
    });

    it('fails with "Try again" when the cards’ code cannot be loaded', async () => {
      const el = await probe();
      el.viewFails = true;
      void el.results.reload();
      last(el).answer(page([course('a')], 1));
      await ready(el);
      expect(el.results.state).to.deep.include({ kind: 'error' });
      el.viewFails = false;
      void el.results.reload();
      last(el).answer(page([course('a')], 1));
      await ready(el);
      expect(shown(el)).to.deep.equal(['a']);
    });

    it('keeps every place seen, under the name it was first seen with, for the place filter', async () => {
      const el = await probe();
      last(el).answer(page([course('a'), course('b', MAY, 'porvoo:linnankoski', 'Linnankoski')], 2));
      await ready(el);
      el.filters = { ...emptyFilters(), text: 'x' };
      await el.updateComplete;
      last(el).answer(page([course('c', MAY, 'porvoo:kulloo', 'Kullo')], 1));
      await ready(el);
      expect([...el.results.places].map(([id, name]) => [id, name.text])).to.deep.equal([
        ['porvoo:kulloo', 'Kulloo'],
        ['porvoo:linnankoski', 'Linnankoski'],
      ]);
    });
  });

  describe('with a start month', () => {
    const before = (id: string) => course(id, MAY - 10 * DAY);

    it('leaves out courses that began earlier, and reads on past pages that hold only those', async () => {
      const el = await probe({ ...emptyFilters(), month: MONTH });
      last(el).answer(page([before('early-1'), before('early-2')], 5, 'page:2'));
      await waitUntil(() => last(el).asked === 'page:2', 'the next page');
      last(el).answer(page([before('early-3'), course('may')], 5, 'page:3'));
      await ready(el);
      expect(shown(el)).to.deep.equal(['may']);
      expect(el.client.calls).to.have.length(2);
      expect(totalOf(el.results.listing!)).to.equal(2);
    });

    it('stops after 200 courses read, with the next page kept for "Look further"', async () => {
      const el = await probe({ ...emptyFilters(), month: MONTH });
      for (let n = 1; el.results.state.kind === 'loading'; n++) {
        last(el).answer(page([before(`e${2 * n}`), before(`e${2 * n + 1}`)], 999, `page:${n + 1}`));
        await waitUntil(() => el.client.calls.length > n || el.results.state.kind !== 'loading');
      }
      expect(el.client.calls).to.have.length(100);
      expect(shown(el)).to.deep.equal([]);
      expect(el.results.listing!.next).to.equal('page:101');
    });
  });

  describe('"Show more"', () => {
    it('adds the next page, says how many came and moves focus to the first new course; a second press waits', async () => {
      const el = await probe();
      last(el).answer(page([course('a'), course('b')], 3, 'page:2'));
      await ready(el);
      const shownMore = el.results.showMore(more(el), false);
      void el.results.showMore(more(el), false);
      expect(el.results.paging.kind).to.equal('loading');
      expect(el.client.calls).to.have.length(2);
      last(el).answer(page([course('c')], 3));
      await shownMore;
      expect(shown(el)).to.deep.equal(['a', 'b', 'c']);
      expect(el.results.news).to.deep.equal({ kind: 'added', added: 1 });
      expect(el.results.paging.kind).to.equal('idle');
      expect(el.focused).to.deep.equal([['#course-2-name']]);
    });

    it('a failure keeps the list and offers "Try again"; focus goes to it only from the keyboard', async () => {
      const el = await probe();
      last(el).answer(page([course('a')], 2, 'page:2'));
      await ready(el);
      const failed = el.results.showMore(more(el), true);
      last(el).answer({ ok: false, error: { kind: 'timeout', timeoutMs: 1 } });
      await failed;
      expect(shown(el)).to.deep.equal(['a']);
      expect(el.results.paging).to.deep.equal({ kind: 'failed', error: { kind: 'timeout', timeoutMs: 1 } });
      expect(el.focused).to.deep.equal([['.more-error button']]);
    });

    it('a new search aborts it, and its late answer changes nothing', async () => {
      const el = await probe();
      last(el).answer(page([course('a')], 2, 'page:2'));
      await ready(el);
      const overtaken = el.results.showMore(more(el), true);
      const paging = last(el);
      el.filters = { ...emptyFilters(), text: 'new' };
      await el.updateComplete;
      expect(paging.signal.aborted).to.equal(true);
      expect(el.results.paging.kind).to.equal('idle');
      paging.answer(page([course('late')], 2));
      await overtaken;
      last(el).answer(page([course('fresh')], 1));
      await ready(el);
      expect(shown(el)).to.deep.equal(['fresh']);
      expect(el.focused).to.deep.equal([]);
    });
  });
});
