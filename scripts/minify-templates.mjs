// @ts-check
/**
 * Minifies the HTML in `html`/`svg` templates and the CSS in `css` templates of our source at
 * build time (issue 18: about 1 kB gzip per element), with the Lit team's
 * @lit-labs/rollup-plugin-minify-html-literals (html-minifier-next and Lightning CSS).
 * One set of options for every build: the library modules (Vite), the CDN folder (Rolldown,
 * its autoloader esbuild) and `npm run size` (esbuild for the elements bundled on their own,
 * the CDN folder as built), so that the size measured is the size shipped.
 *
 * Options, against the plugin's defaults:
 * - `removeEmptyAttributes: false`: `alt=""`, `value=""` and `lang=""` mean something
 *   (a decorative image, a radio's empty value, an unknown language); the default drops them.
 * - `conservativeCollapse: true`: runs of whitespace become one space instead of none, so text
 *   next to an inline element or a binding keeps its space whatever the tag (html-minifier
 *   only knows the standard inline elements), and the page renders exactly as before.
 * - `failOnError`: a template the minifier cannot read stops the build instead of shipping
 *   unminified with a warning nobody reads; templates with a bound tag name (`<${tag}>`,
 *   lit/static-html.js) are left as written, since no HTML parser reads them.
 */
import { readFile } from 'node:fs/promises';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import {
  defaultShouldMinify,
  minifyHTMLLiterals,
} from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';
import { defaultMinifyOptions } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';

/**
 * CSS: comments and whitespace only. Lightning CSS (the plugin's default) also merges rules,
 * and merged `:host([dir='rtl'])` and `:host(:dir(rtl))` rules (kept apart on purpose: one
 * selector a browser cannot read drops a whole rule, the fallback with it) even with
 * browser targets. Whitespace is what the bytes are; every rule stays as written.
 * @param {string} css
 */
export function minifyCss(css) {
  // Strings (`content: ', '`) stay as written; comments go (read first, so that an apostrophe
  // in a comment does not open a string); elsewhere only whitespace goes.
  return css
    .split(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\/\*[\s\S]*?\*\/)/)
    .map((part, i) =>
      i % 2
        ? part.startsWith('/*')
          ? ''
          : part
        : part
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,])\s*/g, '$1')
            .replace(/:\s+/g, ':'),
    )
    .join('')
    .trim();
}

const options = {
  minifyOptions: {
    ...defaultMinifyOptions,
    removeEmptyAttributes: false,
    conservativeCollapse: true,
    minifyCSS: minifyCss,
  },
  /**
   * Not the templates whose tag names are bindings (`<${tag}>` with lit/static-html.js): the
   * HTML parser cannot read them.
   * @param {import('@lit-labs/rollup-plugin-minify-html-literals/lib/models.js').Template} template
   */
  shouldMinify: (template) => defaultShouldMinify(template) && !template.parts.some((p) => /<\/?$/.test(p.text)),
};

/** Our TypeScript sources, not the generated strings or the fake. */
const OURS = /[\\/]src[\\/](?!generated[\\/]|mock[\\/]).*\.ts$/;

/**
 * One file's source with its templates minified, and a source map; null when nothing changed.
 * @param {string} source
 * @param {string} fileName
 */
export const minifyTemplates = (source, fileName) => minifyHTMLLiterals(source, { ...options, fileName });

/** Whether a file is ours to minify (our TypeScript sources, not the strings or the fake). */
export const isOurs = (/** @type {string} */ path) => OURS.test(path);

/** For Vite's (Rolldown's) library build: before TypeScript is stripped. */
export function viteMinifyTemplates() {
  return {
    ...minifyHTML({ options, failOnError: true, filter: (/** @type {string} */ id) => OURS.test(id) }),
    enforce: /** @type {const} */ ('pre'),
  };
}

/** Results by file and source: the CDN folder's builds read the same files. */
const cache = new Map();

/**
 * For Rolldown (the CDN folder's elements, scripts/cdn-config.mjs): before TypeScript is
 * stripped, like `viteMinifyTemplates`, with a hook filter (Rolldown then calls it for our
 * files only) and each file minified once for all builds of a run.
 * @returns {import('rolldown').Plugin}
 */
export function rolldownMinifyTemplates() {
  return {
    name: 'koto-minify-templates',
    transform: {
      filter: { id: OURS },
      async handler(code, id) {
        const key = `${id}\0${code}`;
        if (!cache.has(key)) cache.set(key, minifyTemplates(code, id));
        try {
          const result = await cache.get(key);
          return result ? { code: result.code, map: /** @type {any} */ (result.map) } : null;
        } catch (error) {
          // As `failOnError`: a template the minifier cannot read stops the build.
          return this.error(error instanceof Error ? error.message : String(error));
        }
      },
    },
  };
}

/**
 * For esbuild: loads our sources with their templates minified, with a source map back to
 * the file as written (inline, which esbuild reads and chains).
 * @returns {import('esbuild').Plugin}
 */
export function esbuildMinifyTemplates() {
  return {
    name: 'koto-minify-templates',
    setup(build) {
      // (esbuild's filters are Go regular expressions, without lookahead.)
      build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async ({ path }) => {
        if (!OURS.test(path)) return undefined;
        const source = await readFile(path, 'utf8');
        const result = await minifyTemplates(source, path);
        if (!result) return { contents: source, loader: 'ts' };
        const map = Buffer.from(JSON.stringify(result.map)).toString('base64');
        return {
          contents: `${result.code}\n//# sourceMappingURL=data:application/json;base64,${map}`,
          loader: 'ts',
        };
      });
    },
  };
}
