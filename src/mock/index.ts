/**
 * `koto-elements/mock`: the in-repo fake of the three municipal APIs (Linked Events,
 * Respa, PTV), with in-memory state, realistic Porvoo seed data and misbehaviour on
 * request. The demo page, Storybook and the tests all use this one fake; a portal can
 * use it to test its own integration:
 *
 * ```ts
 * import { createKotoMock } from 'koto-elements/mock';
 * const mock = createKotoMock();
 * const client = new LinkedEventsClient({ baseUrl: 'https://x.invalid/linkedevents/v1/', fetch: mock.fetch });
 * ```
 */
import { FakeNetworkError, FakeRouter, type FaultRule } from './core.js';
import { LinkedEventsFake } from './linked-events.js';
import { RespaFake } from './respa.js';
import { PtvFake } from './ptv.js';
import { addSeries, applyQuirks, parseQuirks, seriesFilter, type Quirk } from './quirks.js';

export type { Fault, FaultRule, FakeApiName } from './core.js';
export { FAULT_HEADER, FAULT_PARAM, parseFault } from './core.js';
export type { Quirk } from './quirks.js';
export { QUIRKS, QUIRK_HEADER, QUIRK_PARAM, SERIES, INTERNAL_HOST } from './quirks.js';

export interface KotoMockOptions {
  /** The fake's "now" (an instant or ISO string); the clock then runs on from it. Default: the real time. */
  now?: number | string;
  /** How many courses to seed (default: the 36 hand-made Porvoo courses; more are generated, for benchmarks). */
  courses?: number;
  /**
   * Real-shaped answers for the whole world (./QUIRKS.md): `unexpanded-location`,
   * `null-end-time`, `series`, `next-host`, `phone-languages`. A request can add more with
   * the `x-koto-mock-quirk` header or the `koto_mock_quirk` parameter.
   */
  quirks?: Quirk[];
}

/** A mutable clock: real time shifted by an offset that tests can set or advance. */
export class MockClock {
  private offset = 0;
  constructor(now?: number | string) {
    if (now !== undefined) this.set(now);
  }
  now = (): number => Date.now() + this.offset;
  set(now: number | string): void {
    const t = typeof now === 'number' ? now : Date.parse(now);
    if (Number.isFinite(t)) this.offset = t - Date.now();
  }
  advance(ms: number): void {
    this.offset += ms;
  }
}

/** One isolated world of the three fake APIs. */
export class KotoMock {
  readonly clock: MockClock;
  readonly linkedEvents: LinkedEventsFake;
  readonly respa: RespaFake;
  readonly ptv: PtvFake;
  private readonly router: FakeRouter;

  constructor(options: KotoMockOptions = {}) {
    this.clock = new MockClock(options.now);
    this.linkedEvents = new LinkedEventsFake(this.clock.now, { courses: options.courses });
    this.respa = new RespaFake(this.clock.now);
    this.ptv = new PtvFake(this.clock.now);
    const quirks = parseQuirks((options.quirks ?? []).join(','));
    this.linkedEvents.listFilters.push(seriesFilter(this.linkedEvents));
    if (quirks.includes('series')) addSeries(this.linkedEvents, this.clock.now());
    this.router = new FakeRouter(
      { linkedEvents: this.linkedEvents, respa: this.respa, ptv: this.ptv },
      (api, req, result, spec) =>
        applyQuirks(api, new Set([...quirks, ...parseQuirks(spec)]), req, result, this.linkedEvents),
    );
  }

  /** Queues misbehaviour for the next matching request(s). */
  addFault(rule: FaultRule): void {
    this.router.addFault(rule);
  }

  clearFaults(): void {
    this.router.clearFaults();
  }

  /** Requests seen so far: method, API, path below the base, status. */
  get log() {
    return this.router.log;
  }

  /** Answers a request, or `undefined` when the path is none of the three APIs. */
  handle(request: Request): Promise<Response | undefined> {
    return this.router.handle(request);
  }

  /** A `fetch` served entirely by the fake: pass it to a client's `fetch` option. */
  fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    try {
      return (await this.handle(request)) ?? new Response('{"detail":"Not found."}', { status: 404 });
    } catch (error) {
      if (error instanceof FakeNetworkError) throw new TypeError('Failed to fetch');
      throw error;
    }
  };

  /** A summary of the state, for tests that count what a flow created. */
  state() {
    return {
      signups: this.linkedEvents.signupCount(),
      seatReservations: this.linkedEvents.seatReservationCount(),
      reservations: this.respa.reservationCount(),
      requests: this.log.length,
    };
  }
}

export function createKotoMock(options?: KotoMockOptions): KotoMock {
  return new KotoMock(options);
}
