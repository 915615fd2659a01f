import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import type { HttpFailure } from '../../src/api/http.js';
import { failureParagraphs, serviceDetail } from '../../src/shared/failure.js';

const refused = (lang?: string): HttpFailure => ({
  kind: 'http',
  status: 400,
  body: { messages: ['Ilmoittautuminen on jo päättynyt.'], fields: {}, ...(lang ? { lang } : {}) },
});

async function shown(template: unknown): Promise<HTMLElement> {
  const el = await fixture<HTMLElement>(html`<div></div>`);
  render(template, el);
  return el;
}

describe('failure words (one mapping of a failure to what the learner reads)', () => {
  it('gives our words, then the service’s own in a detail paragraph marked with their language', async () => {
    const el = await shown(failureParagraphs(refused('fi'), 'en'));
    const paragraphs = el.querySelectorAll('p');
    expect(paragraphs).to.have.length(2);
    expect(paragraphs[0]!.textContent).to.equal('Something went wrong. Check the information and try again.');
    expect(paragraphs[1]!.className).to.equal('detail');
    expect(paragraphs[1]!.querySelector('[lang="fi"]')?.textContent).to.equal('Ilmoittautuminen on jo päättynyt.');
  });

  it('gives only our words where they say all there is (a 503, no connection)', async () => {
    const down = await shown(
      failureParagraphs({ kind: 'http', status: 503, body: { messages: ['Palvelu ei vastaa'], fields: {} } }, 'en'),
    );
    expect(down.querySelectorAll('p')).to.have.length(1);
    expect(down.textContent).to.contain('The service has a problem right now');
    const offline = await shown(failureParagraphs({ kind: 'network', message: 'Failed to fetch' }, 'en'));
    expect(offline.querySelectorAll('p')).to.have.length(1);
    expect(offline.textContent).to.contain('We could not connect');
  });

  it('shows nothing for service words that are not there', async () => {
    const el = await shown(html`${serviceDetail(undefined, 'en')}`);
    expect(el.querySelector('p')).to.equal(null);
  });
});
