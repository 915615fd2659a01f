/**
 * Code a learner needs only later (a booking's last steps, a form's fields), loaded on its
 * own, as a reactive controller: `load()` once (again after a failed load, e.g. offline),
 * `module` when it is there, and a render of the host when it arrives. What the page shows
 * first does not wait for these bytes.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { describeFailure } from './errors.js';
import type { FocusFrom } from './koto-element.js';

/**
 * What happened when code of ours did not load, and what to do (`renderMissing`'s words, for
 * other code loaded on demand). Whether a second import of the same file can succeed depends
 * on the engine (a failed module fetch was cached for the whole page by every engine until
 * whatwg/html#10327; Firefox and WebKit no longer do), so it also says to reload the page.
 */
export function missingCodeWords(): string {
  return `${describeFailure({ kind: 'network', message: '' })} ${msg('If it still does not work, reload the page.')}`;
}

export class LazyModule<Module> implements ReactiveController {
  /** The module, once loaded. */
  module?: Module;
  /** The last load failed (offline, the file gone from the server); `load()` tries again. */
  failed = false;
  private loadingNow?: Promise<void>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly importer: () => Promise<Module>,
    /** The host's `focusAfterUpdateFrom`: where focus goes after a "Try again". */
    private readonly focus: FocusFrom,
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
   * Loads the module (once); resolves when it is there, or when the load failed (then
   * `failed`, and the host renders again). After a failure the next call tries again.
   */
  load(): Promise<void> {
    if (!this.loadingNow && this.failed) {
      this.failed = false;
      this.host.requestUpdate();
    }
    this.loadingNow ??= this.importer().then(
      (module) => {
        this.module = module;
        this.host.requestUpdate();
      },
      () => {
        this.loadingNow = undefined;
        this.failed = true;
        this.host.requestUpdate();
      },
    );
    return this.loadingNow;
  }

  /** `load()` for a host's update: not again after a failed load (it would loop); the learner's next step does. */
  prefetch(): void {
    if (!this.module && !this.failed) void this.load();
  }

  /**
   * What stands where the module's part of the page will be: a loading line, or after a
   * failed load what happened and "Try again" (`missingCodeWords`). `kept`: what the host
   * keeps across a reload, if anything.
   */
  renderMissing(kept = ''): TemplateResult {
    return this.failed
      ? html`<div class="notice error" part="error" role="alert" id="code-error">
          <p>${missingCodeWords()} ${kept}</p>
          <button type="button" class="button" id="code-retry" @click=${this.retry}>${msg('Try again')}</button>
        </div>`
      : html`<p role="status">${msg('Loading…')}</p>`;
  }

  /** "Try again": loads again; failed once more, focus goes to the new button instead of the page's top. */
  private readonly retry = async (e: Event): Promise<void> => {
    const from = e.currentTarget as Element;
    await this.load();
    if (this.failed) this.focus(from, '#code-retry');
  };
}
