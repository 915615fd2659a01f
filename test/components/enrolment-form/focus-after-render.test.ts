import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { makeHost } from '../../helpers/controller-host.js';
import { FocusAfterRender } from '../../../src/components/enrolment-form/focus-after-render.js';
import { StepFieldsLoader } from '../../../src/components/enrolment-form/step-fields-loader.js';

describe('FocusAfterRender (the enrolment form’s focus after a render)', () => {
  it('focuses the element asked for once it is rendered, and says it moved focus meanwhile', async () => {
    const host = await makeHost();
    const focus = new FocusAfterRender(host);
    let movingWhenFocused: boolean | undefined;
    host.view = () => html`<h3 id="title" tabindex="-1" @focus=${() => (movingWhenFocused = focus.moving)}>Title</h3>`;
    focus.request('title');
    await host.updateComplete;
    expect(host.shadowRoot!.activeElement?.id).to.equal('title');
    expect(movingWhenFocused).to.equal(true);
    expect(focus.moving).to.equal(false);
  });

  it('waits for a target still on its way, and gives up on one that is not coming', async () => {
    const host = await makeHost();
    let coming = true;
    const focus = new FocusAfterRender(host, () => coming);
    focus.request('late');
    await host.updateComplete;
    host.view = () => html`<button id="late">Late</button>`;
    host.requestUpdate();
    await host.updateComplete;
    expect(host.shadowRoot!.activeElement?.id, 'focused once there').to.equal('late');

    coming = false;
    host.view = () => html``;
    focus.request('never');
    await host.updateComplete;
    host.view = () => html`<button id="never">Never</button>`;
    host.requestUpdate();
    await host.updateComplete;
    expect(host.shadowRoot!.activeElement?.id, 'not focused later').not.to.equal('never');
  });
});

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
