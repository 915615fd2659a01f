import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { KotoElement } from '../../shared/koto-element.js';
import { describeFailure, isTransient } from '../../shared/errors.js';
import { formatMonth, weekdayName } from '../../shared/format.js';
import { contentLang } from '../../shared/content.js';
import type { HttpFailure } from '../../api/http.js';
import { LinkedEventsClient, type CourseCatalogueClient, type CoursePage } from '../../api/linked-events/client.js';
import {
  defaultKeywordConfig,
  type Course,
  type KeywordConfig,
  type StudyPath,
  type TimeOfDay,
} from '../../api/linked-events/course.js';
import type { LocalisedText } from '../../api/localised.js';
import { styles } from './course-catalogue.styles.js';
import { CourseSelectEvent } from './events.js';
import { cardLabels, renderCourseCard, type DetailsState } from './course-card.js';
import {
  chosenFilterCount,
  emptyFilters,
  filtersFromSearch,
  hasAnyFilter,
  monthBounds,
  refine,
  sameFilters,
  searchWithFilters,
  toQuery,
  upcomingMonths,
  type CatalogueFilters,
} from './filters.js';
import { sanitizeDescription } from './sanitize.js';
import { orderForLearner } from './order.js';

type Status = 'loading' | 'loaded' | 'error';

const splitList = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

const PATHS: StudyPath[] = ['slow', 'basic', 'fast', 'literacy'];

/** After a new search, what came: its "Try again", the error message, the first course, or the empty result. */
const AFTER_SEARCH = ['[part~="error"] button', '[part~="error"]', '#course-0-name', '[part~="empty"]'] as const;

/**
 * How many courses the element reads past, at most, looking for the first one a start month
 * keeps (as 10 pages of 20 courses). Counted in courses, not pages, so that a small `page-size`
 * does not shorten the reach; when it runs out, the learner is offered "Look further".
 */
const LOOK_AHEAD_COURSES = 200;

/**
 * Focus to move after the next render, for a keyboard or screen-reader learner whose
 * button went away: to the first of `to` that is there, if focus is still on `from` or
 * was lost with it (not when the learner went on elsewhere meanwhile).
 */
interface FocusMove {
  from: Element | null;
  to: readonly string[];
}

/**
 * A sanitised description belongs to the HTML it was made from: after a language switch a
 * course brings its description in another language, which must be sanitised anew, not
 * served from the old one.
 */
const detailsKey = (course: Course) => `${course.id}\u0000${course.descriptionHtml?.text ?? ''}`;

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

  @state() private filters: CatalogueFilters = emptyFilters();
  @state() private draftText = '';
  @state() private status: Status = 'loading';
  @state() private courses: Course[] = [];
  @state() private count = 0;
  @state() private next: string | undefined;
  /** Why the list could not load: a failed request, or `setup` when no API base is set. */
  @state() private failure: HttpFailure | 'setup' | undefined;
  @state() private loadingMore = false;
  @state() private moreFailure: HttpFailure | undefined;
  @state() private expanded = new Set<string>();
  /** Sanitised descriptions, by `detailsKey`. */
  @state() private details = new Map<string, DetailsState>();
  @state() private places = new Map<string, LocalisedText>();

  @query('#search') private searchInput?: HTMLInputElement;

  private seq = 0;
  private controller: AbortController | undefined;
  private debounce: ReturnType<typeof setTimeout> | undefined;
  private dropped = 0;
  private focusMove: FocusMove | undefined;
  private ownClient: { base: string; keywords: KeywordConfig; client: CourseCatalogueClient } | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    const before = this.filters;
    if (this.syncUrl) this.readUrl();
    window.addEventListener('popstate', this.onPopState);
    // Moved in the page (a CMS script may do that): a search that was stopped when the
    // element left, or a URL that changed meanwhile, needs a new search.
    if (this.hasUpdated && (this.controller?.signal.aborted || !sameFilters(before, this.filters))) void this.search();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    clearTimeout(this.debounce);
    this.controller?.abort();
  }

  /** Searches again with the current filters (for example after the host changed its data). */
  reload(): Promise<void> {
    return this.search();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const inputs = ['apiBase', 'client', 'keyword', 'publisher', 'location', 'pageSize', 'keywords', 'locale', 'now'];
    if (!this.hasUpdated || inputs.some((k) => changed.has(k as keyof KotoCourseCatalogue))) void this.search();
  }

  protected override updated(): void {
    const move = this.focusMove;
    if (!move) return;
    this.focusMove = undefined;
    const inside = this.shadowRoot?.activeElement;
    const lost = inside ? inside === move.from : !document.activeElement || document.activeElement === document.body;
    if (!lost) return;
    for (const selector of move.to) {
      const target = this.renderRoot.querySelector<HTMLElement>(selector);
      if (target) return target.focus();
    }
  }

  /** The control that was used, if it had focus: a keyboard or screen-reader learner is there. */
  private focusedControl(e: Event): Element | undefined {
    const control = e.currentTarget as Element | null;
    return control && this.shadowRoot?.activeElement === control ? control : undefined;
  }

  // ----- data ----------------------------------------------------------------------

  private currentClient(): CourseCatalogueClient | undefined {
    if (this.client) return this.client;
    const base = this.resolvedApiBase;
    if (!base) return undefined;
    if (this.ownClient?.base !== base || this.ownClient.keywords !== this.keywords) {
      this.ownClient = {
        base,
        keywords: this.keywords,
        client: new LinkedEventsClient({ baseUrl: base, keywords: this.keywords, now: () => this.now() }),
      };
    }
    return this.ownClient.client;
  }

  private preset() {
    return {
      keyword: splitList(this.keyword),
      publisher: splitList(this.publisher),
      location: splitList(this.location),
      pageSize: this.pageSize && this.pageSize > 0 ? Math.min(100, Math.round(this.pageSize)) : undefined,
    };
  }

  private callOptions(signal: AbortSignal) {
    return { language: this.locale, locale: this.locale, signal };
  }

  private notePlaces(courses: readonly Course[]): void {
    let added = false;
    for (const c of courses) {
      if (c.place?.id && c.place.name && !this.places.has(c.place.id)) {
        this.places.set(c.place.id, c.place.name);
        added = true;
      }
    }
    if (added) this.places = new Map(this.places);
  }

  /**
   * @param from The focused control that asked for it ("Try again"): it goes away while
   *   loading, so focus then moves to what came instead of falling to the top of the page.
   */
  private async search(from?: Element): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const seq = ++this.seq;
    const client = this.currentClient();
    const refocus = () => {
      if (from) this.focusMove = { from, to: AFTER_SEARCH };
    };
    this.status = 'loading';
    this.failure = undefined;
    this.moreFailure = undefined;
    this.loadingMore = false;
    this.announcement = this.inLocale(() => msg('Searching for courses…'));
    if (!client) {
      this.status = 'error';
      this.failure = 'setup';
      this.announcement = this.inLocale(() => msg('The course list is not set up on this page.'));
      refocus();
      return;
    }
    const filters = this.filters;
    const result = await client.listCourses(
      toQuery(filters, this.preset(), this.keywords),
      this.callOptions(controller.signal),
    );
    // A newer search started meanwhile: its answer, not this one, is what the learner asked for.
    if (seq !== this.seq) return;
    if (!result.ok) {
      if (result.error.kind === 'aborted' && controller.signal.aborted) return;
      this.status = 'error';
      this.failure = result.error;
      this.courses = [];
      this.announcement = this.inLocale(() => describeFailure(result.error));
      refocus();
      return;
    }
    this.expanded = new Set();
    this.dropped = 0;
    this.courses = [];
    this.accept(result.value, filters);
    // With a start month, whole pages may be left out (courses that began earlier, which the
    // API still lists as running): look further before saying there are none.
    let read = result.value.courses.length;
    while (this.courses.length === 0 && this.next && read > 0 && read < LOOK_AHEAD_COURSES) {
      const more = await client.listCoursesAt(this.next, this.callOptions(controller.signal));
      if (seq !== this.seq) return;
      if (!more.ok) {
        // Not "no courses": say what went wrong, with "Try again".
        if (more.error.kind === 'aborted' && controller.signal.aborted) return;
        this.status = 'error';
        this.failure = more.error;
        this.announcement = this.inLocale(() => describeFailure(more.error));
        refocus();
        return;
      }
      this.accept(more.value, filters);
      read = more.value.courses.length === 0 ? 0 : read + more.value.courses.length;
    }
    this.status = 'loaded';
    this.announcement = this.inLocale(() =>
      this.courses.length > 0
        ? msg(str`Courses found: ${this.total}`)
        : this.next
          ? msg('No courses found yet.')
          : msg('No courses found.'),
    );
    refocus();
  }

  private retrySearch(e: Event): Promise<void> {
    return this.search(this.focusedControl(e));
  }

  private accept(page: CoursePage, filters: CatalogueFilters): void {
    const kept = orderForLearner(refine(page.courses, filters));
    this.dropped += page.courses.length - kept.length;
    this.courses = [...this.courses, ...kept];
    this.count = page.count;
    this.next = page.next;
    this.notePlaces(page.courses);
  }

  /** The count announced and shown: the API's, less what the element left out so far. */
  private get total(): number {
    return Math.max(this.courses.length, this.count - this.dropped);
  }

  /** "Show more courses", or "Try again" after it failed. */
  private async showMore(e: Event): Promise<void> {
    const client = this.currentClient();
    const next = this.next;
    if (!client || !next || this.loadingMore) return;
    const control = e.currentTarget as Element | null;
    const focused = this.focusedControl(e);
    const seq = this.seq;
    const controller = this.controller ?? new AbortController();
    this.loadingMore = true;
    this.moreFailure = undefined;
    const before = this.courses.length;
    // Pages a start month leaves wholly out add nothing: read on (as far as a new search would).
    for (let read = 0, url: string | undefined = next; url && read < LOOK_AHEAD_COURSES; url = this.next) {
      const result = await client.listCoursesAt(url, this.callOptions(controller.signal));
      if (seq !== this.seq) return;
      if (!result.ok) {
        this.loadingMore = false;
        this.moreFailure = result.error;
        this.announcement = this.inLocale(() => describeFailure(result.error));
        // The button gave way to the message: focus on its "Try again".
        if (focused) this.focusMove = { from: focused, to: ['.more-error button'] };
        return;
      }
      this.accept(result.value, this.filters);
      if (this.courses.length > before || result.value.courses.length === 0) break;
      read += result.value.courses.length;
    }
    this.loadingMore = false;
    const added = this.courses.length - before;
    this.announcement = this.inLocale(() =>
      // A count after a colon: "1 more courses" is wrong, and so would be most languages' plurals.
      msg(str`Courses added: ${added}. You see ${this.courses.length} of ${this.total}.`),
    );
    // Focus the first new card, so keyboard and screen-reader users go on where they were;
    // with none new (all left out by the start month), stay, or go to the last card when the button went.
    if (added > 0) this.focusMove = { from: control, to: [`#course-${before}-name`] };
    else if (focused) this.focusMove = { from: focused, to: ['[part~="more"]', `#course-${before - 1}-name`] };
  }

  // ----- filters and the URL ---------------------------------------------------------

  private setFilters(next: CatalogueFilters): void {
    clearTimeout(this.debounce);
    if (sameFilters(next, this.filters)) return;
    this.filters = next;
    if (this.syncUrl) {
      const search = searchWithFilters(location.search, next);
      if (search !== location.search) {
        history.pushState(history.state, '', `${location.pathname}${search}${location.hash}`);
      }
    }
    void this.search();
  }

  private readUrl(): void {
    this.filters = filtersFromSearch(location.search, this.keywords);
    this.draftText = this.filters.text;
  }

  private onPopState = (): void => {
    if (!this.syncUrl) return;
    const next = filtersFromSearch(location.search, this.keywords);
    if (sameFilters(next, this.filters)) return;
    this.filters = next;
    this.draftText = next.text;
    clearTimeout(this.debounce);
    void this.search();
  };

  private onInput(e: Event): void {
    this.draftText = (e.target as HTMLInputElement).value;
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => this.setFilters({ ...this.filters, text: this.draftText }), this.searchDelay);
  }

  private onSubmit(e: Event): void {
    e.preventDefault();
    this.setFilters({ ...this.filters, text: this.draftText });
  }

  private onSelect(key: 'path' | 'level' | 'time' | 'weekday' | 'place' | 'month', e: Event): void {
    const value = (e.target as HTMLSelectElement).value;
    const next: CatalogueFilters = { ...this.filters, text: this.draftText };
    if (!value) delete next[key];
    else if (key === 'weekday') next.weekday = Number(value);
    else if (key === 'path') next.path = value as StudyPath;
    else if (key === 'time') next.time = value as TimeOfDay;
    else next[key] = value;
    this.setFilters(next);
  }

  private onOpenOnly(e: Event): void {
    this.setFilters({ ...this.filters, text: this.draftText, open: (e.target as HTMLInputElement).checked });
  }

  private clearFilters(): void {
    this.draftText = '';
    this.setFilters(emptyFilters());
    this.searchInput?.focus();
  }

  // ----- cards -----------------------------------------------------------------------

  private hrefFor(course: Course): string | undefined {
    return this.enrolHref ? this.enrolHref.replaceAll('{id}', encodeURIComponent(course.id)) : undefined;
  }

  private onToggle = (course: Course): void => {
    const expanded = new Set(this.expanded);
    if (expanded.has(course.id)) {
      expanded.delete(course.id);
    } else {
      expanded.add(course.id);
      const key = detailsKey(course);
      if (!this.details.has(key) || this.details.get(key)?.state === 'failed') void this.loadDetails(course);
    }
    this.expanded = expanded;
  };

  private async loadDetails(course: Course): Promise<void> {
    const key = detailsKey(course);
    const set = (value: DetailsState) => {
      this.details = new Map(this.details).set(key, value);
    };
    const source = course.descriptionHtml?.text;
    if (!source) return set({ state: 'ready', content: undefined });
    set({ state: 'loading' });
    try {
      set({ state: 'ready', content: await sanitizeDescription(source) });
    } catch {
      set({ state: 'failed' });
    }
  }

  private onApply = (event: Event, course: Course): void => {
    const href = this.hrefFor(course);
    const select = new CourseSelectEvent({ id: course.id, course, ...(href ? { href } : {}) });
    if (!this.dispatchEvent(select)) event.preventDefault();
  };

  // ----- render ----------------------------------------------------------------------

  // `selected` gives the first render its value (the options do not exist yet when the
  // select's `.value` is set); `.value` keeps it right after the learner has used the
  // select, when browsers stop following the attribute.
  private option(value: string, label: string, selected: string | undefined): TemplateResult {
    return html`<option value=${value} ?selected=${value === (selected ?? '')}>${label}</option>`;
  }

  private renderFilters(): TemplateResult {
    const f = this.filters;
    const pathLabel: Record<StudyPath, string> = {
      slow: msg('Slow path'),
      basic: msg('Basic path'),
      fast: msg('Fast path'),
      literacy: msg('Literacy training'),
    };
    const levels = Object.keys(this.keywords.levels);
    const weekdays = Object.keys(this.keywords.weekdays)
      .map(Number)
      .sort((a, b) => a - b);
    const places = [...this.places.entries()].sort((a, b) => a[1].text.localeCompare(b[1].text, this.locale));
    if (f.place && !this.places.has(f.place)) places.push([f.place, { text: f.place, lang: this.locale }]);
    const months = upcomingMonths(this.now());
    if (f.month && !months.includes(f.month)) months.unshift(f.month);
    const chosen = chosenFilterCount(f);
    const field = (id: string, label: string, control: TemplateResult) =>
      html`<div class="field"><label for=${id}>${label}</label>${control}</div>`;
    return html`<fieldset class="filters" part="filters">
      <legend>
        ${msg('Filter courses')}${chosen ? html` <span class="chosen">(${msg(str`chosen: ${chosen}`)})</span>` : nothing}
      </legend>
      <div class="grid">
        ${field(
          'f-path',
          msg('Study path'),
          html`<select id="f-path" @change=${(e: Event) => this.onSelect('path', e)} .value=${f.path ?? ''}>
            ${this.option('', msg('All paths'), f.path)} ${PATHS.map((p) => this.option(p, pathLabel[p], f.path))}
          </select>`,
        )}
        ${field(
          'f-level',
          msg('Level'),
          html`<select id="f-level" @change=${(e: Event) => this.onSelect('level', e)} .value=${f.level ?? ''}>
            ${this.option('', msg('All levels'), f.level)} ${levels.map((l) => this.option(l, l, f.level))}
          </select>`,
        )}
        ${field(
          'f-time',
          msg('Time of day'),
          html`<select id="f-time" @change=${(e: Event) => this.onSelect('time', e)} .value=${f.time ?? ''}>
            ${this.option('', msg('Any time'), f.time)} ${this.option('daytime', msg('Daytime'), f.time)}
            ${this.option('evening', msg('Evening (from 16.00)'), f.time)}
          </select>`,
        )}
        ${field(
          'f-day',
          msg('Weekday'),
          html`<select
            id="f-day"
            @change=${(e: Event) => this.onSelect('weekday', e)}
            .value=${f.weekday?.toString() ?? ''}
          >
            ${this.option('', msg('Any day'), f.weekday?.toString())}
            ${weekdays.map((d) => this.option(String(d), weekdayName(d, this.locale), f.weekday?.toString()))}
          </select>`,
        )}
        ${field(
          'f-place',
          msg('Place'),
          html`<select id="f-place" @change=${(e: Event) => this.onSelect('place', e)} .value=${f.place ?? ''}>
            ${this.option('', msg('All places'), f.place)}
            ${places.map(
              ([id, name]) =>
                html`<option value=${id} ?selected=${id === f.place} lang=${contentLang(name, this.locale)}>
                  ${name.text}
                </option>`,
            )}
          </select>`,
        )}
        ${field(
          'f-month',
          msg('Starts in'),
          html`<select id="f-month" @change=${(e: Event) => this.onSelect('month', e)} .value=${f.month ?? ''}>
            ${this.option('', msg('Any month'), f.month)}
            ${months.map((m) => this.option(m, formatMonth(monthBounds(m)!.start, this.locale), f.month))}
          </select>`,
        )}
        <div class="field check">
          <input id="f-open" type="checkbox" .checked=${f.open} @change=${this.onOpenOnly} />
          <label for="f-open">${msg('Enrolment open now')}</label>
        </div>
      </div>
    </fieldset>`;
  }

  private renderSkeleton(): TemplateResult {
    return html`<ul class="list" part="list" aria-busy="true" aria-label=${msg('Courses')}>
      ${[0, 1, 2].map(
        () =>
          html`<li class="card skeleton-card" aria-hidden="true">
            <div class="skeleton line wide"></div>
            <div class="skeleton line"></div>
            <div class="skeleton line short"></div>
          </li>`,
      )}
    </ul>`;
  }

  private renderResults(): TemplateResult {
    // The skeleton only on the first load: later searches keep the list, marked busy, and
    // update it in place (less flicker, and the learner does not lose their place).
    const busy = this.status === 'loading';
    if (busy && this.courses.length === 0) return this.renderSkeleton();
    if (this.status === 'error') {
      const failure = this.failure!;
      return html`<div class="notice error" part="error" tabindex="-1">
        <p>${failure === 'setup' ? msg('The course list is not set up on this page.') : describeFailure(failure)}</p>
        ${
          failure !== 'setup' && isTransient(failure)
            ? html`<button type="button" class="button" @click=${this.retrySearch}>${msg('Try again')}</button>`
            : nothing
        }
      </div>`;
    }
    if (this.courses.length === 0 && this.next && !this.moreFailure) {
      // The look-ahead ran out before the list did: not "none", but "none yet".
      return html`<div class="notice empty" part="empty" tabindex="-1">
        <p><strong>${msg('No courses found yet.')}</strong></p>
        <p>${msg('The list goes on. Look further, or try fewer filters.')}</p>
        <button
          type="button"
          class="button"
          part="more"
          aria-disabled=${this.loadingMore ? 'true' : 'false'}
          @click=${this.showMore}
        >
          ${this.loadingMore ? msg('Loading…') : msg('Look further')}
        </button>
      </div>`;
    }
    if (this.courses.length === 0 && !this.moreFailure) {
      const filtered = hasAnyFilter(this.filters);
      return html`<div class="notice empty" part="empty" tabindex="-1">
        <p><strong>${msg('No courses found.')}</strong></p>
        ${
          filtered
            ? html`<p>${msg('Try fewer filters or other words.')}</p>
                <button type="button" class="button secondary" @click=${this.clearFilters}>
                  ${msg('Clear search and filters')}
                </button>`
            : html`<p>${msg('There are no courses right now. Come back later.')}</p>`
        }
      </div>`;
    }
    const labels = cardLabels();
    return html`<ul
        class="list ${busy ? 'stale' : ''}"
        part="list"
        aria-label=${msg('Courses')}
        aria-busy=${busy ? 'true' : 'false'}
      >
        ${this.courses.map((course, index) =>
          renderCourseCard(course, {
            direction: this.direction,
            locale: this.locale,
            labels,
            index,
            expanded: this.expanded.has(course.id),
            details: this.details.get(detailsKey(course)),
            href: this.hrefFor(course),
            onToggle: this.onToggle,
            onApply: this.onApply,
          }),
        )}
      </ul>
      ${
        this.moreFailure
          ? html`<div class="notice error more-error">
              <p>${describeFailure(this.moreFailure)}</p>
              <button type="button" class="button" @click=${this.showMore}>${msg('Try again')}</button>
            </div>`
          : this.next && !busy
            ? // Only aria-disabled while loading (showMore ignores a second press): a disabled
              // button loses focus, and the learner is thrown to the top of the page.
              html`<p class="more">
                <button
                  type="button"
                  class="button secondary"
                  part="more"
                  aria-disabled=${this.loadingMore ? 'true' : 'false'}
                  @click=${this.showMore}
                >
                  ${this.loadingMore ? msg('Loading…') : msg('Show more courses')}
                </button>
              </p>`
            : nothing
      }`;
  }

  override render(): TemplateResult {
    const loaded = this.status === 'loaded' && this.courses.length > 0;
    return html`<form class="search" part="search" role="search" @submit=${this.onSubmit}>
        <div class="field search-field">
          <label for="search">${msg('Search courses')}</label>
          <div class="search-row">
            <input id="search" type="search" autocomplete="off" .value=${this.draftText} @input=${this.onInput} />
            <button type="submit" class="button">${msg('Search')}</button>
          </div>
        </div>
        ${this.renderFilters()}
      </form>
      <p class="count" part="status" aria-hidden=${loaded ? 'false' : 'true'}>
        ${
          loaded
            ? msg(str`Courses found: ${this.total}`)
            : this.status === 'loading' && this.courses.length
              ? html`<span class="spinner" aria-hidden="true"></span> ${msg('Searching for courses…')}`
              : nothing
        }
      </p>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      ${this.renderResults()}`;
  }
}
