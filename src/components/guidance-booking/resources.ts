/** The Respa resources the booking offers, with their free times: loaded through the shared Loader. */
import { RespaClient, type RespaApi } from '../../api/respa/client.js';
import type { GuidanceResource } from '../../api/respa/resource.js';
import { freeSlots, type Slot } from '../../api/respa/slots.js';
import type { Result } from '../../api/http.js';
import { Loader, type LoaderHost, type LoadState } from '../../shared/loader.js';
import type { Locale } from '../../shared/localization.js';
import { fetchRange, weekCount } from './week.js';

/** Free times older than this are fetched again when the learner comes back to the page. */
const STALE_AFTER_MS = 5 * 60_000;

export interface ResourceInputs {
  /** A client given by the page, else one is made for `base()`. */
  given: () => RespaApi | undefined;
  base: () => string | undefined;
  /** The `resource` property: ids separated by commas. */
  resource: () => string;
  /** The `weeks` property. */
  weeks: () => number;
  locale: () => Locale;
  now: () => number;
  /** Whether times shown are still worth refreshing when the page is shown again. */
  wantsRefresh: () => boolean;
  /** Each full load, before it is shown. */
  onLoaded: (resources: GuidanceResource[]) => void;
}

/** The resource ids asked for, each once. */
const idsOf = (resource: string): string[] => [
  ...new Set(
    resource
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  ),
];

/**
 * Loads the resources when `resource`, `weeks` or the client change (aborting the load
 * before), fetches them again quietly when the page is shown after five minutes, and
 * works out each one's free times once per load.
 */
export class BookingResources {
  private readonly loader: Loader<RespaApi, readonly [string, number], GuidanceResource[]>;
  private readonly slotCache = new WeakMap<GuidanceResource, Slot[]>();

  constructor(
    host: LoaderHost,
    private readonly inputs: ResourceInputs,
  ) {
    this.loader = new Loader(host, {
      given: inputs.given,
      base: inputs.base,
      makeClient: (baseUrl) => new RespaClient({ baseUrl }),
      args: () => [inputs.resource(), inputs.weeks()] as const,
      load: (api, [resource], signal) => this.fetch(api, idsOf(resource), signal),
      onLoaded: inputs.onLoaded,
      refreshAfterMs: STALE_AFTER_MS,
      wantsRefresh: inputs.wantsRefresh,
      now: inputs.now,
    });
  }

  private async fetch(
    api: RespaApi,
    ids: string[],
    signal: AbortSignal,
  ): Promise<Result<GuidanceResource[]> | 'setup'> {
    if (ids.length === 0) return 'setup';
    const { start, end } = fetchRange(this.inputs.now(), weekCount(this.inputs.weeks()));
    const language = this.inputs.locale();
    const results = await Promise.all(ids.map((id) => api.getResource(id, start, end, { language, signal })));
    const failed = results.find((r) => !r.ok);
    if (failed && !failed.ok) return failed;
    return { ok: true, value: results.flatMap((r) => (r.ok ? [r.value] : [])) };
  }

  /** The resources loaded last (kept while loading again). */
  get list(): GuidanceResource[] {
    return this.loader.value ?? [];
  }

  get state(): LoadState {
    return this.loader.state;
  }

  /** The client for reservations. */
  get api(): RespaApi | undefined {
    return this.loader.client;
  }

  retry(): Promise<void> {
    return this.loader.retry();
  }

  /** Fetches one resource again (its reservations changed); resolves whether that worked. */
  async reload(id: string): Promise<boolean> {
    const result = await this.loader.request((api, signal) => this.fetch(api, [id], signal));
    const fresh = result && result !== 'setup' && result.ok ? result.value[0] : undefined;
    if (!fresh) return false;
    this.loader.value = this.list.map((r) => (r.id === id ? fresh : r));
    return true;
  }

  /** The resource's free times from now on, worked out once per load. */
  slotsOf(resource: GuidanceResource): Slot[] {
    let slots = this.slotCache.get(resource);
    if (!slots) this.slotCache.set(resource, (slots = slotsFor(resource, this.inputs.now())));
    return slots;
  }
}

/** A resource's free times from `now` on. */
export function slotsFor(resource: GuidanceResource, now: number): Slot[] {
  return freeSlots({
    openingHours: resource.openingHours,
    reservations: resource.reservations,
    slotMs: resource.slotMs,
    periodMs: resource.minPeriodMs,
    now,
    minDaysInAdvance: resource.minDaysInAdvance,
    maxDaysInAdvance: resource.maxDaysInAdvance,
  });
}
