import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { waitUntil } from '../../helpers/wait.js';
import '../../../src/define/course-catalogue.js';
import type { KotoCourseCatalogue } from '../../../src/components/course-catalogue/course-catalogue.component.js';
import {
  LinkedEventsClient,
  type CourseCatalogueClient,
  type CoursePage,
} from '../../../src/api/linked-events/client.js';
import type { Result } from '../../../src/api/http.js';
import { mockApiForEachTest } from '../../helpers/mock.js';
import { cards, loaded, root } from './helpers.js';

/** Whether an element is inside the viewport (at least partly). */
const inView = (e: Element) => {
  const r = e.getBoundingClientRect();
  return r.bottom > 0 && r.top < innerHeight && r.height > 0;
};

describe('<koto-course-catalogue> with a list longer than the screen', function () {
  this.timeout(30_000);
  const api = mockApiForEachTest();

  const longList = async (pageSize = '36') => {
    const el = await fixture<KotoCourseCatalogue>(
      html`<koto-course-catalogue
        api-base=${api.linkedEvents}
        lang="en"
        page-size=${pageSize}
      ></koto-course-catalogue>`,
    );
    el.searchDelay = 50;
    await loaded(el);
    return el;
  };

  afterEach(() => scrollTo(0, 0));

  describe('cards out of view', () => {
    it('a card far down takes focus, comes into view and reads as it should', async () => {
      const el = await longList();
      const last = cards(el).at(-1)!;
      expect(inView(last)).to.equal(false);
      const button = last.querySelector<HTMLButtonElement>('[part~="details-button"]')!;
      button.focus();
      expect(root(el).activeElement).to.equal(button);
      await waitUntil(() => inView(button), 'the focused button scrolled into view');
      expect(button.getBoundingClientRect().height).to.be.above(20);
      await expect(el).to.be.accessible();
    });

    it('Tab from the last card in view goes on to the next card, and into view', async () => {
      const el = await longList();
      const list = cards(el);
      const firstOut = list.findIndex((c) => !inView(c));
      expect(firstOut).to.be.above(0);
      // The last control of the last card in view, then Tab: the next card's first control.
      const controls = list[firstOut - 1]!.querySelectorAll<HTMLElement>('button, a[href]');
      controls[controls.length - 1]!.focus();
      await sendKeys({ press: 'Tab' });
      const next = list[firstOut]!.querySelector('[part~="details-button"]')!;
      expect(root(el).activeElement).to.equal(next);
      await waitUntil(() => inView(next), 'the next card scrolled into view');
    });

    it('"Show more": focus on the first new course, in view', async () => {
      const el = await longList('15');
      const more = root(el).querySelector<HTMLButtonElement>('[part~="more"]')!;
      more.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => cards(el).length === 30, 'the second page');
      await el.updateComplete;
      const heading = root(el).querySelector('#course-15-name')!;
      await waitUntil(() => root(el).activeElement === heading, 'focus on the first new course');
      await waitUntil(() => inView(heading), 'the first new course in view');
    });

    it('find in page finds a course far down and scrolls to it', async () => {
      const el = await longList();
      const [first, last] = [cards(el)[0]!, cards(el).at(-1)!];
      // Words found in one card only (course names repeat in the fake).
      first.querySelector('h3')!.append(' Kukkaruukku');
      last.querySelector('h3')!.append(' Lumiukko');
      const find = (text: string) => (window as unknown as { find(text: string): boolean }).find(text);
      // WebKit's window.find() does not look into shadow roots: it finds not even the first card,
      // with content-visibility or without (WebKitGTK 2.50). There, nothing more to see here.
      if (!find('Kukkaruukku')) return;
      expect(find('Lumiukko')).to.equal(true);
      await waitUntil(() => inView(last), 'the card found scrolled into view');
    });

    it('a page that is printed lays out every card', async () => {
      const el = await longList();
      const card = cards(el).at(-1)!;
      const printRules = (root(el).adoptedStyleSheets.length ? root(el).adoptedStyleSheets : [...root(el).styleSheets])
        .flatMap((sheet) => [...sheet.cssRules])
        .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.media.mediaText === 'print')
        .flatMap((r) => [...r.cssRules])
        .filter((r): r is CSSStyleRule => r instanceof CSSStyleRule && card.matches(r.selectorText));
      expect(printRules.map((r) => r.style.getPropertyValue('content-visibility'))).to.include('visible');
    });

    it('a card keeps its real height once it has been shown, so the page does not jump back', async () => {
      const el = await longList();
      const card = cards(el)[20]!;
      card.scrollIntoView();
      await waitUntil(() => inView(card) && card.querySelector('h3')!.getBoundingClientRect().height > 0, 'shown');
      const shown = card.getBoundingClientRect().height;
      scrollTo(0, 0);
      await waitUntil(() => !inView(card), 'out of view again');
      await new Promise(requestAnimationFrame);
      expect(card.getBoundingClientRect().height).to.be.closeTo(shown, 1);
    });
  });

  describe('a new search leaves the cards shown alone while it runs', () => {
    it('no card is made again for the loading state; the new results are', async () => {
      let release!: () => void;
      let held = false;
      const inner = new LinkedEventsClient({ baseUrl: api.linkedEvents });
      /** The fake, with the answer held back while `held` is set. */
      const client: CourseCatalogueClient = {
        async listCourses(query, options): Promise<Result<CoursePage>> {
          const result = await inner.listCourses(query, options);
          if (held) await new Promise<void>((resolve) => (release = resolve));
          return result;
        },
        listCoursesAt: (url, options) => inner.listCoursesAt(url, options),
        getCourse: (id, options) => inner.getCourse(id, options),
      };
      const el = await fixture<KotoCourseCatalogue>(
        html`<koto-course-catalogue lang="en" page-size="20" .client=${client}></koto-course-catalogue>`,
      );
      el.searchDelay = 50;
      await loaded(el);
      // Every card lists its weekdays with Intl.ListFormat: count how often that happens.
      const format = Intl.ListFormat.prototype.format;
      let listed = 0;
      Intl.ListFormat.prototype.format = function (this: Intl.ListFormat, list: Iterable<string>) {
        listed++;
        return format.call(this, list);
      };
      try {
        held = true;
        const select = root(el).querySelector<HTMLSelectElement>('#f-time')!;
        select.value = 'evening';
        select.dispatchEvent(new Event('change', { bubbles: true }));
        await waitUntil(() => root(el).querySelector('.list[aria-busy="true"]'), 'the search on its way');
        await waitUntil(() => release, 'the answer held back');
        await el.updateComplete;
        expect(listed).to.equal(0);
        release();
        await loaded(el);
        expect(listed).to.be.above(0);
      } finally {
        Intl.ListFormat.prototype.format = format;
      }
    });
  });
});
