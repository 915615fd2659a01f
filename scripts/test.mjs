// @ts-check
/** `npm test`: type-check, lint, localisation check, then the browser suite in every engine. */
import { spawnSync } from 'node:child_process';

const steps = [
  ['Custom Elements Manifest', 'node', ['scripts/manifest.mjs']],
  ['Type-check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['Type-check (Node side)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.node.json']],
  ['Lint', 'npx', ['eslint', '--max-warnings', '0', '.']],
  ['Format', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']],
  ['Translations', 'node', ['scripts/check-translations.mjs']],
  ['Sample payloads', 'node', ['scripts/check-samples.mjs']],
  ['Browser tests', 'node', ['scripts/run-browser-tests.mjs']],
  ['Build', 'node', ['scripts/build.mjs']],
  ['End-to-end (demo page, CDN file)', 'node', ['scripts/e2e.mjs']],
];

for (const [name, cmd, args] of steps) {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`\n✗ ${name} failed (exit ${r.status}).`);
    process.exit(r.status ?? 1);
  }
  console.log(`✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
