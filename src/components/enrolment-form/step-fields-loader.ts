/**
 * The step fields and answers list (step-fields.ts), loaded when the form is first shown
 * (most visitors only read the course), as a reactive controller. Offline, a failed load
 * is tried again on the next `load()`.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type * as StepFields from './step-fields.js';

export class StepFieldsLoader implements ReactiveController {
  /** The module, once loaded. */
  module?: typeof StepFields;
  /** The load on its way, if any. */
  pending?: Promise<void>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly importer: () => Promise<typeof StepFields> = () => import('./step-fields.js'),
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Whether the module is still on its way. */
  get loading(): boolean {
    return !this.module && !!this.pending;
  }

  /** The fields of a step; nothing while the module is on its way (then `context` is not asked). */
  render(context: () => StepFields.StepContext): TemplateResult {
    return this.module ? this.module.renderStepFields(context()) : html``;
  }

  /** Loads the module (once); resolves when it is there, or the load failed. */
  load(): Promise<void> {
    this.pending ??= this.importer().then(
      (module) => {
        this.module = module;
        this.host.requestUpdate();
      },
      () => {
        // Offline: the next render tries again (the form shows a "Loading" line until then).
        this.pending = undefined;
      },
    );
    return this.pending;
  }
}
