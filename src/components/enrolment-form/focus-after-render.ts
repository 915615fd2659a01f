/**
 * Moves focus after the next render, as a reactive controller: to the element with the
 * id asked for, once it is there. While it moves focus, `moving` is set, so that the form
 * can tell focus it moved (to the error summary, a step, the confirmation) from the
 * learner leaving a field. Kept apart so that it can move onto the library's one
 * focus-after-update helper later.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class FocusAfterRender implements ReactiveController {
  /** True while focus is being moved by the form. */
  moving = false;
  private target?: string;

  /**
   * @param waitFor - Whether a missing target is still on its way (then focus waits for a later render).
   */
  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode },
    private readonly waitFor: () => boolean = () => false,
  ) {
    host.addController(this);
  }

  /** Focuses the element with this id after the next render. */
  request(id: string): void {
    this.target = id;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const id = this.target;
    if (!id) return;
    this.target = undefined;
    const target = this.host.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
    if (!target && this.waitFor()) {
      this.target = id;
      return;
    }
    this.moving = true;
    try {
      target?.focus();
    } finally {
      this.moving = false;
    }
  }
}
