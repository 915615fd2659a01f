import { expect, fixture, html } from '@open-wc/testing';
import { css, html as litHtml } from 'lit';
import { KotoElement } from '../../src/shared/koto-element.js';
import { baseStyles } from '../../src/shared/styles.js';
import { defineElement } from '../../src/shared/define.js';

class HostPageProbe extends KotoElement {
  static override styles = [
    baseStyles,
    css`
      h2 {
        font-size: 1.25rem;
        margin-block-end: 0.5rem;
      }
    `,
  ];
  override render() {
    return litHtml`<h2>Otsikko</h2><p>Teksti</p><button class="button">Jatka</button>`;
  }
}
defineElement('koto-host-page-probe', HostPageProbe);

const px = (el: Element, property: 'fontSize' | 'lineHeight' | 'direction' | 'marginBlockEnd') =>
  getComputedStyle(el)[property];
const inside = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector)!;

/** The reader's own browser font size: what `medium` is. */
function readerSize(): number {
  const probe = document.createElement('div');
  probe.style.fontSize = 'medium';
  document.body.append(probe);
  const size = parseFloat(getComputedStyle(probe).fontSize);
  probe.remove();
  return size;
}

describe('Any host page: the page’s font and direction rules', () => {
  let sheet: HTMLStyleElement;
  let medium: number;
  before(() => (medium = readerSize()));
  afterEach(() => sheet?.remove());

  function pageCss(text: string) {
    sheet = document.createElement('style');
    sheet.textContent = text;
    document.head.append(sheet);
  }

  for (const root of ['8px', '62.5%', '24px']) {
    it(`keeps the reader's text size and 44 px controls at a ${root} root with * { font-size: 11px }`, async () => {
      pageCss(`html { font-size: ${root} !important } * { font-size: 11px !important; line-height: 1 !important }`);
      const el = await fixture<HostPageProbe>(html`<koto-host-page-probe lang="fi"></koto-host-page-probe>`);
      expect(px(inside(el, 'p'), 'fontSize')).to.equal(`${medium}px`);
      expect(px(inside(el, 'h2'), 'fontSize')).to.equal(`${medium * 1.25}px`);
      expect(px(inside(el, 'h2'), 'marginBlockEnd')).to.equal(`${medium * 0.5}px`);
      expect(px(inside(el, 'p'), 'lineHeight')).to.equal(`${medium * 1.5}px`);
      expect(inside(el, 'button').getBoundingClientRect().height).to.be.at.least(44);
    });
  }

  it('lays Finnish out left to right and Arabic right to left, whatever the page’s CSS direction', async () => {
    pageCss('body, * { direction: rtl !important }');
    const fi = await fixture<HostPageProbe>(html`<koto-host-page-probe lang="fi"></koto-host-page-probe>`);
    expect(px(fi, 'direction')).to.equal('ltr');
    expect(px(inside(fi, 'p'), 'direction')).to.equal('ltr');
    sheet.textContent = 'body, * { direction: ltr !important }';
    const ar = await fixture<HostPageProbe>(html`<koto-host-page-probe lang="ar"></koto-host-page-probe>`);
    expect(px(inside(ar, 'p'), 'direction')).to.equal('rtl');
  });

  it('takes --koto-font-size, and the page’s own rem inside tokens, from the page', async () => {
    pageCss('html { font-size: 8px } koto-host-page-probe { --koto-font-size: 20px }');
    const el = await fixture<HostPageProbe>(html`<koto-host-page-probe lang="fi"></koto-host-page-probe>`);
    expect(px(inside(el, 'p'), 'fontSize')).to.equal('20px');
    expect(px(inside(el, 'h2'), 'fontSize')).to.equal('25px');
  });
});
