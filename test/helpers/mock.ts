/**
 * Test access to the project's one API fake, served by the test runner at
 * `/mock-api/{tenant}/…`. Every call to `mockApi()` makes a fresh, isolated world.
 */
import type { FaultRule, KotoMockOptions } from '../../src/mock/index.js';

export interface MockApi {
  tenant: string;
  linkedEvents: string;
  respa: string;
  ptv: string;
  /** Queues misbehaviour for the next matching request(s). */
  fault(rule: FaultRule): Promise<void>;
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

async function post(url: string, body: unknown): Promise<void> {
  const res = await fetch(url, { method: 'POST', body: JSON.stringify(body ?? {}) });
  if (!res.ok) throw new Error(`mock control ${url}: ${res.status}`);
}

export async function mockApi(options: KotoMockOptions = {}): Promise<MockApi> {
  const tenant = `t${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  const root = `/mock-api/${tenant}/`;
  await post(`${root}__control/reset`, options);
  return {
    tenant,
    linkedEvents: `${root}linkedevents/v1/`,
    respa: `${root}respa/v1/`,
    ptv: `${root}ptv/v11/`,
    fault: (rule) => post(`${root}__control/fault`, rule),
    clock: (change) => post(`${root}__control/clock`, change),
    state: async () => (await fetch(`${root}__control/state`)).json(),
  };
}
