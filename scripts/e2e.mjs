// @ts-check
/**
 * `npm run e2e`: the end-to-end files (test/e2e/*.e2e.mjs) with node's test runner, after a
 * build (`npm run e2e` builds first; `npm test` has built dist/ in its package check).
 *
 * Two files at a time (KOTO_E2E_CONCURRENCY, default 2): most of an e2e file's time is spent
 * waiting on the fake's answers, debounces and animations, not computing (the keyboard flows:
 * 118 s of wall time for 35 s of CPU, measured 2026-12-04), so two of them share a 2-core
 * machine well. Each file has its own browser, server port and Vite cache (test/e2e/harness.mjs).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const files = readdirSync('test/e2e')
  .filter((f) => f.endsWith('.e2e.mjs'))
  .sort()
  .map((f) => `test/e2e/${f}`);
const concurrency = Number(process.env.KOTO_E2E_CONCURRENCY ?? 2);
const result = spawnSync(process.execPath, ['--test', `--test-concurrency=${concurrency}`, ...files], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
