import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/course-catalogue.js';
import type { KotoCourseCatalogue } from '../../../src/components/course-catalogue/course-catalogue.component.js';
import { CourseSelectEvent } from '../../../src/components/course-catalogue/events.js';
import { LinkedEventsClient, type CourseCatalogueClient } from '../../../src/api/linked-events/client.js';
import { cards, loaded, names, recordingClient, root, rowOf } from './helpers.js';
import { mockApiForEachTest, type MockApi } from '../../helpers/mock.js';
import { monthBounds } from '../../../src/components/course-catalogue/filters.js';

const select = async (el: KotoCourseCatalogue, id: string, value: string) => {
  const s = root(el).querySelector<HTMLSelectElement>(`#${id}`)!;
  s.value = value;
  s.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
  await loaded(el);
};
const eventRequests = async (api: MockApi) => (await api.state()).log.filter((r) => r.path.startsWith('event'));

async function catalogue(api: MockApi, attrs: Partial<Record<string, string>> = {}): Promise<KotoCourseCatalogue> {
  const el = await fixture<KotoCourseCatalogue>(
    html`<koto-course-catalogue
      api-base=${api.linkedEvents}
      lang=${attrs.lang ?? 'en'}
      page-size=${attrs['page-size'] ?? '100'}
      enrol-href=${attrs['enrol-href'] ?? '#enrol-{id}'}
    ></koto-course-catalogue>`,
  );
  el.searchDelay = 50;
  await loaded(el);
  return el;
}

describe('<koto-course-catalogue>', () => {
  const api = mockApiForEachTest();

  describe('renders the fake courses', () => {
    it('shows every course with its name, dates, days and times, place, seats, enrolment and price', async function () {
      // The first render in a cold engine, and axe over 36 cards: slow on a busy machine.
      this.timeout(30_000);
      const el = await catalogue(api);
      expect(cards(el)).to.have.length(36);
      expect(root(el).querySelector('.count')!.textContent).to.contain('36');
      const open = cards(el).find((c) => names(el)[cards(el).indexOf(c)]!.startsWith('Integration training'))!;
      expect(rowOf(open, 'Dates')).to.match(/^\d{1,2}\.\d{1,2}\.(\d{4})?–\d{1,2}\.\d{1,2}\.\d{4}$/);
      expect(rowOf(open, 'Days and times')).to.match(
        /(Monday|Tuesday|Wednesday|Thursday|Friday).* \d{1,2}\.\d{2}–\d{1,2}\.\d{2}$/,
      );
      expect(rowOf(open, 'Place')).to.be.a('string').and.not.equal('');
      expect(rowOf(open, 'Enrolment')).to.be.a('string');
      const all = cards(el);
      expect(all.some((c) => /^Seats left: \d+$/.test(rowOf(c, 'Seats') ?? ''))).to.equal(true);
      expect(all.some((c) => rowOf(c, 'Seats') === 'Full. You can join the waiting list.')).to.equal(true);
      // The offer's own words: the seed's free courses are free for jobseekers, not for everyone.
      expect(all.some((c) => rowOf(c, 'Price') === 'Free for jobseekers.')).to.equal(true);
      expect(all.some((c) => /€/.test(rowOf(c, 'Price') ?? ''))).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('marks cancelled and postponed courses with a text badge, not colour alone, and offers no "Apply" when cancelled', async () => {
      const el = await catalogue(api);
      const badges = cards(el).filter((c) => c.querySelector('.badge'));
      const texts = badges.map((c) => c.querySelector('.badge')!.textContent!.trim());
      expect(texts.some((t) => t.includes('Cancelled'))).to.equal(true);
      expect(texts.some((t) => t.includes('Postponed'))).to.equal(true);
      for (const card of badges.filter((c) => c.querySelector('.badge')!.textContent!.includes('Cancelled')))
        expect(card.querySelector('[part~="apply"]')).to.equal(null);
    });

    it('marks the language of content that is not in the interface language', async () => {
      const el = await catalogue(api);
      // Some seeded courses have no English name: the Finnish one is shown, marked lang="fi".
      const fallback = cards(el)
        .map((c) => c.querySelector('h3')!)
        .filter((h) => h.getAttribute('lang') === 'fi');
      expect(fallback.length).to.be.greaterThan(0);
      expect(fallback[0]!.textContent).to.match(/Kotoutumiskoulutus|Lukutaitokoulutus/);
    });

    it('marks it in the buttons\' names too ("More information: …", "Apply: …"), read with the right voice', async () => {
      // In Ukrainian most course names fall back to Finnish.
      const el = await catalogue(api, { lang: 'uk' });
      const fallback = cards(el).filter((c) => c.querySelector('h3')!.getAttribute('lang') === 'fi');
      expect(fallback.length).to.be.greaterThan(0);
      const own = cards(el).filter((c) => !c.querySelector('h3')!.hasAttribute('lang'));
      for (const card of [...fallback, ...own]) {
        const heading = card.querySelector('h3')!;
        const buttons = [...card.querySelectorAll('[part~="details-button"], [part~="apply"]')];
        expect(buttons.length).to.be.greaterThan(0);
        for (const button of buttons) {
          // The innermost element holding the course name in the button's name.
          const name = [...button.querySelectorAll('.visually-hidden, .visually-hidden *')]
            .filter((e) => e.textContent!.replace(/^:\s*/, '').trim() === heading.textContent!.trim())
            .at(-1)!;
          expect(name.closest('[lang]')?.getAttribute('lang') ?? null).to.equal(
            heading.getAttribute('lang'),
            `${button.textContent!.replace(/\s+/g, ' ').trim()}`,
          );
        }
      }
    });
  });

  describe('seats and the waiting list', () => {
    const cardNamed = (el: KotoCourseCatalogue, name: string) =>
      cards(el).find((c) => c.querySelector('h3')!.textContent!.trim() === name)!;
    const applyOf = (card: Element) => card.querySelector<HTMLElement>('[part~="apply"]');

    it('a full course whose waiting list has no limit offers to join the waiting list', async () => {
      // Course 35 of the seed: every seat taken; the waiting list has no limit (null in Linked Events).
      await api.putEvent({ id: 'porvoo:koto-35', name: { en: 'No limit on the waiting list' } });
      const el = await catalogue(api);
      const card = cardNamed(el, 'No limit on the waiting list');
      expect(rowOf(card, 'Seats')).to.equal('Full. You can join the waiting list.');
      expect(applyOf(card)?.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Join the waiting list: No limit on the waiting list',
      );
    });

    it('a course without a seat limit is never shown as full and offers "Apply"', async () => {
      // Course 36 of the seed: no limit on attendees (null in Linked Events).
      await api.putEvent({ id: 'porvoo:koto-36', name: { en: 'No limit on seats' } });
      const el = await catalogue(api);
      const card = cardNamed(el, 'No limit on seats');
      expect(rowOf(card, 'Seats')).to.equal(undefined);
      expect(applyOf(card)?.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Apply: No limit on seats');
    });
  });

  describe('filters', () => {
    it('study path', async () => {
      const el = await catalogue(api);
      await select(el, 'f-path', 'fast');
      expect(cards(el).length).to.be.greaterThan(0).and.lessThan(36);
      for (const n of names(el)) expect(n).to.match(/fast path|nopea polku/);
    });

    it('level', async () => {
      const el = await catalogue(api);
      await select(el, 'f-level', 'A1.1');
      expect(cards(el).length).to.be.greaterThan(0).and.lessThan(36);
      for (const c of cards(el)) expect(rowOf(c, 'Level')).to.contain('A1.1');
    });

    it('time of day', async () => {
      const el = await catalogue(api);
      await select(el, 'f-time', 'evening');
      const evening = cards(el).length;
      expect(evening).to.be.greaterThan(0);
      for (const c of cards(el))
        expect(Number(/ (\d{1,2})\.\d{2}–/.exec(rowOf(c, 'Days and times')!)![1])).to.be.at.least(16);
      await select(el, 'f-time', 'daytime');
      expect(cards(el).length).to.be.greaterThan(0);
      for (const c of cards(el))
        expect(Number(/ (\d{1,2})\.\d{2}–/.exec(rowOf(c, 'Days and times')!)![1])).to.be.below(16);
    });

    it('weekday', async () => {
      const el = await catalogue(api);
      await select(el, 'f-day', '5');
      expect(cards(el).length).to.be.greaterThan(0).and.lessThan(36);
      for (const c of cards(el)) expect(rowOf(c, 'Days and times')).to.contain('Friday');
    });

    it('place', async () => {
      const el = await catalogue(api);
      const options = [...root(el).querySelectorAll<HTMLOptionElement>('#f-place option')].map((o) => o.value);
      expect(options).to.include('porvoo:kulloo');
      await select(el, 'f-place', 'porvoo:kulloo');
      expect(cards(el).length).to.be.greaterThan(0).and.lessThan(36);
      for (const c of cards(el)) expect(rowOf(c, 'Place')).to.match(/Kullo/);
    });

    it('enrolment open now', async () => {
      const el = await catalogue(api);
      const box = root(el).querySelector<HTMLInputElement>('#f-open')!;
      box.click();
      await el.updateComplete;
      await loaded(el);
      expect(cards(el).length).to.be.greaterThan(0).and.lessThan(36);
      for (const c of cards(el)) {
        expect(rowOf(c, 'Enrolment')).to.match(/^(Open now|Waiting list open now)/);
        expect(rowOf(c, 'Seats')).to.not.equal('Full');
      }
    });

    it('start month: only courses that begin in that month', async () => {
      const el = await catalogue(api);
      const months = [...root(el).querySelectorAll<HTMLOptionElement>('#f-month option')].map((o) => o.value);
      expect(months[0]).to.equal('');
      // The month after this one: the seed starts courses 10–90 days from now.
      const month = months[2]!;
      await select(el, 'f-month', month);
      expect(cards(el).length).to.be.greaterThan(0).and.lessThan(36);
      for (const c of cards(el)) {
        const [d, m, y] = /^(\d{1,2})\.(\d{1,2})\.(\d{4})?/.exec(rowOf(c, 'Dates')!)!.slice(1);
        expect(`${y ?? month.slice(0, 4)}-${m!.padStart(2, '0')}`).to.equal(month, `starts ${d}.${m}.`);
      }
      const requests = await eventRequests(api);
      expect(requests.length).to.be.at.least(2);
    });

    it('start month: looks further than a first page of courses that all began earlier', async () => {
      const el = await catalogue(api, { 'page-size': '1' });
      const month = [...root(el).querySelectorAll<HTMLOptionElement>('#f-month option')].map((o) => o.value)[2]!;
      await select(el, 'f-month', month);
      expect(cards(el).length).to.be.greaterThan(0);
    });

    it('start month: when the look-ahead runs out, says "none yet" and looks further on request, not "No courses found"', async () => {
      const inner = new LinkedEventsClient({ baseUrl: api.linkedEvents });
      const all = await inner.listCourses({ sort: 'start_time', pageSize: 100 }, { language: 'en' });
      if (!all.ok) throw new Error('the fake did not answer');
      const el0 = await catalogue(api);
      const month = [...root(el0).querySelectorAll<HTMLOptionElement>('#f-month option')].map((o) => o.value)[2]!;
      el0.remove();
      const { start, next: end } = monthBounds(month)!;
      const early = all.value.courses.find((c) => c.start && c.start.instant < start)!;
      const late = all.value.courses.find((c) => c.start && c.start.instant >= start && c.start.instant < end)!;
      // 250 pages of one course that began before the month, then the one that starts in it.
      let calls = 0;
      const client: CourseCatalogueClient = {
        listCourses: async () => ({ ok: true, value: { count: 251, courses: [early], next: 'page:1', skipped: 0 } }),
        listCoursesAt: async (url) => {
          calls++;
          const n = Number(url.split(':')[1]);
          return n < 250
            ? { ok: true, value: { count: 251, courses: [early], next: `page:${n + 1}`, skipped: 0 } }
            : { ok: true, value: { count: 251, courses: [late], skipped: 0 } };
        },
      };
      const el = await fixture<KotoCourseCatalogue>(
        html`<koto-course-catalogue lang="en" page-size="1" .client=${client}></koto-course-catalogue>`,
      );
      el.searchDelay = 50;
      await loaded(el);
      await select(el, 'f-month', month);
      await waitUntil(() => root(el).querySelector('[part~="empty"]'), 'the empty notice');
      expect(root(el).querySelector('[part~="empty"]')!.textContent).to.contain('No courses found yet.');
      expect(calls).to.be.within(150, 249);
      const further = root(el).querySelector<HTMLButtonElement>('[part~="empty"] [part~="more"]')!;
      expect(further.textContent!.trim()).to.equal('Look further');
      await expect(el).to.be.accessible();
      further.click();
      await waitUntil(() => cards(el).length === 1, 'the course that starts in the month');
      expect(names(el)[0]).to.equal(late.name.text);
    });

    it('start month: a failure while looking further is said, with "Try again", not "No courses found"', async () => {
      const inner = new LinkedEventsClient({ baseUrl: api.linkedEvents });
      const client: CourseCatalogueClient = {
        listCourses: (q, o) => inner.listCourses(q, o),
        listCoursesAt: async () => ({ ok: false, error: { kind: 'network', message: 'offline' } }),
      };
      const el = await fixture<KotoCourseCatalogue>(
        html`<koto-course-catalogue lang="en" page-size="1" .client=${client}></koto-course-catalogue>`,
      );
      el.searchDelay = 50;
      await loaded(el);
      const month = [...root(el).querySelectorAll<HTMLOptionElement>('#f-month option')].map((o) => o.value)[2]!;
      await select(el, 'f-month', month);
      await waitUntil(() => root(el).querySelector('[part~="error"]'), 'the error');
      expect(root(el).querySelector('[part~="error"] button')?.textContent?.trim()).to.equal('Try again');
    });

    it('sends the filters the API can do to the API', async () => {
      const { client: real, seen } = recordingClient(api.linkedEvents);
      const el = await fixture<KotoCourseCatalogue>(
        html`<koto-course-catalogue lang="en" keyword="yso:p19331" .client=${real}></koto-course-catalogue>`,
      );
      await loaded(el);
      await select(el, 'f-path', 'basic');
      await select(el, 'f-day', '1');
      await select(el, 'f-time', 'evening');
      const url = new URL(seen.at(-1)!);
      expect(url.searchParams.get('keyword')).to.equal('yso:p19331');
      expect(url.searchParams.get('keyword_AND')).to.equal('porvoo:path-basic,porvoo:weekday-mon');
      expect(url.searchParams.get('starts_after')).to.equal('16');
      expect(url.searchParams.get('event_type')).to.equal('Course');
    });
  });

  describe('search', () => {
    it('searches with the API text after typing stops, once, and keeps what was typed', async () => {
      const el = await catalogue(api);
      el.searchDelay = 150;
      const before = (await eventRequests(api)).length;
      const input = root(el).querySelector<HTMLInputElement>('#search')!;
      for (const value of ['l', 'lu', 'luk', 'lukutaito']) {
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
      await waitUntil(() => cards(el).length > 0 && cards(el).length < 36, 'search results', { timeout: 5000 });
      const after = await eventRequests(api);
      expect(after.length - before).to.equal(1);
      for (const n of names(el)) expect(n).to.match(/Literacy|Lukutaito/);
      expect(input.value).to.equal('lukutaito');
    });

    it('searches at once on Enter', async () => {
      const el = await catalogue(api);
      el.searchDelay = 60_000;
      const input = root(el).querySelector<HTMLInputElement>('#search')!;
      input.value = 'literacy';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      root(el).querySelector('form')!.requestSubmit();
      await waitUntil(() => cards(el).length > 0 && cards(el).length < 36, 'search results', { timeout: 5000 });
    });
  });

  describe('paging', () => {
    it('shows more through the next links, moves focus to the first new course, and stops at the end', async () => {
      const el = await catalogue(api, { 'page-size': '15' });
      expect(cards(el)).to.have.length(15);
      const more = () => root(el).querySelector<HTMLButtonElement>('[part~="more"]');
      more()!.click();
      await waitUntil(() => cards(el).length === 30, 'second page');
      await el.updateComplete;
      expect(root(el).activeElement).to.equal(cards(el)[15]!.querySelector('h3'));
      more()!.click();
      await waitUntil(() => cards(el).length === 36, 'third page');
      await el.updateComplete;
      expect(!!more()).to.equal(false);
      expect(new Set(names(el)).size).to.be.greaterThan(20);
      const pages = (await eventRequests(api)).map((r) => r.path);
      expect(pages).to.have.length(3);
    });

    it('tells how many courses came, in words right for any number ("1 more courses" is not)', async () => {
      const el = await catalogue(api, { 'page-size': '35' });
      root(el).querySelector<HTMLButtonElement>('[part~="more"]')!.click();
      await waitUntil(() => cards(el).length === 36, 'the last course');
      await el.updateComplete;
      expect(root(el).querySelector('[role="status"]')!.textContent!.trim()).to.equal(
        'Courses added: 1. You see 36 of 36.',
      );
    });
  });

  describe('age limits', () => {
    /** The "Age" row of the details view of the course named `name`. */
    const ageOf = async (el: KotoCourseCatalogue, name: string, label: string) => {
      const card = cards(el).find((c) => c.querySelector('h3')!.textContent!.trim() === name)!;
      card.querySelector<HTMLButtonElement>('[part~="details-button"]')!.click();
      await waitUntil(() => card.querySelector('[part~="details"]'), `details of ${name}`);
      return [...card.querySelectorAll('[part~="details"] .row')]
        .find((r) => r.querySelector('dt')!.textContent!.trim() === label)
        ?.querySelector('dd')!
        .textContent!.trim();
    };

    // "от 21 лет" is wrong Russian ("от 21 года"), "от 18 лет" right: with no word for
    // years, no translation has a form to agree with the number. In Arabic each number is
    // isolated on its own (U+2066 … U+2069): isolating "18 إلى 61" as one left-to-right
    // run showed the words and numbers out of order.
    const cases = [
      ['en', 'Age', 'At least 21', '18–61'],
      ['ru', 'Возраст', 'от 21', 'от 18 до 61'],
      ['ar', 'العمر', 'من 21 فأكثر', 'من \u206618\u2069 إلى \u206661\u2069'],
    ] as const;
    for (const [lang, label, atLeast, range] of cases) {
      it(`read right for any age (${lang})`, async () => {
        // No registration: its limits would win over the event's.
        const [min, max] = ['audience_min_age', 'audience_max_age'] as const;
        await api.putEvent({
          id: 'porvoo:koto-01',
          name: { fi: 'Vähintään 21' },
          registration: null,
          [min]: 21,
          [max]: null,
        });
        await api.putEvent({
          id: 'porvoo:koto-02',
          name: { fi: 'Ikä 18–61' },
          registration: null,
          [min]: 18,
          [max]: 61,
        });
        const el = await catalogue(api, { lang });
        expect(await ageOf(el, 'Vähintään 21', label)).to.equal(atLeast);
        expect(await ageOf(el, 'Ikä 18–61', label)).to.equal(range);
      });
    }
  });

  describe('URL sync and Back', () => {
    const original = location.href;
    afterEach(() => history.replaceState(null, '', original));

    it('reads filters from the URL, writes each change, and follows Back', async () => {
      history.replaceState(null, '', `${location.pathname}?keep=1&koto-path=literacy&koto-q=luku`);
      const el = await fixture<KotoCourseCatalogue>(
        html`<koto-course-catalogue
          api-base=${api.linkedEvents}
          lang="en"
          sync-url
          page-size="100"
        ></koto-course-catalogue>`,
      );
      await loaded(el);
      expect(root(el).querySelector<HTMLSelectElement>('#f-path')!.value).to.equal('literacy');
      expect(root(el).querySelector<HTMLInputElement>('#search')!.value).to.equal('luku');
      const literacy = cards(el).length;
      expect(literacy).to.be.greaterThan(0).and.lessThan(36);

      // A new history entry per change: counted by its pushState, since history.length stops
      // at the browser's cap (50 in Chromium) once earlier tests in this page have added entries.
      const pushed: string[] = [];
      const pushState = History.prototype.pushState;
      history.pushState = function (this: History, ...args: Parameters<History['pushState']>) {
        pushed.push(String(args[2]));
        return pushState.apply(this, args);
      };
      try {
        await select(el, 'f-path', 'fast');
      } finally {
        delete (history as Partial<History>).pushState;
      }
      const params = new URLSearchParams(location.search);
      expect(params.get('koto-path')).to.equal('fast');
      expect(params.get('keep')).to.equal('1');
      expect(pushed).to.have.length(1);

      if (/Chrome|Firefox/.test(navigator.userAgent)) {
        const popped = oneEvent(window, 'popstate');
        history.back();
        await popped;
      } else {
        // WebKit runs test files in iframes of one page, whose session history they share:
        // a real Back may step back another file's frame. Do what Back does to this page.
        history.replaceState(null, '', `${location.pathname}?keep=1&koto-path=literacy&koto-q=luku`);
        window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
      }
      await el.updateComplete;
      await loaded(el);
      expect(root(el).querySelector<HTMLSelectElement>('#f-path')!.value).to.equal('literacy');
      expect(cards(el).length).to.equal(literacy);
    });
  });

  describe('the search survives a visit to the form', () => {
    const original = location.href;
    afterEach(() => history.replaceState(null, '', original));

    it('"Apply" to the form on this page keeps the filters, which the catalogue reads back on return', async () => {
      history.replaceState(null, '', `${location.pathname}?koto-path=literacy`);
      const make = () =>
        fixture<KotoCourseCatalogue>(
          html`<koto-course-catalogue
            api-base=${api.linkedEvents}
            lang="fi"
            sync-url
            enrol-href="?course={id}#enrol"
            page-size="100"
          ></koto-course-catalogue>`,
        );
      const el = await make();
      await loaded(el);
      await select(el, 'f-time', 'evening');
      const apply = root(el).querySelector<HTMLAnchorElement>('a[part~="apply"]');
      expect(apply, 'an evening literacy course to apply for').to.not.equal(null);
      const href = apply!.getAttribute('href')!;
      const params = new URLSearchParams(href.slice(0, href.indexOf('#')));
      expect(params.get('course')?.length).to.be.greaterThan(0);
      expect(params.get('koto-path')).to.equal('literacy');
      expect(params.get('koto-time')).to.equal('evening');
      expect(href.endsWith('#enrol')).to.equal(true);

      // The form's page is this page: coming back to the catalogue ("See all courses" → #courses).
      el.remove();
      history.replaceState(null, '', `${location.pathname}${href.slice(0, href.indexOf('#'))}#courses`);
      const again = await make();
      await loaded(again);
      expect(root(again).querySelector<HTMLSelectElement>('#f-path')!.value).to.equal('literacy');
      expect(root(again).querySelector<HTMLSelectElement>('#f-time')!.value).to.equal('evening');
      await expect(again).to.be.accessible();
    });
  });

  describe('keyboard path to "Apply"', () => {
    it('reaches search, filters, a course and its "Apply" with Tab, and applies with Enter', async () => {
      const el = await catalogue(api);
      let selected: CourseSelectEvent | undefined;
      el.addEventListener('koto-course-select', (e) => {
        selected = e;
        e.preventDefault();
      });
      root(el).querySelector<HTMLInputElement>('#search')!.focus();
      const seen: string[] = [];
      const name = (e: Element | null) => (e ? e.id || e.getAttribute('part') || e.tagName : 'outside');
      // WebKitGTK's WebDriver cannot send keys into the runner's frame (and the attempt breaks
      // the session): there, walk the same sequential focus order by script.
      const keys = /Chrome|Firefox/.test(navigator.userAgent);
      if (keys) {
        seen.push(name(root(el).activeElement));
        for (let i = 0; i < 20 && !root(el).activeElement?.matches('[part~="apply"]'); i++) {
          await sendKeys({ press: 'Tab' });
          seen.push(name(root(el).activeElement));
        }
      } else {
        const order = [...root(el).querySelectorAll<HTMLElement>('input, select, button, a[href], [tabindex]')].filter(
          (e) => e.tabIndex >= 0 && !e.hasAttribute('disabled'),
        );
        expect(order.every((e) => e.tabIndex === 0)).to.equal(true);
        for (const e of order.slice(1)) {
          e.focus();
          expect(root(el).activeElement).to.equal(e);
          seen.push(name(e));
          if (e.matches('[part~="apply"]')) break;
        }
      }
      expect(seen).to.include.members(['f-path', 'f-level', 'f-time', 'f-day', 'f-place', 'f-month', 'f-open']);
      expect(root(el).activeElement!.matches('[part~="apply"]')).to.equal(true);
      if (keys) await sendKeys({ press: 'Enter' });
      else root(el).activeElement!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
      await waitUntil(() => selected, 'koto-course-select');
      expect(selected!.detail.id).to.match(/^porvoo:koto-/);
    });
  });

  describe('the koto-course-select event', () => {
    it('fires with the id and the course, and "Apply" goes to enrol-href with the id URL-encoded', async () => {
      const el = await catalogue(api, { 'enrol-href': '#enrol?course={id}' });
      const apply = cards(el)
        .map((c) => c.querySelector<HTMLAnchorElement>('a[part~="apply"]'))
        .find(Boolean)!;
      const card = apply.closest('li')!;
      expect(apply.getAttribute('href')).to.match(/^#enrol\?course=porvoo%3Akoto-\d+$/);
      const fired = oneEvent(el, 'koto-course-select');
      apply.click();
      const event = await fired;
      expect(event).to.be.instanceOf(CourseSelectEvent);
      expect(event.cancelable).to.equal(true);
      expect(event.detail.course.name.text).to.equal(card.querySelector('h3')!.textContent!.trim());
      // Firefox follows a link in a later task.
      await waitUntil(() => location.hash !== '', 'navigated');
      expect(decodeURIComponent(location.hash)).to.equal(`#enrol?course=${event.detail.id}`);
      history.replaceState(null, '', location.pathname + location.search);
    });

    it('cancelling it keeps the page where it is', async () => {
      const el = await catalogue(api, { 'enrol-href': '#enrol-{id}' });
      el.addEventListener('koto-course-select', (e) => e.preventDefault());
      const hash = location.hash;
      root(el).querySelector<HTMLAnchorElement>('a[part~="apply"]')!.click();
      await new Promise((r) => setTimeout(r, 50));
      expect(location.hash).to.equal(hash);
    });

    it('without enrol-href, "Apply" is a button that only fires the event', async () => {
      const el = await fixture<KotoCourseCatalogue>(
        html`<koto-course-catalogue api-base=${api.linkedEvents} lang="en"></koto-course-catalogue>`,
      );
      await loaded(el);
      const apply = root(el).querySelector<HTMLElement>('[part~="apply"]')!;
      expect(apply.tagName).to.equal('BUTTON');
      const fired = oneEvent(el, 'koto-course-select');
      apply.click();
      expect((await fired).detail.href).to.equal(undefined);
    });
  });

  describe('states', () => {
    it('loading: a skeleton, busy, and announced', async () => {
      await api.fault({ path: 'event/', fault: 'hang' });
      const el = await fixture<KotoCourseCatalogue>(
        html`<koto-course-catalogue api-base=${api.linkedEvents} lang="en"></koto-course-catalogue>`,
      );
      await el.updateComplete;
      expect(root(el).querySelectorAll('.skeleton-card')).to.have.length(3);
      expect(root(el).querySelector('.list')!.getAttribute('aria-busy')).to.equal('true');
      expect(root(el).querySelector('[role="status"]')!.textContent).to.contain('Searching');
      await expect(el).to.be.accessible();
    });

    it('empty: a hint, and a button that clears search and filters', async () => {
      const el = await catalogue(api);
      await select(el, 'f-path', 'literacy');
      const input = root(el).querySelector<HTMLInputElement>('#search')!;
      input.value = 'no such course anywhere';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await waitUntil(() => root(el).querySelector('.notice.empty'), 'empty result', { timeout: 5000 });
      expect(root(el).querySelector('[role="status"]')!.textContent).to.contain('No courses found');
      await expect(el).to.be.accessible();
      root(el).querySelector<HTMLButtonElement>('.notice.empty button')!.click();
      await waitUntil(() => cards(el).length === 36, 'all courses again', { timeout: 5000 });
      expect(input.value).to.equal('');
      expect(root(el).querySelector<HTMLSelectElement>('#f-path')!.value).to.equal('');
      expect(root(el).activeElement).to.equal(input);
    });

    it('error: a plain message and a retry button that works', async () => {
      await api.fault({ path: 'event/', fault: 'status=503', times: 3 });
      const el = await fixture<KotoCourseCatalogue>(
        html`<koto-course-catalogue api-base=${api.linkedEvents} lang="en"></koto-course-catalogue>`,
      );
      await waitUntil(() => root(el).querySelector('.notice.error'), 'error shown', { timeout: 8000 });
      expect(root(el).querySelector('.notice.error')!.textContent).to.contain('The service has a problem right now');
      await expect(el).to.be.accessible();
      root(el).querySelector<HTMLButtonElement>('.notice.error button')!.click();
      await waitUntil(() => cards(el).length > 0, 'loaded after retry', { timeout: 5000 });
    });

    it('loading again: the list stays, marked busy, and the search is announced', async () => {
      const el = await catalogue(api, { 'page-size': '10' });
      await api.fault({ path: 'event/', fault: 'hang' });
      const s = root(el).querySelector<HTMLSelectElement>('#f-path')!;
      s.value = 'fast';
      s.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(root(el).querySelector('.list')!.getAttribute('aria-busy')).to.equal('true');
      expect(cards(el)).to.have.length(10);
      // (Booleans, not elements: chai takes minutes to print a Lit-rendered element in a failure.)
      expect(!!root(el).querySelector('[part~="more"]')).to.equal(false);
      expect(root(el).querySelector('[role="status"]')!.textContent).to.contain('Searching');
      await expect(el).to.be.accessible();
    });

    it('moved in the page while loading: still loads', async () => {
      await api.fault({ path: 'event/', fault: 'latency=300' });
      const el = await fixture<KotoCourseCatalogue>(
        html`<koto-course-catalogue api-base=${api.linkedEvents} lang="en"></koto-course-catalogue>`,
      );
      await el.updateComplete;
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await loaded(el);
      expect(cards(el).length).to.equal(20);
    });

    it('a details view passes axe too', async () => {
      const el = await catalogue(api);
      root(el).querySelector<HTMLButtonElement>('[part~="details-button"]')!.click();
      await waitUntil(() => root(el).querySelector('.description'), 'description', { timeout: 5000 });
      await expect(el).to.be.accessible();
    });

    it('two open details views: each region is named after its course, so they can be told apart', async () => {
      const el = await catalogue(api);
      for (const card of cards(el).slice(0, 2))
        card.querySelector<HTMLButtonElement>('[part~="details-button"]')!.click();
      await waitUntil(() => root(el).querySelectorAll('.description').length === 2, 'two descriptions', {
        timeout: 5000,
      });
      for (const card of cards(el).slice(0, 2)) {
        const region = card.querySelector('[part~="details"]')!;
        const named = region
          .getAttribute('aria-labelledby')!
          .split(' ')
          .map((id) => root(el).getElementById(id)!.textContent!.trim());
        expect(named).to.deep.equal(['About the course', card.querySelector('h3')!.textContent!.trim()]);
      }
      await expect(el).to.be.accessible();
    });
  });

  describe('focus after "Try again" and "Show more" with the keyboard', () => {
    /** What has focus in the element, named for a readable failure ("nothing": it fell to the page). */
    const focused = (el: KotoCourseCatalogue) => {
      const e = root(el).activeElement;
      if (!e) return 'nothing';
      return e.id ? `#${e.id}` : `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`;
    };
    const loadRetry = (el: KotoCourseCatalogue) => root(el).querySelector<HTMLButtonElement>('[part~="error"] button');
    const moreRetry = (el: KotoCourseCatalogue) => root(el).querySelector<HTMLButtonElement>('.more-error button');
    const failingCatalogue = async () => {
      const el = await fixture<KotoCourseCatalogue>(
        html`<koto-course-catalogue api-base=${api.linkedEvents} lang="en"></koto-course-catalogue>`,
      );
      await waitUntil(() => loadRetry(el), 'error shown', { timeout: 8000 });
      return el;
    };

    it('"Try again" on a failed load: focus on the new "Try again" when it fails again, on the first course when it works', async function () {
      this.timeout(30_000);
      // Each load tries three times: the first load and the first "Try again" fail.
      await api.fault({ path: 'event/', fault: 'status=503', times: 6 });
      const el = await failingCatalogue();
      const first = loadRetry(el)!;
      first.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => loadRetry(el) && loadRetry(el) !== first, 'the error again', { timeout: 8000 });
      await el.updateComplete;
      expect(focused(el)).to.equal('button.button');
      expect(root(el).activeElement === loadRetry(el)).to.equal(true);

      await sendKeys({ press: 'Enter' });
      await waitUntil(() => cards(el).length > 0, 'loaded after retry', { timeout: 8000 });
      await el.updateComplete;
      expect(focused(el)).to.equal('#course-0-name');
    });

    it('"Try again" ends in an error that cannot be tried again: focus on the message', async function () {
      this.timeout(30_000);
      await api.fault({ path: 'event/', fault: 'status=503', times: 3 });
      await api.fault({ path: 'event/', fault: 'status=400' });
      const el = await failingCatalogue();
      loadRetry(el)!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => root(el).querySelector('[part~="error"]') && !loadRetry(el), 'the second error', {
        timeout: 8000,
      });
      await el.updateComplete;
      expect(focused(el)).to.equal('div.notice.error');
      await expect(el).to.be.accessible();
    });

    it('"Show more" keeps focus while it loads; fails: focus on its "Try again"; that works: on the first new course', async function () {
      this.timeout(30_000);
      const el = await catalogue(api, { 'page-size': '15' });
      // Three failed tries, the first answered after 2 s: time to look at focus while it loads,
      // also on a machine so busy that a key press and a render take a second.
      await api.fault({ path: 'event/', fault: 'status=503;latency=2000' });
      await api.fault({ path: 'event/', fault: 'status=503', times: 2 });
      const more = root(el).querySelector<HTMLButtonElement>('[part~="more"]')!;
      more.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(more.getAttribute('aria-disabled')).to.equal('true');
      expect(root(el).activeElement === more).to.equal(true, `focus on ${focused(el)} while loading`);
      await waitUntil(() => moreRetry(el), 'the error under the list', { timeout: 15_000 });
      await el.updateComplete;
      expect(root(el).activeElement === moreRetry(el)).to.equal(true, `focus on ${focused(el)}`);
      await expect(el).to.be.accessible();

      await sendKeys({ press: 'Enter' });
      await waitUntil(() => cards(el).length === 30, 'second page', { timeout: 8000 });
      await el.updateComplete;
      expect(focused(el)).to.equal('#course-15-name');
    });
  });

  describe('languages', () => {
    const cases = [
      ['fi', 'Hae kursseja', 'maanantai'],
      ['sv', 'Sök kurser', 'måndag'],
      ['en', 'Search courses', 'Monday'],
    ] as const;
    for (const [lang, label, monday] of cases) {
      it(`speaks ${lang}`, async () => {
        const el = await catalogue(api, { lang });
        expect(root(el).querySelector('label[for="search"]')!.textContent!.trim()).to.equal(label);
        const days = [...root(el).querySelectorAll('#f-day option')].map((o) => o.textContent!.trim());
        expect(days).to.include(monday);
        expect(cards(el)).to.have.length(36);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('details view after a language switch', () => {
    it('shows the description in the new language, marked with its language', async () => {
      await api.putEvent({
        id: 'porvoo:koto-01',
        name: { fi: 'Kaksikielinen kurssi', en: 'Course in two languages' },
        description: { fi: '<p>Kuvaus suomeksi.</p>', en: '<p>Description in English.</p>' },
      });
      await api.putEvent({
        id: 'porvoo:koto-05',
        name: { fi: 'Vain suomeksi' },
        description: { fi: '<p>Kuvaus vain suomeksi.</p>' },
      });
      const el = await catalogue(api);
      const card = (name: string) => cards(el).find((c) => c.querySelector('h3')!.textContent!.trim() === name)!;
      const openDetails = async (name: string) => {
        if (!card(name).querySelector('[part~="details"]'))
          card(name).querySelector<HTMLButtonElement>('[part~="details-button"]')!.click();
        await waitUntil(() => card(name).querySelector('.description'), `description of ${name}`, { timeout: 5000 });
        return card(name).querySelector<HTMLElement>('.description')!;
      };
      const switchTo = async (lang: string, searchLabel: string) => {
        el.setAttribute('lang', lang);
        await waitUntil(
          () => root(el).querySelector('label[for="search"]')!.textContent!.trim() === searchLabel,
          `interface in ${lang}`,
        );
        await loaded(el);
      };

      expect((await openDetails('Course in two languages')).textContent!.trim()).to.equal('Description in English.');
      await openDetails('Vain suomeksi');

      await switchTo('fi', 'Hae kursseja');
      const finnish = await openDetails('Kaksikielinen kurssi');
      expect(finnish.textContent!.trim()).to.equal('Kuvaus suomeksi.');
      expect(finnish.hasAttribute('lang')).to.equal(false);
      expect((await openDetails('Vain suomeksi')).hasAttribute('lang')).to.equal(false);

      // Back to English: the Finnish-only description is marked lang="fi" for screen readers.
      await switchTo('en', 'Search courses');
      expect((await openDetails('Course in two languages')).textContent!.trim()).to.equal('Description in English.');
      const fallback = await openDetails('Vain suomeksi');
      expect(fallback.textContent!.trim()).to.equal('Kuvaus vain suomeksi.');
      expect(fallback.getAttribute('lang')).to.equal('fi');
      await expect(el).to.be.accessible();
    });
  });

  describe('the stale-response race', () => {
    /** Asks for "fast", then for "literacy" while the first answer is still on its way; waits for the newer one. */
    async function fastThenLiteracy(el: KotoCourseCatalogue): Promise<void> {
      const s = root(el).querySelector<HTMLSelectElement>('#f-path')!;
      s.value = 'fast';
      s.dispatchEvent(new Event('change'));
      await new Promise((r) => setTimeout(r, 50));
      // The slow query for "fast" is on its way; the learner changes to "literacy".
      s.value = 'literacy';
      s.dispatchEvent(new Event('change'));
      await waitUntil(() => cards(el).length > 0 && names(el).every((n) => /Literacy|Lukutaito/.test(n)), 'newer', {
        timeout: 5000,
      });
    }

    it('a newer query aborts the older one, which never overwrites it', async () => {
      const el = await catalogue(api);
      await api.fault({ path: 'event/', fault: 'latency=800' });
      await fastThenLiteracy(el);
      await new Promise((r) => setTimeout(r, 1000));
      for (const n of names(el)) expect(n).to.match(/Literacy|Lukutaito/);
    });

    it('a client that ignores the abort: the late answer is dropped', async () => {
      const inner = new LinkedEventsClient({ baseUrl: api.linkedEvents });
      // A portal's own client that does not honour AbortSignal.
      const client: CourseCatalogueClient = {
        listCourses: (q, o) => inner.listCourses(q, { ...o, signal: undefined }),
        listCoursesAt: (u, o) => inner.listCoursesAt(u, { ...o, signal: undefined }),
        getCourse: (id, o) => inner.getCourse(id, { ...o, signal: undefined }),
      };
      const el = await fixture<KotoCourseCatalogue>(
        html`<koto-course-catalogue lang="en" .client=${client}></koto-course-catalogue>`,
      );
      await loaded(el);
      await api.fault({ path: 'event/', fault: 'latency=700' });
      await fastThenLiteracy(el);
      // Wait until the older, slower answer has certainly arrived.
      await waitUntil(async () => (await eventRequests(api)).length >= 3, 'older answer arrived', { timeout: 5000 });
      await new Promise((r) => setTimeout(r, 100));
      await el.updateComplete;
      expect(cards(el).length).to.be.greaterThan(0);
      for (const n of names(el)) expect(n).to.match(/Literacy|Lukutaito/);
    });
  });

  describe('sanitised description', () => {
    it('executes nothing from <script>, onerror= or javascript: URLs, and keeps simple formatting', async () => {
      const w = window as unknown as { __kotoXss?: number };
      delete w.__kotoXss;
      await api.putEvent({
        id: 'porvoo:hostile',
        name: { fi: 'Vaarallinen kuvaus', en: 'Hostile description' },
        description: {
          en:
            '<p>Hello <strong>learner</strong><script>window.__kotoXss = 1</script></p>' +
            '<img src="x" onerror="window.__kotoXss = 2">' +
            '<p><a href="javascript:window.__kotoXss = 3">click</a> <a href="https://www.example.fi/x" onclick="window.__kotoXss = 4">safe</a> <a href="mailto:a@example.fi">mail</a></p>' +
            '<iframe src="javascript:window.__kotoXss = 5"></iframe><svg><script>window.__kotoXss = 6</script></svg>' +
            '<a href="JaVaScRiPt&colon;window.__kotoXss=7">x</a><ul><li style="color:red">item</li></ul>',
        },
      });
      const el = await catalogue(api);
      const input = root(el).querySelector<HTMLInputElement>('#search')!;
      input.value = 'Hostile';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await waitUntil(() => cards(el).length === 1, 'the hostile course', { timeout: 5000 });
      cards(el)[0]!.querySelector<HTMLButtonElement>('[part~="details-button"]')!.click();
      await waitUntil(() => root(el).querySelector('.description'), 'description', { timeout: 5000 });
      const description = root(el).querySelector('.description')!;
      expect(description.querySelector('script, img, iframe, svg, [onerror], [onclick], [style]')).to.equal(null);
      expect(description.querySelector('strong')!.textContent).to.equal('learner');
      expect(description.querySelector('ul li')!.textContent).to.equal('item');
      const links = [...description.querySelectorAll('a')];
      for (const a of links) {
        expect(a.getAttribute('href') ?? '').to.not.match(/script/i);
        if (a.hasAttribute('href')) expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
      }
      expect(links.filter((a) => a.hasAttribute('href')).map((a) => a.getAttribute('href'))).to.deep.equal([
        'https://www.example.fi/x',
        'mailto:a@example.fi',
      ]);
      for (const a of links) if (!a.hasAttribute('href')) a.click();
      await new Promise((r) => setTimeout(r, 100));
      expect(w.__kotoXss).to.equal(undefined);
      await expect(el).to.be.accessible();
    });
  });
});
