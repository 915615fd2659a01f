import { Task, TaskStatus, initialState } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { HttpFailure, Result } from '../api/http.js';

/** Why a load gave nothing: the API's failure, or `setup` (no client, or nothing asked). */
export type LoadFailure = HttpFailure | 'setup';

/** Where a load stands. `ready` stays while a quiet refresh runs or after one failed. */
export type LoadState = { kind: 'loading' } | { kind: 'error'; error: LoadFailure } | { kind: 'ready' };

/** The element side of a loader: KotoElement is one (its eager controllers run while its strings load). */
export interface LoaderHost extends ReactiveControllerHost, HTMLElement {
  addEagerController?(controller: ReactiveController): void;
  removeEagerController?(controller: ReactiveController): void;
}

export interface ClientOptions<Client> {
  /** A client the page gave as a property; it wins over one made for `base()`. */
  given: () => Client | undefined;
  /** The API base URL in force (e.g. `resolvedApiBase`); a client is made once per URL. */
  base: () => string | undefined;
  makeClient: (base: string) => Client;
  /** What else `makeClient` builds the client from (compared by identity): a change makes a new one. */
  madeFrom?: () => unknown;
}

/**
 * The client in force: the page's own, else one made once per API base URL. Several
 * loaders of one element share one (a client shares requests and answers among its callers).
 */
export class Clients<Client> {
  private own?: { base: string; from: unknown; client: Client };

  constructor(private readonly options: ClientOptions<Client>) {}

  get current(): Client | undefined {
    const given = this.options.given();
    if (given) return given;
    const base = this.options.base();
    if (!base) return undefined;
    const from = this.options.madeFrom?.();
    if (this.own?.base !== base || this.own.from !== from)
      this.own = { base, from, client: this.options.makeClient(base) };
    return this.own.client;
  }
}

/** Where a loader's client comes from: its own `Clients`, or one shared with other loaders. */
export type ClientSource<Client> = ClientOptions<Client> | { clients: Clients<Client> };

export type LoaderOptions<Client, Args extends readonly unknown[], Value> = ClientSource<Client> &
  LoadOptions<Client, Args, Value>;

interface LoadOptions<Client, Args extends readonly unknown[], Value> {
  /** The inputs of the load; a change of any (or of the client) loads again, aborting the previous request. */
  args: () => Args;
  /** One load. `setup` when the inputs ask for nothing. */
  load: (client: Client, args: Args, signal: AbortSignal) => Promise<Result<Value> | 'setup'>;
  /** Called with each value a (non-quiet) load brings, before the element renders it. */
  onLoaded?: (value: Value) => void;
  /** Called when the latest load failed (not when it was overtaken, or the element left the page). */
  onFailed?: (error: LoadFailure) => void;
  /**
   * Whether new inputs ask for the same thing as those of the value shown, only anew (e.g. in
   * another language): then the load is not `fresh`, and an element may keep what it shows.
   */
  sameAs?: (args: Args, shown: Args) => boolean;
  /** A value older than this (by `now`) is fetched again quietly when the page is shown again. */
  refreshAfterMs?: number;
  /** Whether a refresh on showing the page is wanted now (default: always). */
  wantsRefresh?: () => boolean;
  now?: () => number;
}

/**
 * One way for every element to load its data: a reactive controller on `@lit/task`.
 * It makes one client per API base URL (or uses the page's own), starts a load as soon
 * as its inputs are known (also while the element's strings are still loading, on a
 * KotoElement), aborts the previous request when the inputs change, ignores answers that
 * came too late, loads again on `retry()` and on being put back into a page after a
 * failure, and can refresh quietly (keeping what is shown) when a page left open is shown
 * again. `value` is the last value loaded; it stays while a new load runs. A load tells
 * (`fresh`) whether it brings something else or the same thing anew (`sameAs`: the same
 * course in another language), so that an element can keep its state across the latter.
 */
export class Loader<Client, Args extends readonly unknown[], Value> implements ReactiveController {
  private readonly task: Task<[Client | undefined, ...Args], Value>;
  /** Quiet requests (refreshes, one-off reloads): one at a time, the newest wins. */
  private readonly quiet: Task<[(client: Client, signal: AbortSignal) => Promise<void>], void>;
  private readonly clients: Clients<Client>;
  private started = false;
  private latest?: Value;
  /** The inputs of the latest load, and of the value shown (the same client asked, and `sameAs`). */
  private asked?: { client: Client | undefined; args: Args };
  private shown?: { client: Client | undefined; args: Args };
  private isFresh = true;
  /** A render the tasks asked for while the element was out of the page (given when it is back). */
  private missedUpdate = false;
  /** When the value was last loaded (by `now`). */
  loadedAt = 0;

  constructor(
    private readonly host: LoaderHost,
    private readonly options: LoaderOptions<Client, Args, Value>,
  ) {
    this.clients = 'clients' in options ? options.clients : new Clients(options);
    // The tasks render through this: an answer that ends after the element left the page
    // (even an abort) changes nothing there; the render waits until the element is back.
    const gate: ReactiveControllerHost = {
      addController: (controller) => host.addController(controller),
      removeController: (controller) => host.removeController(controller),
      requestUpdate: () => {
        if (host.isConnected) host.requestUpdate();
        else this.missedUpdate = true;
      },
      get updateComplete() {
        return host.updateComplete;
      },
    };
    this.task = new Task(gate, {
      // Run from the eager hook below (KotoElement) or Lit's own update.
      autoRun: true,
      args: () => [this.client, ...options.args()] as [Client | undefined, ...Args],
      task: async ([client, ...rest], { signal }) => {
        this.started = true;
        this.quiet.abort();
        const args = rest as unknown as Args;
        const shown = this.shown;
        this.asked = { client, args };
        this.isFresh = !shown || shown.client !== client || !options.sameAs?.(args, shown.args);
        const result = client ? await options.load(client, args, signal) : 'setup';
        // The element left the page meanwhile: whatever came is dropped (it loads again if put back).
        if (!host.isConnected) return initialState;
        if (result === 'setup') throw result;
        if (result.ok) return result.value;
        throw result.error;
      },
      onComplete: (value) => {
        this.latest = value;
        this.shown = this.asked;
        this.loadedAt = this.now();
        options.onLoaded?.(value);
      },
      onError: (error) => options.onFailed?.(error as LoadFailure),
    });
    this.quiet = new Task(gate, {
      autoRun: false,
      task: async ([request], { signal }) => {
        const client = this.client;
        if (client) await request(client, signal);
      },
    });
    host.addController(this);
    host.addEagerController?.(this.task);
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  /** The client in use: the given one, else the one made for the current base URL (and `madeFrom`). */
  get client(): Client | undefined {
    return this.clients.current;
  }

  get state(): LoadState {
    switch (this.task.status) {
      case TaskStatus.COMPLETE:
        return { kind: 'ready' };
      case TaskStatus.ERROR:
        return { kind: 'error', error: this.task.error as LoadFailure };
      default:
        return { kind: 'loading' };
    }
  }

  /** The last value loaded (kept while loading again, and after a failed load). */
  get value(): Value | undefined {
    return this.latest;
  }

  /**
   * Replaces the value (after a quiet `request` brought a part of it); renders again.
   * `undefined`: nothing is shown any more, and the next load is `fresh`.
   */
  set value(value: Value | undefined) {
    this.latest = value;
    if (value === undefined) this.shown = undefined;
    this.host.requestUpdate();
  }

  /**
   * Whether the latest load (running or done) brings something other than what is shown:
   * nothing was shown, or it came from another client or from inputs not `sameAs` these.
   * A load that cuts a fresh one short is fresh too, as nothing of that one was shown.
   */
  get fresh(): boolean {
    return this.isFresh;
  }

  /** Loads again with the same inputs; resolves when the answer is in. */
  retry(): Promise<void> {
    return this.task.run();
  }

  /**
   * A quiet request with the loader's client: no loading state, the previous quiet one is
   * aborted, and a load of new inputs aborts this one. Resolves with `fn`'s answer, or
   * `undefined` when there was no client or the request was overtaken.
   */
  async request<T>(fn: (client: Client, signal: AbortSignal) => Promise<T>): Promise<T | undefined> {
    let answer: T | undefined;
    await this.quiet.run([
      async (client, signal) => {
        const result = await fn(client, signal);
        if (!signal.aborted) answer = result;
      },
    ]);
    return answer;
  }

  /** Loads the same inputs again quietly; what is shown stays if it fails. Resolves whether it worked. */
  async refresh(): Promise<boolean> {
    const args = this.options.args();
    const result = await this.request((client, signal) => this.options.load(client, args, signal));
    if (!result || result === 'setup' || !result.ok) return false;
    this.loadedAt = this.now();
    this.value = result.value;
    return true;
  }

  private readonly onPageShown = (): void => {
    const { refreshAfterMs, wantsRefresh } = this.options;
    if (refreshAfterMs === undefined || document.visibilityState === 'hidden') return;
    if (this.task.status !== TaskStatus.COMPLETE || (wantsRefresh && !wantsRefresh())) return;
    if (this.now() - this.loadedAt >= refreshAfterMs) void this.refresh();
  };

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onPageShown);
    if (this.missedUpdate) this.host.requestUpdate();
    this.missedUpdate = false;
    // Put back into a page after being removed before its data came: load again.
    if (this.started && this.task.status !== TaskStatus.COMPLETE) void this.task.run();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onPageShown);
    this.task.abort();
    this.quiet.abort();
  }

  /** Stops for good (its inputs are gone, e.g. an id no longer asked for): aborts, and leaves the element. */
  dispose(): void {
    this.hostDisconnected();
    this.host.removeEagerController?.(this.task);
    this.host.removeController(this.task);
    this.host.removeController(this.quiet);
    this.host.removeController(this);
  }
}
