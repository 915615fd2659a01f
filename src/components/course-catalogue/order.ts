/**
 * The order of the course list: courses a learner can act on come first. Pure: no DOM, no I/O.
 *
 * Linked Events sorts by start time only, so courses whose enrolment ended long ago (they
 * started earliest) would come first, and a learner on a phone scrolls past them all to
 * find one to apply for.
 */
import { availability, type Availability, type Course } from '../../api/linked-events/course.js';

/** Lower first: a seat now, the waiting list, opening later; then nothing to do; cancelled last. */
const RANK: Record<Availability, number> = {
  open: 0,
  'waiting-list': 1,
  upcoming: 2,
  full: 3,
  closed: 3,
  postponed: 4,
  cancelled: 5,
};

/**
 * The courses in the order a learner needs them: enrolment open with a seat, then those whose
 * waiting list takes people, then those whose enrolment opens later; then full and ended
 * ones; postponed and cancelled last. Within each group the order given is kept (the API's,
 * by start time). Applied to each page as it comes: cards already shown never move.
 */
export function orderForLearner<T extends Pick<Course, 'status' | 'enrolment' | 'seats'>>(courses: readonly T[]): T[] {
  return courses
    .map((course, index) => ({ course, index, rank: RANK[availability(course)] }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((x) => x.course);
}
