/**
 * Test access to the project's one API fake, served by the test runner at
 * `/mock-api/{tenant}/…`. Every call to `mockApi()` makes a fresh, isolated world.
 */
import type { FaultRule, KotoMockOptions } from '../../src/mock/index.js';
import type { SeedEvent } from '../../src/mock/seed/linked-events.js';

export interface MockApi {
  tenant: string;
  linkedEvents: string;
  respa: string;
  ptv: string;
  /** Queues misbehaviour for the next matching request(s). */
  fault(rule: FaultRule): Promise<void>;
  /**
   * Adds a Linked Events event, or changes fields of an existing one: for content the seed
   * does not have (a hostile description, a renamed course). A new event copies the first
   * seeded course. Resolves to the event as stored.
   */
  putEvent(event: Partial<SeedEvent> & { id: string }): Promise<SeedEvent>;
  /** The same for a Respa resource (a new one copies the first seeded resource). */
  putResource(resource: Record<string, unknown> & { id: string }): Promise<Record<string, unknown>>;
  /** The same for a PTV service channel or organisation (a new one copies the first seeded item). */
  putPtv(
    kind: 'channel' | 'organization',
    item: Record<string, unknown> & { id: string },
  ): Promise<Record<string, unknown>>;
  /** Moves the fake's clock. */
  clock(change: { advance?: number; now?: string | number }): Promise<void>;
  /** Counts of what flows created, and every request the fake saw. */
  state(): Promise<{
    signups: number;
    seatReservations: number;
    reservations: number;
    requests: number;
    log: { method: string; api: string; path: string; status: number }[];
  }>;
}

let counter = 0;

async function post<T = unknown>(url: string, body: unknown): Promise<T> {
  const res = await fetch(url, { method: 'POST', body: JSON.stringify(body ?? {}) });
  if (!res.ok) throw new Error(`mock control ${url}: ${res.status}`);
  return (await res.json()) as T;
}

export async function mockApi(options: KotoMockOptions = {}): Promise<MockApi> {
  const tenant = `t${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  const root = `/mock-api/${tenant}/`;
  // The fake's clock starts at the page's: the same instant under KOTO_NOW (see README).
  await post(`${root}__control/reset`, { now: Date.now(), ...options });
  return {
    tenant,
    linkedEvents: `${root}linkedevents/v1/`,
    respa: `${root}respa/v1/`,
    ptv: `${root}ptv/v11/`,
    fault: async (rule) => void (await post(`${root}__control/fault`, rule)),
    putEvent: (event) => post<SeedEvent>(`${root}__control/linked-events/event`, event),
    putResource: (resource) => post(`${root}__control/respa/resource`, resource),
    putPtv: (kind, item) => post(`${root}__control/ptv/${kind}`, item),
    clock: async (change) => void (await post(`${root}__control/clock`, change)),
    state: async () => (await fetch(`${root}__control/state`)).json(),
  };
}

/**
 * For a suite whose every test wants a fresh fake: registers the `beforeEach` that makes one,
 * and returns a stand-in that always reaches the current test's fake.
 */
export function mockApiForEachTest(options: KotoMockOptions = {}): MockApi {
  let current: MockApi | undefined;
  beforeEach(async () => {
    current = await mockApi(options);
  });
  return new Proxy({} as MockApi, {
    get(_, key) {
      if (!current) throw new Error('the API fake exists only while a test runs');
      return current[key as keyof MockApi];
    },
  });
}
