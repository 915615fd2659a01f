// @ts-check
/**
 * `npm run bench`: each element against a hand-written plain-DOM baseline, in headless
 * Chromium with 4× CPU throttling, served with the API fake seeded to 1,000 courses.
 *
 * Each bench is a page module under test/bench/ that defines `window.kotoBench(apiBase,
 * rounds)`; this script bundles it (esbuild, minified, production lit), serves it and the
 * fake from a small HTTP server on 127.0.0.1 that it starts and stops, runs it with
 * playwright-core, and prints the numbers. Add an element by adding a row to BENCHES.
 *
 * Options: `--rounds N` (default 30), `--page-size N` (default 20: what a learner gets; up to
 * 100), `--strict` (exit 1 when a target is missed), `--only NAME`.
 */
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { engines } from './engines.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const ROUNDS = Number(opt('rounds', '30'));
const STRICT = args.includes('--strict');
const ONLY = opt('only', undefined);
const PAGE_SIZE = Number(opt('page-size', '20'));
const CPU_THROTTLE = 4;
const COURSES = 1000;

// As in web-test-runner.config.mjs.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/** @param {number[]} xs @param {number} p */
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN;
};
const ms = (n) => `${n.toFixed(1)} ms`;

/**
 * @typedef {{ name: string, module: string, report: (r: any) => { lines: string[][], misses: string[] } }} Bench
 * @type {Bench[]}
 */
const BENCHES = [
  {
    name: 'course-catalogue',
    module: 'test/bench/catalogue.bench.ts',
    report(r) {
      const row = (label, el, base) => [
        label,
        ms(percentile(el, 50)),
        ms(percentile(el, 95)),
        ms(percentile(base, 50)),
        ms(percentile(base, 95)),
        `${(percentile(el, 50) / percentile(base, 50)).toFixed(2)}×`,
      ];
      const lines = [
        ['measure', 'element p50', 'element p95', 'baseline p50', 'baseline p95', 'ratio (p50)'],
        row(`data arrival → ${r.courses} results rendered`, r.render.element, r.render.baseline),
        row('filter change → results (network included)', r.filter.element, r.filter.baseline),
        row('filter change → results (own work, no network)', r.filter.elementOwn, r.filter.baselineOwn),
      ];
      const ratio = percentile(r.render.element, 50) / percentile(r.render.baseline, 50);
      const p95 = percentile(r.filter.element, 95);
      const p95own = percentile(r.filter.elementOwn, 95);
      const misses = [];
      console.log(`\nrender ratio element / baseline (p50): ${ratio.toFixed(2)}× (target ≤ 1.5×)`);
      console.log(`filter change p95: ${ms(p95)} with the fake's network, ${ms(p95own)} own work (target ≤ 50 ms)`);
      if (ratio > 1.5) misses.push(`render ratio ${ratio.toFixed(2)}× > 1.5×`);
      if (p95 > 50) misses.push(`filter change p95 ${ms(p95)} > 50 ms`);
      return { lines, misses };
    },
  },
];

const MIME = { '.js': 'text/javascript', '.html': 'text/html', '.css': 'text/css', '.map': 'application/json' };

async function main() {
  const chromiumPath = engines().find((e) => e.name === 'chromium')?.path;
  if (!chromiumPath) throw new Error('No Chromium found (apt-get install chromium, or set CHROME_PATH).');
  const dir = mkdtempSync(join(tmpdir(), 'koto-bench-'));
  const benches = BENCHES.filter((b) => (!ONLY || b.name === ONLY) && existsSync(b.module));

  // The fake, as the test runner serves it.
  const mockFile = join(dir, 'mock-server.mjs');
  await build({
    entryPoints: ['src/mock/server.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: mockFile,
    logLevel: 'warning',
  });
  const { createMockMiddleware } = await import(mockFile);
  const mock = createMockMiddleware();

  // The pages, as a portal would ship them: minified, production lit.
  await build({
    entryPoints: Object.fromEntries(benches.map((b) => [b.name, b.module])),
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    outdir: join(dir, 'www'),
    tsconfig: 'tsconfig.json',
    logLevel: 'warning',
  });
  for (const b of benches) {
    writeFileSync(
      join(dir, 'www', `${b.name}.html`),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${b.name} bench</title></head>` +
        `<body><main id="stage"></main><script type="module" src="/${b.name}.js"></script></body></html>`,
    );
  }

  const server = createServer((req, res) => {
    void mock(req, res, () => {
      const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
        /^(\.\.[/\\])+/,
        '',
      );
      const file = join(dir, 'www', path);
      if (!file.startsWith(join(dir, 'www')) || !existsSync(file)) {
        res.statusCode = 404;
        res.end('not found');
        return;
      }
      res.setHeader('Content-Type', MIME[extname(file)] ?? 'application/octet-stream');
      res.end(readFileSync(file));
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS });
  let missed = [];
  try {
    await fetch(`${origin}/mock-api/bench/__control/reset`, {
      method: 'POST',
      body: JSON.stringify({ courses: COURSES }),
    });
    for (const b of benches) {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      page.on('pageerror', (e) => console.error(`[${b.name}] ${e.message}`));
      await page.goto(`${origin}/${b.name}.html`);
      await page.waitForFunction(() => 'kotoBench' in window);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
      console.log(
        `\n${b.name}: ${ROUNDS} rounds, ${COURSES} courses in the fake, ${PAGE_SIZE} a page, CPU throttled ${CPU_THROTTLE}×, headless Chromium`,
      );
      const result = await page.evaluate(
        ([api, rounds, size]) => /** @type {any} */ (window).kotoBench(api, rounds, size),
        [`${origin}/mock-api/bench/linkedevents/v1/`, ROUNDS, PAGE_SIZE],
      );
      const { lines, misses } = b.report(result);
      const widths = lines[0].map((_, i) => Math.max(...lines.map((l) => String(l[i]).length)));
      console.log('');
      for (const [i, l] of lines.entries()) {
        console.log(
          l.map((c, j) => (j === 0 ? String(c).padEnd(widths[j]) : String(c).padStart(widths[j]))).join('  '),
        );
        if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
      }
      console.log(misses.length ? `\ntargets missed: ${misses.join('; ')}` : '\ntargets met');
      missed = missed.concat(misses);
      await page.close();
    }
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(() => resolve(undefined)));
    rmSync(dir, { recursive: true, force: true });
  }
  if (STRICT && missed.length) process.exit(1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
