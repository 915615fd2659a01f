/**
 * Registers a custom element once. Loading the library twice (two script tags, or a
 * portal bundle next to the CDN file) must not throw: the first definition stays and
 * one warning says so.
 */
const warned = new Set<string>();

export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  if (existing !== ctor && !warned.has(tag)) {
    warned.add(tag);
    console.warn(
      `koto-elements: <${tag}> is already defined (the library was loaded twice); keeping the first definition.`,
    );
  }
}
