/**
 * The catalogue's results: each search through the shared Loader (one client per API base
 * and keyword ids, the search before aborted and its late answer dropped, searched again
 * when put back into a page), the look-ahead past pages that a start month leaves wholly
 * out, and "Show more" as a quiet request of the same Loader, which a new search aborts.
 */
import type { HttpFailure, Result } from '../../api/http.js';
import type { LinkedEventsCallOptions } from '../../api/linked-events/connection.js';
import {
  LinkedEventsCourseClient,
  type CourseCatalogueClient,
  type CoursePage,
} from '../../api/linked-events/courses.js';
import type { Course, KeywordConfig } from '../../api/linked-events/course.js';
import type { LocalisedText } from '../../api/localised.js';
import { Loader, type LoaderHost, type LoadState } from '../../shared/loader.js';
import type { Locale } from '../../shared/localization.js';
import type { FocusFrom } from '../../shared/koto-element.js';
import { refine, toQuery, type CatalogueFilters, type PresetQuery } from './filters.js';
import { orderForLearner } from './order.js';

/**
 * How many courses the element reads past, at most, looking for the first one a start month
 * keeps (as 10 pages of 20 courses). Counted in courses, not pages, so that a small `page-size`
 * does not shorten the reach; when it runs out, the learner is offered "Look further".
 */
const LOOK_AHEAD_COURSES = 200;

/** After a new search, what came: its "Try again", the error message, the first course, or the empty result. */
const AFTER_SEARCH = ['[part~="error"] button', '[part~="error"]', '#course-0-name', '[part~="empty"]'];

/** The courses of one search, as far as they are read. */
export interface Listing {
  /** The courses read so far, less those a start month leaves out. */
  courses: Course[];
  /** The API's count. */
  count: number;
  /** How many of the courses read were left out. */
  dropped: number;
  /** The API's link to the next page, while there is one. */
  next: string | undefined;
}

/** The count announced and shown: the API's, less what the element left out so far. */
export const totalOf = (listing: Listing): number => Math.max(listing.courses.length, listing.count - listing.dropped);

/** "Show more": ready, on its way (a second press does nothing), or failed (with "Try again"). */
export type Paging = { kind: 'idle' } | { kind: 'loading' } | { kind: 'failed'; error: HttpFailure };

/** What the last "Show more" brought, said in the live region until the next search. */
export type PagingNews = { kind: 'added'; added: number } | { kind: 'failed'; error: HttpFailure };

/** The `keyword`, `publisher`, `location` and `page-size` attributes, as given. */
export type Attributes = readonly [string | undefined, string | undefined, string | undefined, number | undefined];

export interface ResultsInputs {
  /** A client the page gave; else one is made for `base()`. */
  given: () => CourseCatalogueClient | undefined;
  base: () => string | undefined;
  keywords: () => KeywordConfig;
  /** The `now` property (a new clock is a new search: enrolment states are worked out as pages are read). */
  clock: () => () => number;
  locale: () => Locale;
  filters: () => CatalogueFilters;
  attributes: () => Attributes;
  /** Moves focus after the next render, while it is still on `from` (KotoElement.focusAfterUpdateFrom). */
  focus: FocusFrom;
  /** A search brought its first page: a new list. */
  onNewList: () => void;
  /**
   * What the list needs besides the courses before it can be shown (the cards' code, loaded
   * beside the first request); when it fails, so does the search, with "Try again".
   */
  viewReady: () => Promise<unknown>;
}

type Args = readonly [CatalogueFilters, KeywordConfig, Locale, () => number, ...Attributes];

const splitList = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

function presetOf([keyword, publisher, location, pageSize]: Attributes): PresetQuery {
  return {
    keyword: splitList(keyword),
    publisher: splitList(publisher),
    location: splitList(location),
    pageSize: pageSize && pageSize > 0 ? Math.min(100, Math.round(pageSize)) : undefined,
  };
}

const IDLE: Paging = { kind: 'idle' };
const ABORTED: Result<never> = { ok: false, error: { kind: 'aborted' } };
const NO_VIEW: Result<never> = {
  ok: false,
  error: { kind: 'network', message: 'the course cards could not be loaded' },
};
const EMPTY: Listing = { courses: [], count: 0, dropped: 0, next: undefined };

export class CatalogueResults {
  private readonly loader: Loader<CourseCatalogueClient, Args, Listing>;
  /** Every place seen in a page so far, for the place filter. */
  readonly places = new Map<string, LocalisedText>();
  private pagingNow: Paging = IDLE;
  private newsNow: PagingNews | undefined;

  /** Where "Show more" stands (a new search makes it idle). */
  get paging(): Paging {
    return this.pagingNow;
  }

  /** What the last "Show more" brought, for the live region (a new search clears it). */
  get news(): PagingNews | undefined {
    return this.newsNow;
  }

  constructor(
    private readonly host: LoaderHost,
    private readonly inputs: ResultsInputs,
  ) {
    this.loader = new Loader(host, {
      given: inputs.given,
      base: inputs.base,
      makeClient: (baseUrl) =>
        new LinkedEventsCourseClient({ baseUrl, keywords: inputs.keywords(), now: () => inputs.clock()() }),
      madeFrom: inputs.keywords,
      args: (): Args => [inputs.filters(), inputs.keywords(), inputs.locale(), inputs.clock(), ...inputs.attributes()],
      load: (client, args, signal) => this.search(client, args, signal),
    });
  }

  /** Where the search stands; `setup` when there is no client. */
  get state(): LoadState {
    return this.loader.state;
  }

  /** The list shown: kept while a new search runs, gone after a failed one. */
  get listing(): Listing | undefined {
    return this.loader.value;
  }

  /** Searches again (after a failure, or when the page asks). */
  reload(): Promise<void> {
    return this.loader.retry();
  }

  /**
   * "Try again" after a failed search.
   * @param from The control, if it had focus: it goes away while loading, so focus then
   *   moves to what came instead of falling to the top of the page.
   */
  async retry(from?: Element): Promise<void> {
    await this.loader.retry();
    if (from && this.host.isConnected) this.inputs.focus(from, ...AFTER_SEARCH);
  }

  /**
   * "Show more courses" and "Look further", and "Try again" after either failed.
   * @param focused Whether `control` had focus (a keyboard or screen-reader learner is there).
   */
  async showMore(control: Element, focused: boolean): Promise<void> {
    const start = this.listing;
    if (!start?.next || !this.loader.client || this.paging.kind === 'loading') return;
    this.pagingNow = { kind: 'loading' };
    this.host.requestUpdate();
    const filters = this.inputs.filters();
    const before = start.courses.length;
    const failure = await this.loader.request(async (client, signal) => {
      // Pages a start month leaves wholly out add nothing: read on (as far as a new search would).
      let list = start;
      for (let read = 0, url = start.next; url && read < LOOK_AHEAD_COURSES; url = list.next) {
        const page = await client.listCoursesAt(url, this.callOptions(this.inputs.locale(), signal));
        if (signal.aborted) return undefined;
        if (!page.ok) return page.error;
        list = this.accept(list, page.value, filters);
        if (list.courses.length > before || page.value.courses.length === 0) break;
        read += page.value.courses.length;
      }
      return null;
    });
    // Overtaken by a new search (which has a list of its own), or the element left the page.
    if (failure === undefined) {
      this.pagingNow = IDLE;
      if (this.host.isConnected) this.host.requestUpdate();
      return;
    }
    if (failure) {
      this.pagingNow = { kind: 'failed', error: failure };
      this.newsNow = { kind: 'failed', error: failure };
      this.host.requestUpdate();
      // The button gave way to the message: focus on its "Try again".
      if (focused) this.inputs.focus(control, '.more-error button');
      return;
    }
    this.pagingNow = IDLE;
    const added = (this.listing?.courses.length ?? 0) - before;
    this.newsNow = { kind: 'added', added };
    this.host.requestUpdate();
    // Focus the first new card, so keyboard and screen-reader users go on where they were; with
    // none new (all left out by the start month), stay, or go to the last card (or the notice
    // that there are none) when the button went.
    if (added > 0) this.inputs.focus(control, `#course-${before}-name`);
    else if (focused) this.inputs.focus(control, '[part~="more"]', `#course-${before - 1}-name`, '[part~="empty"]');
  }

  private callOptions(locale: Locale, signal: AbortSignal): LinkedEventsCallOptions {
    return { language: locale, locale, signal };
  }

  /** One search: its first page, and the look-ahead while a start month leaves every course read out. */
  private async search(
    client: CourseCatalogueClient,
    [filters, keywords, locale, , ...attributes]: Args,
    signal: AbortSignal,
  ): Promise<Result<Listing>> {
    this.pagingNow = IDLE;
    this.newsNow = undefined;
    const options = this.callOptions(locale, signal);
    const [first, ready] = await Promise.all([
      client.listCourses(toQuery(filters, presetOf(attributes), keywords), options),
      this.inputs.viewReady().then(
        () => true,
        () => false,
      ),
    ]);
    // A newer search (or the element leaving the page) aborted this one: its answer is not wanted.
    if (signal.aborted) return ABORTED;
    if (!first.ok || !ready) {
      this.loader.value = undefined;
      return first.ok ? NO_VIEW : first;
    }
    this.inputs.onNewList();
    let list = this.accept(EMPTY, first.value, filters);
    // With a start month, whole pages may be left out (courses that began earlier, which the
    // API still lists as running): look further before saying there are none.
    let read = first.value.courses.length;
    while (list.courses.length === 0 && list.next && read > 0 && read < LOOK_AHEAD_COURSES) {
      const more = await client.listCoursesAt(list.next, options);
      if (signal.aborted) return ABORTED;
      // Not "no courses": say what went wrong, with "Try again".
      if (!more.ok) return more;
      list = this.accept(list, more.value, filters);
      read = more.value.courses.length === 0 ? 0 : read + more.value.courses.length;
    }
    return { ok: true, value: list };
  }

  /** A page read: its courses the filters keep join the list shown, and its places the place filter. */
  private accept(list: Listing, page: CoursePage, filters: CatalogueFilters): Listing {
    for (const c of page.courses)
      if (c.place?.id && c.place.name && !this.places.has(c.place.id)) this.places.set(c.place.id, c.place.name);
    const kept = orderForLearner(refine(page.courses, filters));
    const next: Listing = {
      courses: [...list.courses, ...kept],
      count: page.count,
      dropped: list.dropped + page.courses.length - kept.length,
      next: page.next,
    };
    this.loader.value = next;
    return next;
  }
}
