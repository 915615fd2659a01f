/**
 * Every text an API sends (names, descriptions, addresses, messages, error texts, PTV web
 * addresses and e-mails, Respa names) fed a corpus of XSS payloads. A global trap counts
 * any payload that runs; every link rendered goes only to http(s), mailto or tel (or is
 * one of our own downloads: a vCard or an .ics file as a data: URL).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { mockApi, type MockApi } from '../helpers/mock.js';
import { LinkedEventsClient } from '../../src/api/linked-events/client.js';
import { RespaClient, type RespaApi } from '../../src/api/respa/client.js';
import type { SignupGroupInput } from '../../src/api/linked-events/registration.js';
import {
  $,
  $$,
  BOOKING_NOW,
  COURSE,
  buttonNamed,
  catalogueLoaded,
  fillEnrolment,
  formSent,
  mountCatalogue,
  startEnrolment,
  submitBooking,
  text,
  toBookingDetails,
  typeBooking,
  waitUntil,
  type KotoContactCard,
  type KotoEnrolmentForm,
  type KotoGuidanceBooking,
} from './elements.js';

declare global {
  interface Window {
    __xss?: (tag: string) => void;
  }
}

/** Each payload calls `__xss(tag)` if it ever runs. */
export const PAYLOADS = [
  `<script>__xss('script')</script>`,
  `<img src=x onerror="__xss('img-onerror')">`,
  `<svg onload="__xss('svg-onload')"></svg>`,
  `<svg><script>__xss('svg-script')</script></svg>`,
  `<svg><a xlink:href="javascript:__xss('svg-a')"><text x="20" y="20">x</text></a></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="__xss('math-mglyph')">`,
  `<math><mi xlink:href="javascript:__xss('math-href')">x</mi></math>`,
  `<noscript><p title="</noscript><img src=x onerror=__xss('mxss-noscript')>">`,
  `<form><math><mtext></form><form><mglyph><style></math><img src onerror=__xss('mxss-form')>`,
  `<svg></p><style><a id="</style><img src=1 onerror=__xss('mxss-style')>">`,
  `javascript:__xss('javascript-url')`,
  `JaVaScRiPt:__xss('javascript-case')`,
  ` javascript:__xss('javascript-space')`,
  `java\tscript:__xss('javascript-tab')`,
  `data:text/html,<script>__xss('data-url')</script>`,
  `data:text/html;base64,PHNjcmlwdD5fX3hzcygnZGF0YS1iNjQnKTwvc2NyaXB0Pg==`,
  `"><img src=x onerror=__xss('attr-break')>`,
  `'><svg/onload=__xss('attr-break-2')>`,
  `<a href="javascript:__xss('a-href')">click</a>`,
  `<a href="data:text/html,<script>__xss('a-data')</script>">click</a>`,
  `<iframe srcdoc="<script>parent.__xss('srcdoc')</script>"></iframe>`,
  `<iframe src="javascript:parent.__xss('iframe-js')"></iframe>`,
  `<details open ontoggle="__xss('ontoggle')">x</details>`,
  `<video><source onerror="__xss('source')"></video>`,
  `<object data="javascript:__xss('object')"></object>`,
  `<style>*{background:url("javascript:__xss('css')")}</style>`,
  `<input autofocus onfocus="__xss('autofocus')">`,
  `\${__xss('template')}`,
  `{{constructor.constructor("__xss('angular')")()}}`,
  `<img src=x onerror=&#95;&#95;xss('entities')>`,
];
const ALL = PAYLOADS.join(' ');

const SAFE_PROTOCOLS = ['http:', 'https:', 'mailto:', 'tel:'];

/** Every element of a shadow tree, through nested shadow roots. */
function deepAll(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...deepAll(el.shadowRoot));
  }
  return out;
}

/** Links that go anywhere but the web, e-mail or phone (our own vCard/.ics downloads aside). */
function unsafeLinks(el: Element): string[] {
  const bad: string[] = [];
  for (const node of deepAll(el.shadowRoot!)) {
    for (const attr of ['href', 'xlink:href', 'src', 'action', 'formaction', 'data', 'srcdoc']) {
      const value = node.getAttribute(attr);
      if (value === null) continue;
      if (attr !== 'href' && attr !== 'xlink:href') {
        bad.push(`${node.localName}[${attr}]=${value}`);
        continue;
      }
      const ours =
        node.hasAttribute('download') &&
        /^data:text\/(vcard|calendar);charset=utf-8,/.test(value) &&
        node.localName === 'a';
      let protocol = '';
      try {
        protocol = new URL(value, location.href).protocol;
      } catch {
        protocol = 'invalid';
      }
      if (!ours && !SAFE_PROTOCOLS.includes(protocol)) bad.push(`${node.localName}[${attr}]=${value.slice(0, 60)}`);
    }
    // Event-handler attributes never reach the DOM.
    for (const a of node.getAttributeNames()) if (/^on/i.test(a)) bad.push(`${node.localName}[${a}]`);
    if (['script', 'iframe', 'object', 'embed', 'style'].includes(node.localName) && node.closest('.description'))
      bad.push(`<${node.localName}> in a description`);
  }
  return bad;
}

/** Lets images fail, frames load and handlers fire, if any were created. */
const settle = (ms = 400) => new Promise((r) => setTimeout(r, ms));

describe('hostile conditions: XSS payloads in API text', function () {
  this.timeout(30_000);
  let calls: string[];
  let api: MockApi;
  const originalAlert = window.alert;

  beforeEach(() => {
    calls = [];
    window.__xss = (tag: string) => void calls.push(tag);
    window.alert = (m?: unknown) => void calls.push(`alert:${String(m)}`);
  });
  afterEach(() => {
    delete window.__xss;
    window.alert = originalAlert;
  });

  it('the trap works: a payload put into the page the unsafe way is caught', async () => {
    const probe = document.createElement('div');
    probe.innerHTML = PAYLOADS[1]!;
    document.body.append(probe);
    await waitUntil(() => calls.length > 0, 'the trap fired');
    probe.remove();
    expect(calls).to.include('img-onerror');
    calls.length = 0;
  });

  it('<koto-course-catalogue>: names, descriptions (also the sanitised details view), extra place info, prices and web addresses', async () => {
    api = await mockApi();
    for (const [i, p] of PAYLOADS.entries()) {
      const each = { fi: p, sv: p, en: p };
      await api.putEvent({
        id: `porvoo:xss-${i}`,
        name: each,
        short_description: each,
        description: { fi: `<p>${p}</p>`, sv: p, en: p },
        location_extra_info: each,
        provider: each,
        info_url: each,
        offers: [{ is_free: false, price: each, description: each, info_url: each }],
      });
    }
    const el = await mountCatalogue(api);
    await waitUntil(() => catalogueLoaded(el), 'loaded');
    const names = $$(el, 'li.card h3').map(text);
    expect(names).to.include(PAYLOADS[0]);
    expect(names).to.include(PAYLOADS[7]);
    // Open every course's details (the HTML description goes through DOMPurify there).
    for (const b of $$<HTMLButtonElement>(el, 'li.card button[aria-expanded="false"]')) b.click();
    await waitUntil(() => $$(el, '.description').length >= PAYLOADS.length, 'descriptions shown');
    await settle();
    expect(calls).to.deep.equal([]);
    expect(unsafeLinks(el)).to.deep.equal([]);
  });

  it('<koto-enrolment-form>: the course, the registration’s messages and the service’s error texts', async () => {
    api = await mockApi();
    const each = { fi: ALL, sv: ALL, en: ALL };
    await api.putEvent({
      id: COURSE.openShort,
      name: each,
      short_description: each,
      description: each,
      location_extra_info: each,
    });
    let failOnce = true;
    class HostileClient extends LinkedEventsClient {
      override async getRegistration(...args: Parameters<LinkedEventsClient['getRegistration']>) {
        const result = await super.getRegistration(...args);
        if (result.ok) {
          result.value.confirmationMessage = { text: ALL, lang: 'fi' };
          result.value.instructions = { text: ALL, lang: 'fi' };
        }
        return result;
      }
      override async signup(input: SignupGroupInput, options?: Parameters<LinkedEventsClient['signup']>[1]) {
        if (failOnce) {
          failOnce = false;
          return {
            ok: false as const,
            error: {
              kind: 'http' as const,
              status: 400,
              body: {
                messages: [...PAYLOADS],
                fields: { 'signups.0.first_name': [ALL], 'contact_person.email': [ALL] },
              },
            },
          };
        }
        return super.signup(input, options);
      }
    }
    const client = new HostileClient({ baseUrl: api.linkedEvents });
    const el = await fixture<KotoEnrolmentForm>(
      html`<koto-enrolment-form lang="en" event=${COURSE.openShort} .client=${client}></koto-enrolment-form>`,
    );
    await startEnrolment(el);
    expect(text($(el, '#course-title'))).to.contain(PAYLOADS[0]);
    await fillEnrolment(el);
    $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
    await waitUntil(
      () => text(el.shadowRoot).includes("__xss('script')") && !$(el, '[aria-busy="true"]'),
      'errors shown',
    );
    await settle();
    expect(calls).to.deep.equal([]);
    expect(unsafeLinks(el)).to.deep.equal([]);
    // Back to the last step and send again: the confirmation shows the registration's message.
    for (let i = 0; i < 6 && !$(el, '[name="consent"]'); i++) {
      $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
      await el.updateComplete;
    }
    if (!formSent(el)) {
      const consent = $<HTMLInputElement>(el, '[name="consent"]');
      if (consent && !consent.checked) consent.click();
      await el.updateComplete;
      $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
    }
    await waitUntil(() => formSent(el), 'sent');
    await settle();
    expect(calls).to.deep.equal([]);
    expect(unsafeLinks(el)).to.deep.equal([]);
  });

  it('<koto-guidance-booking>: Respa names and descriptions, and a refusal’s message', async () => {
    api = await mockApi({ now: BOOKING_NOW });
    const ids: string[] = [];
    for (const [i, p] of PAYLOADS.entries()) {
      ids.push(`xss-${i}`);
      await api.putResource({ id: `xss-${i}`, name: { fi: p, sv: p, en: p }, description: { fi: p, sv: p, en: p } });
    }
    await api.putResource({ id: 'porvoo-ohjaus-1', name: { fi: ALL, en: ALL }, description: { fi: ALL, en: ALL } });
    const real = new RespaClient({ baseUrl: api.respa });
    const client: RespaApi = {
      getResource: (...args) => real.getResource(...args),
      createReservation: async () => ({
        ok: false,
        error: { kind: 'http', status: 400, body: { messages: [ALL], fields: { begin: [ALL] } } },
      }),
      cancelReservation: (id) => real.cancelReservation(id),
    };
    const many = await fixture<KotoGuidanceBooking>(
      html`<koto-guidance-booking
        lang="en"
        resource=${ids.join(',')}
        api-base=${api.respa}
        .now=${() => Date.parse(BOOKING_NOW)}
      ></koto-guidance-booking>`,
    );
    await waitUntil(() => $(many, '#step-heading'), 'loaded');
    expect(text(many.shadowRoot)).to.contain(PAYLOADS[2]);
    const el = await fixture<KotoGuidanceBooking>(
      html`<koto-guidance-booking
        lang="en"
        resource="porvoo-ohjaus-1"
        .client=${client}
        .now=${() => Date.parse(BOOKING_NOW)}
      ></koto-guidance-booking>`,
    );
    await toBookingDetails(el);
    await typeBooking(el, { name: ALL.slice(0, 200), phone: '040 111 1111', message: ALL });
    submitBooking(el);
    await waitUntil(() => $(el, '#submit-error'), 'refusal shown');
    expect(text($(el, '#submit-error'))).to.contain(PAYLOADS[0]);
    await settle();
    expect(calls).to.deep.equal([]);
    expect(unsafeLinks(many)).to.deep.equal([]);
    expect(unsafeLinks(el)).to.deep.equal([]);
  });

  it('<koto-contact-card>: PTV names, descriptions, phones, e-mails, web addresses, street addresses and notes', async () => {
    api = await mockApi();
    const ids: string[] = [];
    const tagged = (value: string) => [
      { value, language: 'fi', type: 'Name' },
      { value, language: 'en', type: 'Name' },
    ];
    for (const [i, p] of PAYLOADS.entries()) {
      const id = `00000000-0000-4000-8000-0000000009${String(i).padStart(2, '0')}`;
      ids.push(id);
      await api.putPtv('channel', {
        id,
        serviceChannelNames: tagged(p),
        serviceChannelDescriptions: [{ value: p, language: 'en', type: 'Summary' }],
        phoneNumbers: [
          {
            type: 'Phone',
            prefixNumber: p,
            number: p,
            isFinnishServiceNumber: false,
            language: 'en',
            serviceChargeType: 'Chargeable',
            chargeDescription: p,
            additionalInformation: p,
          },
          { type: 'Phone', prefixNumber: '+358', number: '401234567', language: 'en', additionalInformation: p },
        ],
        // A service location's e-mails, as PTV v11 writes them (a description too, as older data has).
        emails: [
          { value: p, language: 'en', description: p },
          { value: 'neuvonta@porvoo.fi', language: 'en', description: p },
        ],
        webPages: [
          { url: p, language: 'en', value: p },
          { url: 'https://www.porvoo.fi/', language: 'en', value: p },
        ],
        addresses: [
          {
            type: 'Location',
            subType: 'Single',
            streetAddress: {
              street: [{ value: p, language: 'en' }],
              streetNumber: p,
              postalCode: p,
              postOffice: [{ value: p, language: 'en' }],
              latitude: p,
              longitude: p,
            },
          },
        ],
        serviceHours: [
          {
            serviceHourType: 'DaysOfTheWeek',
            validForNow: true,
            isClosed: false,
            additionalInformation: [{ value: p, language: 'en' }],
            openingHour: [{ dayFrom: 'Monday', dayTo: 'Friday', from: '09:00', to: '15:00' }],
          },
        ],
      });
    }
    const first = await api.putPtv('channel', { id: ids[0]! });
    await api.putPtv('organization', {
      id: String(first.organizationId),
      organizationNames: tagged(ALL),
    });
    const el = await fixture<KotoContactCard>(
      html`<koto-contact-card lang="en" api-base=${api.ptv} channel=${ids.join(',')}>
        <koto-contact-person
          name=${ALL}
          role=${ALL}
          organisation=${ALL}
          email=${PAYLOADS[10]!}
          phone=${PAYLOADS[0]!}
        ></koto-contact-person>
      </koto-contact-card>`,
    );
    await waitUntil(() => !$(el, '.loading') && $$(el, '[part~="office"]').length === PAYLOADS.length, 'offices shown');
    await waitUntil(() => text(el.shadowRoot).includes(PAYLOADS[7]!), 'names shown');
    expect(buttonNamed(el, 'Try again')).to.equal(undefined);
    await settle();
    expect(calls).to.deep.equal([]);
    expect(unsafeLinks(el)).to.deep.equal([]);
    // The real web page and e-mail are still links.
    expect($$(el, 'a[href="https://www.porvoo.fi/"]').length).to.be.greaterThan(0);
    expect($$(el, 'a[href="mailto:neuvonta@porvoo.fi"]').length).to.be.greaterThan(0);
  });
});
