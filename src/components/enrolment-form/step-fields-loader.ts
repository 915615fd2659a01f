/**
 * The step fields and answers list (step-fields.ts), loaded when the form is first shown
 * (most visitors only read the course), as a reactive controller. Offline, a failed load
 * is tried again on the next `load()`.
 */
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { LazyModule } from '../../shared/lazy-module.js';
import type * as StepFields from './step-fields.js';

export class StepFieldsLoader extends LazyModule<typeof StepFields> {
  constructor(
    host: ReactiveControllerHost,
    importer: () => Promise<typeof StepFields> = () => import('./step-fields.js'),
  ) {
    super(host, importer);
  }

  /** The fields of a step; nothing while the module is on its way (then `context` is not asked). */
  render(context: () => StepFields.StepContext): TemplateResult {
    return this.module ? this.module.renderStepFields(context()) : html``;
  }
}
