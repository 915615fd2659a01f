/**
 * The catalogue's benchmark page, driven by `scripts/bench.mjs` (not a test: no thresholds
 * here). Measures, in the same page and run, `<koto-course-catalogue>` against a
 * hand-written plain-DOM list that shows the same courses with the same texts:
 *
 * - render: from the data's arrival (the client's promise resolves with validated,
 *   normalised courses) to the results in the DOM with layout done;
 * - filter: from a filter's `change` event to the new results in the DOM with layout done,
 *   network included, and the part that is the page's own work (network left out).
 */
import '../../src/define/course-catalogue.js';
import type { KotoCourseCatalogue } from '../../src/components/course-catalogue/course-catalogue.component.js';
import {
  LinkedEventsClient,
  type CourseCatalogueClient,
  type CoursePage,
  type CourseQuery,
} from '../../src/api/linked-events/client.js';
import type { Course } from '../../src/api/linked-events/course.js';
import type { Result } from '../../src/api/http.js';
import {
  canApply,
  datesText,
  daysAndTimes,
  enrolmentText,
  seatsText,
  statusLabel,
} from '../../src/components/course-catalogue/course-card.js';
import { toQuery, emptyFilters } from '../../src/components/course-catalogue/filters.js';
import { defaultKeywordConfig, type StudyPath } from '../../src/api/linked-events/course.js';
import { styles } from '../../src/components/course-catalogue/course-catalogue.styles.js';

// The baseline list gets the element's own CSS, so both pay for the same styles and layout.
document.adoptedStyleSheets = styles.map((s) => s.styleSheet!).filter(Boolean);

interface Timing {
  requested: number;
  arrived: number;
}

/** A client that notes when each request left and when its data arrived. */
class TimedClient implements CourseCatalogueClient {
  last: Timing = { requested: 0, arrived: 0 };
  constructor(private readonly inner: LinkedEventsClient) {}
  private async timed(call: () => Promise<Result<CoursePage>>): Promise<Result<CoursePage>> {
    const requested = performance.now();
    const result = await call();
    this.last = { requested, arrived: performance.now() };
    return result;
  }
  listCourses(q: CourseQuery, o?: Parameters<CourseCatalogueClient['listCourses']>[1]) {
    return this.timed(() => this.inner.listCourses(q, o));
  }
  listCoursesAt(url: string, o?: Parameters<CourseCatalogueClient['listCoursesAt']>[1]) {
    return this.timed(() => this.inner.listCoursesAt(url, o));
  }
}

const layout = (el: Element | null | undefined) => el?.getBoundingClientRect();

/** Resolves with the time the element's next update that shows results finished, layout included. */
function nextResults(el: KotoCourseCatalogue): Promise<number> {
  return new Promise((resolve) => {
    const target = el as unknown as { updated: (changed: Map<string, unknown>) => void };
    const proto = Object.getPrototypeOf(el) as typeof target;
    target.updated = function (changed) {
      proto.updated.call(this, changed);
      const root = el.shadowRoot!;
      if (root.querySelector('.skeleton-card, [aria-busy="true"]') || !root.querySelector('li.card, .notice')) return;
      delete (target as Partial<typeof target>).updated;
      layout(root.querySelector('.list'));
      resolve(performance.now());
    };
  });
}

// ----- the plain-DOM baseline ------------------------------------------------------------

function text(tag: string, value: string, cls?: string, lang?: string): HTMLElement {
  const e = document.createElement(tag);
  e.textContent = value;
  if (cls) e.className = cls;
  if (lang) e.lang = lang;
  return e;
}

function baselineCard(course: Course, index: number, locale: string): HTMLLIElement {
  const li = document.createElement('li');
  li.className = `card ${course.status}`;
  const article = document.createElement('article');
  const h3 = text('h3', course.name.text, 'name', course.name.lang === locale ? undefined : course.name.lang);
  h3.id = `b-${index}-name`;
  h3.tabIndex = -1;
  article.setAttribute('aria-labelledby', h3.id);
  article.append(h3);
  const badge = statusLabel(course);
  if (badge) article.append(text('p', `⚠ ${badge}`, 'badge'));
  if (course.shortDescription) article.append(text('p', course.shortDescription.text, 'summary'));
  const dl = document.createElement('dl');
  const row = (label: string, value: string | undefined) => {
    if (!value) return;
    const div = document.createElement('div');
    div.className = 'row';
    div.append(text('dt', label), text('dd', value));
    dl.append(div);
  };
  row('Dates', datesText(course));
  row('Days and times', daysAndTimes(course, locale));
  row('Level', course.levels.join(', '));
  row('Place', [course.place?.name?.text, course.place?.locality?.text].filter(Boolean).join(' '));
  row('Seats', seatsText(course));
  row('Enrolment', enrolmentText(course));
  row('Price', course.isFree ? 'Free' : course.offers.find((o) => o.price)?.price?.text);
  article.append(dl);
  const actions = document.createElement('div');
  actions.className = 'actions';
  const more = text('button', 'More information', 'button secondary');
  more.setAttribute('aria-expanded', 'false');
  actions.append(more);
  if (canApply(course)) {
    const a = text('a', 'Apply', 'button') as HTMLAnchorElement;
    a.href = `#enrol?course=${encodeURIComponent(course.id)}`;
    actions.append(a);
  }
  article.append(actions);
  li.append(article);
  return li;
}

function renderBaseline(host: HTMLElement, courses: readonly Course[]): number {
  const ul = document.createElement('ul');
  ul.className = 'list';
  const fragment = document.createDocumentFragment();
  courses.forEach((c, i) => fragment.append(baselineCard(c, i, 'en')));
  ul.append(fragment);
  host.replaceChildren(ul);
  layout(ul);
  return performance.now();
}

// ----- runs ----------------------------------------------------------------------------

const PATHS: (StudyPath | '')[] = ['fast', 'basic', 'slow', 'literacy', ''];

export interface BenchResult {
  render: { element: number[]; baseline: number[] };
  filter: { element: number[]; baseline: number[]; elementOwn: number[]; baselineOwn: number[] };
  courses: number;
}

async function run(apiBase: string, rounds: number, pageSize = 20, warmup = 5): Promise<BenchResult> {
  const out: BenchResult = {
    render: { element: [], baseline: [] },
    filter: { element: [], baseline: [], elementOwn: [], baselineOwn: [] },
    courses: 0,
  };
  const client = new TimedClient(new LinkedEventsClient({ baseUrl: apiBase }));
  const stage = document.getElementById('stage')!;

  // Rendering the results, first time, in a fresh element / a fresh list.
  rounds += warmup;
  for (let i = 0; i < rounds; i++) {
    const el = document.createElement('koto-course-catalogue');
    el.lang = 'en';
    el.pageSize = pageSize;
    el.client = client;
    el.enrolHref = '#enrol?course={id}';
    const rendered = nextResults(el);
    stage.replaceChildren(el);
    const end = await rendered;
    out.render.element.push(end - client.last.arrived);
    out.courses = el.shadowRoot!.querySelectorAll('li.card').length;

    const host = document.createElement('div');
    stage.replaceChildren(host);
    const page = await client.listCourses(toQuery(emptyFilters(), { pageSize }, defaultKeywordConfig), {
      language: 'en',
      locale: 'en',
    });
    if (!page.ok) throw new Error('baseline fetch failed');
    out.render.baseline.push(renderBaseline(host, page.value.courses) - client.last.arrived);
  }

  // Applying a filter: the element, then the baseline doing the same query and render.
  const el = document.createElement('koto-course-catalogue');
  el.lang = 'en';
  el.pageSize = pageSize;
  el.client = client;
  const first = nextResults(el);
  stage.replaceChildren(el);
  await first;
  const select = el.shadowRoot!.querySelector<HTMLSelectElement>('#f-path')!;
  for (let i = 0; i < rounds; i++) {
    const path = PATHS[i % PATHS.length]!;
    select.value = path === '' ? '' : path;
    const rendered = nextResults(el);
    const start = performance.now();
    select.dispatchEvent(new Event('change'));
    const end = await rendered;
    out.filter.element.push(end - start);
    out.filter.elementOwn.push(client.last.requested - start + (end - client.last.arrived));
  }
  const host = document.createElement('div');
  const baseSelect = document.createElement('select');
  for (const p of PATHS) baseSelect.append(new Option(p || 'all', p));
  stage.replaceChildren(baseSelect, host);
  for (let i = 0; i < rounds; i++) {
    const path = PATHS[i % PATHS.length]!;
    baseSelect.value = path;
    const done = new Promise<number>((resolve) => {
      baseSelect.addEventListener(
        'change',
        async () => {
          const filters = emptyFilters();
          if (baseSelect.value) filters.path = baseSelect.value as StudyPath;
          const page = await client.listCourses(toQuery(filters, { pageSize }, defaultKeywordConfig), {
            language: 'en',
            locale: 'en',
          });
          if (page.ok) resolve(renderBaseline(host, page.value.courses));
        },
        { once: true },
      );
    });
    const start = performance.now();
    baseSelect.dispatchEvent(new Event('change'));
    const end = await done;
    out.filter.baseline.push(end - start);
    out.filter.baselineOwn.push(client.last.requested - start + (end - client.last.arrived));
  }
  stage.replaceChildren();
  // The first rounds warm up the JIT and the caches for both sides alike; they are not counted.
  for (const list of [...Object.values(out.render), ...Object.values(out.filter)]) list.splice(0, warmup);
  return out;
}

(window as unknown as { kotoBench: typeof run }).kotoBench = run;
