/**
 * The catalogue's search state on a tiny host: typing, filters, and the page URL with Back.
 * A new `filters` object is a new search, so the tests count the objects the state gives.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { waitUntil } from '../../helpers/wait.js';
import { defineElement } from '../../../src/shared/define.js';
import { defaultKeywordConfig } from '../../../src/api/linked-events/course.js';
import type { CatalogueFilters } from '../../../src/components/course-catalogue/filters.js';
import { SearchState } from '../../../src/components/course-catalogue/search-state.js';

class SearchProbe extends LitElement {
  static override properties = { syncUrl: { type: Boolean, attribute: 'sync-url' } };
  declare syncUrl: boolean;
  delay = 30;
  /** Every search the state asked for, in order. */
  searches: CatalogueFilters[] = [];
  readonly search = new SearchState(this, {
    syncUrl: () => this.syncUrl,
    keywords: () => defaultKeywordConfig,
    delay: () => this.delay,
  });
  constructor() {
    super();
    this.syncUrl = false;
  }
  protected override willUpdate(): void {
    if (this.search.filters !== this.searches.at(-1)) this.searches.push(this.search.filters);
  }
  override render() {
    return litHtml`<p>${this.search.text}</p>`;
  }
}
defineElement('koto-search-probe', SearchProbe);

describe('SearchState', () => {
  describe('typing', () => {
    it('searches once typing pauses, and at once on Enter', async () => {
      const el = await fixture<SearchProbe>(html`<koto-search-probe></koto-search-probe>`);
      for (const text of ['l', 'lu', 'luku']) el.search.type(text);
      expect(el.search.filters.text).to.equal('');
      await waitUntil(() => el.searches.length === 2, 'the search after the pause');
      expect(el.searches.map((f) => f.text)).to.deep.equal(['', 'luku']);
      el.delay = 60_000;
      el.search.type('lukutaito');
      el.search.submit();
      await el.updateComplete;
      expect(el.searches.map((f) => f.text)).to.deep.equal(['', 'luku', 'lukutaito']);
    });

    it('a filter chosen while typing searches for the text too; the same search again is no new search', async () => {
      const el = await fixture<SearchProbe>(html`<koto-search-probe></koto-search-probe>`);
      el.delay = 60_000;
      el.search.type('luku ');
      el.search.choose('weekday', '5');
      el.search.choose('path', 'fast');
      el.search.setOpen(true);
      await el.updateComplete;
      expect(el.search.filters).to.deep.equal({ text: 'luku ', weekday: 5, path: 'fast', open: true });
      const searches = el.searches.length;
      el.search.type('luku');
      el.search.submit();
      el.search.choose('weekday', '5');
      await el.updateComplete;
      expect(el.searches).to.have.length(searches);
      el.search.choose('weekday', '');
      await el.updateComplete;
      expect(el.search.filters).to.deep.equal({ text: 'luku', path: 'fast', open: true });
    });

    it('"Clear search and filters" empties both; leaving the page drops a search still waiting', async () => {
      const el = await fixture<SearchProbe>(html`<koto-search-probe></koto-search-probe>`);
      el.delay = 60_000;
      el.search.choose('path', 'slow');
      el.search.type('x');
      el.search.clear();
      await el.updateComplete;
      expect(el.search.text).to.equal('');
      expect(el.search.filters).to.deep.equal({ text: '', open: false });
      el.delay = 30;
      el.search.type('gone');
      const parent = el.parentNode!;
      el.remove();
      await new Promise((r) => setTimeout(r, 100));
      expect(el.search.filters.text).to.equal('');
      parent.append(el);
    });
  });

  describe('the page URL', () => {
    const original = location.href;
    afterEach(() => history.replaceState(null, '', original));

    it('with sync-url: read on connect, written on each change (keeping the page’s own), and followed on Back', async () => {
      history.replaceState(null, '', `${location.pathname}?keep=1&koto-path=literacy&koto-q=luku`);
      const el = await fixture<SearchProbe>(html`<koto-search-probe sync-url></koto-search-probe>`);
      expect(el.search.filters).to.deep.include({ path: 'literacy', text: 'luku' });
      expect(el.search.text).to.equal('luku');
      el.search.choose('path', 'fast');
      expect(new URLSearchParams(location.search).get('koto-path')).to.equal('fast');
      expect(new URLSearchParams(location.search).get('keep')).to.equal('1');
      history.replaceState(null, '', `${location.pathname}?koto-level=A1.1`);
      window.dispatchEvent(new PopStateEvent('popstate'));
      await el.updateComplete;
      expect(el.search.filters).to.deep.equal({ text: '', level: 'A1.1', open: false });
      expect(el.search.text).to.equal('');
    });

    it('moved in the page: a URL that changed meanwhile is a new search, an unchanged one is not', async () => {
      history.replaceState(null, '', `${location.pathname}?koto-path=slow`);
      const el = await fixture<SearchProbe>(html`<koto-search-probe sync-url></koto-search-probe>`);
      const parent = el.parentNode!;
      const before = el.search.filters;
      el.remove();
      parent.append(el);
      expect(el.search.filters).to.equal(before);
      el.remove();
      history.replaceState(null, '', `${location.pathname}?koto-path=fast`);
      parent.append(el);
      expect(el.search.filters.path).to.equal('fast');
    });

    it('without sync-url: the URL is neither read nor written, and Back changes nothing', async () => {
      history.replaceState(null, '', `${location.pathname}?koto-path=literacy`);
      const el = await fixture<SearchProbe>(html`<koto-search-probe></koto-search-probe>`);
      expect(el.search.filters.path).to.equal(undefined);
      el.search.choose('path', 'fast');
      expect(new URLSearchParams(location.search).get('koto-path')).to.equal('literacy');
      window.dispatchEvent(new PopStateEvent('popstate'));
      expect(el.search.filters.path).to.equal('fast');
    });
  });
});
