/**
 * The step fields and answers list (step-fields.ts), loaded when the form is first shown
 * (most visitors only read the course), as a reactive controller. Offline, a failed load
 * is tried again on the next `load()` (the learner's "Try again" where the fields go).
 */
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { LazyModule } from '../../shared/lazy-module.js';
import type { FocusFrom } from '../../shared/koto-element.js';
import type * as StepFields from './step-fields.js';

export class StepFieldsLoader extends LazyModule<typeof StepFields> {
  constructor(
    host: ReactiveControllerHost,
    focus: FocusFrom,
    importer: () => Promise<typeof StepFields> = () => import('./step-fields.js'),
  ) {
    super(host, importer, focus);
  }

  /**
   * The fields of a step; while the module is on its way a loading line, and after a failed
   * load "Try again" (then `context` is not asked). The answers are in the draft, which a
   * reload of the page keeps.
   */
  render(context: () => StepFields.StepContext): TemplateResult {
    return this.module
      ? this.module.renderStepFields(context())
      : this.renderMissing(msg('Your answers are safe. Nothing was lost.'));
  }
}
