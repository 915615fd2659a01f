// @ts-check
/**
 * `npm run test:dates`: the date-dependent browser tests (scripts/dates.mjs) at each of the
 * hard instants, in Chromium, in one run of the test runner (one group per instant), ending
 * with one line per instant and a total.
 *
 *   KOTO_SWEEP_ONLY=3,5 npm run test:dates      only the 3rd and 5th instants
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { INSTANTS } from './dates.mjs';

const summary = 'node_modules/.cache/koto/dates-summary.json';
rmSync(summary, { force: true });
const run = spawnSync(process.execPath, ['scripts/run-browser-tests.mjs', '--no-coverage'], {
  stdio: 'inherit',
  env: {
    // Most of a test's time is spent waiting (debounces, the fake's answers): more pages at once.
    KOTO_CONCURRENCY: '4',
    ...process.env,
    KOTO_BROWSERS: 'chromium',
    KOTO_SWEEP: '1',
    KOTO_SWEEP_SUMMARY: summary,
  },
});

/** @type {Record<string, { passed: number, failed: number, files: number, failedFiles: string[], failedTests: string[] }>} */
const byGroup = existsSync(summary) ? JSON.parse(readFileSync(summary, 'utf8')) : {};
console.log('\nTests at the hard instants (Chromium):');
let passed = 0;
let failed = 0;
INSTANTS.forEach(({ at, why }, i) => {
  const g = byGroup[at];
  if (!g) return;
  passed += g.failed === 0 && g.failedFiles.length === 0 ? 1 : 0;
  failed += g.failed === 0 && g.failedFiles.length === 0 ? 0 : 1;
  const state = g.failed === 0 && g.failedFiles.length === 0 ? 'passed' : 'FAILED';
  const files = g.failedFiles.length ? ` in ${g.failedFiles.join(', ')}` : '';
  console.log(`  ${i + 1}. ${at} (${why}): ${state}, ${g.passed} tests passed, ${g.failed} failed${files}`);
  for (const name of g.failedTests ?? []) console.log(`       ✗ ${name}`);
});
if (Object.keys(byGroup).length === 0) {
  console.error('No instant reported results.');
  failed = 1;
}
console.log(`Instants: ${passed} passed, ${failed} failed`);
process.exit(run.status === 0 && failed === 0 ? 0 : 1);
