// @ts-check
/**
 * `npm run check:package`: builds, then checks what `npm publish` would ship:
 * publint and @arethetypeswrong/cli clean (every concrete entry point, not just the
 * wildcards), a tarball holding what a user needs and nothing else, and `sideEffects`
 * as a portal's bundler sees it: an unused class import leaves nothing behind, a define
 * module is kept.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';

const run = (cmd, args) => {
  try {
    execFileSync(cmd, args, { stdio: 'inherit' });
  } catch {
    console.error(`✗ ${cmd} ${args[0] ?? ''} failed`);
    process.exit(1);
  }
};
run('node', ['scripts/build.mjs']);
run('node_modules/.bin/publint', ['--strict', '--level', 'warning']);

const defines = readdirSync('src/define')
  .filter((f) => f.endsWith('.ts'))
  .map((f) => `./define/${f.replace(/\.ts$/, '.js')}`);
const components = readdirSync('src/components', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.component.ts'))
  .map((f) => `./components/${f.replace(/\.ts$/, '.js')}`);
run('node_modules/.bin/attw', [
  '--pack',
  '.',
  '--profile',
  'esm-only',
  '--format',
  'ascii',
  '--include-entrypoints',
  ...defines,
  ...components,
]);

const [pack] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }),
);
const files = pack.files.map((f) => f.path);
const problems = [];
for (const required of [
  'package.json',
  'README.md',
  'custom-elements.json',
  'dist/index.js',
  'dist/index.d.ts',
  'dist/cdn/koto-elements.js',
  'dist/cdn/koto-elements-all.js',
  'dist/mock/index.js',
  'dist/mock/server.js',
  'dist/define/all.js',
]) {
  if (!files.includes(required)) problems.push(`missing ${required}`);
}
for (const f of files) {
  if (/^(test|stories|src|scripts|xliff|\.storybook|coverage)\//.test(f) || /\.map$/.test(f))
    problems.push(`should not ship ${f}`);
}
if (problems.length) {
  console.error(`npm pack: ${problems.join('; ')}`);
  process.exit(1);
}
// What a portal's bundler makes of the package, installed as `node_modules/koto-elements`.
const portal = mkdtempSync(join(tmpdir(), 'koto-portal-'));
mkdirSync(join(portal, 'node_modules'));
symlinkSync(resolve('.'), join(portal, 'node_modules', 'koto-elements'));
const bundle = async (/** @type {string} */ contents) => {
  const result = await build({
    stdin: { contents, resolveDir: portal, loader: 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    minify: true,
    logLevel: 'silent',
    preserveSymlinks: true,
    external: ['lit', 'lit/*', '@lit/*', 'zod', 'zod/*', 'dompurify', 'react'],
  });
  return result.outputFiles[0]?.text ?? '';
};
try {
  for (const entry of ['koto-elements', ...components.map((c) => `koto-elements${c.slice(1)}`)]) {
    const out = await bundle(`import * as unused from '${entry}';`);
    if (out.trim()) problems.push(`importing ${entry} without using it leaves code in a bundle (a side effect?)`);
  }
  // The CDN file and define/all.js are built from side-effect-only imports; if the build
  // took `sideEffects` to mean the source define modules too, they come out empty.
  // (In the CDN folder, the define calls sit in chunks: read each file with its static imports.)
  const withImports = (/** @type {string} */ file) => {
    const code = readFileSync(file, 'utf8');
    const chunks = [...code.matchAll(/(?:from|import)\s*["'`](\.\.?\/chunks\/[^"'`]+\.js)["'`]/g)];
    return [code, ...chunks.map((m) => readFileSync(join(dirname(file), m[1] ?? ''), 'utf8'))].join('\n');
  };
  const all = withImports('dist/cdn/koto-elements-all.js');
  for (const file of readdirSync('dist/cdn/elements').filter((f) => f.endsWith('.js'))) {
    // The tag as a string literal in any quotes (Rolldown's minifier writes strings as `…`).
    const tag = new RegExp(`(["'\`])koto-${file.replace(/\.js$/, '')}\\1`);
    if (!tag.test(withImports(`dist/cdn/elements/${file}`)) || !tag.test(all))
      problems.push(`dist/cdn/elements/${file} or koto-elements-all.js does not register ${tag}`);
  }
  for (const entry of defines) {
    const out = await bundle(`import 'koto-elements${entry.slice(1)}';`);
    if (!out.includes('customElements.define')) problems.push(`${entry} is dropped by bundlers (sideEffects)`);
  }
} finally {
  rmSync(portal, { recursive: true, force: true });
}
if (problems.length) {
  console.error(`sideEffects: ${problems.join('; ')}`);
  process.exit(1);
}

console.log(
  `npm pack: ${files.length} files, ${(pack.size / 1024).toFixed(1)} KB packed — what a user needs, nothing else.`,
);
console.log('sideEffects: class modules and the library entry tree-shake away unused; define modules stay.');
