// @ts-check
/**
 * `npm run build`:
 * - dist/…: one ES module per source module (tree-shakable; lit, zod and DOMPurify left to
 *   the portal's bundler), with .d.ts next to each;
 * - dist/cdn/: for a `<script type="module">` tag, `koto-elements.js` (loads each element's code
 *   when its tag appears) or `koto-elements-all.js` (all four at once), see scripts/cdn-config.mjs;
 * - dist/mock/server.js: the API fake's Node server (Vite plugin, middleware);
 * - custom-elements.json: the manifest, from the JSDoc;
 * - dist/frameworks/: JSX and template types for Preact, Vue, Svelte and Solid, from the manifest.
 */
import { build } from 'vite';
import { build as esbuild } from 'esbuild';
import { buildCdn } from './cdn-config.mjs';
import { viteMinifyTemplates } from './minify-templates.mjs';
import { execFileSync } from 'node:child_process';
import { readdirSync, existsSync, rmSync } from 'node:fs';

const defineEntries = readdirSync('src/define')
  .filter((f) => f.endsWith('.ts'))
  .map((f) => `src/define/${f}`);
const componentEntries = existsSync('src/components')
  ? readdirSync('src/components', { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.component.ts'))
      .map((f) => `src/components/${f}`)
  : [];
const external = (/** @type {string} */ id) => /^(lit|@lit\/[^/]+|zod|dompurify|react)(\/|$)/.test(id);

rmSync('dist', { recursive: true, force: true });

console.log('▶ Library modules');
await build({
  configFile: false,
  logLevel: 'warn',
  // The HTML and CSS of the templates minified (a portal's bundler leaves template text alone).
  plugins: [viteMinifyTemplates()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    minify: false,
    sourcemap: true,
    target: 'es2022',
    lib: {
      entry: ['src/index.ts', 'src/mock/index.ts', 'src/react/index.ts', ...componentEntries, ...defineEntries],
      formats: ['es'],
    },
    rollupOptions: {
      external,
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});

console.log('▶ CDN file');
await buildCdn('dist/cdn');

console.log('▶ API fake server for Node');
await esbuild({
  entryPoints: ['src/mock/server.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: 'dist/mock/server.js',
  logLevel: 'warning',
});

console.log('▶ Type declarations');
execFileSync('node_modules/.bin/tsc', ['-p', 'tsconfig.build.json'], { stdio: 'inherit' });
execFileSync('node_modules/.bin/tsc', ['-p', 'tsconfig.build-node.json'], { stdio: 'inherit' });

console.log('▶ Custom Elements Manifest');
execFileSync('node', ['scripts/manifest.mjs'], { stdio: 'inherit' });

console.log('▶ Framework types (Preact, Vue, Svelte, Solid)');
execFileSync('node', ['scripts/framework-types.mjs'], { stdio: 'inherit' });
console.log('✓ dist/ and custom-elements.json written');
