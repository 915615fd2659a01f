// @ts-check
/**
 * JSX and template types for Preact, Vue, Svelte and Solid, generated from custom-elements.json
 * with the field's tools (custom-element-*-integration), into dist/frameworks/. Run by
 * scripts/build.mjs after the manifest. Each entry has an empty module beside its types, so
 * `import type {} from 'koto-elements/vue'` (or the tsconfig `types` list) picks them up.
 *
 * Corrections to what the tools write: they wrap every event type in `CustomEvent<…>` (they
 * expect the manifest to hold the detail type; ours holds the event class, which already has
 * a typed `detail`); the Svelte file names Solid's `JSX.Element` and `JSX.CSSProperties`
 * without importing them, and declares `svelteHTML` inside a module, where Svelte never
 * sees it (it must be global). Checked once against preact, solid-js, vue and svelte.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { generateSvelteTypes } from 'custom-element-svelte-integration';
import { generateSolidJsTypes } from 'custom-element-solidjs-integration';

const OUT = 'dist/frameworks';
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));

// Types come from the define modules, which export each element class and its event classes.
/** @type {Record<string, string>} */
const defineModule = {};
for (const mod of manifest.modules ?? [])
  for (const declaration of mod.declarations ?? [])
    if (declaration.tagName) defineModule[declaration.name] = `../define/${mod.path.split('/')[2]}.js`;

// An attribute without a field in the manifest (`lang`, which is HTMLElement's, and the
// plain getters of <koto-contact-person>) is typed by the element's property of that name,
// once: the tools would index the class by "undefined" and list a same-named field again.
for (const mod of manifest.modules ?? [])
  for (const declaration of mod.declarations ?? [])
    for (const attribute of declaration.attributes ?? []) {
      if (attribute.fieldName) continue;
      attribute.fieldName = attribute.name;
      const field = declaration.members?.find((/** @type {{ name: string }} */ m) => m.name === attribute.name);
      if (field) field.attribute = attribute.name;
    }

mkdirSync(OUT, { recursive: true });
const options = (/** @type {string} */ fileName) => ({
  outdir: OUT,
  fileName,
  componentTypePath: (/** @type {string} */ name) => defineModule[name] ?? '',
  hideLogs: true,
});
generateJsxTypes(manifest, options('jsx.d.ts'));
generateVuejsTypes(manifest, options('vue.d.ts'));
generateSvelteTypes(manifest, options('svelte.d.ts'));
generateSolidJsTypes(manifest, options('solid.d.ts'));

/** @type {Record<string, string>} the module augmentation each file needs, if the tool does not write it */
const augment = {
  'solid.d.ts': `
declare module "solid-js" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
`,
};
for (const file of ['jsx.d.ts', 'vue.d.ts', 'svelte.d.ts', 'solid.d.ts']) {
  const path = `${OUT}/${file}`;
  let text = readFileSync(path, 'utf8').replace(/CustomEvent<(\w+Event)>/g, '$1');
  if (file === 'svelte.d.ts')
    text = text
      .replace('children?: JSX.Element;', 'children?: unknown;')
      .replace('style?: JSX.CSSProperties;', 'style?: string;')
      .replace(/declare namespace svelteHTML \{([^}]*)\}/, 'declare global {\n  namespace svelteHTML {$1}\n}');
  if (text.includes('["undefined"]')) throw new Error(`${path}: a property without a field name`);
  writeFileSync(path, text + (augment[file] ?? ''));
  writeFileSync(path.replace(/\.d\.ts$/, '.js'), 'export {};\n');
}
// Preact: the generic JSX types, declared for Preact's JSX namespace.
writeFileSync(
  `${OUT}/preact.d.ts`,
  `import type { CustomElements } from "./jsx.js";
export type * from "./jsx.js";

declare module "preact" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
`,
);
writeFileSync(`${OUT}/preact.js`, 'export {};\n');
console.log(`✓ ${OUT}/: JSX (Preact), Vue, Svelte and Solid types`);
