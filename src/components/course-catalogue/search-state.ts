/**
 * What the learner asks the catalogue for: the filters, the text being typed (searched for
 * after a pause, or at once on Enter), and with `sync-url` the page URL, so that a link can
 * be shared and Back works. A new `filters` object is a new search (the results' Loader
 * compares it by identity), so it is replaced only when the search really changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { KeywordConfig, StudyPath, TimeOfDay } from '../../api/linked-events/course.js';
import { emptyFilters, filtersFromSearch, sameFilters, searchWithFilters, type CatalogueFilters } from './filters.js';

export interface SearchInputs {
  /** The `sync-url` property. */
  syncUrl: () => boolean;
  /** Which keyword ids mean a level (for reading the URL). */
  keywords: () => KeywordConfig;
  /** Milliseconds to wait after typing before searching. */
  delay: () => number;
}

/** A filter chosen from a list. */
export type FilterKey = 'path' | 'level' | 'time' | 'weekday' | 'place' | 'month';

export class SearchState implements ReactiveController {
  /** The search in force. */
  filters: CatalogueFilters = emptyFilters();
  /** What the search box holds; it becomes the search text after a pause. */
  text = '';
  private debounce: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly inputs: SearchInputs,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Also when moved in the page (a CMS script may do that): the URL may have changed meanwhile.
    if (this.inputs.syncUrl()) this.follow(filtersFromSearch(location.search, this.inputs.keywords()));
    window.addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
    clearTimeout(this.debounce);
  }

  /** The learner typed: search for it after a pause. */
  type(text: string): void {
    this.text = text;
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => this.set({ ...this.filters, text: this.text }), this.inputs.delay());
    this.host.requestUpdate();
  }

  /** Enter or "Search": search for the text now. */
  submit(): void {
    this.set({ ...this.filters, text: this.text });
  }

  /** A filter chosen from its list; an empty value is "any". */
  choose(key: FilterKey, value: string): void {
    const next: CatalogueFilters = { ...this.filters, text: this.text };
    if (!value) delete next[key];
    else if (key === 'weekday') next.weekday = Number(value);
    else if (key === 'path') next.path = value as StudyPath;
    else if (key === 'time') next.time = value as TimeOfDay;
    else next[key] = value;
    this.set(next);
  }

  /** "Enrolment open now". */
  setOpen(open: boolean): void {
    this.set({ ...this.filters, text: this.text, open });
  }

  /** "Clear search and filters". */
  clear(): void {
    this.text = '';
    this.set(emptyFilters());
  }

  private set(next: CatalogueFilters): void {
    clearTimeout(this.debounce);
    if (sameFilters(next, this.filters)) return;
    this.filters = next;
    if (this.inputs.syncUrl()) {
      const search = searchWithFilters(location.search, next);
      if (search !== location.search) {
        history.pushState(history.state, '', `${location.pathname}${search}${location.hash}`);
      }
    }
    this.host.requestUpdate();
  }

  /** Filters read from the URL: the search box shows their text. */
  private follow(next: CatalogueFilters): void {
    this.text = next.text;
    if (!sameFilters(next, this.filters)) this.filters = next;
    this.host.requestUpdate();
  }

  private readonly onPopState = (): void => {
    if (!this.inputs.syncUrl()) return;
    const next = filtersFromSearch(location.search, this.inputs.keywords());
    if (sameFilters(next, this.filters)) return;
    clearTimeout(this.debounce);
    this.follow(next);
  };
}
