// @ts-check
/**
 * Post-step of `npm run localize:build` (after `lit-localize build`): splits each generated
 * locale module into one module per part, so that an element loads only its own strings.
 *
 * - A part is a component folder (`src/components/<name>/` → `<name>`); strings used by code
 *   outside the components (`src/shared`, `src/api`) or by more than one component folder go
 *   to the part `common`, which every element loads.
 * - Which message ids each folder uses comes from @lit/localize-tools' own extraction over
 *   the same TypeScript program `lit-localize` reads (`tsConfig` in lit-localize.json).
 * - Writes `<outputDir>/<locale>/<part>.ts` for every target locale, removes the one-file
 *   `<outputDir>/<locale>.ts`, and writes `src/generated/locale-parts.ts`: the part names
 *   and a static map of `import()` calls (template-string imports 404 under the test
 *   runner's esbuild plugin, and bundlers split each static `import()` into its own chunk).
 *
 * Generic over `targetLocales`: a new locale needs no change here.
 */
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const require = createRequire(import.meta.url);
// The extraction must see the program built by its own copy of TypeScript.
const toolsDir = dirname(require.resolve('@lit/localize-tools/package.json'));
const ts = createRequire(join(toolsDir, 'package.json'))('typescript');
const { extractMessagesFromProgram } = await import(
  new URL(`file://${join(toolsDir, 'lib', 'program-analysis.js')}`).href
);
const { readTsConfig } = await import(new URL(`file://${join(toolsDir, 'lib', 'typescript.js')}`).href);

const COMMON = 'common';
const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const outputDir = resolve(config.output.outputDir);
/** @type {string[]} */
const targetLocales = config.targetLocales;

// 1. Which part each message id belongs to.
const { fileNames, options } = readTsConfig(resolve(config.tsConfig));
/** @param {string} file */
const folderPart = (file) => {
  const rel = relative(resolve('src'), file).split(sep);
  return rel[0] === 'components' && rel.length > 2 ? rel[1] : COMMON;
};
// The extractor reports each message id once (at its first use), so a string used by two
// elements would land in one element's part only. Extract each folder's files on their own
// and note every part that uses an id; ids used by more than one part go to `common`.
// Within one part's program, only the part's own files are read: the modules they import
// come along in the program, and a string's first use there (`Loading…` in a component
// that src/define imports) would hide its use in the part's own file (src/shared/lazy-module.ts).
/** @type {Map<string, string[]>} */
const filesByPart = new Map();
for (const file of fileNames) {
  const part = folderPart(file);
  filesByPart.set(part, [...(filesByPart.get(part) ?? []), file]);
}
/** @type {Map<string, Set<string>>} */
const usedBy = new Map();
for (const [part, files] of filesByPart) {
  const program = ts.createProgram(files, options);
  const own = program.getSourceFiles().filter((f) => !f.isDeclarationFile && folderPart(f.fileName) === part);
  const { messages, errors } = extractMessagesFromProgram(
    Object.create(program, { getSourceFiles: { value: () => own } }),
  );
  if (errors.length) {
    console.error(`localize-split: ${errors.length} extraction errors; run \`lit-localize extract\` to see them.`);
    process.exit(1);
  }
  for (const message of messages) {
    // Imported shared modules come along in the program; count each message where it stands.
    const where = folderPart(message.file.fileName);
    if (where !== part) continue;
    if (!usedBy.has(message.name)) usedBy.set(message.name, new Set());
    usedBy.get(message.name)?.add(part);
  }
}
/** @type {Map<string, string>} */
const partOf = new Map();
for (const [id, users] of usedBy) partOf.set(id, users.size === 1 ? ([...users][0] ?? COMMON) : COMMON);
const componentParts = existsSync('src/components')
  ? readdirSync('src/components', { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort()
  : [];
const parts = [COMMON, ...componentParts];

// 2. Split each locale's generated module, each translation under a short id.
/**
 * lit-localize's ids are `s` (`h` for markup) and 16 hex digits of a 64-bit hash of the English
 * text; 64 bits of noise per string compress to nothing. The modules keep the letter and the
 * first 8 digits (src/shared/localization.ts looks the full id up by them), checked here to be
 * unique among every message: about 5 bytes of gzip less a string in every locale chunk.
 */
const SHORT = 9;
/** @param {string} id */
const shortId = (id) => {
  if (!/^[sh][0-9a-f]{16}$/.test(id)) throw new Error(`localize-split: unexpected message id ${id}`);
  return id.slice(0, SHORT);
};
const shortIds = new Map();
for (const id of partOf.keys()) {
  const short = shortId(id);
  if (shortIds.has(short)) {
    console.error(
      `localize-split: ${id} and ${shortIds.get(short)} share their first ${SHORT} characters; lengthen SHORT here and in src/shared/localization.ts.`,
    );
    process.exit(1);
  }
  shortIds.set(short, id);
}
const HEADER = `// Do not modify this file by hand!
// Re-generate this file by running \`npm run localize:build\` (lit-localize build + scripts/localize-split.mjs).

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */
`;

for (const locale of targetLocales) {
  const whole = join(outputDir, `${locale}.ts`);
  const localeDir = join(outputDir, locale);
  if (!existsSync(whole)) {
    console.error(`localize-split: ${relative('.', whole)} is missing; run \`lit-localize build\` first.`);
    process.exit(1);
  }
  const source = ts.createSourceFile(whole, readFileSync(whole, 'utf8'), ts.ScriptTarget.Latest, true);
  /** @type {Map<string, string[]>} */
  const entries = new Map(parts.map((p) => [p, []]));
  /** @param {import('typescript').Node} node */
  const visit = (node) => {
    if (ts.isVariableDeclaration(node) && node.name.getText(source) === 'templates') {
      const init = node.initializer;
      if (!init || !ts.isObjectLiteralExpression(init)) throw new Error(`${whole}: unexpected templates shape`);
      for (const prop of init.properties) {
        if (!ts.isPropertyAssignment(prop)) throw new Error(`${whole}: unexpected property`);
        const id = ts.isStringLiteral(prop.name) ? prop.name.text : prop.name.getText(source);
        // A translation left over for a string no longer in the source: drop it, as extraction would.
        const part = partOf.get(id);
        if (part === undefined) continue;
        entries.get(part)?.push(`  ${shortId(id)}: ${prop.initializer.getText(source)},`);
      }
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);

  rmSync(localeDir, { recursive: true, force: true });
  mkdirSync(localeDir, { recursive: true });
  for (const [part, lines] of entries) {
    const body = lines.join('\n');
    const imports = [];
    if (/:\s*str`/.test(body)) imports.push(`import { str } from '@lit/localize';`);
    if (/:\s*html`/.test(body)) imports.push(`import { html } from 'lit';`);
    writeFileSync(
      join(localeDir, `${part}.ts`),
      `${HEADER}${imports.length ? `\n${imports.join('\n')}\n` : ''}\nexport const templates = {\n${body}\n};\n`,
    );
  }
  rmSync(whole);
}

// 3. The part names and the loader map.
const loaderModule = `// Do not modify this file by hand!
// Re-generate this file by running \`npm run localize:build\` (scripts/localize-split.mjs).

import type { LocaleModule } from '@lit/localize';
import type { targetLocales } from './locale-codes.js';

/**
 * The parts a locale's strings are split into: \`${COMMON}\` (shared code and strings used by
 * more than one element) and one per component folder.
 */
export const localeParts = [${parts.map((p) => `'${p}'`).join(', ')}] as const;

export type LocalePart = (typeof localeParts)[number];

/** One static \`import()\` per locale and part: bundlers split each into its own file. */
export const localePartLoaders: Record<(typeof targetLocales)[number], Record<LocalePart, () => Promise<LocaleModule>>> = {
${targetLocales
  .map(
    (locale) =>
      `  ${JSON.stringify(locale)}: {\n${parts
        .map((p) => `    ${JSON.stringify(p)}: () => import('./locales/${locale}/${p}.js'),`)
        .join('\n')}\n  },`,
  )
  .join('\n')}
};
`;
writeFileSync(join(dirname(outputDir), 'locale-parts.ts'), loaderModule);

const counts = parts.map((p) => `${p} ${[...partOf.values()].filter((v) => v === p).length}`).join(', ');
console.log(`localize-split: ${targetLocales.length} locales × ${parts.length} parts (${counts} strings).`);
