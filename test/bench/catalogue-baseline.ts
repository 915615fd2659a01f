/**
 * The plain-DOM baseline of the catalogue benchmark (not a test): what a hand-written page
 * would do to show the same thing as `<koto-course-catalogue>`, in a shadow root with the
 * element's own style sheets, so both pay for the same CSS, style scoping and layout.
 *
 * It renders the same search form with the same filters (the month list from the same
 * helper, the places from the results), a loading list while the first request is on its
 * way, and the same cards with the same texts; it fetches and parses through the same
 * `LinkedEventsClient` (a hand-written page would also have to turn the API's JSON into
 * dates, times and seats) and orders the courses as the element does. On a filter change
 * it marks the list busy, asks the API again and redraws.
 */
import { LinkedEventsClient, type CourseQuery } from '../../src/api/linked-events/client.js';
import { defaultKeywordConfig, type Course, type StudyPath } from '../../src/api/linked-events/course.js';
import type { LocalisedText } from '../../src/api/localised.js';
import { languageListText } from '../../src/shared/languages.js';
import { formatMonth, weekdayName } from '../../src/shared/format.js';
import { KotoCourseCatalogue } from '../../src/components/course-catalogue/course-catalogue.component.js';
import {
  canApply,
  datesText,
  daysAndTimes,
  enrolmentText,
  seatsText,
  statusLabel,
} from '../../src/components/course-catalogue/course-card.js';
import { emptyFilters, monthBounds, toQuery, upcomingMonths } from '../../src/components/course-catalogue/filters.js';
import { orderForLearner } from '../../src/components/course-catalogue/order.js';

const LOCALE = 'en';

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
}

function select(id: string, label: string, any: string, choices: [string, string][], hint?: string) {
  const s = el('select', { id });
  s.append(new Option(any, ''), ...choices.map(([value, text]) => new Option(text, value)));
  const field = el('div', { className: `field ${hint ? 'with-hint' : ''}` }, el('label', { htmlFor: id }, label), s);
  if (hint) {
    s.setAttribute('aria-describedby', `${id}-hint`);
    field.append(el('p', { className: 'hint', id: `${id}-hint` }, hint));
  }
  return { field, select: s };
}

function card(course: Course, index: number): HTMLLIElement {
  const id = `course-${index}`;
  const h3 = el('h3', { id: `${id}-name`, className: 'name', tabIndex: -1 }, course.name.text);
  if (course.name.lang !== LOCALE) h3.lang = course.name.lang;
  const article = el('article', {}, h3);
  article.setAttribute('aria-labelledby', h3.id);
  const badge = statusLabel(course);
  if (badge) article.append(el('p', { className: 'badge' }, el('span', {}, '⚠'), ` ${badge}`));
  if (course.shortDescription) article.append(el('p', { className: 'summary' }, course.shortDescription.text));
  const dl = el('dl');
  const row = (label: string, value: string | undefined, cls = '') => {
    if (value) dl.append(el('div', { className: `row ${cls}` }, el('dt', {}, label), el('dd', {}, value)));
  };
  const place = course.place;
  row('Dates', datesText(course));
  row('Days and times', daysAndTimes(course, LOCALE));
  row('Level', course.levels.join(', '));
  row('Place', [place?.name?.text, place?.locality?.text].filter(Boolean).join(' '));
  row('Language', languageListText(course.languages ?? [], LOCALE));
  row('Organiser', course.provider?.text);
  row('Seats', seatsText(course), course.seats.left === 0 ? 'full' : '');
  row('Enrolment', enrolmentText(course));
  row('Price', course.isFree ? 'Free' : course.offers.find((o) => o.price)?.price?.text);
  article.append(dl);
  const more = el('button', { type: 'button', className: 'button secondary' }, 'More information');
  more.setAttribute('aria-expanded', 'false');
  const actions = el('div', { className: 'actions' }, more);
  if (canApply(course))
    actions.append(el('a', { className: 'button', href: `#enrol?course=${encodeURIComponent(course.id)}` }, 'Apply'));
  article.append(actions);
  return el('li', { className: `card ${course.status}` }, article);
}

function skeleton(): HTMLUListElement {
  const ul = el('ul', { className: 'list' });
  ul.setAttribute('aria-busy', 'true');
  for (let i = 0; i < 3; i++) {
    const li = el('li', { className: 'card skeleton-card' });
    li.setAttribute('aria-hidden', 'true');
    for (const cls of ['wide', '', 'short']) li.append(el('div', { className: `skeleton line ${cls}` }));
    ul.append(li);
  }
  return ul;
}

const PATHS: [StudyPath, string][] = [
  ['slow', 'Slow path'],
  ['basic', 'Basic path'],
  ['fast', 'Fast path'],
  ['literacy', 'Literacy training'],
];

/** The baseline catalogue in `root`: form and loading list at once, then the first results. */
export function startBaseline(root: ShadowRoot, apiBase: string, pageSize: number): void {
  root.adoptedStyleSheets = KotoCourseCatalogue.elementStyles.map((s) =>
    s instanceof CSSStyleSheet ? s : s.styleSheet!,
  );
  const client = new LinkedEventsClient({ baseUrl: apiBase });
  const now = Date.now();
  const path = select(
    'f-path',
    'Study path',
    'All paths',
    PATHS,
    'Slow path: you study at a calm pace. Fast path: you study fast. Before the course, we help you choose.',
  );
  const levels = Object.keys(defaultKeywordConfig.levels).map((l): [string, string] => [l, l]);
  const weekdays = Object.keys(defaultKeywordConfig.weekdays)
    .map(Number)
    .sort((a, b) => a - b)
    .map((d): [string, string] => [String(d), weekdayName(d, LOCALE)]);
  const months = upcomingMonths(now).map((m): [string, string] => [m, formatMonth(monthBounds(m)!.start, LOCALE)]);
  const place = select('f-place', 'Place', 'All places', []);
  const open = el('input', { id: 'f-open', type: 'checkbox' });
  const form = el(
    'form',
    { className: 'search', role: 'search' },
    el(
      'div',
      { className: 'field search-field' },
      el('label', { htmlFor: 'search' }, 'Search courses'),
      el(
        'div',
        { className: 'search-row' },
        el('input', { id: 'search', type: 'search', autocomplete: 'off' }),
        el('button', { type: 'submit', className: 'button' }, 'Search'),
      ),
    ),
    el(
      'fieldset',
      { className: 'filters' },
      el('legend', {}, 'Filter courses'),
      el(
        'div',
        { className: 'grid' },
        path.field,
        select('f-level', 'Level', 'All levels', levels).field,
        select('f-time', 'Time of day', 'Any time', [
          ['daytime', 'Daytime'],
          ['evening', 'Evening (from 16.00)'],
        ]).field,
        select('f-day', 'Weekday', 'Any day', weekdays).field,
        place.field,
        select('f-month', 'Starts in', 'Any month', months).field,
        el('label', { className: 'choice check' }, open, 'Enrolment open now'),
      ),
    ),
  );
  const count = el('p', { className: 'count' });
  let list: HTMLUListElement = skeleton();
  root.replaceChildren(form, count, list);

  const places = new Map<string, LocalisedText>();
  let asked = 0;
  const search = async (query: CourseQuery) => {
    const mine = ++asked;
    const page = await client.listCourses(query, { language: LOCALE, locale: LOCALE });
    if (!page.ok) throw new Error('baseline: the fake did not answer');
    if (mine !== asked) return;
    const courses = orderForLearner(page.value.courses);
    for (const c of courses) if (c.place?.id && c.place.name) places.set(c.place.id, c.place.name);
    const chosen = place.select.value;
    place.select.replaceChildren(
      new Option('All places', ''),
      ...[...places.entries()]
        .sort((a, b) => a[1].text.localeCompare(b[1].text, LOCALE))
        .map(([id, name]) => new Option(name.text, id)),
    );
    place.select.value = chosen;
    const next = el('ul', { className: 'list' });
    next.setAttribute('aria-label', 'Courses');
    next.setAttribute('aria-busy', 'false');
    next.append(...courses.map(card));
    list.replaceWith(next);
    list = next;
    count.textContent = `${page.value.count} courses found`;
  };
  path.select.addEventListener('change', () => {
    const filters = emptyFilters();
    if (path.select.value) filters.path = path.select.value as StudyPath;
    list.setAttribute('aria-busy', 'true');
    list.classList.add('stale');
    count.textContent = 'Searching for courses…';
    void search(toQuery(filters, { pageSize }, defaultKeywordConfig));
  });
  void search(toQuery(emptyFilters(), { pageSize }, defaultKeywordConfig));
}
