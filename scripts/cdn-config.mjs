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
 *   on demand (DOMPurify, the form's later steps, the .ics builder).
 *
 * Three esbuild builds: `koto-elements-all.js`; the elements (in one build, so that they share
 * chunks); the autoloader, with the list of each element's files from the elements' metafile.
 * Built with esbuild, not Vite: Vite's library mode never strips whitespace and comments from
 * ES output (it keeps them for a portal's bundler), but these files are served to browsers as
 * they are.
 */
import { build } from 'esbuild';
import { esbuildMinifyTemplates } from './minify-templates.mjs';
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** The tags each define module registers (the first one names the module's file). */
export const ELEMENTS = {
  'course-catalogue': ['koto-course-catalogue'],
  'enrolment-form': ['koto-enrolment-form'],
  'guidance-booking': ['koto-guidance-booking'],
  'contact-card': ['koto-contact-card', 'koto-contact-person'],
};

/** @param {string} outdir */
const common = (outdir) =>
  /** @type {const} */ ({
    bundle: true,
    format: 'esm',
    platform: 'browser',
    minify: true,
    target: 'es2022',
    outdir,
    entryNames: '[dir]/[name]',
    chunkNames: 'chunks/[name]-[hash]',
    metafile: true,
    logLevel: 'warning',
    tsconfig: 'tsconfig.json',
    plugins: [esbuildMinifyTemplates()],
  });

/**
 * @param {string} outdir
 * @param {{ sourcemap?: boolean }} [options]
 * @returns {Promise<{ metafile: import('esbuild').Metafile }>} both builds' outputs in one metafile
 */
export async function buildCdn(outdir, { sourcemap = true } = {}) {
  const defines = readdirSync('src/define').filter((f) => f.endsWith('.ts') && f !== 'all.ts');
  const names = defines.map((f) => f.replace(/\.ts$/, ''));
  const missing = Object.keys(ELEMENTS).filter((n) => !names.includes(n));
  const unknown = names.filter((n) => !(n in ELEMENTS));
  if (missing.length || unknown.length)
    throw new Error(`cdn-config.mjs: ELEMENTS does not match src/define/ (${[...missing, ...unknown].join(', ')})`);

  const split = /** @type {const} */ ({
    ...common(outdir),
    splitting: true,
    sourcemap,
    // Licence texts of lit, zod and DOMPurify in ….LEGAL.txt files, referred to from each file.
    legalComments: 'linked',
  });
  // On its own: built with the elements, it would be cut into their shared chunks (more
  // files, each compressed on its own: about 5 KB more than one file).
  const all = await build({ ...split, entryPoints: { 'koto-elements-all': 'src/define/all.ts' } });
  const elements = await build({
    ...split,
    entryPoints: Object.fromEntries(names.map((n) => [`elements/${n}`, `src/define/${n}.ts`])),
  });

  // Each element's module and its static imports, all of them (imports of imports too).
  const outputs = elements.metafile.outputs;
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

  const loader = await build({
    ...common(outdir),
    entryPoints: { 'koto-elements': 'src/cdn/autoload.ts' },
    define: { __KOTO_ELEMENTS__: JSON.stringify(files) },
    sourcemap,
    legalComments: 'none',
  });
  return {
    metafile: {
      inputs: { ...all.metafile.inputs, ...elements.metafile.inputs, ...loader.metafile.inputs },
      outputs: { ...all.metafile.outputs, ...outputs, ...loader.metafile.outputs },
    },
  };
}

/** The autoloader's output file in a CDN folder. */
export const loaderFile = (/** @type {string} */ outdir) => join(outdir, 'koto-elements.js');
