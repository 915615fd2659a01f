// @ts-check
/**
 * The CDN folder `dist/cdn/`, for a `<script type="module">` tag. Shared by `npm run build` and
 * `npm run size`, so that the size measured is the size shipped.
 *
 * - `koto-elements.js`: the autoloader (src/cdn/autoload.ts, a few hundred bytes). It imports
 *   an element's module from `elements/` when the element's tag appears on the page, and
 *   preloads (`modulepreload`) that module's chunks with it, so they do not chain.
 * - `koto-elements-all.js`: every element at once, as `koto-elements.js` was before the
 *   autoloader (for editors who want that: elements added later appear without a wait).
 * - `elements/<name>.js`: one element's module each (src/define/<name>.ts).
 * - `chunks/`: the code they share, each language's strings per element, and the code loaded
 *   on demand (DOMPurify, the form's later steps, the .ics builder). Named `<name>-<hash>.js`,
 *   the hash in [a-z0-9], so a chunk's name reads back from its file name.
 *
 * The elements in one Rolldown build (Vite 8's bundler), so that they share chunks, in chunk
 * groups esbuild's code splitting cannot make: a page with one element loads the element's
 * file, `chunks/base-….js` (lit, @lit/localize, @lit/task, zod/mini and our code that every
 * element uses) and a `shared-….js` chunk or two (code two or three elements use, e.g.
 * `shared-cc-ef-….js` for the catalogue and the form), instead of about six small chunks,
 * each compressed on its own (issue 18: about 2–3 KB gzip less per page). Code loaded on
 * demand stays in chunks of its own. `koto-elements-all.js` in a second Rolldown build, its
 * code up front in the one file. The autoloader with esbuild, with the list of each element's
 * files from the elements' Rolldown output.
 * Not Vite's library mode: it never strips whitespace and comments from ES output (it keeps
 * them for a portal's bundler), but these files are served to browsers as they are.
 * Licence comments go to `<file>.LEGAL.txt` beside each file (see linkedLegalComments).
 */
import { build } from 'esbuild';
import { build as rolldown } from 'rolldown';
import { esbuildMinifyTemplates, rolldownMinifyTemplates } from './minify-templates.mjs';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';

/** The tags each define module registers (the first one names the module's file). */
export const ELEMENTS = {
  'course-catalogue': ['koto-course-catalogue'],
  'enrolment-form': ['koto-enrolment-form'],
  'guidance-booking': ['koto-guidance-booking'],
  'contact-card': ['koto-contact-card', 'koto-contact-person'],
};

const LEGAL = /\/\*[*!][\s\S]*?\*\//g;
const isLegal = (/** @type {string} */ c) => c.startsWith('/*!') || /@license|@preserve/.test(c);

/**
 * Licence texts of lit, zod and DOMPurify in `<file>.LEGAL.txt` beside each file that bundles
 * them, referred to from the file's last line (as esbuild's `legalComments: 'linked'` did):
 * Rolldown can only keep them inline (bytes every visitor loads) or drop them.
 * @returns {import('rolldown').Plugin}
 */
function linkedLegalComments() {
  return {
    name: 'koto-linked-legal-comments',
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        /** @type {Map<string, string[]>} */
        const byComment = new Map();
        for (const id of chunk.moduleIds) {
          if (!id.includes('node_modules') || !existsSync(id)) continue;
          for (const [comment] of readFileSync(id, 'utf8').matchAll(LEGAL))
            if (isLegal(comment))
              byComment.set(comment, [...(byComment.get(comment) ?? []), id.replace(/.*node_modules[\\/]/, '')]);
        }
        if (!byComment.size) continue;
        const legal = `${chunk.fileName}.LEGAL.txt`;
        const text = [...byComment]
          .map(([comment, files]) => `${files.map((f) => `${f}:\n`).join('')}  ${comment.replaceAll('\n', '\n  ')}\n`)
          .join('\n');
        this.emitFile({ type: 'asset', fileName: legal, source: `Bundled license information:\n\n${text}` });
        // After the code, before the source map's comment (which stays last): the map stays right.
        const note = `/*! For license information please see ${basename(legal)} */\n`;
        const at = chunk.code.search(/\n\/\/# sourceMappingURL=[^\n]*\n?$/);
        chunk.code =
          at < 0 ? `${chunk.code}\n${note}` : `${chunk.code.slice(0, at + 1)}${note}${chunk.code.slice(at + 1)}`;
      }
    },
  };
}

/**
 * Chunk groups for the elements' build, from the module graph: which elements import each
 * module statically (up front, not through `import()`). Every element's: `base`; two or three
 * elements': one `shared-…` chunk per set of elements. The rest Rolldown places itself: an
 * element's own code in its file, code loaded on demand (locale strings, DOMPurify, the form's
 * later steps, .ics) in chunks of its own.
 * @param {string[]} names
 */
function elementGroups(names) {
  /** @type {Map<string, Set<string>>} */
  const users = new Map();
  /** @type {import('rolldown').Plugin} */
  const plugin = {
    name: 'koto-element-groups',
    buildEnd() {
      for (const name of names) {
        const entry = resolve(`src/define/${name}.ts`);
        const stack = [entry];
        const seen = new Set();
        while (stack.length) {
          const id = /** @type {string} */ (stack.pop());
          if (seen.has(id)) continue;
          seen.add(id);
          users.set(id, (users.get(id) ?? new Set()).add(name));
          stack.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
      }
    },
  };
  const short = (/** @type {string} */ n) =>
    n
      .split('-')
      .map((w) => w[0])
      .join('');
  /** @type {import('rolldown').CodeSplittingGroup[]} */
  const groups = [
    { name: 'base', priority: 2, test: (id) => users.get(id)?.size === names.length },
    {
      name: (id) => {
        const set = users.get(id);
        return set && set.size > 1 && set.size < names.length ? `shared-${[...set].sort().map(short).join('-')}` : null;
      },
      debugName: 'shared',
      priority: 1,
    },
  ];
  return { plugin, groups };
}

/**
 * Rolldown's options for a build of the CDN folder.
 * @param {string} outdir
 * @param {boolean} sourcemap
 * @param {import('rolldown').Plugin[]} plugins
 * @param {import('rolldown').OutputOptions} [output]
 * @returns {import('rolldown').BuildOptions}
 */
const rolldownOptions = (outdir, sourcemap, plugins, output = {}) => ({
  platform: 'browser',
  // An entry may export more than its source does (names its lazy modules import from it):
  // then code shared by an element and its own lazy modules stays in the element's file
  // instead of a chunk of its own.
  preserveEntrySignatures: 'allow-extension',
  tsconfig: 'tsconfig.json',
  transform: { target: 'es2022' },
  logLevel: 'warn',
  // Plugin timings are reported to the console when JavaScript plugins take most of a build:
  // here they do (the templates' minifier), as they did with esbuild.
  checks: { pluginTimings: false },
  plugins: [rolldownMinifyTemplates(), linkedLegalComments(), ...plugins],
  output: {
    dir: outdir,
    format: 'es',
    minify: true,
    comments: false,
    sourcemap,
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    // [a-z0-9]: no `-` or `_` in a hash, so a chunk's name reads back from its file name.
    hashCharacters: 'base36',
    ...output,
  },
});

/**
 * A Rolldown output as an esbuild metafile's `outputs` (what scripts/size.mjs reads).
 * @param {string} outdir
 * @param {import('rolldown').RolldownOutput} result
 */
function asMetafile(outdir, result) {
  /** @type {import('esbuild').Metafile['outputs']} */
  const outputs = {};
  const out = (/** @type {string} */ f) => join(outdir, f).replaceAll('\\', '/');
  for (const chunk of result.output) {
    if (chunk.type !== 'chunk') continue;
    outputs[out(chunk.fileName)] = {
      bytes: Buffer.byteLength(chunk.code),
      imports: [
        ...chunk.imports.map((f) => ({ path: out(f), kind: /** @type {const} */ ('import-statement') })),
        ...chunk.dynamicImports.map((f) => ({ path: out(f), kind: /** @type {const} */ ('dynamic-import') })),
      ],
      exports: chunk.exports,
      ...(chunk.isEntry && chunk.facadeModuleId
        ? { entryPoint: relative('.', chunk.facadeModuleId).replaceAll('\\', '/') }
        : {}),
      inputs: Object.fromEntries(
        Object.entries(chunk.modules).map(([id, m]) => [
          relative('.', id).replaceAll('\\', '/'),
          { bytesInOutput: m.renderedLength },
        ]),
      ),
    };
  }
  return outputs;
}

/**
 * @param {string} outdir
 * @param {{ sourcemap?: boolean }} [options]
 * @returns {Promise<{ metafile: import('esbuild').Metafile }>} the builds' outputs in one metafile
 */
export async function buildCdn(outdir, { sourcemap = true } = {}) {
  const defines = readdirSync('src/define').filter((f) => f.endsWith('.ts') && f !== 'all.ts');
  const names = defines.map((f) => f.replace(/\.ts$/, ''));
  const missing = Object.keys(ELEMENTS).filter((n) => !names.includes(n));
  const unknown = names.filter((n) => !(n in ELEMENTS));
  if (missing.length || unknown.length)
    throw new Error(`cdn-config.mjs: ELEMENTS does not match src/define/ (${[...missing, ...unknown].join(', ')})`);

  // On its own: built with the elements, it would be cut into their shared chunks.
  // All its code up front in one group, merged into the file itself (else Rolldown puts the
  // code the lazy modules share with it, lit/localize and the languages, in chunks of their own).
  const all = await rolldown({
    ...rolldownOptions(outdir, sourcemap, [], { codeSplitting: { groups: [{ name: 'all', tags: ['$initial'] }] } }),
    input: { 'koto-elements-all': 'src/define/all.ts' },
  });
  const { plugin, groups } = elementGroups(names);
  const elements = await rolldown({
    ...rolldownOptions(outdir, sourcemap, [plugin], { codeSplitting: { groups } }),
    input: Object.fromEntries(names.map((n) => [`elements/${n}`, `src/define/${n}.ts`])),
  });

  // Each element's module and its static imports, all of them (imports of imports too).
  const outputs = asMetafile(outdir, elements);
  const closure = (/** @type {string} */ file, seen = new Set()) => {
    if (seen.has(file)) return seen;
    seen.add(file);
    for (const i of outputs[file]?.imports ?? []) if (i.kind === 'import-statement') closure(i.path, seen);
    return seen;
  };
  /**
   * The chunks the element's lazy modules import that the element itself does not: preloaded
   * with it, so that a lazy module, once asked for, waits for itself and not for a chunk found
   * only inside it (the first-content bench found the catalogue's cards waiting one more round
   * trip for src/shared/languages.ts). The lazy modules themselves stay lazy.
   */
  const aheadOfLazy = (/** @type {Set<string>} */ own) => {
    const lazy = new Set(
      [...own].flatMap((f) =>
        (outputs[f]?.imports ?? []).filter((i) => i.kind === 'dynamic-import').map((i) => i.path),
      ),
    );
    return [...lazy].flatMap((l) => [...closure(l)]).filter((f) => !own.has(f) && !lazy.has(f));
  };
  /** @type {Record<string, string[]>} */
  const files = {};
  for (const [name, tags] of Object.entries(ELEMENTS)) {
    const entry = Object.keys(outputs).find((o) => outputs[o]?.entryPoint === `src/define/${name}.ts`);
    if (!entry) throw new Error(`cdn-config.mjs: no output for src/define/${name}.ts`);
    const own = closure(entry);
    const list = [...new Set([...own, ...aheadOfLazy(own)])].map(
      (f) => `./${relative(resolve(outdir), resolve(f)).replaceAll('\\', '/')}`,
    );
    for (const tag of tags) files[tag] = list;
  }

  // The autoloader with esbuild: one small file, no chunks.
  const loader = await build({
    bundle: true,
    format: 'esm',
    platform: 'browser',
    minify: true,
    target: 'es2022',
    metafile: true,
    logLevel: 'warning',
    tsconfig: 'tsconfig.json',
    legalComments: 'none',
    plugins: [esbuildMinifyTemplates()],
    outdir,
    entryPoints: { 'koto-elements': 'src/cdn/autoload.ts' },
    define: { __KOTO_ELEMENTS__: JSON.stringify(files) },
    sourcemap,
  });
  return {
    metafile: {
      inputs: loader.metafile.inputs,
      outputs: { ...asMetafile(outdir, all), ...outputs, ...loader.metafile.outputs },
    },
  };
}

/** The autoloader's output file in a CDN folder. */
export const loaderFile = (/** @type {string} */ outdir) => join(outdir, 'koto-elements.js');
