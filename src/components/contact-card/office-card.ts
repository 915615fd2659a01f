/** An office's card: name, summary, "open now", hours, phones, e-mails, web pages, addresses and languages. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { languageNote, ltr } from '../../shared/content.js';
import { languageName, organizationName, type Localised, type OfficeContact } from '../../api/ptv/contact.js';
import { headingTag, langOf, languageList, type CardContext } from './card-context.js';
import { renderHours, renderStatus } from './office-hours.js';

type Phone = OfficeContact['phones'][number];

/** "Language: Finnish" when the office's own texts are not in the interface language. */
function officeLanguageNote(ctx: CardContext, ...texts: (Localised | undefined)[]) {
  const note = languageNote(ctx.locale, ...texts);
  return note === nothing ? nothing : html`<p>${note}</p>`;
}

function renderCharge(ph: Phone, ctx: CardContext) {
  if (ph.chargeDescription) {
    return html`<span lang=${langOf(ph.chargeDescription, ctx)}>${ph.chargeDescription.text}</span>`;
  }
  if (ph.charge === 'free') return msg('Free of charge');
  if (ph.charge === 'chargeable') return msg('Normal call charges');
  return nothing;
}

/** "Neuvonta · Matkapuhelinmaksu": what the number is for, and what a call costs, as PTV says. */
function renderPhoneNote(ph: Phone, ctx: CardContext) {
  const charge = renderCharge(ph, ctx);
  // PTV data often repeats the charge in the additional information ("Maksuton").
  const chargeText = typeof charge === 'string' ? charge : ph.chargeDescription?.text;
  const info = ph.info && ph.info.text.toLowerCase() !== chargeText?.toLowerCase() ? ph.info : undefined;
  if (!info && charge === nothing) return nothing;
  return html`<span class="action-note"
    >${info ? html`<span lang=${langOf(info, ctx)}>${info.text}</span>` : nothing}${
      info && charge !== nothing ? ' · ' : nothing
    }${charge}</span
  >`;
}

function renderPhone(ph: Phone, ctx: CardContext) {
  return html`<li>
    ${
      // A fax number is for reading: a tap would call a fax line.
      ph.kind === 'fax'
        ? html`<span class="action">${msg('Fax')} ${ltr(ph.display)}</span>`
        : html`<a
            class="action"
            href=${ph.kind === 'sms' ? ph.href.replace(/^tel:/, 'sms:') : ph.href}
            lang=${ph.lang ?? nothing}
            ><span class="visually-hidden" lang=${ph.lang ? ctx.locale : nothing}
              >${ph.kind === 'sms' ? msg('Send a text message') : msg('Call')}</span
            >${ltr(ph.display)}</a
          >`
    }
    ${
      // A number only another language version gives: shown, with that language named.
      ph.lang
        ? html`<span class="action-note phone-lang">${msg(str`Language: ${languageName(ph.lang, ctx.locale)}`)}</span>`
        : nothing
    }
    ${renderPhoneNote(ph, ctx)}
  </li>`;
}

function renderContacts(o: OfficeContact, ctx: CardContext) {
  if (!o.phones.length && !o.emails.length && !o.webPages.length) return nothing;
  return html`<ul class="plain actions" role="list">
    ${o.phones.map((ph) => renderPhone(ph, ctx))}
    ${o.emails.map(
      (e) =>
        html`<li>
          <a class="action" href=${e.href}
            ><span class="visually-hidden">${msg('Send e-mail')}</span>${ltr(e.address)}</a
          >
          ${
            e.description && !ctx.compact
              ? html`<span class="action-note" lang=${langOf(e.description, ctx)}>${e.description.text}</span>`
              : nothing
          }
        </li>`,
    )}
    ${o.webPages.map(
      (w) => html`<li><a class="action" href=${w.url} lang=${langOf(w.label, ctx)}>${w.label.text}</a></li>`,
    )}
  </ul>`;
}

function renderAddress(a: OfficeContact['addresses'][number], name: TemplateResult, ctx: CardContext) {
  return html`<div>
    <p class="label">${a.kind === 'visiting' ? msg('Visiting address') : msg('Postal address')}</p>
    <address>
      ${a.street ? html`<span lang=${langOf(a.street, ctx)}>${a.street.text}</span><br />` : nothing}
      ${a.postalCode ? ltr(a.postalCode) : ''}
      ${a.postOffice ? html`<span lang=${langOf(a.postOffice, ctx)}>${a.postOffice.text}</span>` : nothing}
    </address>
    ${
      a.mapUrl
        ? html`<a class="map" href=${a.mapUrl} rel="noopener noreferrer" target="_blank"
            >${msg('Show on map')}<span class="visually-hidden"
              >${
                // Every office has one: the office's name tells them apart in a list of links.
                // Not one msg(html`…`): markup in a message makes every language's strings import lit.
                html`: ${name} ${msg('(opens in a new tab)')}`
              }</span
            ></a
          >`
        : nothing
    }
  </div>`;
}

export function renderOffice(o: OfficeContact, level: number, ctx: CardContext): TemplateResult {
  const id = `office-${o.id}`;
  const org = ctx.organisation(o.organizationId);
  const orgName = org ? organizationName(org, ctx.locale) : undefined;
  const visiting = o.addresses.filter((a) => a.kind === 'visiting');
  const addresses = ctx.compact ? visiting.slice(0, 1) : o.addresses;
  const name = html`<span lang=${langOf(o.name, ctx)}>${o.name.text}</span>`;
  return html`<article class="card office" part="card office" aria-labelledby=${id} data-channel=${o.id}>
    ${headingTag(level, id, name, 'name')}
    ${
      orgName && orgName.text !== o.name.text
        ? html`<p class="sub" lang=${langOf(orgName, ctx)}>${orgName.text}</p>`
        : nothing
    }
    ${o.summary && !ctx.compact ? html`<p lang=${langOf(o.summary, ctx)}>${o.summary.text}</p>` : nothing}
    ${officeLanguageNote(ctx, o.name, ctx.compact ? undefined : o.summary)} ${renderStatus(o, ctx)}
    ${ctx.compact ? nothing : renderHours(o, ctx)} ${renderContacts(o, ctx)}
    ${addresses.map((a) => renderAddress(a, name, ctx))}
    ${
      o.languages.length && !ctx.compact
        ? html`<p class="small">${msg(str`Service languages: ${languageList(o.languages, ctx.locale)}`)}</p>`
        : nothing
    }
  </article>`;
}
