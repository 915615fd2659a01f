import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { KotoElement } from '../../shared/koto-element.js';
import type { CourseCatalogueClient } from '../../api/linked-events/client.js';
import { defaultKeywordConfig, type Course, type KeywordConfig } from '../../api/linked-events/course.js';
import { styles } from './course-catalogue.styles.js';
import { CourseSelectEvent } from './events.js';
import { CourseDetails } from './course-details.js';
import { hasAnyFilter, linkWithFilters } from './filters.js';
import { CatalogueResults } from './results.js';
import { renderCount, renderResults, resultsNews, type ResultsView } from './results-view.js';
import { renderSearchForm } from './search-form.js';
import { SearchState } from './search-state.js';

/**
 * Find an integration-training course and go on to apply: a search box, filters a
 * learner understands, course cards with dates, times, place, seats and enrolment, a
 * details view with the sanitised description, and "Apply".
 *
 * Which filters the API does and which the element does:
 * - API (Linked Events query): search text (`text`); study path and weekday (`keyword_AND`,
 *   the first keyword id configured for each in `keywords`); level with its sub-levels
 *   (`keyword_OR_set1`); time of day (`starts_after=16` for evening, `ends_before=17` for
 *   daytime); place (`location`); "enrolment open now" (`enrolment_open_waitlist`); start month
 *   (`start`/`end`: courses running in that month); the `keyword`, `publisher` and `location` attributes.
 * - Element, on the pages loaded so far: with a start month, courses that began before
 *   that month are left out (the API has no "starts within" filter); with "enrolment open now",
 *   cancelled, postponed and not yet open courses (the API lists them). The announced count
 *   then leaves out those seen so far. Each page is ordered so that courses a learner can act
 *   on come first.
 *
 * Attributes: `api-base`, `lang` (interface language `fi`, `sv`, `en`, `uk`, `ru` or `ar`; else the nearest
 * ancestor's, else `<html lang>`), `keyword`, `publisher`, `location`, `page-size`,
 * `enrol-href`, `sync-url`.
 *
 * @summary Course catalogue backed by Linked Events: search, filters, course cards and "Apply".
 *
 * @tag koto-course-catalogue
 *
 * @fires {CourseSelectEvent} koto-course-select - Cancelable: the learner chose "Apply". `detail`:
 *   `{ id, course, href }`. Cancel it to handle the choice in the page instead of following `enrol-href`.
 *
 * @csspart search - The search and filter form.
 * @csspart filters - The group of filters.
 * @csspart status - The line that tells how many courses were found.
 * @csspart list - The list of course cards.
 * @csspart card - One course card.
 * @csspart badge - The "Cancelled" / "Postponed" badge on a card.
 * @csspart details-button - A card's "More information" button.
 * @csspart details - A card's details view.
 * @csspart description - The sanitised description in the details view.
 * @csspart apply - A card's "Apply" link (or button, without `enrol-href`).
 * @csspart more - The "Show more courses" button.
 * @csspart empty - The message shown when no course matches.
 * @csspart error - The message shown when courses could not be loaded, with "Try again".
 * @csspart language-note - The small "Language: Finnish" note under API text that is not in the interface language.
 *
 * @cssprop [--koto-catalogue-card-bg=var(--koto-color-bg)] - Background of a course card.
 * @cssprop [--koto-catalogue-badge-bg=#fff4ce] - Background of the "Cancelled" / "Postponed" badge.
 * @cssprop [--koto-catalogue-gap=1rem] - Space between cards.
 */
export class KotoCourseCatalogue extends KotoElement {
  protected static override api = 'linkedEvents' as const;
  static override styles = styles;
  protected static override localeParts = ['common', 'course-catalogue'] as const;

  /** Preset keyword filter: keyword ids, comma = OR, as the API's `keyword` (for example `yso:p19331`). */
  @property() keyword?: string;

  /** Only courses of these organisations: ids, comma-separated (the API's `publisher`). */
  @property() publisher?: string;

  /** Only courses at these places: place ids, comma-separated (the API's `location`). */
  @property() location?: string;

  /** Courses per page (1–100; the API's default is 20). */
  @property({ attribute: 'page-size', type: Number }) pageSize?: number;

  /** Address of the page with the enrolment form; `{id}` is replaced by the course id, for example `/enrol?course={id}`. */
  @property({ attribute: 'enrol-href' }) enrolHref?: string;

  /** Keep the search and filters in the page URL (`koto-q`, `koto-path` …), so a link can be shared and Back works. */
  @property({ attribute: 'sync-url', type: Boolean }) syncUrl = false;

  /** A data source of your own instead of Linked Events at `api-base` (any `CourseCatalogueClient`). */
  @property({ attribute: false }) client?: CourseCatalogueClient;

  /** Which keyword ids mean a study path, a level or a weekday (Porvoo's by default). */
  @property({ attribute: false }) keywords: KeywordConfig = defaultKeywordConfig;

  /** The clock (milliseconds since 1970) for enrolment states and the month list. */
  @property({ attribute: false }) now: () => number = Date.now;

  /** Milliseconds to wait after typing before searching. */
  @property({ attribute: false }) searchDelay = 350;

  // Before the results: on connect it reads the URL, whose filters the first search needs.
  private readonly search = new SearchState(this, {
    syncUrl: () => this.syncUrl,
    keywords: () => this.keywords,
    delay: () => this.searchDelay,
  });

  private readonly details = new CourseDetails(this, this.focusFrom);

  private readonly results = new CatalogueResults(this, {
    given: () => this.client,
    base: () => this.resolvedApiBase,
    keywords: () => this.keywords,
    clock: () => this.now,
    locale: () => this.locale,
    filters: () => this.search.filters,
    attributes: () => [this.keyword, this.publisher, this.location, this.pageSize],
    focus: this.focusFrom,
    onNewList: () => this.details.closeAll(),
    viewReady: async () => {
      this.cardCode ??= await import('./course-card.js');
    },
  });

  /**
   * The cards' code: not needed before the first courses come, so it loads beside the
   * first search's request instead of before it.
   */
  private cardCode?: typeof import('./course-card.js');

  /** Searches again with the current filters (for example after the host changed its data). */
  reload(): Promise<void> {
    return this.results.reload();
  }

  /** The control that was used, if it had focus: a keyboard or screen-reader learner is there. */
  private focusedControl(e: Event): Element | undefined {
    const control = e.currentTarget as Element | null;
    return control && this.shadowRoot?.activeElement === control ? control : undefined;
  }

  private hrefFor(course: Course): string | undefined {
    if (!this.enrolHref) return undefined;
    const href = this.enrolHref.replaceAll('{id}', encodeURIComponent(course.id));
    // With `sync-url` the search lives in the page address: a link to this same page keeps it.
    return this.syncUrl ? linkWithFilters(href, this.search.filters, location.href) : href;
  }

  private readonly onToggle = (course: Course): void => this.details.toggle(course);
  private readonly onRetryDetails = (course: Course, from: Element, ...selectors: string[]): void =>
    void this.details.retry(course, from, ...selectors);

  private readonly onApply = (event: Event, course: Course): void => {
    const href = this.hrefFor(course);
    const select = new CourseSelectEvent({ id: course.id, course, ...(href ? { href } : {}) });
    if (!this.dispatchEvent(select)) event.preventDefault();
  };

  private readonly cards = (courses: readonly Course[]) => {
    const code = this.cardCode;
    if (!code) return nothing;
    // The card's fixed words, looked up once per render of the list rather than once per card.
    const labels = code.cardLabels();
    const { direction, locale } = this;
    return courses.map((course, index) => {
      const expanded = this.details.isOpen(course);
      const details = this.details.of(course);
      const href = this.hrefFor(course);
      // A card is made again only when what it shows changed: not for the loading state of a
      // new search, nor for the cards above the new ones of "Show more" (issue 18). Its words
      // follow `locale`: an element renders only once its locale's strings are there.
      return guard([course, index, locale, direction, expanded, details, href], () =>
        code.renderCourseCard(course, {
          direction,
          locale,
          labels,
          index,
          expanded,
          details,
          href,
          onToggle: this.onToggle,
          onRetryDetails: this.onRetryDetails,
          onApply: this.onApply,
        }),
      );
    });
  };

  private get resultsView(): ResultsView {
    return {
      state: this.results.state,
      listing: this.results.listing,
      paging: this.results.paging,
      news: this.results.news,
      filtered: hasAnyFilter(this.search.filters),
      cards: this.cards,
      onRetry: (e) => void this.results.retry(this.focusedControl(e)),
      onMore: (e) => void this.results.showMore(e.currentTarget as Element, !!this.focusedControl(e)),
      onClear: () => {
        this.search.clear();
        this.focusAfterUpdate('#search');
      },
    };
  }

  override render(): TemplateResult {
    const view = this.resultsView;
    return html`${renderSearchForm({
        filters: this.search.filters,
        text: this.search.text,
        keywords: this.keywords,
        places: this.results.places,
        locale: this.locale,
        now: this.now(),
        onType: (text) => this.search.type(text),
        onSubmit: () => this.search.submit(),
        onChoose: (key, value) => this.search.choose(key, value),
        onOpen: (open) => this.search.setOpen(open),
      })}
      ${renderCount(view)}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${resultsNews(view)}</div>
      ${renderResults(view)}`;
  }
}
