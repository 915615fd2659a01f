/** The card's office loading on its own, in a tiny host: one loader per channel id, through the shared Loader. */
import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { waitUntil } from '../../helpers/wait.js';
import { KotoElement } from '../../../src/shared/koto-element.js';
import { defineElement } from '../../../src/shared/define.js';
import type { Result } from '../../../src/api/http.js';
import type { PtvDataSource } from '../../../src/api/ptv/client.js';
import type { PtvOrganization, PtvServiceChannel } from '../../../src/api/ptv/schemas.js';
import { OfficeLoads, channelIds } from '../../../src/components/contact-card/office-loads.js';
import { Warnings } from '../../../src/components/contact-card/warnings.js';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';

/** A data source whose answers the test gives, one call at a time. */
class FakePtv implements PtvDataSource {
  channels: { id: string; signal: AbortSignal; answer: (r: Result<PtvServiceChannel>) => void }[] = [];
  organisations: string[] = [];
  getServiceChannel(id: string, options: { signal?: AbortSignal } = {}): Promise<Result<PtvServiceChannel>> {
    return new Promise((answer) => this.channels.push({ id, signal: options.signal!, answer }));
  }
  getOrganization(id: string): Promise<Result<PtvOrganization>> {
    this.organisations.push(id);
    return Promise.resolve({ ok: true, value: { id, organizationNames: [] } as unknown as PtvOrganization });
  }
}

const channel = (id: string) =>
  ({ id, organizationId: 'org-1', serviceChannelNames: [] }) as unknown as PtvServiceChannel;

class OfficesProbe extends KotoElement {
  static override properties = { channel: {} };
  declare channel: string;
  readonly source = new FakePtv();
  warned: string[] = [];
  readonly offices = new OfficeLoads(this, {
    channel: () => this.channel ?? '',
    given: () => this.source,
    base: () => undefined,
    locale: () => this.locale,
    warnings: Object.assign(new Warnings('probe'), { warn: (p: readonly string[]) => this.warned.push(...p) }),
  });
  override render() {
    return litHtml`<p>${this.offices.offices.map(([id, s]) => `${id.slice(-1)}:${s.status}`).join(' ')}</p>`;
  }
}
defineElement('koto-offices-probe', OfficesProbe);

const shown = (el: Element) => el.shadowRoot?.querySelector('p')?.textContent ?? '';
const callFor = (el: OfficesProbe, id: string) => el.source.channels.filter((c) => c.id === id).at(-1)!;

describe('OfficeLoads (the contact card’s offices)', () => {
  it('reads the channel ids: each once, in lower case, and says which are not ids', () => {
    expect(channelIds(`${A}, abc;${A.toUpperCase()} ${B}`)).to.deep.equal({
      ids: [A, B],
      problems: ['channel "abc" is not a PTV service channel id; it is left out.'],
    });
  });

  it('loads each office on its own: one shows while the other still loads', async () => {
    const el = await fixture<OfficesProbe>(html`<koto-offices-probe channel="${A},${B}"></koto-offices-probe>`);
    expect(shown(el)).to.equal('a:loading b:loading');
    callFor(el, B).answer({ ok: true, value: channel(B) });
    await waitUntil(() => shown(el) === 'a:loading b:loaded');
    // The organisation's name comes after the office, asked once.
    await waitUntil(() => el.offices.organisation('org-1') !== undefined, 'organisation');
    expect(el.source.organisations).to.deep.equal(['org-1']);
  });

  it('leaves out a channel PTV does not have, and warns of it', async () => {
    const el = await fixture<OfficesProbe>(html`<koto-offices-probe channel="${A},${B}"></koto-offices-probe>`);
    callFor(el, A).answer({ ok: false, error: { kind: 'http', status: 404 } as never });
    callFor(el, B).answer({ ok: true, value: channel(B) });
    await waitUntil(() => shown(el) === 'b:loaded');
    expect(el.warned.join(' ')).to.contain(`channel "${A}" was not found in PTV`);
  });

  it('retries only the offices that failed, and only a passing failure offers a retry', async () => {
    const el = await fixture<OfficesProbe>(html`<koto-offices-probe channel="${A},${B}"></koto-offices-probe>`);
    callFor(el, A).answer({ ok: false, error: { kind: 'network', message: 'offline' } });
    callFor(el, B).answer({ ok: true, value: channel(B) });
    await waitUntil(() => shown(el) === 'a:error b:loaded');
    expect(el.offices.retryable).to.equal(true);
    const retried = el.offices.reload(true);
    await el.updateComplete;
    expect(shown(el)).to.equal('a:loading b:loaded');
    expect(el.source.channels.map((c) => c.id.slice(-1))).to.deep.equal(['a', 'b', 'a']);
    callFor(el, A).answer({ ok: true, value: channel(A) });
    await retried;
    await waitUntil(() => shown(el) === 'a:loaded b:loaded');
    expect(el.offices.retryable).to.equal(false);
  });

  it('drops an id no longer asked for: its request is aborted, the others stay', async () => {
    const el = await fixture<OfficesProbe>(html`<koto-offices-probe channel="${A},${B}"></koto-offices-probe>`);
    callFor(el, B).answer({ ok: true, value: channel(B) });
    await waitUntil(() => shown(el) === 'a:loading b:loaded');
    const a = callFor(el, A);
    el.channel = B;
    await el.updateComplete;
    expect(a.signal.aborted).to.equal(true);
    expect(shown(el)).to.equal('b:loaded');
    expect(el.source.channels).to.have.length(2);
  });
});
