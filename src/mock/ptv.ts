/**
 * Fake of PTV Open API v11 (service channels, organisations). Written by the contact-card issue.
 */
import { notFound, type FakeApi, type FakeResponse } from './core.js';

export class PtvFake implements FakeApi {
  constructor(private readonly now: () => number) {}

  handle(): FakeResponse {
    void this.now;
    return notFound();
  }
}
