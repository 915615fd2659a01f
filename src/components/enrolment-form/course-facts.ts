/**
 * What the form says about the course beside its dates and place: the teaching language and
 * who runs it; and, for a course that requires a payment, the notice that takes the place of
 * the form (the form cannot take payments) with the way to where the learner can enrol.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Course } from '../../api/linked-events/course.js';
import type { Registration } from '../../api/linked-events/registration.js';
import { contentLang } from '../../shared/content.js';
import { languageListText } from '../../shared/languages.js';

/** Rows for the course summary's `<dl>`: teaching language and organiser, when the API gives them. */
export function courseFacts(course: Course, locale: string): TemplateResult {
  const languages = languageListText(course.languages ?? [], locale);
  const provider = course.provider;
  return html`${
    languages
      ? html`<div>
          <dt>${msg('Teaching language')}</dt>
          <dd>${languages}</dd>
        </div>`
      : nothing
  }${
    provider
      ? html`<div>
          <dt>${msg('Organiser')}</dt>
          <dd lang=${contentLang(provider, locale)}>${provider.text}</dd>
        </div>`
      : nothing
  }`;
}

/**
 * A registration with prices (Linked Events' customer groups) takes a payment with the signup:
 * the form cannot, so it says so and leads to the city's own signup page, or the course's page.
 */
export function paymentNotice(
  course: Course | undefined,
  registration: Registration,
  locale: string,
  catalogueLink: TemplateResult | typeof nothing,
): TemplateResult {
  const page = [registration.signupUrl, course?.infoUrl].find((u) => u && /^https?:/i.test(u.text));
  return html`<div class="notice warning" id="payment" tabindex="-1">
    <p><strong>${msg('You pay for this course when you enrol. You cannot pay in this form.')}</strong></p>
    ${
      page
        ? html`<p>
            <a href=${page.text} rel="noopener noreferrer" lang=${contentLang(page, locale)}
              >${msg('Enrol and pay on the enrolment page')}</a
            >
          </p>`
        : html`<p>${msg('Call or e-mail the adult education centre to enrol.')}</p>`
    }
    ${catalogueLink}
  </div>`;
}
