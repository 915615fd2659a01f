/** The offices of a contact card: one shared Loader per PTV service channel. */
import type { ReactiveController } from 'lit';
import type { HttpFailure } from '../../api/http.js';
import { PtvClient, isPtvId, type PtvDataSource } from '../../api/ptv/client.js';
import type { PtvOrganization, PtvServiceChannel } from '../../api/ptv/schemas.js';
import { isTransient } from '../../shared/errors.js';
import { Clients, Loader, type LoaderHost } from '../../shared/loader.js';
import type { Locale } from '../../shared/localization.js';
import type { Warnings } from './warnings.js';

/** What the card shows of one office: a placeholder, the channel, or (for the note) the failure. */
export type OfficeState =
  { status: 'loading' } | { status: 'loaded'; channel: PtvServiceChannel } | { status: 'error'; error: HttpFailure };

export interface OfficeInputs {
  /** The `channel` property: ids separated by commas, spaces or semicolons. */
  channel: () => string;
  /** A data source given by the page, else a client is made for `base()`. */
  given: () => PtvDataSource | undefined;
  base: () => string | undefined;
  locale: () => Locale;
  warnings: Warnings;
}

/** The channel ids asked for (lower case, each once), and what is wrong with the others. */
export function channelIds(channel: string): { ids: string[]; problems: string[] } {
  const ids: string[] = [];
  const problems: string[] = [];
  for (const raw of channel.split(/[\s,;]+/)) {
    const id = raw.trim();
    if (!id) continue;
    if (!isPtvId(id)) problems.push(`channel "${id}" is not a PTV service channel id; it is left out.`);
    else if (!ids.includes(id.toLowerCase())) ids.push(id.toLowerCase());
  }
  return { ids, problems };
}

/** The id is wrong or the channel was removed: an editor's matter, not the learner's. */
const isMissing = (error: HttpFailure) => error.kind === 'http' && (error.status === 404 || error.status === 400);

type OfficeLoader = Loader<PtvDataSource, readonly [string], PtvServiceChannel>;

/**
 * Loads each office as soon as its id is known (each shows when its answer comes, the
 * others' placeholders stay), drops the loaders of ids no longer asked for, retries the
 * failed ones, and fetches each office's organisation (for its name) after the office.
 * The loaders share one client, so that cards naming the same channel share the request.
 */
export class OfficeLoads implements ReactiveController {
  private readonly clients: Clients<PtvDataSource>;
  private readonly loaders = new Map<string, OfficeLoader>();
  private readonly organisations = new Map<string, PtvOrganization>();
  /** The ids asked for, in the editor's order. */
  ids: string[] = [];

  constructor(
    private readonly host: LoaderHost,
    private readonly inputs: OfficeInputs,
  ) {
    this.clients = new Clients({
      given: inputs.given,
      base: inputs.base,
      makeClient: (baseUrl) => new PtvClient({ baseUrl }),
    });
    host.addController(this);
    // The loaders are made here, before their own update: run while the strings load too.
    host.addEagerController?.(this);
  }

  /** Whether ids are given but there is no PTV address to ask. */
  get notSetUp(): boolean {
    return this.ids.length > 0 && !this.clients.current;
  }

  hostUpdate(): void {
    const { ids, problems } = channelIds(this.inputs.channel());
    if (ids.length && !this.clients.current) {
      problems.push('no PTV address: set api-base, or <meta name="koto-elements:ptv"> on the page.');
    }
    this.inputs.warnings.warn(problems);
    this.ids = ids;
    for (const [id, loader] of this.loaders) {
      if (ids.includes(id)) continue;
      loader.dispose();
      this.loaders.delete(id);
    }
    for (const id of ids) if (!this.loaders.has(id)) this.loaders.set(id, this.loaderFor(id));
  }

  private loaderFor(id: string): OfficeLoader {
    const loader: OfficeLoader = new Loader(this.host, {
      clients: this.clients,
      args: () => [id] as const,
      load: async (source, _, signal) => {
        const result = await source.getServiceChannel(id, { language: this.inputs.locale(), signal });
        if (!result.ok && isMissing(result.error)) {
          this.inputs.warnings.warn([`channel "${id}" was not found in PTV; it is left out.`]);
        }
        return result;
      },
      onLoaded: (channel) => void this.loadOrganisation(loader, channel.organizationId),
    });
    return loader;
  }

  private async loadOrganisation(loader: OfficeLoader, id: string | null | undefined): Promise<void> {
    if (!id || this.organisations.has(id)) return;
    const language = this.inputs.locale();
    const result = await loader.request((source, signal) => source.getOrganization(id, { language, signal }));
    // The organisation's name is a nicety: without it the card is still whole.
    if (!result?.ok) return;
    this.organisations.set(id, result.value);
    this.host.requestUpdate();
  }

  /** What to show of each id asked for, in order; a missing channel (or no PTV address) shows nothing. */
  get offices(): [string, OfficeState][] {
    return this.ids.flatMap((id): [string, OfficeState][] => {
      const loader = this.loaders.get(id);
      if (!loader) return [];
      const state = loader.state;
      if (state.kind === 'loading') return [[id, { status: 'loading' }]];
      if (state.kind === 'ready') return loader.value ? [[id, { status: 'loaded', channel: loader.value }]] : [];
      if (state.error === 'setup' || isMissing(state.error)) return [];
      return [[id, { status: 'error', error: state.error }]];
    });
  }

  organisation(id: string | undefined): PtvOrganization | undefined {
    return id ? this.organisations.get(id) : undefined;
  }

  /** Whether a retry may help: one of the failures is passing (not a refusal). */
  get retryable(): boolean {
    return this.offices.some(([, s]) => s.status === 'error' && isTransient(s.error));
  }

  /** Loads the offices again (only those that failed, when `onlyFailed`); resolves when all answered. */
  async reload(onlyFailed = false): Promise<void> {
    const again = onlyFailed ? this.offices.filter(([, s]) => s.status !== 'loaded').map(([id]) => id) : this.ids;
    await Promise.all(again.map((id) => this.loaders.get(id)?.retry()));
  }
}
