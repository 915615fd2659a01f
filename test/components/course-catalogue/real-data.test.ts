import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait.js';
import '../../../src/define/course-catalogue.js';
import type { KotoCourseCatalogue } from '../../../src/components/course-catalogue/course-catalogue.component.js';
import { mockApi, type MockApi } from '../../helpers/mock.js';
import { cards, loaded, root } from './helpers.js';
import type { Quirk } from '../../../src/mock/index.js';

const nameOf = (card: Element) => card.querySelector('h3')!.textContent!.trim();
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const rowOf = (card: Element, label: string, where = ':scope > article > dl') =>
  [...card.querySelectorAll(`${where} > .row`)].find((r) => text(r.querySelector('dt')) === label)?.querySelector('dd');

async function catalogue(quirks: Quirk[], pageSize = '100'): Promise<{ el: KotoCourseCatalogue; api: MockApi }> {
  const api = await mockApi({ quirks });
  const el = await fixture<KotoCourseCatalogue>(
    html`<koto-course-catalogue api-base=${api.linkedEvents} lang="en" page-size=${pageSize}></koto-course-catalogue>`,
  );
  await loaded(el);
  return { el, api };
}

describe('<koto-course-catalogue> on real-shaped data (src/mock/QUIRKS.md)', function () {
  // Each test renders all 37 courses, and one runs axe over them: slow in WebKit on a busy machine.
  this.timeout(60_000);

  it('a place sent as a bare { "@id" } is fetched and shown, once per place', async () => {
    const { el, api } = await catalogue(['unexpanded-location']);
    const withPlace = cards(el).filter((c) => text(rowOf(c, 'Place')));
    expect(withPlace.length).to.be.greaterThan(20);
    const log = (await api.state()).log;
    const places = log.filter((r) => r.path.startsWith('place/')).map((r) => r.path);
    expect(places.length).to.be.greaterThan(0);
    expect(new Set(places).size).to.equal(places.length);
  });

  it('end_time: null: "Days and times" keeps the start time', async () => {
    const { el } = await catalogue(['null-end-time']);
    const times = cards(el).map((c) => text(rowOf(c, 'Days and times')));
    expect(
      times.some((t) => /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(, \w+)* \d{1,2}\.\d{2}$/.test(t)),
    ).to.equal(true);
    expect(times.every((t) => !/–/.test(t))).to.equal(true);
  });

  it('a recurring series is one card with its dates, and each date can be reached in its details', async () => {
    const { el } = await catalogue(['series']);
    const series = cards(el).filter((c) => nameOf(c) === 'Finnish in the evening: conversation club');
    expect(series).to.have.length(1);
    const card = series[0]!;
    expect(text(rowOf(card, 'Dates'))).to.match(
      /^\d{1,2}\.\d{1,2}\.(\d{4})?–\d{1,2}\.\d{1,2}\.\d{4}\s*Number of dates: 3$/,
    );
    expect(text(rowOf(card, 'Days and times'))).to.match(/^\w+day 17\.00–18\.30$/);
    card.querySelector<HTMLButtonElement>('[part~="details-button"]')!.click();
    await waitUntil(() => rowOf(card, 'All dates', '.details dl'), 'the details view');
    const dates = [...rowOf(card, 'All dates', '.details dl')!.querySelectorAll('li')].map(text);
    expect(dates).to.have.length(3);
    for (const d of dates) expect(d).to.match(/^\w+day \d{1,2}\.\d{1,2}\.\d{4} 17\.00–18\.30$/);
    await expect(el).to.be.accessible();
  });

  it('meta.next on a host the browser cannot reach: "Show more" still works, through the configured base', async () => {
    const { el, api } = await catalogue(['next-host'], '15');
    expect(cards(el)).to.have.length(15);
    root(el).querySelector<HTMLButtonElement>('[part~="more"]')!.click();
    await waitUntil(() => cards(el).length === 30, 'the second page');
    expect(root(el).querySelector('.notice.error, [role="alert"]')).to.equal(null);
    const pages = (await api.state()).log.filter((r) => r.path.startsWith('event'));
    expect(pages.map((r) => r.status)).to.deep.equal([200, 200]);
  });
});
