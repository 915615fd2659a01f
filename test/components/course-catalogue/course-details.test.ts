/**
 * The catalogue's details views on a tiny host: which are open, and the sanitised
 * description of each, made once per description.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { waitUntil } from '../../helpers/wait.js';
import { defineElement } from '../../../src/shared/define.js';
import type { Course } from '../../../src/api/linked-events/course.js';
import { CourseDetails } from '../../../src/components/course-catalogue/course-details.js';

class DetailsProbe extends LitElement {
  readonly details = new CourseDetails(this, () => undefined);
}
defineElement('koto-details-probe', DetailsProbe);

const course = (id: string, description?: string) =>
  ({ id, ...(description ? { descriptionHtml: { text: description, lang: 'en' } } : {}) }) as unknown as Course;
const contentOf = (el: DetailsProbe, c: Course) => {
  const state = el.details.of(c);
  return state?.state === 'ready' ? state.content : undefined;
};

describe('CourseDetails', () => {
  it('opens and closes a course’s details; its description is sanitised once, when first opened', async () => {
    const el = await fixture<DetailsProbe>(html`<koto-details-probe></koto-details-probe>`);
    const c = course('porvoo:koto-01', '<p>Hello <strong>learner</strong><img src=x onerror="alert(1)"></p>');
    expect(el.details.of(c)).to.equal(undefined);
    el.details.toggle(c);
    expect(el.details.isOpen(c)).to.equal(true);
    expect(el.details.of(c)).to.deep.equal({ state: 'loading' });
    await waitUntil(() => contentOf(el, c), 'the sanitised description');
    const content = contentOf(el, c)!;
    expect(content.innerHTML).to.equal('<p>Hello <strong>learner</strong></p>');
    el.details.toggle(c);
    expect(el.details.isOpen(c)).to.equal(false);
    el.details.toggle(c);
    expect(contentOf(el, c)).to.equal(content);
  });

  it('a course without a description is ready at once, with nothing to show', async () => {
    const el = await fixture<DetailsProbe>(html`<koto-details-probe></koto-details-probe>`);
    const c = course('porvoo:koto-02');
    el.details.toggle(c);
    expect(el.details.of(c)).to.deep.equal({ state: 'ready', content: undefined });
  });

  it('the same course with its description in another language (after a language switch) is sanitised anew', async () => {
    const el = await fixture<DetailsProbe>(html`<koto-details-probe></koto-details-probe>`);
    const english = course('porvoo:koto-03', '<p>In English.</p>');
    const finnish = course('porvoo:koto-03', '<p>Suomeksi.</p>');
    el.details.toggle(english);
    await waitUntil(() => contentOf(el, english), 'the English description');
    expect(el.details.isOpen(finnish)).to.equal(true);
    expect(el.details.of(finnish)).to.equal(undefined);
  });

  it('a new list starts with every details view closed, keeping the descriptions made', async () => {
    const el = await fixture<DetailsProbe>(html`<koto-details-probe></koto-details-probe>`);
    const a = course('a', '<p>A</p>');
    const b = course('b');
    el.details.toggle(a);
    el.details.toggle(b);
    await waitUntil(() => contentOf(el, a), 'the description of a');
    el.details.closeAll();
    expect([el.details.isOpen(a), el.details.isOpen(b)]).to.deep.equal([false, false]);
    expect(contentOf(el, a)?.textContent).to.equal('A');
  });
});
