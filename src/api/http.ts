/**
 * The one way koto-elements talks to an HTTP API: `fetch` with a timeout and an
 * `AbortSignal`, `Accept-Language` from the element's locale, JSON validated at the
 * edge with zod/mini, bounded retries for idempotent requests, and a typed result
 * for every failure. Nothing here throws at a caller, and nothing touches the DOM.
 */
import * as z from 'zod/mini';

/** Field errors in the Django REST Framework shape, flattened to dotted paths. */
export interface ApiErrorBody {
  /** Messages that belong to no single field (`detail`, `non_field_errors`, a bare string). */
  messages: string[];
  /** Messages per field, keyed by a dotted path such as `contact_person.email` or `signups.0.date_of_birth`. */
  fields: Record<string, string[]>;
  /**
   * The language the messages are in (a BCP 47 tag), when known: the answer's
   * `Content-Language`, else the one the API answers in for the language asked for
   * (`ClientOptions.messageLanguages`). Not always the interface's: Linked Events and
   * Respa answer a Ukrainian, Russian or Arabic form in Finnish.
   */
  lang?: string;
}

/** The languages an API writes its own messages in, and the one it uses for any other language asked for. */
export interface MessageLanguages {
  /** Django's `LANGUAGES`: primary subtags such as `fi`, `sv`, `en`. */
  supported: readonly string[];
  /** Django's `LANGUAGE_CODE`. */
  fallback: string;
}

/** Every way a request can fail, as data. */
export type HttpFailure =
  | { kind: 'network'; message: string }
  | { kind: 'timeout'; timeoutMs: number }
  | { kind: 'aborted' }
  | { kind: 'http'; status: number; body: ApiErrorBody; retryAfterMs?: number }
  | { kind: 'invalid-response'; issues: string[] };

export type Result<T> = { ok: true; value: T } | { ok: false; error: HttpFailure };

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** Options shared by every client. */
export interface ClientOptions {
  /** The API's base URL, ending in the version folder, such as `https://api.hel.fi/linkedevents/v1/`. */
  baseUrl: string;
  /** A fetch implementation; the page's `fetch` by default. The API fake's `fetch` fits here. */
  fetch?: FetchLike;
  /** Milliseconds before a request is given up (default 15 000). */
  timeoutMs?: number;
  /** How many times an idempotent request is tried again after a network error or 5xx (default 2). */
  retries?: number;
  /** First backoff delay in milliseconds; doubled each retry, with jitter (default 400). */
  backoffMs?: number;
  /**
   * The languages the API writes its error messages in: how to know their language when an
   * answer has no `Content-Language`. Without it (and without the header) it is unknown.
   */
  messageLanguages?: MessageLanguages;
}

export interface RequestOptions {
  /** The language to ask for (`Accept-Language`). */
  language?: string | undefined;
  signal?: AbortSignal | undefined;
}

export interface HttpRequest<T> extends RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path below the base URL, such as `event/` or `registration/42/`. */
  path: string;
  query?: Record<string, string | number | boolean | undefined | null>;
  body?: unknown;
  /** The wire shape; a response that does not match is an `invalid-response` failure. */
  schema: z.ZodMiniType<T>;
  /** Whether a repeat is harmless. GET and DELETE are; POST never is, so it is never retried blindly. */
  idempotent?: boolean;
}

const MAX_RETRY_AFTER_MS = 10_000;

/** A language tag as `Content-Language` may carry one (`fi`, `sv-FI`, `zh-Hans`); anything else is ignored. */
const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;

/** Joins a base URL, a relative path and query parameters; `undefined`, `null` and `''` are left out. */
export function buildUrl(baseUrl: string, path: string, query: HttpRequest<unknown>['query'] = {}): string {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const rel = path.replace(/^\/+/, '');
  // A relative base (the demo's `/mock-api/…`) is resolved against the page.
  const origin = typeof location === 'undefined' ? 'http://localhost/' : location.href;
  const url = new URL(rel, new URL(base, origin));
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    url.searchParams.set(key, String(value));
  }
  return url.href;
}

/**
 * The part of an API link below the API's version folder, with its query
 * (`…/linkedevents/v1/event/?page=2` → `event/?page=2`), whatever host and prefix the link
 * names: `undefined` when the link has no such folder. The base URL's last folder (`v1`)
 * is the version folder.
 */
export function pathBelowBase(baseUrl: string, link: string): string | undefined {
  const version = new URL(buildUrl(baseUrl, '')).pathname.split('/').filter(Boolean).pop();
  let target: URL;
  try {
    target = new URL(link, 'http://localhost/');
  } catch {
    return undefined;
  }
  const folder = version ? `/${version}/` : '/';
  const at = target.pathname.indexOf(folder);
  if (at < 0) return undefined;
  return `${target.pathname.slice(at + folder.length)}${target.search}`;
}

/** Reads any DRF error shape: `string | string[] | { detail } | { field: string[] | nested }`. */
export function parseApiError(data: unknown): ApiErrorBody {
  const out: ApiErrorBody = { messages: [], fields: {} };
  const add = (path: string, message: string) => {
    if (path === '' || path === 'detail' || path === 'non_field_errors') {
      out.messages.push(message);
    } else {
      // Own properties only: an API's field may be called `toString`, `constructor` or `__proto__`.
      if (Object.hasOwn(out.fields, path)) out.fields[path]!.push(message);
      else
        Object.defineProperty(out.fields, path, {
          value: [message],
          enumerable: true,
          writable: true,
          configurable: true,
        });
    }
  };
  const walk = (value: unknown, path: string): void => {
    if (typeof value === 'string') {
      add(path, value);
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => {
        if (typeof item === 'string') add(path, item);
        else walk(item, path ? `${path}.${i}` : String(i));
      });
    } else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        // `non_field_errors` inside a nested object belongs to that object, not the form.
        const isMeta = key === 'detail' || key === 'non_field_errors';
        walk(inner, isMeta ? path : path ? `${path}.${key}` : key);
      }
    }
  };
  walk(data, '');
  return out;
}

/** Parses `Retry-After` (seconds or an HTTP date) into milliseconds, bounded. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - now;
  if (!Number.isFinite(ms)) return undefined;
  return Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS);
}

function sleep(ms: number, signal?: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(false);
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function isRetryable(error: HttpFailure): boolean {
  return (
    error.kind === 'network' ||
    error.kind === 'timeout' ||
    (error.kind === 'http' && (error.status >= 500 || error.status === 429))
  );
}

/** Formats zod issues as short `path: message` lines for logs and tests. */
function describeIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.slice(0, 10).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
}

/** A small HTTP client bound to one API base URL. */
export class HttpClient {
  readonly baseUrl: string;
  private readonly fetchImpl: FetchLike;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly backoffMs: number;
  private readonly messageLanguages: MessageLanguages | undefined;

  constructor(options: ClientOptions) {
    this.baseUrl = options.baseUrl;
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.retries = Math.max(0, options.retries ?? 2);
    this.backoffMs = options.backoffMs ?? 400;
    this.messageLanguages = options.messageLanguages;
  }

  /** The language of the API's own words in an answer to a request that asked for `asked`. */
  private languageOf(response: Response, asked: string | undefined): string | undefined {
    const header = response.headers.get('Content-Language')?.split(',')[0]?.trim();
    if (header && LANGUAGE_TAG.test(header)) return header;
    const known = this.messageLanguages;
    if (!known) return undefined;
    const primary = asked?.split(/[-_]/)[0]?.toLowerCase();
    return primary && known.supported.includes(primary) ? primary : known.fallback;
  }

  /** Sends a request; GETs and DELETEs are retried on network errors, timeouts and 5xx. */
  async request<T>(req: HttpRequest<T>): Promise<Result<T>> {
    const method = req.method ?? 'GET';
    const idempotent = req.idempotent ?? (method === 'GET' || method === 'DELETE');
    const attempts = idempotent ? this.retries + 1 : 1;
    const url = buildUrl(this.baseUrl, req.path, req.query);
    let last: Result<T> = { ok: false, error: { kind: 'aborted' } };
    for (let attempt = 0; attempt < attempts; attempt++) {
      last = await this.once(url, method, req);
      if (last.ok || !isRetryable(last.error) || attempt === attempts - 1) return last;
      const error = last.error;
      const backoff = this.backoffMs * 2 ** attempt * (0.75 + Math.random() * 0.5);
      const wait = error.kind === 'http' && error.retryAfterMs !== undefined ? error.retryAfterMs : backoff;
      if (!(await sleep(wait, req.signal))) return { ok: false, error: { kind: 'aborted' } };
    }
    return last;
  }

  /**
   * Follows a link the API gave (a `next` page, a registration's `@id`), resolved against
   * the configured base URL: only the path below the API's version folder and the query
   * are kept. A proxy may report its internal host name in the links (unreachable from the
   * browser), and an absolute URL to another origin is never followed. A link without the
   * version folder is refused as an `invalid-response`.
   */
  requestUrl<T>(url: string, req: Omit<HttpRequest<T>, 'path' | 'query'>): Promise<Result<T>> {
    const path = pathBelowBase(this.baseUrl, url);
    if (path === undefined) {
      return Promise.resolve({
        ok: false,
        error: { kind: 'invalid-response', issues: [`link outside the API: ${url}`] },
      });
    }
    return this.request({ ...req, path });
  }

  private async once<T>(url: string, method: string, req: HttpRequest<T>): Promise<Result<T>> {
    if (req.signal?.aborted) return { ok: false, error: { kind: 'aborted' } };
    // The caller's signal or the timeout, whichever comes first, forwarded by hand into one
    // controller of our own. Neither AbortSignal.timeout() nor AbortSignal.any() is used: in
    // WebKitGTK 2.50 a signal from AbortSignal.any() with no listener of its own can be
    // collected while fetch still waits on it, and then never fires (the fault tests' "hang
    // until the timeout" waited forever, only when the garbage collector ran in between). The
    // timer's closure keeps this controller alive until the request ends.
    const deadline = new AbortController();
    let expired = false;
    const timer = setTimeout(() => {
      expired = true;
      deadline.abort();
    }, this.timeoutMs);
    const forward = () => deadline.abort();
    req.signal?.addEventListener('abort', forward, { once: true });
    const signal = deadline.signal;
    const timedOut = () => expired && !req.signal?.aborted;
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (req.language) headers['Accept-Language'] = req.language;
    if (req.body !== undefined) headers['Content-Type'] = 'application/json';
    try {
      let response: Response;
      try {
        response = await this.fetchImpl(url, {
          method,
          headers,
          body: req.body === undefined ? null : JSON.stringify(req.body),
          signal,
          credentials: 'omit',
        });
      } catch (e) {
        if (timedOut()) return { ok: false, error: { kind: 'timeout', timeoutMs: this.timeoutMs } };
        if (req.signal?.aborted) return { ok: false, error: { kind: 'aborted' } };
        return { ok: false, error: { kind: 'network', message: e instanceof Error ? e.message : String(e) } };
      }
      let text: string;
      try {
        text = await response.text();
      } catch {
        if (timedOut()) return { ok: false, error: { kind: 'timeout', timeoutMs: this.timeoutMs } };
        if (req.signal?.aborted) return { ok: false, error: { kind: 'aborted' } };
        return { ok: false, error: { kind: 'network', message: 'The response was cut off.' } };
      }
      let data: unknown = undefined;
      let parsed = text.trim() === '';
      if (!parsed) {
        try {
          data = JSON.parse(text);
          parsed = true;
        } catch {
          parsed = false;
        }
      }
      if (!response.ok) {
        const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'));
        const body: ApiErrorBody = parsed ? parseApiError(data) : { messages: [], fields: {} };
        const lang = this.languageOf(response, req.language);
        if (lang) body.lang = lang;
        return {
          ok: false,
          error: {
            kind: 'http',
            status: response.status,
            body,
            ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
          },
        };
      }
      if (!parsed) return { ok: false, error: { kind: 'invalid-response', issues: ['The body is not JSON.'] } };
      const result = z.safeParse(req.schema, data);
      if (!result.success) {
        return { ok: false, error: { kind: 'invalid-response', issues: describeIssues(result.error.issues) } };
      }
      return { ok: true, value: result.data };
    } catch (e) {
      // An abort while the body was read surfaces here in some engines.
      if (timedOut()) return { ok: false, error: { kind: 'timeout', timeoutMs: this.timeoutMs } };
      if (req.signal?.aborted) return { ok: false, error: { kind: 'aborted' } };
      throw e;
    } finally {
      clearTimeout(timer);
      req.signal?.removeEventListener('abort', forward);
    }
  }
}
