/**
 * Thin typed client for Linked Events v1: courses (`event/?event_type=Course`),
 * registrations, seat holds and signups. Validates at the edge, normalises into
 * `Course` and `Registration`, and reports every failure as data.
 *
 * `LinkedEventsClient` does everything; each element makes the half it needs
 * (`LinkedEventsCourseClient` in courses.ts, `LinkedEventsEnrolmentClient` in enrolment.ts),
 * so that a page with the catalogue does not ship the enrolment requests and their schemas,
 * nor a page with the form the course listing (issue 18).
 */
import type { Result } from '../http.js';
import type { LinkedEventsCallOptions } from './connection.js';
import {
  listCourses,
  listCoursesAt,
  type CourseCatalogueClient,
  type CoursePage,
  type CourseQuery,
} from './courses.js';
import { LinkedEventsEnrolmentClient } from './enrolment.js';

export type { LinkedEventsCallOptions, LinkedEventsClientOptions } from './connection.js';
export { LinkedEventsCourseClient, type CourseCatalogueClient, type CoursePage, type CourseQuery } from './courses.js';
export { LinkedEventsEnrolmentClient, type EnrolmentClient } from './enrolment.js';

/** Lists courses and enrols: both halves of the API, for a portal's own use. */
export class LinkedEventsClient extends LinkedEventsEnrolmentClient implements CourseCatalogueClient {
  /** Lists courses: always `event_type=Course` with places, keywords, languages and registrations included. */
  listCourses(query: CourseQuery, options?: LinkedEventsCallOptions): Promise<Result<CoursePage>> {
    return listCourses(this.api, query, options);
  }

  /**
   * Follows the API's `next` link: only its query is kept, sent to `event/` below the
   * configured base. Behind a proxy the link may name a host the browser cannot reach, and
   * an absolute URL to another origin is never followed.
   */
  listCoursesAt(nextUrl: string, options?: LinkedEventsCallOptions): Promise<Result<CoursePage>> {
    return listCoursesAt(this.api, nextUrl, options);
  }
}
