// @ts-check
/**
 * The API fake (`src/mock/server.ts`, TypeScript) bundled for Node and imported: one way for
 * the test runner, the end-to-end harness and the benchmarks to serve it.
 */
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * @param {string} [outfile] where the bundle goes (a run of its own may want its own file)
 * @returns {Promise<typeof import('../src/mock/server.js')>}
 */
export async function importMockServer(outfile = 'node_modules/.cache/koto/mock-server.mjs') {
  await build({
    entryPoints: ['src/mock/server.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
  });
  // A fresh URL each time: a second run in the same process must not get the cached module.
  return import(`${pathToFileURL(resolve(outfile)).href}?t=${Date.now()}`);
}
