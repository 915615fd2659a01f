/**
 * A bare Lit element to put one reactive controller in, for the controller's own tests:
 * it renders what the test gives it and counts its updates.
 */
import { LitElement, html, type TemplateResult } from 'lit';
import { fixture } from '@open-wc/testing';

export class ControllerHost extends LitElement {
  view: () => TemplateResult = () => html``;
  updates = 0;
  override render(): TemplateResult {
    return this.view();
  }
  protected override updated(): void {
    this.updates++;
  }
}
if (!customElements.get('koto-test-controller-host'))
  customElements.define('koto-test-controller-host', ControllerHost);

/** A connected host, rendered once. */
export async function makeHost(): Promise<ControllerHost> {
  const el = await fixture<ControllerHost>(html`<koto-test-controller-host></koto-test-controller-host>`);
  await el.updateComplete;
  return el;
}
