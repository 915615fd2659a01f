import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { makeHost } from '../helpers/controller-host.js';
import { waitUntil } from '../helpers/wait.js';
import { LazyModule } from '../../src/shared/lazy-module.js';
import type { FocusFrom } from '../../src/shared/koto-element.js';

/** A host's focus function (KotoElement.focusAfterUpdateFrom): the first selector, after the next render. */
const focusIn =
  (host: HTMLElement & { updateComplete: Promise<boolean> }): FocusFrom =>
  (_from, ...selectors) =>
    void host.updateComplete.then(() => host.shadowRoot!.querySelector<HTMLElement>(selectors[0]!)?.focus());

describe('LazyModule (code a learner needs only later, loaded on its own)', () => {
  it('loads once however often it is asked, and renders the host when the module is there', async () => {
    const host = await makeHost();
    let calls = 0;
    const lazy = new LazyModule(
      host,
      () => {
        calls++;
        return import('../../src/components/guidance-booking/later-steps.js');
      },
      focusIn(host),
    );
    expect(lazy.loading).to.equal(false);
    const before = host.updates;
    const first = lazy.load();
    expect(lazy.loading).to.equal(true);
    await Promise.all([first, lazy.load(), lazy.load()]);
    await host.updateComplete;
    expect(calls).to.equal(1);
    expect(lazy.module?.renderDetails).to.be.a('function');
    expect(lazy.loading).to.equal(false);
    expect(host.updates).to.be.greaterThan(before);
  });

  it('after a failed load (offline) it is not loading, and the next load tries again', async () => {
    const host = await makeHost();
    let fail = true;
    let calls = 0;
    const lazy = new LazyModule(
      host,
      () => {
        calls++;
        return fail ? Promise.reject(new Error('offline')) : Promise.resolve({ answer: 42 });
      },
      focusIn(host),
    );
    await lazy.load();
    expect(lazy.module).to.equal(undefined);
    expect(lazy.loading).to.equal(false);
    fail = false;
    await lazy.load();
    expect(calls).to.equal(2);
    expect(lazy.module).to.deep.equal({ answer: 42 });
  });
});

describe('LazyModule when the code cannot load (offline, the file gone)', () => {
  /** A host showing what stands in for the module; its importer fails `failures` times. */
  async function missing(failures: number) {
    const host = await makeHost();
    let calls = 0;
    const lazy = new LazyModule(
      host,
      () =>
        ++calls <= failures
          ? Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
          : Promise.resolve({ answer: 42 }),
      focusIn(host),
    );
    host.view = () =>
      lazy.module ? html`<p id="there">${lazy.module.answer}</p>` : lazy.renderMissing('Your answers are safe.');
    host.requestUpdate();
    await lazy.load();
    await host.updateComplete;
    const $ = (selector: string) => host.shadowRoot!.querySelector<HTMLElement>(selector);
    return { host, lazy, $, calls: () => calls };
  }

  it('ends in a plain message with "Try again", not in a loading line forever', async () => {
    const { host, lazy, $ } = await missing(1);
    expect(lazy.failed).to.equal(true);
    expect($('[role="status"]')).to.equal(null);
    const notice = $('#code-error')!;
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(notice.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'We could not connect. Check your internet connection and try again. If it still does not work, reload the page. Your answers are safe. Try again',
    );
    await expect(host).to.be.accessible();
  });

  it('"Try again" imports again and shows the module', async () => {
    const { host, $, calls } = await missing(1);
    $('#code-retry')!.click();
    await waitUntil(() => $('#there'), 'the module shown');
    expect(calls()).to.equal(2);
    expect(host.shadowRoot!.textContent).to.contain('42');
  });

  it('a "Try again" that fails too leaves focus on the new "Try again", not on the page', async () => {
    const { host, lazy, $, calls } = await missing(2);
    $('#code-retry')!.focus();
    $('#code-retry')!.click();
    await waitUntil(
      () => calls() === 2 && lazy.failed && host.shadowRoot!.activeElement?.id === 'code-retry',
      'focus back on the button',
    );
  });
});
