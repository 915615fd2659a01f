// @ts-check
/**
 * `npm test`: the manifest and its completeness, type-check (including the type-level test of
 * the tag and event maps), lint, localisation check, the package as `npm publish` would ship it,
 * the size guard, the API contract (Node), then the browser suite in every engine, the
 * date-dependent files at the hard instants (Chromium), and the end-to-end tests.
 */
import { spawn, spawnSync } from 'node:child_process';

const steps = [
  ['Custom Elements Manifest', 'node', ['scripts/manifest.mjs']],
  ['Manifest documents every attribute, event, part and custom property', 'node', ['scripts/check-manifest.mjs']],
  ['README reference tables match the manifest', 'node', ['scripts/docs.mjs', '--check']],
  ['Type-check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['Type-check (Node side)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.node.json']],
  ['Lint', 'npx', ['eslint', '--max-warnings', '0', '.']],
  ['Format', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']],
  ['Translations', 'node', ['scripts/check-translations.mjs']],
  ['Sample payloads', 'node', ['scripts/check-samples.mjs']],
  ['Contract: the client and the fake against the Linked Events OpenAPI', 'node', ['scripts/contract.mjs']],
  ['Package: build, publint, attw, npm pack contents', 'node', ['scripts/check-package.mjs']],
  ['Size: no entry grows past its ceiling (targets: npm run size)', 'node', ['scripts/size.mjs', '--guard']],
  ['Browser tests', 'node', ['scripts/run-browser-tests.mjs']],
];

/**
 * The last two steps run side by side: both spend most of their time waiting (the fake's
 * answers, debounces, a walk through a flow), not computing, and one after the other they
 * took CI past its 25 minutes. Each one's output is printed whole when it ends.
 */
const together = [
  [
    'The date-dependent tests at 13 hard instants, in Chromium (npm run test:dates)',
    'node',
    ['scripts/test-dates.mjs'],
    // Fewer pages at once than alone: the end-to-end browser shares the machine.
    { KOTO_CONCURRENCY: process.env.KOTO_CONCURRENCY ?? '3' },
  ],
  // dist/ was built by the package check above.
  ['End-to-end (demo page, CDN file, static Storybook, editor’s guide)', 'node', ['scripts/e2e.mjs'], {}],
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

console.log(`\n▶ Side by side: ${together.map(([name]) => name).join('; ')}`);
const ended = await Promise.all(
  together.map(
    ([name, cmd, args, env]) =>
      /** @type {Promise<{ name: string, status: number | null, output: string, seconds: number }>} */ (
        new Promise((resolve) => {
          const started = Date.now();
          const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
          /** @type {Buffer[]} */
          const chunks = [];
          child.stdout.on('data', (c) => chunks.push(c));
          child.stderr.on('data', (c) => chunks.push(c));
          child.on('close', (status) =>
            resolve({
              name,
              status,
              output: Buffer.concat(chunks).toString('utf8'),
              seconds: (Date.now() - started) / 1000,
            }),
          );
        })
      ),
  ),
);
let failedStep;
for (const { name, status, output, seconds } of ended) {
  console.log(`\n▶ ${name}\n${output}`);
  if (status === 0) console.log(`✓ ${name} (${seconds.toFixed(1)} s)`);
  else {
    console.error(`\n✗ ${name} failed (exit ${status}).`);
    failedStep ??= status ?? 1;
  }
}
if (failedStep !== undefined) process.exit(failedStep);
