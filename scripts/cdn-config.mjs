// @ts-check
/**
 * The CDN file `dist/cdn/koto-elements.js`: one self-contained module for a
 * `<script type="module">` tag, with the locale parts and rarely needed code (DOMPurify, …)
 * as chunks in `chunks/` loaded on demand. Shared by `npm run build` and `npm run size`, so
 * that the size measured is the size shipped.
 *
 * Built with esbuild, not Vite: Vite's library mode never strips whitespace and comments
 * from ES output (it keeps them for a portal's bundler), but this file is served to browsers
 * as it is.
 */
import { build } from 'esbuild';

/**
 * @param {string} outdir
 * @param {{ sourcemap?: boolean }} [options]
 */
export function buildCdn(outdir, { sourcemap = true } = {}) {
  return build({
    entryPoints: { 'koto-elements': 'src/define/all.ts' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    minify: true,
    target: 'es2022',
    outdir,
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    sourcemap,
    // Licence texts of lit, zod and DOMPurify in koto-elements.js.LEGAL.txt, referred to from the file.
    legalComments: 'linked',
    metafile: true,
    logLevel: 'warning',
    tsconfig: 'tsconfig.json',
  });
}
