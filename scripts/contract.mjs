// @ts-check
/**
 * `npm test` step: the Linked Events contract tests (test/contract/), in Node: they need no
 * browser, only the client, the fake and the OpenAPI file. esbuild bundles the TypeScript
 * (as scripts/mock-server.mjs does) and `node --test` runs it.
 *
 * The OpenAPI file is a verbatim copy in test/contract/, so the tests run on a clone alone;
 * when shared/reference/openapi/ is beside the project, the copy must equal the original.
 */
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const name = 'linked-events-openapi-2024-09.yaml';
const original = `../shared/reference/openapi/${name}`;
if (existsSync(original) && readFileSync(original, 'utf8') !== readFileSync(`test/contract/${name}`, 'utf8')) {
  console.error(`test/contract/${name} differs from shared/reference/openapi/${name}. Copy it again.`);
  process.exit(1);
}

const outfile = 'node_modules/.cache/koto/contract/linked-events.contract.mjs';
await build({
  entryPoints: ['test/contract/linked-events.contract.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  outfile,
  logLevel: 'warning',
});
const run = spawnSync(process.execPath, ['--test', '--test-reporter=spec', outfile], { stdio: 'inherit' });
process.exit(run.status ?? 1);
