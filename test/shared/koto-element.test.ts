import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { msg } from '@lit/localize';
import { html as litHtml } from 'lit';
import { KotoElement } from '../../src/shared/koto-element.js';
import { setApiBase } from '../../src/shared/config.js';
import { matchLocale } from '../../src/shared/localization.js';
import { defineElement } from '../../src/shared/define.js';

class LocaleProbe extends KotoElement {
  protected static override api = 'linkedEvents' as const;
  override render() {
    return litHtml`<p>${msg('Something went wrong. Check the information and try again.')}</p>`;
  }
  get shownLocale() {
    return this.locale;
  }
  get base() {
    return this.resolvedApiBase;
  }
}

const text = (el: Element) => el.shadowRoot?.querySelector('p')?.textContent ?? '';
const FI = 'Jokin meni vikaan. Tarkista tiedot ja yritä uudelleen.';
const SV = 'Något gick fel. Kontrollera uppgifterna och försök igen.';
const EN = 'Something went wrong. Check the information and try again.';

class ChangeProbe extends LocaleProbe {
  static override properties = { resource: {} };
  declare resource: string;
  seen: string[] = [];
  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    this.seen.push(...[...changed.keys()].map(String));
  }
}

class FocusProbe extends KotoElement {
  static override properties = { shown: { attribute: false } };
  declare shown: string[];
  constructor() {
    super();
    this.shown = [];
  }
  focusNext(...selectors: string[]) {
    this.focusAfterUpdate(...selectors);
  }
  focusNextFrom(from: Element, ...selectors: string[]) {
    this.focusAfterUpdateFrom(from, ...selectors);
  }
  get moving() {
    return this.movingFocus;
  }
  override render() {
    return this.shown.map((id) => litHtml`<button id=${id}>${id}</button>`);
  }
}

describe('KotoElement', () => {
  const htmlLang = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = htmlLang;
  });

  // First in this file: Swedish is not loaded yet, so the first updates are held back.
  it('keeps the changes of updates held back while its strings load', async () => {
    defineElement('koto-change-probe', ChangeProbe);
    const el = await fixture<ChangeProbe>(html`<koto-change-probe lang="sv" resource="x"></koto-change-probe>`);
    expect(text(el)).to.equal(SV);
    expect(el.seen).to.include('resource');
  });

  describe('locale resolution', () => {
    it('reads fi, sv, en from BCP 47 tags and falls back to English, or Finnish without any', () => {
      expect(matchLocale('fi-FI')).to.equal('fi');
      expect(matchLocale('sv-FI')).to.equal('sv');
      expect(matchLocale('en_GB')).to.equal('en');
      expect(matchLocale('de')).to.equal('en');
      expect(matchLocale('')).to.equal('fi');
    });

    // Elements already in the page's HTML before the tag is defined: the case CMS pages have.
    it('renders elements already in the HTML in their language, and re-renders on every lang change', async () => {
      document.documentElement.lang = 'fi';
      const host = await fixture<HTMLDivElement>(
        html`<div>
          <koto-locale-probe id="a"></koto-locale-probe>
          <section lang="sv"><koto-locale-probe id="b"></koto-locale-probe></section>
          <koto-locale-probe id="c" lang="en-GB"></koto-locale-probe>
        </div>`,
      );
      defineElement('koto-locale-probe', LocaleProbe);
      const [a, b, c] = ['a', 'b', 'c'].map((id) => host.querySelector(`#${id}`) as LocaleProbe);
      await Promise.all([a!.updateComplete, b!.updateComplete, c!.updateComplete]);
      expect([text(a!), text(b!), text(c!)]).to.deep.equal([FI, SV, EN]);

      document.documentElement.lang = 'sv';
      await waitUntil(() => text(a!) === SV, 'html lang change');
      host.querySelector('section')!.setAttribute('lang', 'en');
      await waitUntil(() => text(b!) === EN, 'ancestor lang change');
      c!.setAttribute('lang', 'fi');
      await waitUntil(() => text(c!) === FI, 'own lang change');
      c!.removeAttribute('lang');
      await waitUntil(() => text(c!) === SV, 'falls back to html lang');
    });

    it('finds lang across a shadow root', async () => {
      defineElement('koto-locale-probe', LocaleProbe);
      const outer = await fixture<HTMLDivElement>(html`<div lang="sv"></div>`);
      const root = outer.attachShadow({ mode: 'open' });
      root.innerHTML = '<koto-locale-probe></koto-locale-probe>';
      const probe = root.querySelector('koto-locale-probe') as LocaleProbe;
      await probe.updateComplete;
      expect(text(probe)).to.equal(SV);
    });
  });

  describe('API base', () => {
    it('uses its own api-base, else setApiBase(), else the page <meta>', async () => {
      defineElement('koto-locale-probe', LocaleProbe);
      const meta = document.createElement('meta');
      meta.name = 'koto-elements:linked-events';
      meta.content = '/from-meta/';
      document.head.append(meta);
      try {
        const el = await fixture<LocaleProbe>(html`<koto-locale-probe></koto-locale-probe>`);
        expect(el.base).to.equal('/from-meta/');
        setApiBase({ linkedEvents: '/from-js/' });
        expect(el.base).to.equal('/from-js/');
        el.setAttribute('api-base', '/own/');
        await el.updateComplete;
        expect(el.base).to.equal('/own/');
      } finally {
        meta.remove();
        setApiBase({ linkedEvents: '' });
      }
    });
  });

  describe('registration', () => {
    it('tolerates a second definition of the same tag and warns once', () => {
      defineElement('koto-locale-probe', LocaleProbe);
      const warnings: unknown[] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        class Other extends LocaleProbe {}
        defineElement('koto-locale-probe', Other);
        defineElement('koto-locale-probe', Other);
      } finally {
        console.warn = original;
      }
      expect(warnings).to.have.length(1);
      expect(customElements.get('koto-locale-probe')).to.equal(LocaleProbe);
    });
  });

  describe('focus after an update', () => {
    const focused = (el: Element) => el.shadowRoot!.activeElement?.id;

    it('focuses the first of the targets the next render has, in their order', async () => {
      defineElement('koto-focus-probe', FocusProbe);
      const el = await fixture<FocusProbe>(html`<koto-focus-probe></koto-focus-probe>`);
      el.shown = ['a', 'b'];
      el.focusNext('#missing', '#b', '#a');
      await el.updateComplete;
      expect(focused(el)).to.equal('b');
    });

    it('waits for the first render that has a target, and focuses only once', async () => {
      defineElement('koto-focus-probe', FocusProbe);
      const el = await fixture<FocusProbe>(html`<koto-focus-probe></koto-focus-probe>`);
      el.focusNext('#later');
      await el.updateComplete;
      expect(focused(el)).to.equal(undefined);
      el.shown = ['later', 'other'];
      await el.updateComplete;
      expect(focused(el)).to.equal('later');
      el.shadowRoot!.querySelector<HTMLElement>('#other')!.focus();
      el.shown = ['later', 'other', 'third'];
      await el.updateComplete;
      expect(focused(el)).to.equal('other');
    });

    // A form tells focus it moved (to an error summary) from a learner leaving a field.
    it('says that it is moving focus while it does, and only then', async () => {
      defineElement('koto-focus-probe', FocusProbe);
      const el = await fixture<FocusProbe>(html`<koto-focus-probe></koto-focus-probe>`);
      el.shown = ['a', 'b'];
      // Recorded at each call of focus() (a background window may fire no focus events).
      const moving: boolean[] = [];
      const focus = HTMLElement.prototype.focus;
      HTMLElement.prototype.focus = function (this: HTMLElement, options?: FocusOptions) {
        moving.push(el.moving);
        focus.call(this, options);
      };
      try {
        el.focusNext('#a');
        await el.updateComplete;
        el.shadowRoot!.querySelector<HTMLElement>('#b')!.focus();
      } finally {
        HTMLElement.prototype.focus = focus;
      }
      expect(moving).to.deep.equal([true, false]);
      expect(el.moving).to.equal(false);
    });

    it('a newer call replaces one still waiting', async () => {
      defineElement('koto-focus-probe', FocusProbe);
      const el = await fixture<FocusProbe>(html`<koto-focus-probe></koto-focus-probe>`);
      el.focusNext('#first');
      el.focusNext('#second');
      el.shown = ['first', 'second'];
      await el.updateComplete;
      expect(focused(el)).to.equal('second');
    });

    describe('from a control that started it', () => {
      const button = (el: Element, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`#${id}`)!;

      it('moves focus while it is still on the control', async () => {
        defineElement('koto-focus-probe', FocusProbe);
        const el = await fixture<FocusProbe>(html`<koto-focus-probe .shown=${['more', 'next']}></koto-focus-probe>`);
        button(el, 'more').focus();
        el.focusNextFrom(button(el, 'more'), '#next');
        await el.updateComplete;
        expect(focused(el)).to.equal('next');
      });

      it('moves focus when it fell to the page with the control', async () => {
        defineElement('koto-focus-probe', FocusProbe);
        const el = await fixture<FocusProbe>(html`<koto-focus-probe .shown=${['retry']}></koto-focus-probe>`);
        const retry = button(el, 'retry');
        retry.focus();
        el.shown = [];
        await el.updateComplete;
        expect(focused(el)).to.equal(undefined);
        el.shown = ['result'];
        el.focusNextFrom(retry, '#result');
        await el.updateComplete;
        expect(focused(el)).to.equal('result');
      });

      it('leaves focus where the learner went meanwhile, inside the element or outside it', async () => {
        defineElement('koto-focus-probe', FocusProbe);
        const el = await fixture<FocusProbe>(
          html`<koto-focus-probe .shown=${['more', 'search', 'next']}></koto-focus-probe>`,
        );
        button(el, 'search').focus();
        el.focusNextFrom(button(el, 'more'), '#next');
        await el.updateComplete;
        expect(focused(el)).to.equal('search');
        const outside = document.createElement('input');
        document.body.append(outside);
        try {
          outside.focus();
          el.focusNextFrom(button(el, 'more'), '#next');
          el.requestUpdate();
          await el.updateComplete;
          expect(document.activeElement).to.equal(outside);
        } finally {
          outside.remove();
        }
      });
    });
  });
});
