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
  private readonly cache = new Map<string, Promise<Result<unknown>>>();

  constructor(options: ClientOptions) {
    this.http = new HttpClient(options);
  }

  getServiceChannel(id: string, options: RequestOptions = {}): Promise<Result<PtvServiceChannel>> {
    return this.cached(`ServiceChannel/${encodeURIComponent(id)}`, () =>
      this.http.request({ path: `ServiceChannel/${encodeURIComponent(id)}`, schema: serviceChannelSchema, ...options }),
    );
  }

  getOrganization(id: string, options: RequestOptions = {}): Promise<Result<PtvOrganization>> {
    return this.cached(`Organization/${encodeURIComponent(id)}`, () =>
      this.http.request({ path: `Organization/${encodeURIComponent(id)}`, schema: organizationSchema, ...options }),
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

  private cached<T>(key: string, load: () => Promise<Result<T>>): Promise<Result<T>> {
    const hit = this.cache.get(key) as Promise<Result<T>> | undefined;
    if (hit) return hit;
    const promise = load().then((result) => {
      // Keep answers, not failures: a retry must ask again.
      if (!result.ok) this.cache.delete(key);
      return result;
    });
    this.cache.set(key, promise);
    return promise;
  }
}
