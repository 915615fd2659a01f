import { expect } from '@open-wc/testing';
import { makeHost } from '../../helpers/controller-host.js';
import { StepFieldsLoader } from '../../../src/components/enrolment-form/step-fields-loader.js';

describe('StepFieldsLoader (the step fields, loaded when the form is first shown)', () => {
  it('loads the module once, renders the host again, and tries again after a failed load', async () => {
    const host = await makeHost();
    let calls = 0;
    let fail = true;
    const loader = new StepFieldsLoader(host, () => {
      calls++;
      return fail
        ? Promise.reject(new Error('offline'))
        : import('../../../src/components/enrolment-form/step-fields.js');
    });
    await loader.load();
    expect(loader.module).to.equal(undefined);
    expect(loader.loading).to.equal(false);
    fail = false;
    const before = host.updates;
    const load = loader.load();
    expect(loader.loading).to.equal(true);
    await Promise.all([load, loader.load()]);
    await host.updateComplete;
    expect(calls).to.equal(2);
    expect(loader.module?.renderStepFields).to.be.a('function');
    expect(host.updates).to.be.greaterThan(before);
  });
});
