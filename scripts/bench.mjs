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
 * The `lifetime` bench mounts and removes each element 1,000 times (`--mounts N`) with its
 * first request on the way, and prints the heap delta after garbage collection (CDP
 * `HeapProfiler.collectGarbage`, `Runtime.getHeapUsage`; target < 1 MB), the change in event
 * listeners and DOM nodes (`Memory.getDOMCounters`), the timers left alive and the state
 * changes that reached a removed element (targets: 0).
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
import { CHROMIUM_ARGS, engines } from './engines.mjs';
import { importMockServer } from './mock-server.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const ROUNDS = Number(opt('rounds', '30'));
const STRICT = args.includes('--strict');
const ONLY = opt('only', undefined);
const PAGE_SIZE = Number(opt('page-size', '20'));
const MOUNTS = Number(opt('mounts', '1000'));
const CPU_THROTTLE = 4;
const COURSES = 1000;

/** @param {number[]} xs @param {number} p */
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN;
};
const ms = (n) => `${n.toFixed(1)} ms`;

/**
 * @typedef {{ name: string, module: string, report: (r: any) => { lines: string[][], misses: string[] },
 *   run?: (page: import('playwright-core').Page, cdp: import('playwright-core').CDPSession, origin: string) => Promise<any>,
 *   throttle?: boolean }} Bench
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
  {
    name: 'lifetime',
    module: 'test/bench/lifetime.bench.ts',
    throttle: false,
    run: runLifetime,
    report(r) {
      const lines = [
        [
          'element',
          'mounts',
          'requests on the way',
          'heap delta',
          'listeners Δ',
          'nodes Δ',
          'timers left',
          'late updates',
        ],
      ];
      const misses = [];
      for (const e of r) {
        lines.push([
          e.tag,
          String(e.mounts),
          String(e.removedWithRequestInFlight),
          `${(e.heapDelta / 1024).toFixed(0)} KB`,
          String(e.listenersDelta),
          String(e.nodesDelta),
          String(e.timersLeft),
          String(e.late),
        ]);
        if (e.heapDelta > 1024 * 1024)
          misses.push(`${e.tag}: heap grew ${(e.heapDelta / 1048576).toFixed(2)} MB (target < 1 MB)`);
        if (e.listenersDelta > 0) misses.push(`${e.tag}: ${e.listenersDelta} listeners left`);
        if (e.timersLeft > 0) misses.push(`${e.tag}: ${e.timersLeft} timers left`);
        if (e.late > 0) misses.push(`${e.tag}: ${e.late} state changes in removed elements`);
      }
      return { lines, misses };
    },
  },
];

/**
 * Mounts and removes each element MOUNTS times on API bases that answer after 300 ms, so
 * every removal happens with a request on the way. Heap and counters after full GC.
 * @param {import('playwright-core').Page} page
 * @param {import('playwright-core').CDPSession} cdp
 * @param {string} origin
 */
async function runLifetime(page, cdp, origin) {
  const slow = (folder) => `${origin}/mock-api/lifetime~latency=300/${folder}`;
  const cases = [
    { tag: 'koto-course-catalogue', attrs: { 'api-base': slow('linkedevents/v1/'), lang: 'en' } },
    {
      tag: 'koto-enrolment-form',
      attrs: { 'api-base': slow('linkedevents/v1/'), event: 'porvoo:koto-06', lang: 'en' },
    },
    { tag: 'koto-guidance-booking', attrs: { 'api-base': slow('respa/v1/'), resource: 'porvoo-ohjaus-1', lang: 'en' } },
    {
      tag: 'koto-contact-card',
      attrs: { 'api-base': slow('ptv/v11/'), channel: '00000000-0000-4000-8000-000000000001', lang: 'en' },
    },
  ];
  await cdp.send('HeapProfiler.enable');
  const measure = async () => {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const dom = await cdp.send('Memory.getDOMCounters');
    return { heap: heap.usedSize, listeners: dom.jsEventListeners, nodes: dom.nodes };
  };
  const results = [];
  for (const c of cases) {
    // Warm up: first renders, locale strings, lazy modules and caches are not leaks.
    await page.evaluate(([tag, attrs]) => /** @type {any} */ (window).kotoLifetime(tag, attrs, 30), [c.tag, c.attrs]);
    await page.evaluate(() => /** @type {any} */ (window).settleAll(1000));
    const before = await measure();
    const run = await page.evaluate(
      ([tag, attrs, n]) => /** @type {any} */ (window).kotoLifetime(tag, attrs, n),
      [c.tag, c.attrs, MOUNTS],
    );
    // Every answer has arrived (or been aborted) and every timeout has run.
    const { liveTimers } = await page.evaluate(() => /** @type {any} */ (window).settleAll(1500));
    const after = await measure();
    results.push({
      tag: c.tag,
      mounts: MOUNTS,
      removedWithRequestInFlight: run.removedWithRequestInFlight,
      heapDelta: after.heap - before.heap,
      listenersDelta: after.listeners - before.listeners,
      nodesDelta: after.nodes - before.nodes,
      timersLeft: liveTimers,
      late: run.late,
    });
  }
  return results;
}

const MIME = { '.js': 'text/javascript', '.html': 'text/html', '.css': 'text/css', '.map': 'application/json' };

async function main() {
  const chromiumPath = engines().find((e) => e.name === 'chromium')?.path;
  if (!chromiumPath) throw new Error('No Chromium found (apt-get install chromium, or set CHROME_PATH).');
  const dir = mkdtempSync(join(tmpdir(), 'koto-bench-'));
  const benches = BENCHES.filter((b) => (!ONLY || b.name === ONLY) && existsSync(b.module));

  // The fake, as the test runner serves it.
  const { createMockMiddleware, clockOffsetFromEnv, clockScript } = await importMockServer(
    join(dir, 'mock-server.mjs'),
  );
  // KOTO_NOW: the fake and the pages run as if this process had started at that instant.
  const clockOffset = clockOffsetFromEnv();
  const mock = createMockMiddleware({ clockOffset });

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
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--headless=new', ...CHROMIUM_ARGS],
  });
  let missed = [];
  try {
    await fetch(`${origin}/mock-api/bench/__control/reset`, {
      method: 'POST',
      body: JSON.stringify({ courses: COURSES }),
    });
    for (const b of benches) {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      if (clockOffset !== undefined) await page.addInitScript(clockScript(clockOffset));
      page.on('pageerror', (e) => console.error(`[${b.name}] ${e.message}`));
      await page.goto(`${origin}/${b.name}.html`);
      await page.waitForFunction(() => 'kotoBench' in window);
      const cdp = await page.context().newCDPSession(page);
      if (b.throttle !== false) await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
      console.log(
        b.run
          ? `\n${b.name}: ${MOUNTS} mounts and removals per element, each with a request on the way, headless Chromium`
          : `\n${b.name}: ${ROUNDS} rounds, ${COURSES} courses in the fake, ${PAGE_SIZE} a page, CPU throttled ${CPU_THROTTLE}×, headless Chromium`,
      );
      const result = b.run
        ? await b.run(page, cdp, origin)
        : await page.evaluate(
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
