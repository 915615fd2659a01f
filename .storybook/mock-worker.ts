/**
 * The project's API fake in the browser, behind Mock Service Worker, so Storybook shows the
 * same data wherever its files are served: `npm run storybook`, or the static build on any
 * host and under any sub-path. It answers what `src/mock/server.ts` answers on the dev
 * server: `/mock-api/{tenant}[~{fault}]/…`, one isolated world per tenant, and the control
 * endpoints a story needs to set its own state (`__control/reset` `{ now?, courses? }`,
 * `__control/clock`, `__control/fault`, `__control/clear-faults`, `GET __control/state`).
 */
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { FAULT_HEADER, FakeNetworkError, type FaultRule } from '../src/mock/core.js';
import { KotoMock, type KotoMockOptions } from '../src/mock/index.js';

const MOCK_PREFIX = '/mock-api/';
const tenants = new Map<string, KotoMock>();

function tenant(name: string): KotoMock {
  let mock = tenants.get(name);
  if (!mock) tenants.set(name, (mock = new KotoMock()));
  return mock;
}

async function control(name: string, action: string, request: Request): Promise<Response> {
  const mock = tenant(name);
  if (action === 'state' && request.method === 'GET') return HttpResponse.json({ ...mock.state(), log: mock.log });
  if (request.method !== 'POST') return HttpResponse.json({ detail: 'Use POST.' }, { status: 405 });
  const text = await request.text();
  const data = (text ? JSON.parse(text) : {}) as Record<string, unknown>;
  if (action === 'reset') {
    const options: KotoMockOptions = {};
    if (typeof data.now === 'number' || typeof data.now === 'string') options.now = data.now;
    if (typeof data.courses === 'number') options.courses = Math.min(5000, Math.max(1, data.courses));
    tenants.set(name, new KotoMock(options));
    return HttpResponse.json({ tenant: name });
  }
  if (action === 'fault') {
    mock.addFault(data as unknown as FaultRule);
    return HttpResponse.json({ queued: true });
  }
  if (action === 'clear-faults') {
    mock.clearFaults();
    return HttpResponse.json({ cleared: true });
  }
  if (action === 'clock') {
    if (typeof data.now === 'number' || typeof data.now === 'string') mock.clock.set(data.now);
    if (typeof data.advance === 'number') mock.clock.advance(data.advance);
    return HttpResponse.json({ now: new Date(mock.clock.now()).toISOString() });
  }
  return HttpResponse.json({ detail: 'Unknown control action.' }, { status: 404 });
}

const handler = http.all(/\/mock-api\//, async ({ request }) => {
  const url = new URL(request.url);
  const after = url.pathname.slice(url.pathname.indexOf(MOCK_PREFIX) + MOCK_PREFIX.length);
  const [segment = 'demo', ...rest] = after.split('/');
  const [name = 'demo', pathFault] = decodeURIComponent(segment).split('~');
  if (rest[0] === '__control') return control(name, rest.slice(1).filter(Boolean).join('/'), request);
  const headers = new Headers(request.headers);
  if (pathFault && !headers.has(FAULT_HEADER)) headers.set(FAULT_HEADER, pathFault);
  const body = request.method === 'GET' || request.method === 'HEAD' ? null : await request.arrayBuffer();
  try {
    const response = await tenant(name).handle(
      new Request(url, { method: request.method, headers, body, signal: request.signal }),
    );
    return response ?? HttpResponse.json({ detail: 'Not found.' }, { status: 404 });
  } catch (error) {
    if (error instanceof FakeNetworkError) return HttpResponse.error();
    throw error;
  }
});

let started: Promise<unknown> | undefined;

/**
 * Starts the worker once. `mockServiceWorker.js` lies beside `iframe.html` (Storybook's
 * `staticDirs`); a relative URL keeps the static build working under a sub-path.
 */
export function startMockWorker(): Promise<unknown> {
  started ??= setupWorker(handler).start({
    serviceWorker: { url: new URL('mockServiceWorker.js', document.baseURI).pathname },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  return started;
}
