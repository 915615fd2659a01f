/**
 * The error summary at the top of the form (GOV.UK, HDS `ErrorSummary`): a heading that
 * takes focus, and one link per problem that moves focus to its field. Links inside a
 * shadow root cannot use `#id` navigation, so the click moves focus itself.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

export interface SummaryItem {
  /** The id of the element the link focuses; none for a message that belongs to no field. */
  target?: string;
  /** Ours, or the service's own words marked with their language. */
  text: string | TemplateResult;
}

export function errorSummary(items: readonly SummaryItem[], onFollow: (target: string) => void): TemplateResult {
  const follow = (e: Event, target: string) => {
    e.preventDefault();
    onFollow(target);
  };
  return html`<div class="error-summary" part="error-summary">
    <h3 id="error-summary-title" tabindex="-1">${msg('Check these answers')}</h3>
    <ul>
      ${items.map((item) =>
        item.target
          ? html`<li><a href="#${item.target}" @click=${(e: Event) => follow(e, item.target!)}>${item.text}</a></li>`
          : html`<li>${item.text}</li>`,
      )}
    </ul>
  </div>`;
}
