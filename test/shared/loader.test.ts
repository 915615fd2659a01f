import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { html as litHtml } from 'lit';
import { KotoElement } from '../../src/shared/koto-element.js';
import { Clients, Loader } from '../../src/shared/loader.js';
import { isLocaleReady } from '../../src/shared/localization.js';
import { defineElement } from '../../src/shared/define.js';
import type { HttpFailure, Result } from '../../src/api/http.js';

/** A fake client: each call waits until the test answers it. */
class FakeClient {
  constructor(readonly base: string) {}
  calls: { query: string; signal: AbortSignal; answer: (r: Result<string>) => void }[] = [];
  get(query: string, signal: AbortSignal): Promise<Result<string>> {
    return new Promise((answer) => this.calls.push({ query, signal, answer }));
  }
}

const ok = (value: string): Result<string> => ({ ok: true, value });
const down: HttpFailure = { kind: 'network', message: 'offline' };

class LoaderProbe extends KotoElement {
  static override properties = { query: {}, given: { attribute: false } };
  declare query: string;
  declare given: FakeClient | undefined;
  clients: FakeClient[] = [];
  /** Whether the element's strings were loaded when each load started. */
  stringsAtLoad: boolean[] = [];
  now = 0;
  refreshWanted = true;
  readonly loader = new Loader(this, {
    given: () => this.given,
    base: () => this.resolvedApiBase,
    makeClient: (base) => {
      const client = new FakeClient(base);
      this.clients.push(client);
      return client;
    },
    args: () => [this.query] as const,
    load: (client, [query], signal) => {
      this.stringsAtLoad.push(isLocaleReady(this.locale));
      return query ? client.get(query, signal) : Promise.resolve('setup' as const);
    },
    refreshAfterMs: 1000,
    wantsRefresh: () => this.refreshWanted,
    now: () => this.now,
  });
  override render() {
    const state = this.loader.state;
    return litHtml`<p>${state.kind === 'error' ? 'error' : state.kind}: ${this.loader.value ?? ''}</p>`;
  }
}
defineElement('koto-loader-probe', LoaderProbe);

/** A client built from a configuration as well as the base URL (the catalogue's keyword ids). */
class ConfiguredProbe extends KotoElement {
  static override properties = { config: { attribute: false } };
  declare config: { name: string };
  made: { base: string; config: string }[] = [];
  readonly loader = new Loader(this, {
    given: () => undefined,
    base: () => this.resolvedApiBase,
    makeClient: (base) => {
      this.made.push({ base, config: this.config.name });
      return new FakeClient(base);
    },
    madeFrom: () => this.config,
    args: () => [this.config] as const,
    load: (client, [config], signal) => client.get(config.name, signal),
  });
  override render() {
    return litHtml`<p>${this.loader.state.kind}: ${this.loader.value ?? ''}</p>`;
  }
}
defineElement('koto-configured-probe', ConfiguredProbe);

/** Several loaders on one element (one per id, as the contact card's offices): one client, each loader leaving on its own. */
class LoadersProbe extends KotoElement {
  clients: FakeClient[] = [];
  readonly shared = new Clients({
    given: () => undefined,
    base: () => this.resolvedApiBase,
    makeClient: (base) => {
      const client = new FakeClient(base);
      this.clients.push(client);
      return client;
    },
  });
  readonly loaders = ['a', 'b'].map(
    (query) =>
      new Loader(this, {
        clients: this.shared,
        args: () => [query] as const,
        load: (client, [q], signal) => client.get(q, signal),
      }),
  );
  override render() {
    return litHtml`<p>${this.loaders.map((l) => `${l.state.kind}:${l.value ?? ''}`).join(' ')}</p>`;
  }
}
defineElement('koto-loaders-probe', LoadersProbe);

/** Loads of one query in other words (as the enrolment form's course in another language): `sameAs` the query. */
class WordsProbe extends KotoElement {
  static override properties = { query: {}, words: {} };
  declare query: string;
  declare words: string;
  readonly client = new FakeClient('given');
  /** What the loader said: each load as it starts, each value loaded, each failure. */
  told: string[] = [];
  readonly loader: Loader<FakeClient, readonly [string, string], string> = new Loader(this, {
    given: () => this.client,
    base: () => undefined,
    makeClient: (base) => new FakeClient(base),
    args: () => [this.query, this.words] as const,
    sameAs: ([query], [shownQuery]) => query === shownQuery,
    load: (client, [query, words], signal) => {
      this.told.push(`${query} ${words}: ${this.loader.fresh ? 'fresh' : 'same'}`);
      return client.get(`${query} ${words}`, signal);
    },
    onLoaded: (value) => this.told.push(`loaded ${value}: ${this.loader.fresh ? 'fresh' : 'same'}`),
    onFailed: (error) => this.told.push(`failed: ${error === 'setup' ? error : error.kind}`),
  });
  override render() {
    return litHtml`<p>${this.loader.value ?? ''}</p>`;
  }
}
defineElement('koto-words-probe', WordsProbe);

const shown = (el: Element) => el.shadowRoot?.querySelector('p')?.textContent ?? '';
const clientOf = (el: LoaderProbe) => el.clients.at(-1)!;
const lastCall = (el: LoaderProbe) => clientOf(el).calls.at(-1)!;

describe('Loader', () => {
  describe('when it loads', () => {
    // First in this file: Ukrainian is not loaded yet.
    it('starts the request at once, without waiting for the element’s strings', async () => {
      const el = await fixture<LoaderProbe>(
        html`<koto-loader-probe lang="uk" api-base="https://a.example/v1/" query="q"></koto-loader-probe>`,
      );
      expect(el.stringsAtLoad).to.deep.equal([false]);
      lastCall(el).answer(ok('first'));
      await waitUntil(() => shown(el) === 'ready: first', 'the value is shown');
    });

    it('loads again when an input changes, aborting the request before and ignoring its late answer', async () => {
      const el = await fixture<LoaderProbe>(
        html`<koto-loader-probe api-base="https://a.example/v1/" query="one"></koto-loader-probe>`,
      );
      const first = lastCall(el);
      el.query = 'two';
      await el.updateComplete;
      const second = lastCall(el);
      expect(second.query).to.equal('two');
      expect(first.signal.aborted).to.equal(true);
      second.answer(ok('two'));
      await waitUntil(() => shown(el) === 'ready: two');
      first.answer(ok('one'));
      await el.updateComplete;
      expect(shown(el)).to.equal('ready: two');
    });

    it('says setup when there is no client or nothing to ask', async () => {
      const el = await fixture<LoaderProbe>(html`<koto-loader-probe query="q"></koto-loader-probe>`);
      await waitUntil(() => shown(el) === 'error: ');
      expect(el.loader.state).to.deep.equal({ kind: 'error', error: 'setup' });
    });
  });

  describe('clients', () => {
    it('makes one client per base URL, and uses a given one instead', async () => {
      const el = await fixture<LoaderProbe>(
        html`<koto-loader-probe api-base="https://a.example/v1/" query="q"></koto-loader-probe>`,
      );
      expect(el.loader.client).to.equal(el.loader.client);
      expect(el.clients.map((c) => c.base)).to.deep.equal(['https://a.example/v1/']);
      el.apiBase = 'https://b.example/v1/';
      await el.updateComplete;
      expect(el.clients.map((c) => c.base)).to.deep.equal(['https://a.example/v1/', 'https://b.example/v1/']);
      expect(el.clients[0]!.calls[0]!.signal.aborted).to.equal(true);
      const given = new FakeClient('given');
      el.given = given;
      await el.updateComplete;
      expect(el.loader.client).to.equal(given);
      expect(given.calls.map((c) => c.query)).to.deep.equal(['q']);
    });

    it('makes a new client when what it is made from changes, and only then', async () => {
      const el = await fixture<ConfiguredProbe>(
        html`<koto-configured-probe
          api-base="https://a.example/v1/"
          .config=${{ name: 'one' }}
        ></koto-configured-probe>`,
      );
      expect(el.loader.client).to.equal(el.loader.client);
      el.requestUpdate();
      await el.updateComplete;
      expect(el.made).to.deep.equal([{ base: 'https://a.example/v1/', config: 'one' }]);
      el.config = { name: 'two' };
      await el.updateComplete;
      expect(el.made).to.deep.equal([
        { base: 'https://a.example/v1/', config: 'one' },
        { base: 'https://a.example/v1/', config: 'two' },
      ]);
      expect((el.loader.client as FakeClient).calls.map((c) => c.query)).to.deep.equal(['two']);
    });
  });

  describe('several loaders on one element', () => {
    it('share one client per base URL', async () => {
      const el = await fixture<LoadersProbe>(
        html`<koto-loaders-probe api-base="https://a.example/v1/"></koto-loaders-probe>`,
      );
      expect(el.clients).to.have.length(1);
      expect(el.clients[0]!.calls.map((c) => c.query)).to.deep.equal(['a', 'b']);
      el.clients[0]!.calls[1]!.answer(ok('B'));
      await waitUntil(() => shown(el) === 'loading: ready:B', 'each shows when its answer comes');
    });

    it('one leaves for good with dispose(): its request is aborted and its late answer changes nothing', async () => {
      const el = await fixture<LoadersProbe>(
        html`<koto-loaders-probe api-base="https://a.example/v1/"></koto-loaders-probe>`,
      );
      const [a, b] = el.clients[0]!.calls;
      el.loaders[0]!.dispose();
      expect(a!.signal.aborted).to.equal(true);
      a!.answer(ok('A'));
      b!.answer(ok('B'));
      await waitUntil(() => shown(el).endsWith('ready:B'));
      // Out of the element's updates: a change of base URL loads only the other one again.
      el.apiBase = 'https://b.example/v1/';
      await el.updateComplete;
      expect(el.clients[1]!.calls.map((c) => c.query)).to.deep.equal(['b']);
    });
  });

  describe('failures', () => {
    it('shows the failure, and loads again on retry', async () => {
      const el = await fixture<LoaderProbe>(
        html`<koto-loader-probe api-base="https://a.example/v1/" query="q"></koto-loader-probe>`,
      );
      lastCall(el).answer({ ok: false, error: down });
      await waitUntil(() => shown(el) === 'error: ');
      expect(el.loader.state).to.deep.equal({ kind: 'error', error: down });
      const retried = el.loader.retry();
      await el.updateComplete;
      expect(shown(el)).to.equal('loading: ');
      lastCall(el).answer(ok('again'));
      await retried;
      await el.updateComplete;
      expect(shown(el)).to.equal('ready: again');
    });

    it('keeps the last value while loading again and after a failed load', async () => {
      const el = await fixture<LoaderProbe>(
        html`<koto-loader-probe api-base="https://a.example/v1/" query="q"></koto-loader-probe>`,
      );
      lastCall(el).answer(ok('kept'));
      await waitUntil(() => shown(el) === 'ready: kept');
      void el.loader.retry();
      await el.updateComplete;
      expect(shown(el)).to.equal('loading: kept');
      lastCall(el).answer({ ok: false, error: down });
      await waitUntil(() => shown(el) === 'error: kept');
    });

    it('changes nothing in an element removed mid-load, and loads again when it is put back', async () => {
      const el = await fixture<LoaderProbe>(
        html`<koto-loader-probe api-base="https://a.example/v1/" query="q"></koto-loader-probe>`,
      );
      const parent = el.parentNode!;
      const first = lastCall(el);
      el.remove();
      expect(first.signal.aborted).to.equal(true);
      let late = 0;
      const requestUpdate = el.requestUpdate.bind(el);
      el.requestUpdate = (...args: Parameters<LoaderProbe['requestUpdate']>) => {
        if (!el.isConnected) late++;
        requestUpdate(...args);
      };
      first.answer({ ok: false, error: { kind: 'aborted' } });
      await new Promise((r) => setTimeout(r));
      expect(late, 'renders asked while out of the page').to.equal(0);
      expect(el.loader.state.kind).to.equal('loading');
      parent.appendChild(el);
      expect(clientOf(el).calls).to.have.length(2);
      lastCall(el).answer(ok('back'));
      await waitUntil(() => shown(el) === 'ready: back');
    });

    it('drops even a good answer that comes after the element left the page, and loads again when put back', async () => {
      const el = await fixture<LoaderProbe>(
        html`<koto-loader-probe api-base="https://a.example/v1/" query="q"></koto-loader-probe>`,
      );
      const parent = el.parentNode!;
      el.remove();
      // A client may answer whatever the signal says (a page's own, or an answer already on its way).
      lastCall(el).answer(ok('late'));
      await new Promise((r) => setTimeout(r));
      expect(el.loader.value).to.equal(undefined);
      parent.appendChild(el);
      expect(clientOf(el).calls).to.have.length(2);
      lastCall(el).answer(ok('back'));
      await waitUntil(() => shown(el) === 'ready: back');
    });
  });

  describe('a load of the same thing anew (sameAs)', () => {
    const answer = (el: WordsProbe, value: string) => el.client.calls.at(-1)!.answer(ok(value));

    it('is fresh when it brings something else, and not when it asks the same anew', async () => {
      const el = await fixture<WordsProbe>(html`<koto-words-probe query="one" words="en"></koto-words-probe>`);
      answer(el, 'One');
      await waitUntil(() => shown(el) === 'One');
      el.words = 'sv';
      await el.updateComplete;
      answer(el, 'Ett');
      await waitUntil(() => shown(el) === 'Ett');
      el.query = 'two';
      await el.updateComplete;
      answer(el, 'Två');
      await waitUntil(() => shown(el) === 'Två');
      expect(el.told).to.deep.equal([
        'one en: fresh',
        'loaded One: fresh',
        'one sv: same',
        'loaded Ett: same',
        'two sv: fresh',
        'loaded Två: fresh',
      ]);
    });

    it('is fresh when it cuts a fresh one short, and after the value was dropped', async () => {
      const el = await fixture<WordsProbe>(html`<koto-words-probe query="one" words="en"></koto-words-probe>`);
      el.words = 'sv';
      await el.updateComplete;
      answer(el, 'Ett');
      await waitUntil(() => shown(el) === 'Ett');
      el.loader.value = undefined;
      el.words = 'fi';
      await el.updateComplete;
      expect(el.told).to.deep.equal(['one en: fresh', 'one sv: fresh', 'loaded Ett: fresh', 'one fi: fresh']);
    });

    it('tells a failure, but not of a load overtaken or cut short by leaving the page', async () => {
      const el = await fixture<WordsProbe>(html`<koto-words-probe query="one" words="en"></koto-words-probe>`);
      const first = el.client.calls[0]!;
      el.words = 'sv';
      await el.updateComplete;
      first.answer({ ok: false, error: down });
      el.client.calls[1]!.answer({ ok: false, error: down });
      await waitUntil(() => el.told.length === 3);
      el.words = 'fi';
      await el.updateComplete;
      el.remove();
      el.client.calls[2]!.answer({ ok: false, error: { kind: 'aborted' } });
      await new Promise((r) => setTimeout(r));
      expect(el.told).to.deep.equal(['one en: fresh', 'one sv: fresh', 'failed: network', 'one fi: fresh']);
    });
  });

  describe('quiet refreshes', () => {
    it('refreshes a value older than its limit when the page is shown again, keeping it if that fails', async () => {
      const el = await fixture<LoaderProbe>(
        html`<koto-loader-probe api-base="https://a.example/v1/" query="q"></koto-loader-probe>`,
      );
      lastCall(el).answer(ok('old'));
      await waitUntil(() => shown(el) === 'ready: old');
      const client = clientOf(el);
      el.now = 999;
      document.dispatchEvent(new Event('visibilitychange'));
      expect(client.calls).to.have.length(1);
      el.refreshWanted = false;
      el.now = 1000;
      document.dispatchEvent(new Event('visibilitychange'));
      expect(client.calls).to.have.length(1);
      el.refreshWanted = true;
      document.dispatchEvent(new Event('visibilitychange'));
      await waitUntil(() => client.calls.length === 2, 'refreshed');
      expect(shown(el)).to.equal('ready: old');
      lastCall(el).answer({ ok: false, error: down });
      await el.updateComplete;
      expect(shown(el)).to.equal('ready: old');
      document.dispatchEvent(new Event('visibilitychange'));
      await waitUntil(() => client.calls.length === 3, 'refreshed again');
      lastCall(el).answer(ok('new'));
      await waitUntil(() => shown(el) === 'ready: new');
    });

    it('answers a quiet request, unless a newer one or a new load overtook it', async () => {
      const el = await fixture<LoaderProbe>(
        html`<koto-loader-probe api-base="https://a.example/v1/" query="q"></koto-loader-probe>`,
      );
      lastCall(el).answer(ok('value'));
      await waitUntil(() => shown(el) === 'ready: value');
      const first = el.loader.request((client, signal) => client.get('first', signal));
      const second = el.loader.request((client, signal) => client.get('second', signal));
      await waitUntil(() => clientOf(el).calls.length === 3);
      const [, one, two] = clientOf(el).calls;
      expect(one!.signal.aborted).to.equal(true);
      two!.answer(ok('2'));
      one!.answer(ok('1'));
      expect(await first).to.equal(undefined);
      expect(await second).to.deep.equal(ok('2'));
      const third = el.loader.request((client, signal) => client.get('third', signal));
      await waitUntil(() => clientOf(el).calls.length === 4);
      el.query = 'new';
      await el.updateComplete;
      expect(clientOf(el).calls[3]!.signal.aborted).to.equal(true);
      clientOf(el).calls[3]!.answer(ok('3'));
      expect(await third).to.equal(undefined);
    });
  });
});
