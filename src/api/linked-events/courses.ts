/**
 * Listing courses in Linked Events v1 (`event/?event_type=Course`): what
 * `<koto-course-catalogue>` needs, without the enrolment requests and their schemas
 * (`enrolment.ts`), which a page that only lists courses does not load.
 */
import * as z from 'zod/mini';
import type { Result } from '../http.js';
import type { Course } from './course.js';
import {
  Connection,
  INCLUDE,
  idOf,
  type LinkedEventsCallOptions,
  type LinkedEventsClientOptions,
} from './connection.js';
import { Event, EventPage, type EventWire } from './schemas.js';

/** What a course search can ask; every field maps to the API's own query parameter. */
export interface CourseQuery {
  /** Free text (`text`). */
  text?: string;
  /** Keyword ids, any of which matches (`keyword`, comma = OR). */
  keyword?: string[];
  /** Keyword ids, all of which must match (`keyword_AND`). */
  keywordAll?: string[];
  /**
   * Groups of keyword ids: a course must have one id of every group (`keyword_OR_set1`,
   * `keyword_OR_set2` …, each comma = OR, the groups AND). For a level with its sub-levels.
   */
  keywordAnyOf?: string[][];
  /** ISO date, `today` or `now` (`start`: courses that end after it). */
  start?: string;
  /** ISO date (`end`: courses that start before it). */
  end?: string;
  /** Hours of the local day, `16` or `16:30`: only courses whose sessions start then or later (`starts_after`). */
  startsAfter?: string;
  /** Hours of the local day: only courses whose sessions end by then (`ends_before`). */
  endsBefore?: string;
  /**
   * Only courses with a registration whose enrolment has not ended and with seats left
   * (`enrolment_open`). Linked Events checks neither the start of enrolment nor the status: a
   * cancelled course, or one whose enrolment opens later, still comes.
   */
  enrolmentOpen?: boolean;
  /** As `enrolmentOpen`, also when the seats are taken but the waiting list has room (`enrolment_open_waitlist`). */
  enrolmentOpenWaitlist?: boolean;
  /** Place ids (`location`). */
  location?: string[];
  /** Organisation ids (`publisher`). */
  publisher?: string[];
  page?: number;
  pageSize?: number;
  /** For example `start_time` or `-enrolment_start_time`. */
  sort?: string;
}

export interface CoursePage {
  count: number;
  courses: Course[];
  /** The API's link to the next page, for `listCoursesAt()`. */
  next?: string;
  /** Events left out because they did not validate (real data is messy; one bad item hides nothing else). */
  skipped: number;
}

/** What `<koto-course-catalogue>` needs; a portal may implement it over its own data. */
export interface CourseCatalogueClient {
  listCourses(query: CourseQuery, options?: LinkedEventsCallOptions): Promise<Result<CoursePage>>;
  listCoursesAt(nextUrl: string, options?: LinkedEventsCallOptions): Promise<Result<CoursePage>>;
  /**
   * @deprecated The catalogue never asks for one course (the enrolment form does, through
   * `EnrolmentClient`). Optional since issue 18, so that clients written with it still fit.
   */
  getCourse?(id: string, options?: LinkedEventsCallOptions): Promise<Result<Course>>;
}

async function toPage(
  api: Connection,
  value: { meta: { count: number; next?: string | null | undefined }; data: unknown[] },
  options: LinkedEventsCallOptions,
): Promise<CoursePage> {
  const events: EventWire[] = [];
  let skipped = 0;
  for (const item of value.data) {
    const parsed = z.safeParse(Event, item);
    if (!parsed.success) skipped++;
    else events.push(parsed.data);
  }
  // A series is one course: its sub-events are its dates, not courses of their own. The
  // list asks the API to leave them out (`hide_recurring_children`); any that still come
  // with their series on the same page are dropped here.
  const series = new Set(events.filter((e) => e.super_event_type === 'recurring').map((e) => e.id));
  const shown = events.filter((e) => {
    const parent = idOf(e.super_event?.['@id']);
    return !(parent && series.has(parent));
  });
  const expanded = await Promise.all(shown.map((e) => api.expandLocation(e, options)));
  const page: CoursePage = { count: value.meta.count, courses: expanded.map((e) => api.course(e, options)), skipped };
  if (value.meta.next) page.next = value.meta.next;
  return page;
}

/** Lists courses: always `event_type=Course` with places, keywords, languages and registrations included. */
export async function listCourses(
  api: Connection,
  query: CourseQuery,
  options: LinkedEventsCallOptions = {},
): Promise<Result<CoursePage>> {
  const join = (list?: string[]) => (list && list.length ? list.join(',') : undefined);
  const anyOf = Object.fromEntries(
    (query.keywordAnyOf ?? []).filter((set) => set.length).map((set, i) => [`keyword_OR_set${i + 1}`, join(set)]),
  );
  const result = await api.http.request({
    path: 'event/',
    query: {
      event_type: 'Course',
      include: INCLUDE,
      text: query.text?.trim(),
      keyword: join(query.keyword),
      keyword_AND: join(query.keywordAll),
      ...anyOf,
      start: query.start,
      end: query.end,
      starts_after: query.startsAfter,
      ends_before: query.endsBefore,
      enrolment_open: query.enrolmentOpen ? 'true' : undefined,
      enrolment_open_waitlist: query.enrolmentOpenWaitlist ? 'true' : undefined,
      location: join(query.location),
      publisher: join(query.publisher),
      page: query.page,
      page_size: query.pageSize,
      sort: query.sort,
      hide_recurring_children: true,
    },
    schema: EventPage,
    language: options.language,
    signal: options.signal,
  });
  return result.ok ? { ok: true, value: await toPage(api, result.value, options) } : result;
}

/**
 * Follows the API's `next` link: only its query is kept, sent to `event/` below the
 * configured base. Behind a proxy the link may name a host the browser cannot reach, and
 * an absolute URL to another origin is never followed.
 */
export async function listCoursesAt(
  api: Connection,
  nextUrl: string,
  options: LinkedEventsCallOptions = {},
): Promise<Result<CoursePage>> {
  let query: Record<string, string>;
  try {
    query = Object.fromEntries(new URL(nextUrl, 'http://localhost/').searchParams);
  } catch {
    return { ok: false, error: { kind: 'invalid-response', issues: [`meta.next: not a link: ${nextUrl}`] } };
  }
  const result = await api.http.request({
    path: 'event/',
    query,
    schema: EventPage,
    language: options.language,
    signal: options.signal,
  });
  return result.ok ? { ok: true, value: await toPage(api, result.value, options) } : result;
}

/**
 * A Linked Events client that only lists courses: what `<koto-course-catalogue>` makes for its
 * `api-base`. `LinkedEventsClient` does the same and enrols too.
 */
export class LinkedEventsCourseClient implements CourseCatalogueClient {
  private readonly api: Connection;

  constructor(options: LinkedEventsClientOptions) {
    this.api = new Connection(options);
  }

  /** Lists courses: always `event_type=Course` with places, keywords, languages and registrations included. */
  listCourses(query: CourseQuery, options?: LinkedEventsCallOptions): Promise<Result<CoursePage>> {
    return listCourses(this.api, query, options);
  }

  /** Follows the API's `next` link (only its query, sent to `event/` below the configured base). */
  listCoursesAt(nextUrl: string, options?: LinkedEventsCallOptions): Promise<Result<CoursePage>> {
    return listCoursesAt(this.api, nextUrl, options);
  }
}
