/**
 * A failure as the learner reads it, written once: our words (`describeFailure`), then the
 * service's own words under them (`apiWords`), marked with their language (`serviceWords`).
 * Call inside the element's locale (in render, or in `inLocale()`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { HttpFailure } from '../api/http.js';
import { apiWords, describeFailure, type ApiWords } from './errors.js';
import { serviceWords } from './content.js';

/** The service's own words as a paragraph of their own (`class="detail"`), or nothing. */
export function serviceDetail(words: ApiWords | undefined, locale: string): TemplateResult | typeof nothing {
  return words ? html`<p class="detail">${serviceWords(words, locale)}</p>` : nothing;
}

/** `<p>` our words `</p>`, and the service's own words about `error` in a `<p class="detail">` when it gave any. */
export function failureParagraphs(error: HttpFailure, locale: string): TemplateResult {
  return html`<p>${describeFailure(error)}</p>
    ${serviceDetail(apiWords(error), locale)}`;
}
