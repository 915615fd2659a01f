/** An office's card: name, summary, "open now", hours, phones, e-mails, web pages, addresses and languages. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { languageNote, ltr, textIn } from '../../shared/content.js';
import {
  languageName,
  organizationName,
  priceInWords,
  type Localised,
  type OfficeContact,
} from '../../api/ptv/contact.js';
import { headingTag, langOf, languageList, type CardContext } from './card-context.js';
import { renderHours, renderStatus } from './office-hours.js';

type Phone = OfficeContact['phones'][number];

/** "Language: Finnish" when the office's own texts are not in the interface language. */
function officeLanguageNote(ctx: CardContext, ...texts: (Localised | undefined)[]) {
  const note = languageNote(ctx.locale, ...texts);
  return note === nothing ? nothing : html`<p>${note}</p>`;
}

/** The plain sentence for the price of a call or a text message, in the interface language. */
function priceSentence(ph: Phone): string | undefined {
  if (ph.kind === 'sms') {
    if (ph.price === 'free') return msg('Sending a text message is free.');
    if (ph.price === 'normal') return msg('A text message costs the same as a normal one.');
    if (ph.price === 'more') return msg('A text message costs more than a normal one:');
    return undefined;
  }
  // A fax number is for reading, not for calling from here: no sentence about calls.
  if (ph.kind === 'fax') return undefined;
  if (ph.price === 'free') return msg('The call is free.');
  if (ph.price === 'normal') return msg('The call costs the same as a normal call.');
  if (ph.price === 'more') return msg('The call costs more than a normal call:');
  return undefined;
}

/**
 * What a call costs: our plain sentence, then the service's own words (PTV's "Paikallisverkkomaksu",
 * marked with their language), unless they only say "free" again.
 */
function renderCharge(ph: Phone, ctx: CardContext) {
  const sentence = priceSentence(ph);
  const words = ph.chargeDescription;
  const shownWords = words && !(ph.price === 'free' && priceInWords(words.text) === 'free') ? words : undefined;
  if (!sentence) return shownWords ? textIn(shownWords, ctx.locale) : nothing;
  if (!shownWords) return sentence;
  return ph.price === 'more'
    ? html`${sentence} ${textIn(shownWords, ctx.locale)}`
    : html`${sentence} (${textIn(shownWords, ctx.locale)})`;
}

/** "Neuvonta · The call is free.": what the number is for, and what a call costs. */
function renderPhoneNote(ph: Phone, ctx: CardContext) {
  const charge = renderCharge(ph, ctx);
  // PTV data often repeats the charge in the additional information ("Maksuton").
  const info =
    ph.info &&
    ph.info.text.toLowerCase() !== ph.chargeDescription?.text.toLowerCase() &&
    !(ph.price !== 'unknown' && priceInWords(ph.info.text) === ph.price)
      ? ph.info
      : undefined;
  if (!info && charge === nothing) return nothing;
  return html`<span class="action-note"
    >${info ? textIn(info, ctx.locale) : nothing}${info && charge !== nothing ? ' · ' : nothing}${charge}</span
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
              ? html`<span class="action-note">${textIn(e.description, ctx.locale)}</span>`
              : nothing
          }
        </li>`,
    )}
    ${o.webPages.map(
      (w) => html`<li><a class="action" href=${w.url} lang=${langOf(w.label, ctx)} dir="auto">${w.label.text}</a></li>`,
    )}
  </ul>`;
}

function renderAddress(a: OfficeContact['addresses'][number], name: TemplateResult, ctx: CardContext) {
  return html`<div>
    <p class="label">${a.kind === 'visiting' ? msg('Visiting address') : msg('Postal address')}</p>
    <address>
      ${a.street ? html`${textIn(a.street, ctx.locale)}<br />` : nothing}
      ${
        // A Finnish postal line reads left to right in any interface: "06100 Porvoo".
        a.postalCode || a.postOffice
          ? html`<span dir="ltr"
              >${a.postalCode ? ltr(a.postalCode) : nothing}
              ${a.postOffice ? textIn(a.postOffice, ctx.locale) : nothing}</span
            >`
          : nothing
      }
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
  const name = textIn(o.name, ctx.locale);
  return html`<article class="card office" part="card office" aria-labelledby=${id} data-channel=${o.id}>
    ${headingTag(level, id, name, 'name')}
    ${orgName && orgName.text !== o.name.text ? html`<p class="sub">${textIn(orgName, ctx.locale)}</p>` : nothing}
    ${
      o.summary && !ctx.compact
        ? html`<p lang=${langOf(o.summary, ctx)}><span dir="auto">${o.summary.text}</span></p>`
        : nothing
    }
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
