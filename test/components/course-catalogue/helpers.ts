/**
 * Reading `<koto-course-catalogue>` as a learner sees it, for the catalogue's test files.
 */
import { waitUntil } from '../../helpers/wait.js';
import type { KotoCourseCatalogue } from '../../../src/components/course-catalogue/course-catalogue.component.js';
import { LinkedEventsClient } from '../../../src/api/linked-events/client.js';

/** A real client of the fake that writes down every URL it asks for. */
export function recordingClient(baseUrl: string): { client: LinkedEventsClient; seen: string[] } {
  const seen: string[] = [];
  const client = new LinkedEventsClient({
    baseUrl,
    fetch: (input, init) => {
      seen.push(String(input));
      return fetch(input, init);
    },
  });
  return { client, seen };
}

export const root = (el: KotoCourseCatalogue) => el.shadowRoot!;
/** The course cards shown (not the loading placeholders). */
export const cards = (el: KotoCourseCatalogue) => [
  ...root(el).querySelectorAll<HTMLElement>('li.card:not(.skeleton-card)'),
];
export const names = (el: KotoCourseCatalogue) => cards(el).map((c) => c.querySelector('h3')!.textContent!.trim());
/** The value of a card's row, by its label. */
export const rowOf = (card: Element, label: string) =>
  [...card.querySelectorAll(':scope > article > dl > .row')]
    .find((r) => r.querySelector('dt')!.textContent!.trim() === label)
    ?.querySelector('dd')!
    .textContent!.replace(/\s+/g, ' ')
    .trim();
/** Waits until no search is on its way and a list or a notice is shown. */
export const loaded = (el: KotoCourseCatalogue) =>
  waitUntil(
    () => !root(el).querySelector('.skeleton-card, [aria-busy="true"]') && !!root(el).querySelector('.list, .notice'),
    'the catalogue finished loading',
  );
