// @ts-check
/**
 * `npm test` step: the contract tests (test/contract/*.contract.ts: Linked Events, Respa, PTV), in
 * Node: they need no browser, only the clients, the fake and the definitions. esbuild bundles the TypeScript
 * (as scripts/mock-server.mjs does) and `node --test` runs it.
 *
 * The OpenAPI file is a verbatim copy in test/contract/, so the tests run on a clone alone;
 * when shared/reference/openapi/ is beside the project, the copy must equal the original.
 */
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename } from 'node:path';

const name = 'linked-events-openapi-2024-09.yaml';
const original = `../shared/reference/openapi/${name}`;
if (existsSync(original) && readFileSync(original, 'utf8') !== readFileSync(`test/contract/${name}`, 'utf8')) {
  console.error(`test/contract/${name} differs from shared/reference/openapi/${name}. Copy it again.`);
  process.exit(1);
}

const outdir = 'node_modules/.cache/koto/contract';
const entryPoints = readdirSync('test/contract')
  .filter((f) => f.endsWith('.contract.ts'))
  .map((f) => `test/contract/${f}`);
await build({
  entryPoints,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  outdir,
  outExtension: { '.js': '.mjs' },
  logLevel: 'warning',
});
const outfiles = entryPoints.map((f) => `${outdir}/${basename(f, '.ts')}.mjs`);
const run = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...outfiles], { stdio: 'inherit' });
process.exit(run.status ?? 1);
