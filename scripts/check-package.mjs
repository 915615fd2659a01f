// @ts-check
/**
 * `npm run check:package`: builds, then checks what `npm publish` would ship:
 * publint and @arethetypeswrong/cli clean (every concrete entry point, not just the
 * wildcards), and a tarball holding what a user needs and nothing else.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

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
console.log(
  `npm pack: ${files.length} files, ${(pack.size / 1024).toFixed(1)} KB packed — what a user needs, nothing else.`,
);
