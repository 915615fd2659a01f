/**
 * Typed access to PTV Open API v11 (`https://api.palvelutietovaranto.suomi.fi/api/v11/`):
 * service channels and organisations, validated at the edge. Never throws; never
 * touches the DOM.
 */
import { HttpClient, type ClientOptions, type RequestOptions, type Result } from '../http.js';
import {
  channelPageSchema,
  organizationSchema,
  serviceChannelSchema,
  type PtvChannelPage,
  type PtvOrganization,
  type PtvServiceChannel,
} from './schemas.js';

/** What `<koto-contact-card>` needs from a PTV data source; a portal may plug in its own. */
export interface PtvDataSource {
  getServiceChannel(id: string, options?: RequestOptions): Promise<Result<PtvServiceChannel>>;
  getOrganization(id: string, options?: RequestOptions): Promise<Result<PtvOrganization>>;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a string has the shape of a PTV id (a GUID). */
export function isPtvId(id: string): boolean {
  return GUID.test(id);
}

export class PtvClient implements PtvDataSource {
  private readonly http: HttpClient;
  // Several cards on one page often name the same channel: share the request and its answer.
  private readonly cache = new Map<string, Shared<unknown>>();

  constructor(options: ClientOptions) {
    this.http = new HttpClient(options);
  }

  getServiceChannel(id: string, options: RequestOptions = {}): Promise<Result<PtvServiceChannel>> {
    const path = `ServiceChannel/${encodeURIComponent(id)}`;
    return this.cached(
      path,
      (signal) => this.http.request({ path, schema: serviceChannelSchema, language: options.language, signal }),
      options.signal,
    );
  }

  getOrganization(id: string, options: RequestOptions = {}): Promise<Result<PtvOrganization>> {
    const path = `Organization/${encodeURIComponent(id)}`;
    return this.cached(
      path,
      (signal) => this.http.request({ path, schema: organizationSchema, language: options.language, signal }),
      options.signal,
    );
  }

  /** One page (1-based) of an organisation's service channels. */
  listChannelsOfOrganization(
    organizationId: string,
    page = 1,
    options: RequestOptions = {},
  ): Promise<Result<PtvChannelPage>> {
    return this.http.request({
      path: 'ServiceChannel/list/organization',
      query: { organizationId, page },
      schema: channelPageSchema,
      ...options,
    });
  }

  /**
   * Shares one request per key among its callers. Each caller's own signal ends only its own
   * wait: the request goes on while anyone still waits for it, and is cancelled (and
   * forgotten) when the last one gives up.
   */
  private cached<T>(
    key: string,
    load: (signal: AbortSignal) => Promise<Result<T>>,
    signal: AbortSignal | undefined,
  ): Promise<Result<T>> {
    if (signal?.aborted) return Promise.resolve({ ok: false, error: ABORTED });
    let entry = this.cache.get(key) as Shared<T> | undefined;
    if (!entry) {
      const controller = new AbortController();
      const promise = load(controller.signal).then((result) => {
        created.settled = true;
        // Keep answers, not failures: a retry must ask again.
        if (!result.ok && this.cache.get(key) === created) this.cache.delete(key);
        return result;
      });
      const created: Shared<T> = { controller, promise, waiting: 0, settled: false };
      this.cache.set(key, created);
      entry = created;
    }
    const shared = entry;
    shared.waiting += 1;
    // A caller without a signal waits to the end and so keeps the request alive.
    if (!signal) return shared.promise;
    return new Promise<Result<T>>((resolve) => {
      const giveUp = () => {
        resolve({ ok: false, error: ABORTED });
        shared.waiting -= 1;
        if (shared.waiting > 0 || shared.settled) return;
        if (this.cache.get(key) === shared) this.cache.delete(key);
        shared.controller.abort();
      };
      signal.addEventListener('abort', giveUp, { once: true });
      void shared.promise.then((result) => {
        signal.removeEventListener('abort', giveUp);
        resolve(result);
      });
    });
  }
}

const ABORTED = { kind: 'aborted' } as const;

interface Shared<T> {
  promise: Promise<Result<T>>;
  controller: AbortController;
  /** Callers still waiting for it. */
  waiting: number;
  settled: boolean;
}
