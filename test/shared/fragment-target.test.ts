/**
 * "Apply" lands on the form: a link such as `?course=…#enrol` points at a section that
 * holds an element, but the browser scrolls to it before the elements have rendered, and the
 * catalogue above then pushes it out of view. The element in the page's fragment target
 * brings it into view once its content is shown, takes focus on its heading, and keeps the
 * target in view while the page above settles, until the learner scrolls, taps or types.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { mockApiForEachTest } from '../helpers/mock.js';
import '../../src/define/course-catalogue.js';
import '../../src/define/enrolment-form.js';

const COURSE = 'porvoo:koto-01';

/** The section's top edge relative to the viewport. */
const topOf = (el: Element) => el.getBoundingClientRect().top;
const inView = (el: Element) => Math.abs(topOf(el)) < 2;

describe('landing on an element the address points at (#fragment)', function () {
  this.timeout(30_000);
  const api = mockApiForEachTest();
  let before = '';

  beforeEach(() => {
    before = location.href;
    scrollTo(0, 0);
  });
  afterEach(() => {
    history.replaceState(null, '', before);
    scrollTo(0, 0);
  });

  /** A page like the demo: the catalogue, then a section with the form; `grow` stands for late content above. */
  async function page(hash: string) {
    history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
    const root = await fixture<HTMLElement>(html`
      <main>
        <koto-course-catalogue api-base=${api.linkedEvents} lang="en" page-size="20"></koto-course-catalogue>
        <div class="grow" style="height: 10px"></div>
        <section id="enrol" aria-labelledby="enrol-h">
          <h2 id="enrol-h">Enrol</h2>
          <koto-enrolment-form
            api-base=${api.linkedEvents}
            event=${COURSE}
            lang="en"
            privacy-href="/tietosuoja"
          ></koto-enrolment-form>
        </section>
        <div style="height: 200vh"></div>
      </main>
    `);
    const form = root.querySelector('koto-enrolment-form')!;
    const focused: string[] = [];
    form.shadowRoot!.addEventListener('focusin', (e) => focused.push((e.target as Element).localName));
    return {
      root,
      form,
      section: root.querySelector('#enrol')!,
      grow: root.querySelector<HTMLElement>('.grow')!,
      focused,
      formShown: () => !!form.shadowRoot!.querySelector('#course-title'),
      catalogueShown: () =>
        !!root.querySelector('koto-course-catalogue')!.shadowRoot!.querySelector('li.card:not(.skeleton-card)'),
    };
  }

  it("brings the section into view once the form shows the course, and the form's heading takes focus", async () => {
    const p = await page('#enrol');
    await waitUntil(() => p.formShown() && p.catalogueShown(), 'both elements show their content');
    await waitUntil(() => inView(p.section), 'the section is at the top of the viewport');
    await waitUntil(() => p.focused.some((name) => /^h[1-6]$/.test(name)), 'a heading of the form took focus');
    const heading = p.form.shadowRoot!.activeElement ?? p.form.shadowRoot!.querySelector('h1, h2, h3, h4');
    expect(heading!.textContent).to.match(/\S/);
    await expect(p.form).to.be.accessible();
  });

  it('keeps the section in view while content above it is still growing', async () => {
    const p = await page('#enrol');
    await waitUntil(() => p.formShown() && inView(p.section), 'in view');
    p.grow.style.height = '1500px';
    await waitUntil(() => inView(p.section), 'back in view after the page above grew');
  });

  it('leaves the page to the learner once they scroll', async () => {
    const p = await page('#enrol');
    await waitUntil(() => p.formShown() && inView(p.section), 'in view');
    dispatchEvent(new WheelEvent('wheel', { deltaY: -100 }));
    scrollTo(0, 0);
    p.grow.style.height = '1500px';
    // Two frames for a ResizeObserver to have run.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await new Promise((r) => setTimeout(r, 50));
    expect(scrollY).to.equal(0);
  });

  it('does nothing when the address points elsewhere', async () => {
    const p = await page('#somewhere-else');
    await waitUntil(() => p.formShown() && p.catalogueShown(), 'both shown');
    expect(scrollY).to.equal(0);
    expect(p.focused).to.deep.equal([]);
  });
});
