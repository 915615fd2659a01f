/**
 * The catalogue's filter state: what a learner chose, how it becomes a Linked Events
 * query, and how it is kept in the page URL. Pure: no DOM, no I/O.
 */
import type { CourseQuery } from '../../api/linked-events/client.js';
import {
  levelKeywordIds,
  takesRequests,
  type Course,
  type KeywordConfig,
  type StudyPath,
  type TimeOfDay,
} from '../../api/linked-events/course.js';
import { fromZoned, toZoned } from '../../shared/time.js';

export interface CatalogueFilters {
  /** Free text. */
  text: string;
  path?: StudyPath;
  /** A level label from the keyword configuration, such as `A1` (with its sub-levels) or `A1.1`. */
  level?: string;
  time?: TimeOfDay;
  /** 1 (Monday) – 7 (Sunday). */
  weekday?: number;
  /** A place id. */
  place?: string;
  /** Only courses that take a request now: a seat, or a place on the waiting list. */
  open: boolean;
  /** Start month, `YYYY-MM`. */
  month?: string;
}

export const emptyFilters = (): CatalogueFilters => ({ text: '', open: false });

/** How many filters (not counting the search text) are chosen. */
export function chosenFilterCount(f: CatalogueFilters): number {
  return (
    [f.path, f.level, f.time, f.weekday, f.place, f.month].filter((v) => v !== undefined).length + (f.open ? 1 : 0)
  );
}

export function hasAnyFilter(f: CatalogueFilters): boolean {
  return f.text.trim() !== '' || chosenFilterCount(f) > 0;
}

/** What the element adds to every query (its attributes). */
export interface PresetQuery {
  keyword?: string[];
  publisher?: string[];
  location?: string[];
  pageSize?: number;
}

const STUDY_PATHS: readonly StudyPath[] = ['slow', 'basic', 'fast', 'literacy'];
const MONTH = /^(\d{4})-(\d{2})$/;

/** The first instant of a `YYYY-MM` month and of the month after it, in Helsinki. */
export function monthBounds(month: string): { start: number; next: number } | undefined {
  const m = MONTH.exec(month);
  if (!m) return undefined;
  const year = Number(m[1]);
  const mon = Number(m[2]);
  if (mon < 1 || mon > 12) return undefined;
  return {
    start: fromZoned(year, mon, 1),
    next: mon === 12 ? fromZoned(year + 1, 1, 1) : fromZoned(year, mon + 1, 1),
  };
}

/** `count` months from the one `now` falls in, as `YYYY-MM`. */
export function upcomingMonths(now: number, count = 12): string[] {
  const z = toZoned(now);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const index = z.month - 1 + i;
    const year = z.year + Math.floor(index / 12);
    out.push(`${year}-${String((index % 12) + 1).padStart(2, '0')}`);
  }
  return out;
}

const lastDay = (month: string): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(days).padStart(2, '0')}`;
};

/**
 * The API query for the filters. Path and weekday go to `keyword_AND` (the first keyword id
 * configured for each); the level to `keyword_OR_set1`, with its sub-levels (courses are
 * tagged `A1.1`, `A1.2` …, and "A1" must find them); time of day to `starts_after=16`
 * (evening) or `ends_before=17` (daytime); the start month to `start`/`end` (courses running
 * that month; `refine()` then drops those that began earlier); "enrolment open now" to
 * `enrolment_open_waitlist` (a full course whose waiting list has room takes requests too;
 * `refine()` then drops what the API lets through); place to `location`; the text to `text`.
 */
export function toQuery(f: CatalogueFilters, preset: PresetQuery, config: KeywordConfig): CourseQuery {
  const q: CourseQuery = { sort: 'start_time' };
  const text = f.text.trim();
  if (text) q.text = text;
  if (preset.keyword?.length) q.keyword = preset.keyword;
  if (preset.publisher?.length) q.publisher = preset.publisher;
  if (preset.pageSize) q.pageSize = preset.pageSize;
  const all: string[] = [];
  const first = (ids: string[] | undefined) => {
    if (ids?.[0]) all.push(ids[0]);
  };
  if (f.path) first(config.paths[f.path]);
  if (f.weekday) first(config.weekdays[f.weekday]);
  if (all.length) q.keywordAll = all;
  const level = f.level ? levelKeywordIds(config, f.level) : [];
  if (level.length) q.keywordAnyOf = [level];
  if (f.time === 'evening') q.startsAfter = '16';
  if (f.time === 'daytime') q.endsBefore = '17';
  if (f.month && monthBounds(f.month)) {
    q.start = `${f.month}-01`;
    q.end = lastDay(f.month);
  }
  if (f.open) q.enrolmentOpenWaitlist = true;
  if (f.place) q.location = [f.place];
  else if (preset.location?.length) q.location = preset.location;
  return q;
}

/**
 * What the API cannot do, done on the loaded pages: with a start month, a course that
 * began before that month (and is still running in it) is left out; with "enrolment open
 * now", so is every course that takes no request now. Linked Events' `enrolment_open_waitlist`
 * lists cancelled and postponed courses, and courses whose enrolment opens later.
 */
export function refine(courses: readonly Course[], f: CatalogueFilters): Course[] {
  const bounds = f.month ? monthBounds(f.month) : undefined;
  return courses.filter(
    (c) => (!bounds || !c.start || c.start.instant >= bounds.start) && (!f.open || takesRequests(c)),
  );
}

/** URL parameter names: prefixed, so they never clash with the host page's own. */
export const URL_PARAMS = {
  text: 'koto-q',
  path: 'koto-path',
  level: 'koto-level',
  time: 'koto-time',
  weekday: 'koto-day',
  place: 'koto-place',
  open: 'koto-open',
  month: 'koto-month',
} as const;

/** Reads filters from a page URL's query; unknown or broken values are ignored. */
export function filtersFromSearch(search: string, config: KeywordConfig): CatalogueFilters {
  const p = new URLSearchParams(search);
  const f = emptyFilters();
  f.text = p.get(URL_PARAMS.text) ?? '';
  const path = p.get(URL_PARAMS.path);
  if (path && (STUDY_PATHS as readonly string[]).includes(path)) f.path = path as StudyPath;
  const level = p.get(URL_PARAMS.level);
  if (level && level in config.levels) f.level = level;
  const time = p.get(URL_PARAMS.time);
  if (time === 'daytime' || time === 'evening') f.time = time;
  const day = Number(p.get(URL_PARAMS.weekday));
  if (Number.isInteger(day) && day >= 1 && day <= 7) f.weekday = day;
  const place = p.get(URL_PARAMS.place);
  if (place) f.place = place;
  f.open = p.get(URL_PARAMS.open) === '1';
  const month = p.get(URL_PARAMS.month);
  if (month && monthBounds(month)) f.month = month;
  return f;
}

/** Writes filters into a page URL's query, keeping the page's own parameters. */
export function searchWithFilters(search: string, f: CatalogueFilters): string {
  const p = new URLSearchParams(search);
  for (const name of Object.values(URL_PARAMS)) p.delete(name);
  const set = (name: string, value: string | number | undefined) => {
    if (value !== undefined && value !== '') p.set(name, String(value));
  };
  set(URL_PARAMS.text, f.text.trim());
  set(URL_PARAMS.path, f.path);
  set(URL_PARAMS.level, f.level);
  set(URL_PARAMS.time, f.time);
  set(URL_PARAMS.weekday, f.weekday);
  set(URL_PARAMS.place, f.place);
  if (f.open) p.set(URL_PARAMS.open, '1');
  set(URL_PARAMS.month, f.month);
  const out = p.toString();
  return out ? `?${out}` : '';
}

/**
 * A link to the enrolment page that carries the search, when that page is this page (the
 * catalogue and the form side by side, `enrol-href="?course={id}#enrol"`): the catalogue
 * there reads the same filters back, so the learner who returns from the form ("See all
 * courses", or a link to `#courses`) finds the search they made. A link to another page,
 * or one that sets a filter itself, is left as it is.
 */
export function linkWithFilters(href: string, f: CatalogueFilters, here: string): string {
  let url: URL;
  let page: URL;
  try {
    url = new URL(href, here);
    page = new URL(here);
  } catch {
    return href;
  }
  if (url.origin !== page.origin || url.pathname !== page.pathname) return href;
  const search = new URLSearchParams(searchWithFilters('', f));
  if ([...search.keys()].some((name) => url.searchParams.has(name))) return href;
  for (const [name, value] of search) url.searchParams.append(name, value);
  // Keep the link as relative as it was given: `?course=1&koto-level=A1#enrol`.
  return href.startsWith('?') || href.startsWith('#')
    ? `${url.search}${url.hash}`
    : href.startsWith('/') && !href.startsWith('//')
      ? `${url.pathname}${url.search}${url.hash}`
      : url.href;
}

export function sameFilters(a: CatalogueFilters, b: CatalogueFilters): boolean {
  return (
    a.text.trim() === b.text.trim() &&
    a.path === b.path &&
    a.level === b.level &&
    a.time === b.time &&
    a.weekday === b.weekday &&
    a.place === b.place &&
    a.open === b.open &&
    a.month === b.month
  );
}
