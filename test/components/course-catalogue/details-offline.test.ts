/**
 * A course's description is shown through code loaded when its details first open (the
 * sanitiser, with DOMPurify). When that code cannot load (offline, the file gone from the
 * server), the learner is told so plainly with "Try again", as LazyModule does, instead of
 * reading "Loading…" for ever; the rest of the card stays usable.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait.js';
import '../../../src/define/course-catalogue.js';
import type { KotoCourseCatalogue } from '../../../src/components/course-catalogue/course-catalogue.component.js';
import { cards, loaded, root } from './helpers.js';
import { mockApiForEachTest, type MockApi } from '../../helpers/mock.js';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The catalogue, its description code failing `failures` times, then loading. */
async function catalogueOffline(api: MockApi, failures: number) {
  const el = await fixture<KotoCourseCatalogue>(
    html`<koto-course-catalogue
      api-base=${api.linkedEvents}
      lang="en"
      page-size="20"
      enrol-href="#enrol-{id}"
    ></koto-course-catalogue>`,
  );
  await loaded(el);
  const details = (el as unknown as { details: { importer: () => Promise<unknown> } }).details;
  const real = details.importer;
  let calls = 0;
  details.importer = () =>
    ++calls <= failures ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : real();
  const card = cards(el)[0]!;
  card.querySelector<HTMLButtonElement>('[part~="details-button"]')!.click();
  const retry = () => card.querySelector<HTMLButtonElement>('[id$="-details-retry"]');
  await waitUntil(() => retry(), 'the message');
  return { el, card, retry, calls: () => calls };
}

describe('<koto-course-catalogue> when a description’s code cannot load (offline)', function () {
  this.timeout(30_000);
  const api = mockApiForEachTest();

  it('says so plainly with "Try again", not "Loading…" for ever; the rest of the card stays usable', async () => {
    const { el, card, retry } = await catalogueOffline(api, 1);
    const region = card.querySelector('[part~="details"]')!;
    expect(text(region)).to.not.contain('Loading…');
    const notice = retry()!.closest('.notice')!;
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(text(notice)).to.equal(
      'We could not connect. Check your internet connection and try again. If it still does not work, reload the page. Try again',
    );
    expect(text(region)).to.contain('Schedule');
    expect(card.querySelector('[part~="apply"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('"Try again" loads the description, and focus goes to the details’ heading', async () => {
    const { el, card, retry, calls } = await catalogueOffline(api, 1);
    retry()!.focus();
    retry()!.click();
    await waitUntil(() => card.querySelector('.description'), 'the description');
    expect(calls()).to.equal(2);
    await waitUntil(() => root(el).activeElement?.id.endsWith('-details-h'), 'focus on "About the course"');
  });

  it('a keyboard "Try again" that fails again leaves focus on the new "Try again"', async () => {
    const { el, retry, calls } = await catalogueOffline(api, 2);
    const first = retry()!;
    first.focus();
    first.click();
    await waitUntil(() => calls() === 2 && retry(), 'failed again');
    await waitUntil(() => root(el).activeElement === retry(), 'focus on the new "Try again"');
    expect(document.activeElement).to.equal(el);
  });
});
