// @ts-check
/**
 * The reference tables of the editor's guide (README.md), generated from
 * custom-elements.json so they cannot drift from the code: for each element, between
 * `<!-- GENERATED koto-… -->` and `<!-- /GENERATED koto-… -->`, its attributes, the
 * properties and events for portal developers, its CSS parts and custom properties; and
 * the shared theme tokens between `<!-- GENERATED tokens -->` markers.
 *
 * `node scripts/docs.mjs` rewrites them (`npm run docs`); `--check` (in `npm test`) fails
 * when README.md is not what the manifest says. Run after `scripts/manifest.mjs`.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const check = process.argv.includes('--check');
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
/** @type {Map<string, any>} */
const declarations = new Map();
for (const mod of manifest.modules ?? [])
  for (const d of mod.declarations ?? []) declarations.set(d.tagName ?? d.name, d);

const cell = (/** @type {string | undefined} */ text) =>
  (text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim() || '—';
const code = (/** @type {string} */ text) => `\`${text}\``;
const defaultOf = (/** @type {any} */ item) => {
  const value = item.default;
  if (value === undefined || value === "''" || value === '""') return '—';
  return code(String(value).replace(/^'(.*)'$/, '$1'));
};
const table = (/** @type {string[]} */ head, /** @type {string[][]} */ rows) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

const SHARED = new Set((declarations.get('KotoElement')?.cssProperties ?? []).map((/** @type {any} */ p) => p.name));

function elementBlock(/** @type {string} */ tag) {
  const d = declarations.get(tag);
  if (!d) throw new Error(`${tag} is not in custom-elements.json`);
  const out = [];
  // Attributes: the element's own first, then the inherited ones (`lang`, `api-base`).
  const attributes = [...(d.attributes ?? [])].sort((a, b) => Number(!!a.inheritedFrom) - Number(!!b.inheritedFrom));
  out.push(
    `**Attributes** of \`<${tag}>\`\n`,
    table(
      ['Attribute', 'What it does', 'Default'],
      attributes.map((a) => [code(a.name), cell(a.description), defaultOf(a)]),
    ),
  );
  const properties = (d.members ?? []).filter(
    (/** @type {any} */ m) => m.kind === 'field' && !m.privacy && !m.static && !m.attribute && !m.inheritedFrom,
  );
  const attributeFields = new Set(attributes.map((a) => a.fieldName ?? a.name));
  const jsOnly = properties.filter((/** @type {any} */ p) => !attributeFields.has(p.name));
  const methods = (d.members ?? []).filter(
    (/** @type {any} */ m) => m.kind === 'method' && !m.privacy && !m.static && !m.inheritedFrom,
  );
  if (jsOnly.length || methods.length)
    out.push(
      '\n**Properties and methods** (JavaScript only, for portal developers)\n',
      table(
        ['Name', 'Type', 'What it is'],
        [
          ...jsOnly.map((/** @type {any} */ p) => [code(p.name), code(cell(p.type?.text)), cell(p.description)]),
          ...methods.map((/** @type {any} */ m) => [code(`${m.name}()`), 'method', cell(m.description)]),
        ],
      ),
    );
  if (d.events?.length)
    out.push(
      '\n**Events** (they bubble out of the element and through shadow roots)\n',
      table(
        ['Event', 'Class', 'When, and its `detail`'],
        d.events.map((/** @type {any} */ e) => [code(e.name), code(cell(e.type?.text)), cell(e.description)]),
      ),
    );
  if (d.cssParts?.length)
    out.push(
      '\n**CSS parts** (style them with `' + tag + '::part(name)`)\n',
      table(
        ['Part', 'What it is'],
        d.cssParts.map((/** @type {any} */ p) => [code(p.name), cell(p.description)]),
      ),
    );
  const own = (d.cssProperties ?? []).filter((/** @type {any} */ p) => !SHARED.has(p.name));
  if (own.length)
    out.push(
      '\n**Custom properties** of this element (plus the [shared tokens](#theming))\n',
      table(
        ['Custom property', 'What it changes', 'Default'],
        own.map((/** @type {any} */ p) => [code(p.name), cell(p.description), defaultOf(p)]),
      ),
    );
  return out.join('\n');
}

function tokensBlock() {
  const base = declarations.get('KotoElement');
  return table(
    ['Token', 'What it changes', 'Default'],
    (base?.cssProperties ?? []).map((/** @type {any} */ p) => [code(p.name), cell(p.description), defaultOf(p)]),
  );
}

let readme = readFileSync('README.md', 'utf8');
const before = readme;
const missing = [];
const blocks = /** @type {[string, () => string][]} */ ([
  ['tokens', tokensBlock],
  ...[...declarations.keys()]
    .filter((k) => k.startsWith('koto-'))
    .map((tag) => /** @type {[string, () => string]} */ ([tag, () => elementBlock(tag)])),
]);
for (const [name, make] of blocks) {
  const open = `<!-- GENERATED ${name} -->`;
  const close = `<!-- /GENERATED ${name} -->`;
  const start = readme.indexOf(open);
  const end = readme.indexOf(close);
  if (start < 0 || end < start) {
    missing.push(name);
    continue;
  }
  readme = `${readme.slice(0, start + open.length)}\n\n${make()}\n\n${readme.slice(end)}`;
}
if (missing.length) {
  console.error(`README.md has no generated section for: ${missing.join(', ')}`);
  process.exit(1);
}
if (check) {
  if (readme !== before) {
    console.error('README.md: the reference tables differ from custom-elements.json. Run `npm run docs`.');
    process.exit(1);
  }
  console.log('README.md: every reference table matches custom-elements.json.');
} else if (readme !== before) {
  writeFileSync('README.md', readme);
  console.log('README.md: reference tables written from custom-elements.json.');
} else console.log('README.md: reference tables already up to date.');
