/**
 * The results as a function of their state: the loading skeleton, the error with "Try again",
 * "none found" (or "none yet", with "Look further"), the list of cards with "Show more", the
 * count line and what the live region says. Strings come out in the catalogue's locale
 * because the catalogue calls these inside its render.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Course } from '../../api/linked-events/course.js';
import { describeFailure, isTransient } from '../../shared/errors.js';
import { metaTag } from '../../shared/config.js';
import { notSetUp } from '../../shared/not-set-up.js';
import type { LoadFailure, LoadState } from '../../shared/loader.js';
import { totalOf, type Listing, type Paging, type PagingNews } from './results.js';

export interface ResultsView {
  state: LoadState;
  listing: Listing | undefined;
  paging: Paging;
  news: PagingNews | undefined;
  /** Whether a search text or a filter is chosen (then "Clear search and filters" is offered). */
  filtered: boolean;
  /** The cards of the courses, in their order. */
  cards: (courses: readonly Course[]) => unknown;
  /** "Try again" after a failed search. */
  onRetry: (e: Event) => void;
  /** "Show more courses", "Look further", and "Try again" after either failed. */
  onMore: (e: Event) => void;
  onClear: () => void;
}

/**
 * "3 courses found": one message for one course and one for more (lit-localize has no plural
 * forms). Languages with more plural forms (uk, ru, ar) say it with a colon in the second.
 */
export const coursesFoundText = (total: number) =>
  total === 1 ? msg('1 course found') : msg(str`${total} courses found`);

const failureText = (failure: LoadFailure) =>
  failure === 'setup' ? msg('The course list is not set up on this page.') : describeFailure(failure);

/** What the polite live region says: the search on its way, or what the last search or "Show more" brought. */
export function resultsNews(v: ResultsView): string {
  if (v.state.kind === 'loading') return msg('Searching for courses…');
  if (v.state.kind === 'error') return failureText(v.state.error);
  const listing = v.listing;
  if (!listing) return '';
  const shown = listing.courses.length;
  const total = totalOf(listing);
  if (v.news?.kind === 'failed') return describeFailure(v.news.error);
  // A count after a colon: "1 more courses" is wrong, and so would be most languages' plurals.
  if (v.news) return msg(str`Courses added: ${v.news.added}. You see ${shown} of ${total}.`);
  if (shown > 0) return coursesFoundText(total);
  return listing.next ? msg('No courses found yet.') : msg('No courses found.');
}

/** The line that tells how many courses were found (or, while the list stays shown, that a search runs). */
export function renderCount(v: ResultsView): TemplateResult {
  const courses = v.listing?.courses.length ?? 0;
  const loaded = v.state.kind === 'ready' && courses > 0;
  return html`<p class="count" part="status" aria-hidden=${loaded ? 'false' : 'true'}>
    ${
      loaded
        ? coursesFoundText(totalOf(v.listing!))
        : v.state.kind === 'loading' && courses
          ? html`<span class="spinner" aria-hidden="true"></span> ${msg('Searching for courses…')}`
          : nothing
    }
  </p>`;
}

function renderSkeleton(): TemplateResult {
  return html`<ul class="list" part="list" aria-busy="true" aria-label=${msg('Courses')}>
    ${[0, 1, 2].map(
      () =>
        html`<li class="card skeleton-card" aria-hidden="true">
          <div class="skeleton line wide"></div>
          <div class="skeleton line"></div>
          <div class="skeleton line short"></div>
        </li>`,
    )}
  </ul>`;
}

// Only aria-disabled while loading (a second press does nothing): a disabled button loses
// focus, and the learner is thrown to the top of the page.
const moreButton = (v: ResultsView, label: string, classes: string) => {
  const loading = v.paging.kind === 'loading';
  return html`<button
    type="button"
    class=${classes}
    part="more"
    aria-disabled=${loading ? 'true' : 'false'}
    @click=${v.onMore}
  >
    ${loading ? msg('Loading…') : label}
  </button>`;
};

export function renderResults(v: ResultsView): TemplateResult {
  const { state, paging } = v;
  const courses = v.listing?.courses ?? [];
  const next = v.listing?.next;
  // The skeleton only on the first load: later searches keep the list, marked busy, and
  // update it in place (less flicker, and the learner does not lose their place).
  const busy = state.kind === 'loading';
  if (busy && courses.length === 0) return renderSkeleton();
  if (state.kind === 'error') {
    const failure = state.error;
    return html`<div class="notice error" part="error" tabindex="-1">
      ${failure === 'setup' ? notSetUp(failureText(failure), metaTag('linkedEvents')) : html`<p>${failureText(failure)}</p>`}
      ${
        failure !== 'setup' && isTransient(failure)
          ? html`<button type="button" class="button" @click=${v.onRetry}>${msg('Try again')}</button>`
          : nothing
      }
    </div>`;
  }
  const failed = paging.kind === 'failed';
  if (courses.length === 0 && next && !failed) {
    // The look-ahead ran out before the list did: not "none", but "none yet".
    return html`<div class="notice empty" part="empty" tabindex="-1">
      <p><strong>${msg('No courses found yet.')}</strong></p>
      <p>${msg('The list goes on. Look further, or try fewer filters.')}</p>
      ${moreButton(v, msg('Look further'), 'button')}
    </div>`;
  }
  if (courses.length === 0 && !failed) {
    return html`<div class="notice empty" part="empty" tabindex="-1">
      <p><strong>${msg('No courses found.')}</strong></p>
      ${
        v.filtered
          ? html`<p>${msg('Try fewer filters or other words.')}</p>
              <button type="button" class="button secondary" @click=${v.onClear}>
                ${msg('Clear search and filters')}
              </button>`
          : html`<p>${msg('There are no courses right now. Come back later.')}</p>`
      }
    </div>`;
  }
  return html`<ul
      class="list ${busy ? 'stale' : ''}"
      part="list"
      aria-label=${msg('Courses')}
      aria-busy=${busy ? 'true' : 'false'}
    >
      ${v.cards(courses)}
    </ul>
    ${
      failed
        ? html`<div class="notice error more-error">
            <p>${describeFailure(paging.error)}</p>
            <button type="button" class="button" @click=${v.onMore}>${msg('Try again')}</button>
          </div>`
        : next && !busy
          ? html`<p class="more">${moreButton(v, msg('Show more courses'), 'button secondary')}</p>`
          : nothing
    }`;
}
