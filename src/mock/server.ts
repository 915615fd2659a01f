/**
 * Serves the API fake over HTTP from Node: as a Vite plugin (`npm start`, Storybook),
 * as test-runner middleware, or as plain connect-style middleware.
 *
 * Each *tenant* is an isolated world of the three APIs under `/mock-api/{tenant}/`, so
 * test files running in parallel never see each other's signups or faults. The demo
 * page uses the tenant `demo`:
 *
 * - `/mock-api/demo/linkedevents/v1/event/?event_type=Course`
 * - `/mock-api/demo/respa/v1/resource/porvoo-ohjaus-1/`
 * - `/mock-api/demo/ptv/v11/ServiceChannel/{id}`
 *
 * `/mock-api/{tenant}~{fault}/…` applies a fault to every request (for example
 * `/mock-api/story~hang/linkedevents/v1/` never answers, `~status=503` always fails).
 *
 * Control endpoints (not part of any real API), all `POST` with a JSON body:
 * - `…/__control/reset` `{ now?, courses?, quirks? }`: a fresh world (quirks: ./QUIRKS.md);
 * - `…/__control/fault` a `FaultRule`: queue misbehaviour;
 * - `…/__control/clock` `{ advance?: ms, now? }`: move the fake's clock;
 * - `…/__control/linked-events/event` a partial Linked Events event with its `id`: add the
 *   event, or change fields of an existing one (as an editor could in the real API);
 * - `…/__control/respa/resource`, `…/__control/ptv/channel`, `…/__control/ptv/organization`:
 *   the same for a Respa resource, a PTV service channel or organisation;
 * - `GET …/__control/state`: counts of what flows created, and the request log.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { FAULT_HEADER, FakeNetworkError, type FaultRule } from './core.js';
import { KotoMock, type KotoMockOptions } from './index.js';
import { QUIRK_HEADER, parseQuirks } from './quirks.js';
import { clockScript, parseInstant } from './clock.js';

export { clockScript, clockScriptAt, installClock, parseInstant } from './clock.js';

/** Options of the fake's server. */
export interface MockServerOptions {
  /**
   * Milliseconds added to the real time for every world made without a `now` of its own, and
   * for the pages the Vite plugin serves. Default: from `KOTO_NOW` ({@link clockOffsetFromEnv}).
   */
  clockOffset?: number;
}

/**
 * The clock offset that `KOTO_NOW=<ISO 8601 instant>` asks for: this process runs as if it had
 * started at that instant (time moves on from there). `undefined` without `KOTO_NOW`.
 * Throws a plain message when the variable is not an instant.
 */
export function clockOffsetFromEnv(env: Record<string, string | undefined> = process.env): number | undefined {
  const value = env.KOTO_NOW;
  if (!value) return undefined;
  // The process's start, the same for every module that asks.
  return parseInstant(value) - Math.round(performance.timeOrigin);
}

export const MOCK_PREFIX = '/mock-api/';
const MAX_TENANTS = 500;

const tenants = new Map<string, KotoMock>();

/** A world's options: its own `now`, or else the server's clock. */
function worldOptions(options: KotoMockOptions, clockOffset: number | undefined): KotoMockOptions {
  return options.now === undefined && clockOffset !== undefined
    ? { ...options, now: Date.now() + clockOffset }
    : options;
}

function tenant(name: string, clockOffset: number | undefined): KotoMock {
  let mock = tenants.get(name);
  if (!mock) {
    mock = new KotoMock(worldOptions({}, clockOffset));
    tenants.set(name, mock);
    // Forget the oldest worlds: a long test run makes hundreds.
    while (tenants.size > MAX_TENANTS) tenants.delete(tenants.keys().next().value!);
  }
  return mock;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(body));
}

function control(
  mock: KotoMock,
  name: string,
  action: string,
  method: string,
  body: unknown,
  res: ServerResponse,
  clockOffset: number | undefined,
): void {
  const data = (body ?? {}) as Record<string, unknown>;
  if (action === 'state' && method === 'GET') return send(res, 200, { ...mock.state(), log: mock.log });
  if (method !== 'POST') return send(res, 405, { detail: 'Use POST.' });
  if (action === 'reset') {
    const options: KotoMockOptions = {};
    if (typeof data.now === 'number' || typeof data.now === 'string') options.now = data.now;
    if (typeof data.courses === 'number') options.courses = Math.min(5000, Math.max(1, data.courses));
    if (Array.isArray(data.quirks)) options.quirks = parseQuirks(data.quirks.join(','));
    tenants.set(name, new KotoMock(worldOptions(options, clockOffset)));
    return send(res, 200, { tenant: name });
  }
  if (action === 'fault') {
    mock.addFault(data as unknown as FaultRule);
    return send(res, 200, { queued: true });
  }
  if (action === 'clear-faults') {
    mock.clearFaults();
    return send(res, 200, { cleared: true });
  }
  if (action === 'linked-events/event') {
    if (typeof data.id !== 'string' || !data.id) return send(res, 400, { detail: 'An event needs an id.' });
    const event = mock.linkedEvents.putEvent(data as Parameters<typeof mock.linkedEvents.putEvent>[0]);
    return send(res, 200, event);
  }
  if (action === 'respa/resource' || action === 'ptv/channel' || action === 'ptv/organization') {
    if (typeof data.id !== 'string' || !data.id) return send(res, 400, { detail: 'An item needs an id.' });
    const patch = data as Record<string, unknown> & { id: string };
    if (action === 'respa/resource')
      return send(res, 200, mock.respa.putResource(patch as Parameters<typeof mock.respa.putResource>[0]));
    return send(res, 200, mock.ptv.put(action === 'ptv/channel' ? 'channel' : 'organization', patch));
  }
  if (action === 'clock') {
    if (typeof data.now === 'number' || typeof data.now === 'string') mock.clock.set(data.now);
    if (typeof data.advance === 'number') mock.clock.advance(data.advance);
    return send(res, 200, { now: new Date(mock.clock.now()).toISOString() });
  }
  return send(res, 404, { detail: 'Unknown control action.' });
}

/** Connect-style middleware: answers `/mock-api/…` and passes everything else on. */
export function createMockMiddleware(options: MockServerOptions = {}) {
  const clockOffset = 'clockOffset' in options ? options.clockOffset : clockOffsetFromEnv();
  return async (req: IncomingMessage, res: ServerResponse, next: () => void): Promise<void> => {
    const rawUrl = req.url ?? '/';
    if (!rawUrl.startsWith(MOCK_PREFIX)) return next();
    const url = new URL(rawUrl, `http://${req.headers.host ?? 'localhost'}`);
    const [segment = 'demo', ...rest] = url.pathname.slice(MOCK_PREFIX.length).split('/');
    // `/mock-api/{tenant}~{fault}/…` misbehaves on every request: a base URL that always
    // fails or hangs, for stories and demos of the loading and error states.
    const [name = 'demo', pathFault] = decodeURIComponent(segment).split('~');
    const method = (req.method ?? 'GET').toUpperCase();
    if (method === 'OPTIONS') {
      res.writeHead(204, {
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
        'Access-Control-Allow-Headers': `Content-Type, Accept-Language, x-koto-mock-fault, ${QUIRK_HEADER}`,
        'Access-Control-Max-Age': '600',
      });
      res.end();
      return;
    }
    const mock = tenant(name, clockOffset);
    const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(req);
    if (rest[0] === '__control') {
      let parsed: unknown = undefined;
      try {
        parsed = body && body.length ? JSON.parse(body.toString('utf8')) : undefined;
      } catch {
        return send(res, 400, { detail: 'JSON parse error' });
      }
      return control(mock, name, rest.slice(1).filter(Boolean).join('/'), method, parsed, res, clockOffset);
    }
    // Ends the fake's hang when the browser gives up on the request.
    const aborter = new AbortController();
    res.on('close', () => aborter.abort());
    const headers = new Headers();
    for (const [key, value] of Object.entries(req.headers)) {
      if (typeof value === 'string') headers.set(key, value);
    }
    if (pathFault && !headers.has(FAULT_HEADER)) headers.set(FAULT_HEADER, pathFault);
    const request = new Request(url.href, {
      method,
      headers,
      body: body && body.length ? new Uint8Array(body) : null,
      signal: aborter.signal,
    });
    try {
      const response = await mock.handle(request);
      if (!response) return send(res, 404, { detail: 'Not found.' });
      res.statusCode = response.status;
      response.headers.forEach((value, key) => res.setHeader(key, value));
      res.setHeader('Cache-Control', 'no-store');
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch (error) {
      if (error instanceof FakeNetworkError) {
        // A plain close is retried silently by browsers on a reused keep-alive socket,
        // and stray bytes pass for HTTP/0.9 in Firefox. A response cut off mid-body is
        // a network error in every engine.
        req.socket.end('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"da');
        req.socket.destroy();
        return;
      }
      if (aborter.signal.aborted) return;
      send(res, 500, { detail: 'A server error occurred.' });
    }
  };
}

/**
 * A Vite plugin that serves the fake on the dev and preview servers. With a clock offset
 * (`KOTO_NOW`), the dev server's pages get the same clock as the fake, before their own scripts.
 */
export function kotoMockPlugin(options: MockServerOptions = {}) {
  const clockOffset = 'clockOffset' in options ? options.clockOffset : clockOffsetFromEnv();
  const middleware = createMockMiddleware({ clockOffset });
  // Returns nothing: Vite would call a returned function as a post-middleware hook.
  const use = (server: { middlewares: { use(fn: typeof middleware): unknown } }): void => {
    server.middlewares.use(middleware);
  };
  return {
    name: 'koto-mock-api',
    configureServer: use,
    configurePreviewServer: use,
    transformIndexHtml: {
      order: 'pre' as const,
      handler: (html: string, context: { server?: unknown }) =>
        clockOffset === undefined || !context.server
          ? html
          : [{ tag: 'script', children: clockScript(clockOffset), injectTo: 'head-prepend' as const }],
    },
  };
}

interface KoaLikeContext {
  url: string;
  req: IncomingMessage;
  res: ServerResponse;
  respond?: boolean;
}

/** Middleware for @web/test-runner and @web/dev-server (koa). */
export function kotoMockKoaMiddleware(options: MockServerOptions = {}) {
  const middleware = createMockMiddleware(options);
  return async (ctx: KoaLikeContext, next: () => Promise<unknown>): Promise<unknown> => {
    if (!ctx.url.startsWith(MOCK_PREFIX)) return next();
    ctx.respond = false;
    await middleware(ctx.req, ctx.res, () => undefined);
    return undefined;
  };
}
