import type { Course } from '../../api/linked-events/course.js';

export interface CourseSelectDetail {
  /** The Linked Events id of the course, such as `porvoo:koto-01`. */
  id: string;
  /** The course as the catalogue shows it. */
  course: Course;
  /** Where "Apply" leads (`enrol-href` with the id filled in), when there is such a page. */
  href?: string;
}

/**
 * The learner chose "Apply" on a course. Cancel it (`preventDefault()`) to handle the
 * choice in the page itself (for example, open the enrolment form in place) instead of
 * following `enrol-href`.
 */
export class CourseSelectEvent extends Event {
  static readonly type = 'koto-course-select';
  readonly detail: CourseSelectDetail;
  constructor(detail: CourseSelectDetail) {
    super(CourseSelectEvent.type, { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'koto-course-select': CourseSelectEvent;
  }
}
