/**
 * The plumbing of the API fake: a clock, routing of a web `Request` to the fake of
 * one API, JSON responses, and misbehaviour on request. Web-standard only (`Request`,
 * `Response`, `URL`), so the same fake runs in Node (dev server, test runner,
 * Storybook) and in a browser (`createKotoMock().fetch`).
 */

/** What a fake API answers: a status and a JSON body (or none, for 204). */
export interface FakeResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** What a fake API gets: the method, the path below its base (`event/42/`), the query, the parsed body. */
export interface FakeRequest {
  method: string;
  path: string;
  url: URL;
  query: URLSearchParams;
  body: unknown;
  /** The first language of `Accept-Language`, for DRF-style localised error messages. */
  language: string;
}

/** One API's fake. */
export interface FakeApi {
  handle(req: FakeRequest): FakeResponse | Promise<FakeResponse>;
}

/** Names of the faked APIs, and the path folder that routes to each. */
export type FakeApiName = 'linkedEvents' | 'respa' | 'ptv';

const API_FOLDERS: [FakeApiName, RegExp][] = [
  ['linkedEvents', /\/linkedevents\/v1\//],
  ['linkedEvents', /\/linkedcourses\/v1\//],
  ['respa', /\/respa\/v1\//],
  ['ptv', /\/ptv\/v11\//],
  ['ptv', /\/api\/v11\//],
];

/**
 * Misbehaviour, chosen per request with the `x-koto-mock-fault` header or the
 * `koto_mock_fault` query parameter (both ignored by the real APIs), or queued with
 * `KotoMock.addFault()`. Written as `;`-separated settings:
 * `latency=800`, `status=503`, `retry-after=2`, `hang`, `malformed`, `schema`,
 * `corrupt-item`, `reset`.
 */
export interface Fault {
  /** Milliseconds to wait before answering. */
  latencyMs?: number;
  /** Answer with this status and a DRF-style error body instead. */
  status?: number;
  /** With `status`: the `Retry-After` header, in seconds. */
  retryAfter?: number;
  /** Never answer: the client's timeout (or abort) ends it. */
  hang?: boolean;
  /** Answer 200 with a body that is not valid JSON. */
  malformed?: boolean;
  /** Answer 200 with valid JSON of the wrong shape. */
  schema?: boolean;
  /** Break only the first item of a list (`data` or `itemList`): one bad record among good ones. */
  corruptItem?: boolean;
  /** Drop the connection: the browser sees a network error. */
  reset?: boolean;
}

/** A queued fault: applies to the next `times` requests that match. */
export interface FaultRule {
  fault: Fault | string;
  api?: FakeApiName;
  method?: string;
  /** A substring of the path below the API base, such as `signup_group/`. */
  path?: string;
  /** How many matching requests it applies to (default 1). */
  times?: number;
}

export const FAULT_HEADER = 'x-koto-mock-fault';
export const FAULT_PARAM = 'koto_mock_fault';

export function parseFault(spec: string): Fault {
  const fault: Fault = {};
  for (const part of spec.split(/[;,]/)) {
    const [rawKey, rawValue] = part.split('=');
    const key = (rawKey ?? '').trim().toLowerCase();
    const value = Number((rawValue ?? '').trim());
    if (key === 'latency' && Number.isFinite(value)) fault.latencyMs = value;
    else if (key === 'status' && Number.isFinite(value)) fault.status = value;
    else if (key === 'retry-after' && Number.isFinite(value)) fault.retryAfter = value;
    else if (key === 'hang') fault.hang = true;
    else if (key === 'malformed') fault.malformed = true;
    else if (key === 'schema') fault.schema = true;
    else if (key === 'corrupt-item') fault.corruptItem = true;
    else if (key === 'reset' || key === 'offline') fault.reset = true;
  }
  return fault;
}

/** Thrown (in a browser) or turned into a dropped connection (in Node) for `reset`. */
export class FakeNetworkError extends TypeError {
  constructor() {
    super('Failed to fetch (koto mock: connection reset)');
  }
}

/** Replaces every value of the body with one of another type: valid JSON, wrong shape. */
export function breakSchema(body: unknown): unknown {
  if (Array.isArray(body)) return { unexpected: body.length };
  if (body && typeof body === 'object') {
    return Object.fromEntries(
      Object.entries(body).map(([key, value]) => {
        if (typeof value === 'string') return [key, 42];
        if (typeof value === 'number' || typeof value === 'boolean') return [key, 'x'];
        if (Array.isArray(value)) return [key, 'not a list'];
        if (value && typeof value === 'object') return [key, [1, 2, 3]];
        return [key, { unexpected: true }];
      }),
    );
  }
  return { unexpected: body ?? null };
}

/** Breaks the first item of the body's list, leaving the rest as they were. */
export function corruptFirstItem(body: unknown): unknown {
  if (!body || typeof body !== 'object') return body;
  const record = body as Record<string, unknown>;
  for (const key of ['data', 'itemList']) {
    const list = record[key];
    if (Array.isArray(list) && list.length) return { ...record, [key]: [breakSchema(list[0]), ...list.slice(1)] };
  }
  return body;
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad request.',
  401: 'Authentication credentials were not provided.',
  403: 'You do not have permission to perform this action.',
  404: 'Not found.',
  429: 'Request was throttled.',
  500: 'A server error occurred.',
  502: 'Bad gateway.',
  503: 'Service temporarily unavailable, try again later.',
  504: 'Gateway timeout.',
};

export function json(status: number, body?: unknown, headers: Record<string, string> = {}): FakeResponse {
  return { status, body, headers };
}

export function notFound(): FakeResponse {
  return json(404, { detail: 'Not found.' });
}

const wait = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });

/**
 * Changes an API's answer after the fact (the real-data quirks of ./quirks.ts): gets the
 * API, the request, the answer and the request's own quirk list (header or parameter).
 */
export type AnswerHook = (
  api: FakeApiName,
  req: FakeRequest,
  result: FakeResponse,
  requestQuirks: string | null,
) => Promise<FakeResponse>;

/** Routes requests to the fakes, applies faults, and answers with a web `Response`. */
export class FakeRouter {
  private readonly rules: (FaultRule & { remaining: number; parsed: Fault })[] = [];
  /** Every request the fake saw, newest last (method, API, path): for exactly-once tests. */
  readonly log: { method: string; api: FakeApiName; path: string; status: number }[] = [];

  constructor(
    private readonly apis: Record<FakeApiName, FakeApi>,
    private readonly afterAnswer?: AnswerHook,
  ) {}

  addFault(rule: FaultRule): void {
    const parsed = typeof rule.fault === 'string' ? parseFault(rule.fault) : rule.fault;
    this.rules.push({ ...rule, parsed, remaining: rule.times ?? 1 });
  }

  clearFaults(): void {
    this.rules.length = 0;
  }

  private takeFault(api: FakeApiName, method: string, path: string, request: Request, url: URL): Fault | undefined {
    const spec = request.headers.get(FAULT_HEADER) ?? url.searchParams.get(FAULT_PARAM);
    if (spec) return parseFault(spec);
    const index = this.rules.findIndex(
      (r) =>
        r.remaining > 0 &&
        (!r.api || r.api === api) &&
        (!r.method || r.method.toUpperCase() === method) &&
        (!r.path || path.includes(r.path)),
    );
    if (index < 0) return undefined;
    const rule = this.rules[index]!;
    rule.remaining -= 1;
    if (rule.remaining <= 0) this.rules.splice(index, 1);
    return rule.parsed;
  }

  /** Answers a request; `undefined` when its path belongs to none of the faked APIs. */
  async handle(request: Request): Promise<Response | undefined> {
    const url = new URL(request.url);
    let api: FakeApiName | undefined;
    let path = '';
    for (const [name, folder] of API_FOLDERS) {
      const m = folder.exec(url.pathname);
      if (m) {
        api = name;
        path = url.pathname.slice(m.index + m[0].length);
        break;
      }
    }
    if (!api) return undefined;
    const method = request.method.toUpperCase();
    const fault = this.takeFault(api, method, path, request, url);
    if (fault?.latencyMs) await wait(fault.latencyMs, request.signal);
    if (fault?.reset) throw new FakeNetworkError();
    if (fault?.hang) {
      await new Promise<void>((resolve) => {
        if (request.signal.aborted) resolve();
        request.signal.addEventListener('abort', () => resolve(), { once: true });
      });
      throw new DOMException('The request was aborted.', 'AbortError');
    }
    if (fault?.status) {
      // The words of these answers are English, whatever language was asked for.
      const headers: Record<string, string> = { 'Content-Language': 'en' };
      if (fault.retryAfter !== undefined) headers['Retry-After'] = String(fault.retryAfter);
      this.log.push({ method, api, path, status: fault.status });
      return toResponse(json(fault.status, { detail: STATUS_TEXT[fault.status] ?? 'Error.' }, headers));
    }
    if (fault?.malformed) {
      this.log.push({ method, api, path, status: 200 });
      return new Response('{"data": [{"id": "porvoo:', {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    }
    let body: unknown = undefined;
    if (method !== 'GET' && method !== 'HEAD' && method !== 'DELETE') {
      const text = await request.text();
      if (text.trim()) {
        try {
          body = JSON.parse(text);
        } catch {
          this.log.push({ method, api, path, status: 400 });
          return toResponse(json(400, { detail: 'JSON parse error - Expecting value' }));
        }
      }
    }
    const language =
      (request.headers.get('Accept-Language') ?? 'fi').split(',')[0]?.trim().slice(0, 2).toLowerCase() || 'fi';
    const fakeRequest: FakeRequest = { method, path, url, query: url.searchParams, body, language };
    let result = await this.apis[api].handle(fakeRequest);
    if (this.afterAnswer) {
      const spec = request.headers.get('x-koto-mock-quirk') ?? url.searchParams.get('koto_mock_quirk');
      result = await this.afterAnswer(api, fakeRequest, result, spec);
    }
    this.log.push({ method, api, path, status: result.status });
    if (fault?.schema && result.status < 300) return toResponse({ ...result, body: breakSchema(result.body) });
    if (fault?.corruptItem && result.status < 300)
      return toResponse({ ...result, body: corruptFirstItem(result.body) });
    return toResponse(result);
  }
}

export function toResponse(result: FakeResponse): Response {
  const headers = new Headers(result.headers);
  // The fake is served to pages on other origins too (Storybook, a portal's tests).
  headers.set('Access-Control-Allow-Origin', '*');
  if (result.status === 204 || result.body === undefined) return new Response(null, { status: result.status, headers });
  headers.set('Content-Type', 'application/json');
  return new Response(JSON.stringify(result.body), { status: result.status, headers });
}
