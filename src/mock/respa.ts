/**
 * Fake of Respa v1 (bookable resources). Written by the guidance-booking issue.
 */
import { notFound, type FakeApi, type FakeResponse } from './core.js';

export class RespaFake implements FakeApi {
  constructor(private readonly now: () => number) {}

  reservationCount(): number {
    return 0;
  }

  handle(): FakeResponse {
    void this.now;
    return notFound();
  }
}
