// @ts-check
/**
 * `npm test`: the manifest and its completeness, type-check (including the type-level test of
 * the tag and event maps), lint, localisation check, the package as `npm publish` would ship it,
 * the size guard, the API contract (Node), then the browser suite in every engine, the
 * date-dependent files at the hard instants (Chromium), and the end-to-end tests.
 */
import { spawn, spawnSync } from 'node:child_process';
import { engines } from './engines.mjs';

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
];

/**
 * Then the browser work, in two lanes side by side. Firefox and WebKit run one test file at a
 * time each, and the end-to-end tests walk flows one at a time: most of their time is spent
 * waiting (the fake's answers, debounces, timers), not computing, so they share two cores
 * well with Chromium's parallel pages and the date sweep. One after the other, these steps
 * took CI past its 25 minutes (1630 s on 2026-12-04). Each lane's output is printed whole
 * as each of its steps ends; every step runs even when another failed.
 *
 * Lane 1: Chromium, then the date-dependent files at the 13 hard instants.
 * Lane 2: Firefox and WebKit side by side, then the end-to-end tests, two files at a time
 * (dist/ was built by the package check above).
 *
 * Measured on 2026-12-04 (a 2-core machine with other work on it): checks 80 s; lane 1 577 s +
 * 470 s; lane 2 697 s + 678 s with the e2e files one at a time, so lane 2 set the total (1457 s
 * here, 1675 s on CI). The e2e files now run two at a time, without the flows' screenshots.
 */
const available = engines()
  .filter((e) => e.available && (e.name !== 'webkit' || e.driver))
  .map((e) => e.name);
const requested = (process.env.KOTO_BROWSERS ?? '').split(',').filter(Boolean);
const use = (/** @type {string[]} */ names) =>
  names.filter((n) => available.includes(n) && (requested.length === 0 || requested.includes(n))).join(',');
const chromium = use(['chromium']);
const others = use(['firefox', 'webkit']);
if (!chromium) {
  console.error('\n✗ The browser tests and the date sweep need Chromium: apt-get install -y chromium');
  process.exit(1);
}

/** @type {[name: string, cmd: string, args: string[], env: Record<string, string>][][]} */
const lanes = [
  [
    // Without coverage (`npm run test:browser` reports it): nothing here fails on it, and CI's two
    // cores are the limit.
    [
      'Browser tests (Chromium)',
      'node',
      ['scripts/run-browser-tests.mjs', '--no-coverage'],
      { KOTO_BROWSERS: chromium },
    ],
    [
      'The date-dependent tests at 13 hard instants, in Chromium (npm run test:dates)',
      'node',
      ['scripts/test-dates.mjs'],
      // Fewer pages at once than alone: the other lane shares the machine.
      { KOTO_CONCURRENCY: process.env.KOTO_CONCURRENCY ?? '3' },
    ],
  ],
  [
    ...(others
      ? /** @type {const} */ ([
          [
            `Browser tests (${others.replace(',', ' and ')})`,
            'node',
            ['scripts/run-browser-tests.mjs'],
            { KOTO_BROWSERS: others },
          ],
        ])
      : []),
    [
      'End-to-end (demo page, CDN file, static Storybook, editor’s guide)',
      'node',
      ['scripts/e2e.mjs'],
      // Pictures of each audited state are for a person at the keyboard, not for CI.
      { KOTO_SCREENSHOTS: process.env.KOTO_SCREENSHOTS ?? '0' },
    ],
  ],
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

if (!others) console.log('\nFirefox and WebKit: not on this machine (npm test runs them where they are).');
console.log(
  `\n▶ Side by side:\n${lanes.map((l, i) => `  lane ${i + 1}: ${l.map(([n]) => n).join(' → ')}`).join('\n')}`,
);

/**
 * Runs one step with its output kept, printed whole when it ends.
 * @param {[name: string, cmd: string, args: string[], env: Record<string, string>]} step
 * @returns {Promise<number>}
 */
const runStep = ([name, cmd, args, env]) =>
  new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    /** @type {Buffer[]} */
    const chunks = [];
    child.stdout.on('data', (c) => chunks.push(c));
    child.stderr.on('data', (c) => chunks.push(c));
    child.on('close', (status) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(`\n▶ ${name}\n${Buffer.concat(chunks).toString('utf8')}`);
      if (status === 0) console.log(`✓ ${name} (${seconds} s)`);
      else console.error(`\n✗ ${name} failed (exit ${status}, ${seconds} s).`);
      resolve(status ?? 1);
    });
  });

const statuses = await Promise.all(
  lanes.map(async (lane) => {
    /** @type {number[]} */
    const done = [];
    for (const step of lane) done.push(await runStep(step));
    return done;
  }),
);
const failed = statuses.flat().find((status) => status !== 0);
if (failed !== undefined) process.exit(failed);
