// @ts-check
/**
 * `npm test`: the Custom Elements Manifest documents every element completely, and the
 * documentation cannot drift from the code:
 * - every tag registered in `src/define/` has a declaration in custom-elements.json;
 * - every attribute, public property, event, slot, CSS part and custom property has a
 *   description (and every event a type);
 * - every part named in an element's templates (`part="…"`) is in its manifest entry;
 * - every `--koto-…` custom property its styles (and the shared styles) read is documented.
 * Run after `scripts/manifest.mjs` (npm test does).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
/** @type {Map<string, { path: string, declaration: any }>} */
const elements = new Map();
for (const mod of manifest.modules ?? [])
  for (const declaration of mod.declarations ?? [])
    if (declaration.tagName) elements.set(declaration.tagName, { path: mod.path, declaration });

const problems = [];
const defined = new Set();
for (const file of readdirSync('src/define')) {
  for (const [, tag] of readFileSync(join('src/define', file), 'utf8').matchAll(/defineElement\('([a-z0-9-]+)'/g))
    defined.add(tag);
}
for (const tag of defined)
  if (!elements.has(tag))
    problems.push(`<${tag}> is registered but not in custom-elements.json (add @tag to its class)`);

const sharedStyles = readFileSync('src/shared/styles.ts', 'utf8');
const described = (/** @type {any} */ item) => typeof item.description === 'string' && item.description.trim() !== '';

for (const [tag, { path, declaration }] of elements) {
  if (!defined.has(tag)) problems.push(`<${tag}> is in the manifest but no define module registers it`);
  if (!described(declaration) && !declaration.summary) problems.push(`<${tag}> has no description`);
  const check = (/** @type {string} */ kind, /** @type {any[]} */ items) => {
    for (const item of items ?? []) {
      if (!item.name) problems.push(`<${tag}> has a ${kind} without a name`);
      else if (!described(item)) problems.push(`<${tag}> ${kind} "${item.name}" has no description`);
    }
  };
  check('attribute', declaration.attributes);
  check(
    'property',
    (declaration.members ?? []).filter(
      (/** @type {any} */ m) => m.kind === 'field' && !m.static && !m.privacy && !m.name.startsWith('#'),
    ),
  );
  check(
    'method',
    (declaration.members ?? []).filter((/** @type {any} */ m) => m.kind === 'method' && !m.privacy && !m.static),
  );
  check('event', declaration.events);
  for (const event of declaration.events ?? [])
    if (!event.type?.text) problems.push(`<${tag}> event "${event.name}" has no type`);
  check('slot', declaration.slots);
  check('CSS part', declaration.cssParts);
  check('CSS custom property', declaration.cssProperties);

  // What the code uses must be documented.
  const dir = dirname(path);
  const sources = readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }));
  const ownFiles = tag === 'koto-contact-person' ? sources.filter((s) => s.name === 'contact-person.ts') : sources;
  const parts = new Set((declaration.cssParts ?? []).map((/** @type {any} */ p) => p.name));
  const props = new Set((declaration.cssProperties ?? []).map((/** @type {any} */ p) => p.name));
  for (const { name, text } of ownFiles) {
    const used = [
      ...[...text.matchAll(/\bpart="([^"$]+)"/g)].flatMap((m) => m[1].split(/\s+/)),
      ...[...text.matchAll(/\bpart=\$\{[^}]*?'([a-z-]+)'/g)].map((m) => m[1]),
    ];
    for (const part of used)
      if (!parts.has(part)) problems.push(`<${tag}> uses part "${part}" (${name}) without @csspart`);
    if (tag === 'koto-contact-person') continue;
    const styles = name.endsWith('.styles.ts') ? text : '';
    for (const [, prop] of styles.matchAll(/var\((--koto-[a-z0-9-]+)/g))
      if (!props.has(prop)) problems.push(`<${tag}> reads ${prop} (${name}) without @cssprop`);
  }
  if (tag !== 'koto-contact-person')
    for (const [, prop] of sharedStyles.matchAll(/var\((--koto-[a-z0-9-]+)/g))
      if (!props.has(prop)) problems.push(`<${tag}> reads ${prop} (shared styles) without @cssprop`);
}

if (problems.length) {
  console.error(`custom-elements.json is incomplete:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`custom-elements.json documents ${elements.size} elements completely.`);
