import { expect } from '@open-wc/testing';
import { makeHost } from '../../helpers/controller-host.js';
import { StepFieldsLoader } from '../../../src/components/enrolment-form/step-fields-loader.js';
import { mockApiForEachTest } from '../../helpers/mock.js';
import { $, COURSE, makeForm, text, waitUntil } from './helpers.js';

describe('StepFieldsLoader (the step fields, loaded when the form is first shown)', () => {
  it('loads the module once, renders the host again, and tries again after a failed load', async () => {
    const host = await makeHost();
    let calls = 0;
    let fail = true;
    const loader = new StepFieldsLoader(
      host,
      () => undefined,
      () => {
        calls++;
        return fail
          ? Promise.reject(new Error('offline'))
          : import('../../../src/components/enrolment-form/step-fields.js');
      },
    );
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

describe('<koto-enrolment-form> when its step fields’ code cannot load', function () {
  this.timeout(30_000);
  const api = mockApiForEachTest();

  it('shows a plain message with "Try again" where the fields go, keeps the answers, and loads them on "Try again"', async () => {
    const el = await makeForm(api, { event: COURSE.openShort });
    const loader = (el as unknown as { stepFields: { importer: () => Promise<unknown> } }).stepFields;
    const real = loader.importer;
    let calls = 0;
    loader.importer = () =>
      ++calls === 1 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : real();
    $<HTMLButtonElement>(el, '#start')!.click();
    await waitUntil(() => $(el, '#code-error'), 'the message where the fields go');
    expect(text(el)).to.contain(
      'Check your internet connection and try again. If it still does not work, reload the page.',
    );
    expect(text(el)).to.contain('Your answers are safe.');
    expect($(el, 'form [name="firstName"]')).to.equal(null);
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '#code-retry')!.click();
    await waitUntil(() => $(el, '[name="firstName"]'), 'the fields');
    expect(calls).to.equal(2);
    expect($(el, '#code-error')).to.equal(null);
  });
});
