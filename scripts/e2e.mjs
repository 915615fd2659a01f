// @ts-check
/** `npm run e2e`: the end-to-end files (test/e2e/*.e2e.mjs) with node's test runner, one at a time, after a build. */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const files = readdirSync('test/e2e')
  .filter((f) => f.endsWith('.e2e.mjs'))
  .sort()
  .map((f) => `test/e2e/${f}`);
const result = spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...files], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
