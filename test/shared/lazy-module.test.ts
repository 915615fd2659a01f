import { expect } from '@open-wc/testing';
import { makeHost } from '../helpers/controller-host.js';
import { LazyModule } from '../../src/shared/lazy-module.js';

describe('LazyModule (code a learner needs only later, loaded on its own)', () => {
  it('loads once however often it is asked, and renders the host when the module is there', async () => {
    const host = await makeHost();
    let calls = 0;
    const lazy = new LazyModule(host, () => {
      calls++;
      return import('../../src/components/guidance-booking/later-steps.js');
    });
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
    const lazy = new LazyModule(host, () => {
      calls++;
      return fail ? Promise.reject(new Error('offline')) : Promise.resolve({ answer: 42 });
    });
    await lazy.load();
    expect(lazy.module).to.equal(undefined);
    expect(lazy.loading).to.equal(false);
    fail = false;
    await lazy.load();
    expect(calls).to.equal(2);
    expect(lazy.module).to.deep.equal({ answer: 42 });
  });
});
