/**
 * "Clear the form and start again" asks first (issue 15): one tap right below "Next" must
 * not wipe ten minutes of answers. The question is inline, under the form; focus goes to
 * it, and back to the button when the learner keeps the answers ("Keep my answers", Escape).
 * In the step fields' lazy module: it is shown only in the form, never on the first paint.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

export class ClearQuestion implements ReactiveController {
  /** The question is shown. */
  asking = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Moves focus after the next render (`KotoElement.focusAfterUpdate`). */
    private readonly focus: (selector: string) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  ask = (): void => this.set(true, '#discard-question');

  keep = (): void => this.set(false, '#discard');

  /** The form was cleared, or the learner went on: the question is gone. */
  close(): void {
    this.asking = false;
    this.host.requestUpdate();
  }

  private set(asking: boolean, target: string): void {
    this.asking = asking;
    this.host.requestUpdate();
    this.focus(target);
  }
}

/** One tap must not wipe ten minutes of answers: the form asks first (Escape keeps them). */
export function clearControl(q: ClearQuestion, discard: () => void): TemplateResult {
  const keep = (e: KeyboardEvent) => e.key === 'Escape' && q.keep();
  return q.asking
    ? html`<div class="notice warning discard" role="group" aria-labelledby="discard-question" @keydown=${keep}>
        <p id="discard-question" tabindex="-1">
          <strong>${msg('Clear all your answers?')}</strong> ${msg('You cannot get them back.')}
        </p>
        <p class="actions">
          <button type="button" class="button secondary" id="discard-yes" @click=${discard}>
            ${msg('Yes, clear')}
          </button>
          <button type="button" class="button" id="discard-no" @click=${q.keep}>${msg('Keep my answers')}</button>
        </p>
      </div>`
    : html`<p class="discard">
        <button type="button" class="link" id="discard" @click=${q.ask}>
          ${msg('Clear the form and start again')}
        </button>
      </p>`;
}
