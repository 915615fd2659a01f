// @ts-check
/**
 * The Vite configuration of the CDN file `dist/cdn/koto-elements.js` (one self-contained
 * module for a `<script type="module">` tag; locale parts and rarely needed code as chunks
 * loaded on demand). Shared by `npm run build` and `npm run size`, so that the size
 * measured is the size shipped.
 */

/**
 * @param {string} outDir
 * @returns {import('vite').InlineConfig}
 */
export function cdnConfig(outDir) {
  return {
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: false,
      minify: true,
      sourcemap: true,
      target: 'es2022',
      lib: { entry: { 'koto-elements': 'src/define/all.ts' }, formats: ['es'] },
      rollupOptions: { output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' } },
    },
  };
}
