// @ts-check
/** The README's editor's guide, read as an editor reads it: its snippets. */
import { readFileSync } from 'node:fs';

const readme = readFileSync('README.md', 'utf8');
const guide = readme.slice(
  readme.indexOf("## Editor's guide"),
  readme.indexOf('\n## ', readme.indexOf("## Editor's guide") + 5),
);
const blocks = (/** @type {string} */ text) => [...text.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1].trim());

/** The guide's first snippet: the script tag and the `<meta>` tags, once per page. */
export const GUIDE_HEAD = blocks(guide)[0];

/**
 * The copy-paste snippet of an element's section (its first HTML block).
 * @param {string} tag
 */
export function guideSnippet(tag) {
  const start = guide.indexOf(`### \`<${tag}>\``);
  if (start < 0) throw new Error(`The guide has no section for <${tag}>`);
  return blocks(guide.slice(start))[0];
}

export const ELEMENT_TAGS = [
  'koto-course-catalogue',
  'koto-enrolment-form',
  'koto-guidance-booking',
  'koto-contact-card',
];

/** What each element shows only with data from its API (inside its shadow root). */
export const DATA = {
  'koto-course-catalogue': '[part~="card"]',
  'koto-enrolment-form': '[part~="course"], [part~="confirmation"]',
  // The resources to choose from, or the one resource's name above the first step; free
  // times; the chosen time above the details; the confirmation.
  'koto-guidance-booking':
    'input[name="resource"], #step-heading + p, [part~="slot"], [part~="form"] dl, [part~="confirmation"]',
  'koto-contact-card': '[part~="office"]',
};
