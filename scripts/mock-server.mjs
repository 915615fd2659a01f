// @ts-check
/**
 * The API fake (`src/mock/server.ts`, TypeScript) bundled for Node and imported: one way for
 * the test runner, the end-to-end harness and the benchmarks to serve it.
 */
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

let bundles = 0;

/**
 * Each call bundles to a file of its own, imports it and removes it: `npm test` runs several
 * test runners and the end-to-end tests side by side, and one must never import a file that
 * another is still writing.
 * @param {string} [outfile] where the bundle goes
 * @returns {Promise<typeof import('../src/mock/server.js')>}
 */
export async function importMockServer(
  outfile = `node_modules/.cache/koto/mock-server-${process.pid}-${bundles++}.mjs`,
) {
  await build({
    entryPoints: ['src/mock/server.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
  });
  try {
    // A fresh URL each time: a second run in the same process must not get the cached module.
    return await import(`${pathToFileURL(resolve(outfile)).href}?t=${Date.now()}`);
  } finally {
    rmSync(outfile, { force: true });
  }
}
