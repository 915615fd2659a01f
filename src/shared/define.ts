/**
 * Registers a custom element once. Loading the library twice (two script tags, or a
 * portal bundle next to the CDN file) must not throw: the first definition stays and
 * one warning says so. The flag lives on `globalThis`, so a second copy of this module
 * (another build or version) does not warn again.
 */
const WARNED = Symbol.for('koto-elements:warned-loaded-twice');

export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  const page = globalThis as { [WARNED]?: boolean };
  if (existing !== ctor && !page[WARNED]) {
    page[WARNED] = true;
    console.warn(
      `koto-elements: <${tag}> is already defined (the library was loaded twice); keeping the first definitions.`,
    );
  }
}
