/**
 * How to reach the adult education centre, where an element tells the learner to get in
 * touch: the page's `contact` slot, else the element's `contact-phone` and `contact-email`
 * as links (part `contact`). One building block for every element with these attributes.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { HttpFailure } from '../api/http.js';
import { ltr } from './content.js';
import { asksToCall } from './errors.js';

/** The element's `contact-phone` and `contact-email`. */
export interface Contact {
  phone?: string | undefined;
  email?: string | undefined;
}

/**
 * The `contact` slot holding the `tel:` and `mailto:` links of `contact`; an empty slot when
 * the element was given neither (the sentence before it then promises no number).
 */
export function contactLinks({ phone, email }: Contact): TemplateResult {
  const links = [
    phone ? html`<a href="tel:${phone.replace(/[^\d+]/g, '')}">${ltr(phone)}</a>` : nothing,
    email ? html`<a href="mailto:${email}">${ltr(email)}</a>` : nothing,
  ];
  return html`<slot name="contact"
    >${phone || email ? html`<span class="contact" part="contact">${links}</span>` : nothing}</slot
  >`;
}

/** `contactLinks` under a failure whose words say to call or e-mail (401, 403); else nothing. */
export function contactLinksFor(error: HttpFailure, contact: Contact): TemplateResult | typeof nothing {
  return asksToCall(error) ? contactLinks(contact) : nothing;
}

/** The links on a line of their own are actions: full-size targets (44 × 44 px, WCAG 2.5.5). */
export const contactStyles = css`
  .contact {
    display: flex;
    flex-wrap: wrap;
    column-gap: 1.5rem;
  }
  .contact a {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75rem;
  }
`;
