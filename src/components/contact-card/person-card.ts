/** A person's card: name, role, tap-to-call and tap-to-mail links, languages and the vCard download. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { ltr } from '../../shared/content.js';
import { buildVCard, vCardFileName } from './vcard.js';
import { headingTag, languageList, type CardContext } from './card-context.js';
import type { Person } from './people.js';

export function renderPerson(p: Person, index: number, level: number, ctx: CardContext): TemplateResult {
  const id = `person-${index}`;
  const note = p.languages.length ? msg(str`Languages: ${languageList(p.languages, ctx.locale)}`) : undefined;
  const vcard = buildVCard({
    name: p.name,
    title: p.role || undefined,
    organisation: p.organisation || undefined,
    email: p.email,
    phone: p.phone?.dial,
    languages: p.languages,
  });
  // The editor's `lang` is the language of the person's own texts; the element's
  // words ("Save contact") stay in the interface language.
  const lang = p.lang ?? nothing;
  return html`<article class="card person" part="card person" aria-labelledby=${id}>
    ${headingTag(level, id, html`<span lang=${lang} dir="auto">${p.name}</span>`, 'name')}
    ${p.role ? html`<p class="sub" lang=${lang}><span dir="auto">${p.role}</span></p>` : nothing}
    ${p.organisation ? html`<p class="sub" lang=${lang}><span dir="auto">${p.organisation}</span></p>` : nothing}
    ${
      p.phone || p.email
        ? html`<ul class="plain actions" role="list">
            ${
              p.phone
                ? html`<li>
                    <a class="action" href="tel:${p.phone.dial}"
                      ><span class="visually-hidden">${msg('Call')}</span>${ltr(p.phone.display)}</a
                    >
                  </li>`
                : nothing
            }
            ${
              p.email
                ? html`<li>
                    <a class="action" href="mailto:${p.email}"
                      ><span class="visually-hidden">${msg('Send e-mail')}</span>${ltr(p.email)}</a
                    >
                  </li>`
                : nothing
            }
          </ul>`
        : nothing
    }
    ${note && !ctx.compact ? html`<p class="small">${note}</p>` : nothing}
    <a
      class="button secondary vcard"
      part="vcard"
      href="data:text/vcard;charset=utf-8,${encodeURIComponent(vcard)}"
      download=${vCardFileName(p.name)}
      ><span aria-hidden="true">${msg('Save contact')}</span
      ><span class="visually-hidden"
        >${
          // One sentence, not the words and ": name" apart: a visually hidden part is a block to
          // the accessible name, which then read "Save contact : Name".
          msg(str`Save contact: ${p.name}`)
        }</span
      ></a
    >
  </article>`;
}
