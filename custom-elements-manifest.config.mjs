// Custom Elements Manifest from the JSDoc of the element classes (`npm run build`, Storybook).

/**
 * The analyzer also records each `dispatchEvent(new SomeEvent(…))` as a nameless event;
 * the named one comes from the class's `@fires {SomeEvent} name - …`. Drop the nameless
 * duplicates, so every event in the manifest has a name, a type and a description.
 */
const namedEventsOnly = () => ({
  name: 'koto-named-events-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules ?? [])
      for (const declaration of mod.declarations ?? [])
        if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
  },
});

export default {
  globs: [
    'src/components/**/*.component.ts',
    'src/components/contact-card/contact-person.ts',
    'src/shared/koto-element.ts',
  ],
  exclude: ['src/generated/**', 'src/mock/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
  plugins: [namedEventsOnly()],
};
