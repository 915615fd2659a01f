import { expect } from '@open-wc/testing';
import { orderForLearner } from '../../../src/components/course-catalogue/order.js';
import type { Course } from '../../../src/api/linked-events/course.js';

type Facts = Pick<Course, 'id' | 'status' | 'enrolment' | 'seats'>;
const course = (
  id: string,
  status: Course['status'],
  state: Course['enrolment']['state'],
  seats: Course['seats'] = {},
) => ({ id, status, enrolment: { state }, seats }) as Facts;
const ids = (list: readonly Facts[]) => list.map((c) => c.id);

describe('course list order', () => {
  describe('courses a learner can act on come first', () => {
    it('a seat now, then the waiting list, then enrolment that opens later; ended and full after; cancelled last', () => {
      // As the API sends them: by start time, so the courses that ended long ago come first.
      const byStart = [
        course('ended', 'scheduled', 'closed', { left: 2 }),
        course('cancelled', 'cancelled', 'open', { left: 5 }),
        course('full', 'scheduled', 'open', { left: 0, waitingListLeft: 0 }),
        course('postponed', 'postponed', 'open', { left: 5 }),
        course('opens-later', 'scheduled', 'upcoming', { left: 16 }),
        course('waiting-list', 'scheduled', 'open', { left: 0, waitingListUnlimited: true }),
        course('seat', 'rescheduled', 'open', { left: 1 }),
      ];
      expect(ids(orderForLearner(byStart))).to.deep.equal([
        'seat',
        'waiting-list',
        'opens-later',
        'ended',
        'full',
        'postponed',
        'cancelled',
      ]);
    });

    it('keeps the order it was given within each group (the start time)', () => {
      const list = [
        course('ended-1', 'scheduled', 'closed'),
        course('open-1', 'scheduled', 'open', { left: 3 }),
        course('ended-2', 'scheduled', 'closed'),
        course('open-2', 'scheduled', 'open'),
        course('open-3', 'scheduled', 'open', { left: 1 }),
      ];
      expect(ids(orderForLearner(list))).to.deep.equal(['open-1', 'open-2', 'open-3', 'ended-1', 'ended-2']);
    });

    it('a cancelled course whose enrolment window is still open is not among those open', () => {
      const list = [course('cancelled', 'cancelled', 'open', { left: 9 }), course('open', 'scheduled', 'open')];
      expect(ids(orderForLearner(list))).to.deep.equal(['open', 'cancelled']);
    });

    it('changes nothing it is given', () => {
      const list = [course('b', 'scheduled', 'closed'), course('a', 'scheduled', 'open')];
      const copy = [...list];
      orderForLearner(list);
      expect(list).to.deep.equal(copy);
      expect(orderForLearner([])).to.deep.equal([]);
    });
  });
});
