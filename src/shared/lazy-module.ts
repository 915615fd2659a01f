/**
 * Code a learner needs only later (a booking's last steps, a form's fields), loaded on its
 * own, as a reactive controller: `load()` once (again after a failed load, e.g. offline),
 * `module` when it is there, and a render of the host when it arrives. What the page shows
 * first does not wait for these bytes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class LazyModule<Module> implements ReactiveController {
  /** The module, once loaded. */
  module?: Module;
  private loadingNow?: Promise<void>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly importer: () => Promise<Module>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Whether the module is on its way. */
  get loading(): boolean {
    return !this.module && !!this.loadingNow;
  }

  /** The load on its way, if any. */
  get pending(): Promise<void> | undefined {
    return this.loadingNow;
  }

  /**
   * Loads the module (once); resolves when it is there, or when the load failed. After a
   * failure (offline) the next call tries again; no render is asked for then, so that a
   * host which loads from its render does not try again in a loop.
   */
  load(): Promise<void> {
    this.loadingNow ??= this.importer().then(
      (module) => {
        this.module = module;
        this.host.requestUpdate();
      },
      () => {
        this.loadingNow = undefined;
      },
    );
    return this.loadingNow;
  }
}
