/**
 * What an element shows when the page did not give it what it needs (its API's address,
 * an id): the learner reads what does not work and a way forward (whom to ask, with the
 * links the element knows); an editor previewing the page reads what is missing (issue 16).
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

/**
 * The notice's paragraphs, for the element's own box. `what`: the learner's sentence;
 * `missing`: the markup the page lacks; `contact`: links to the centre, when the element has them.
 */
export function notSetUp(what: string, missing: string, contact: TemplateResult | string = ''): TemplateResult {
  return html`<p>${what} ${msg('Ask the adult education centre for help.')} ${contact}</p>
    <p>${msg('For the web editor:')} <code dir="ltr">${missing}</code></p>`;
}
