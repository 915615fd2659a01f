/**
 * Removed while its request is on the way: no answer finishes into a detached element.
 * Each element is mounted 50 times on an API base that answers slowly and removed at once;
 * a spy on each instance counts state changes after removal. (The 1,000-mount heap,
 * listener and timer check is in `npm run bench`.)
 */
import { expect } from '@open-wc/testing';
import '../../src/define/all.js';
import { mockApi, type MockApi } from '../helpers/mock.js';
import {
  BOOKING_NOW,
  CHANNEL,
  COURSE,
  bookingLoaded,
  cardLoaded,
  catalogueLoaded,
  formLoaded,
  waitUntil,
} from './elements.js';

const MOUNTS = 50;
const LATENCY = 400;

interface Spied {
  el: HTMLElement;
  /** State changes requested after the element left the page. */
  late: string[];
}

function spy(el: HTMLElement): Spied {
  const spied: Spied = { el, late: [] };
  const lit = el as unknown as { requestUpdate(name?: PropertyKey, old?: unknown): void };
  const original = lit.requestUpdate.bind(el);
  lit.requestUpdate = (name?: PropertyKey, old?: unknown) => {
    if (!el.isConnected) spied.late.push(String(name ?? '(render)'));
    original(name, old);
  };
  return spied;
}

const slow = (api: MockApi, folder: string) => `/mock-api/${api.tenant}~latency=${LATENCY}/${folder}`;

const CASES: {
  tag: string;
  now?: string;
  attrs(api: MockApi): Record<string, string>;
  loaded(el: Element): boolean;
}[] = [
  {
    tag: 'koto-course-catalogue',
    loaded: catalogueLoaded,
    attrs: (api) => ({ 'api-base': slow(api, 'linkedevents/v1/') }),
  },
  {
    tag: 'koto-enrolment-form',
    loaded: formLoaded,
    attrs: (api) => ({ 'api-base': slow(api, 'linkedevents/v1/'), event: COURSE.openShort }),
  },
  {
    tag: 'koto-guidance-booking',
    loaded: bookingLoaded,
    now: BOOKING_NOW,
    attrs: (api) => ({ 'api-base': slow(api, 'respa/v1/'), resource: 'porvoo-ohjaus-1' }),
  },
  {
    tag: 'koto-contact-card',
    loaded: cardLoaded,
    attrs: (api) => ({ 'api-base': slow(api, 'ptv/v11/'), channel: CHANNEL.employment }),
  },
];

describe('hostile conditions: removed while loading', function () {
  this.timeout(30_000);

  for (const c of CASES) {
    it(`<${c.tag}>: ${MOUNTS} mounts removed mid-request; no answer reaches a removed element`, async () => {
      const api = await mockApi(c.now ? { now: c.now } : {});
      const host = document.createElement('div');
      document.body.append(host);
      const spies: Spied[] = [];
      // A spy, not a stub: counts the requests the elements start, and passes them on.
      let started = 0;
      const realFetch = window.fetch;
      window.fetch = (...args: Parameters<typeof fetch>) => {
        started++;
        return realFetch(...args);
      };
      try {
        for (let i = 0; i < MOUNTS; i++) {
          const el = document.createElement(c.tag);
          el.setAttribute('lang', 'en');
          for (const [k, v] of Object.entries(c.attrs(api))) el.setAttribute(k, v);
          const spied = spy(el);
          host.append(el);
          const before = started;
          await waitUntil(() => started > before, 'the element sent a request');
          el.remove();
          spies.push(spied);
        }
        // Every answer has had time to arrive (and be dropped).
        await new Promise((r) => setTimeout(r, LATENCY * 3));
        // A control: the same element left in the page does finish loading.
        const kept = document.createElement(c.tag);
        kept.setAttribute('lang', 'en');
        for (const [k, v] of Object.entries(c.attrs(api))) kept.setAttribute(k, v);
        const keptSpy = spy(kept);
        let updates = 0;
        const lit = kept as unknown as { requestUpdate(name?: PropertyKey, old?: unknown): void };
        const inner = lit.requestUpdate.bind(kept);
        lit.requestUpdate = (name?: PropertyKey, old?: unknown) => {
          updates++;
          inner(name, old);
        };
        host.append(kept);
        await (kept as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        const before = updates;
        await waitUntil(() => updates > before, 'the kept element gets its answer');
        expect(keptSpy.late).to.deep.equal([]);
      } finally {
        window.fetch = realFetch;
        host.remove();
      }
      expect(started, 'requests were on the way').to.be.at.least(MOUNTS);
      const late = spies.filter((s) => s.late.length).map((s) => s.late.join(','));
      expect(late, 'state changed after removal').to.deep.equal([]);
    });
  }

  for (const c of CASES) {
    it(`<${c.tag}>: moved to another place in the page mid-request, it still loads`, async () => {
      const api = await mockApi(c.now ? { now: c.now } : {});
      const first = document.createElement('div');
      const second = document.createElement('div');
      document.body.append(first, second);
      try {
        const el = document.createElement(c.tag);
        el.setAttribute('lang', 'en');
        for (const [k, v] of Object.entries(c.attrs(api))) el.setAttribute(k, v);
        first.append(el);
        await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        await new Promise((r) => setTimeout(r, 50));
        second.append(el);
        await waitUntil(() => c.loaded(el), 'loaded after the move');
      } finally {
        first.remove();
        second.remove();
      }
    });
  }
});
