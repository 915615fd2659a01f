/**
 * The CDN file `koto-elements.js`: loads an element's code when its tag first appears on the
 * page, so a page with one element loads one element (issue 18). Tags already on the page
 * are found at once; later ones (a CMS block shown on a click, a single-page app) through a
 * MutationObserver on the document and on every open shadow root it meets. Until its code
 * has loaded, a tag is undefined, so `customElements.whenDefined()` resolves as it always did:
 * when the element is defined. `koto-elements-all.js` defines all four at once.
 *
 * `__KOTO_ELEMENTS__` is written by scripts/cdn-config.mjs from the build of the elements:
 * for each tag, its module, every chunk that module imports statically, and the chunks its
 * lazy modules import (not those modules), relative to this file. They are preloaded together
 * (`<link rel="modulepreload">`), so the chunks are fetched in one round trip instead of one
 * level of imports after another, and a lazy module, once asked for, waits only for itself.
 */
declare const __KOTO_ELEMENTS__: Record<string, string[]>;

const elements = __KOTO_ELEMENTS__;
const started = new Set<string>();
const watched = new WeakSet<Node>();
const url = (file: string) => new URL(file, import.meta.url).href;

function load(tag: string): void {
  const files = elements[tag];
  const module = files?.[0];
  if (!files || !module || started.has(module) || customElements.get(tag)) return;
  started.add(module);
  for (const file of files) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = url(file);
    document.head.append(link);
  }
  import(url(module)).catch((error: unknown) => {
    // A failed load (flaky network) is tried again when the tag next appears.
    started.delete(module);
    throw error;
  });
}

function scan(root: ParentNode): void {
  for (const el of root.querySelectorAll('*')) {
    load(el.localName);
    if (el.shadowRoot) watch(el.shadowRoot);
  }
}

function watch(root: Document | ShadowRoot): void {
  if (watched.has(root)) return;
  watched.add(root);
  new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes)
        if (node instanceof Element) {
          load(node.localName);
          if (node.shadowRoot) watch(node.shadowRoot);
          scan(node);
        }
  }).observe(root, { childList: true, subtree: true });
  scan(root);
}

watch(document);
