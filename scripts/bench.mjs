// @ts-check
/**
 * `npm run bench`: measurements, not tests (nothing here runs in `npm test`). In headless
 * Debian Chromium driven by playwright-core, with the API fake, from one HTTP server on
 * 127.0.0.1 that this script starts and stops:
 *
 * 1. `render` (./bench/render.mjs): `<koto-course-catalogue>` against a hand-written
 *    plain-DOM page with the same filter form, cards and CSS, end to end (first render from
 *    creation to the cards painted; a filter change to the new results painted), 4× CPU,
 *    interleaved rounds, ratios with 95 % intervals (targets ≤ 1.3× and ≤ 1.2×).
 * 2. `lifetime` (./bench/lifetime.mjs): 1,000 mounts and removals per element; heap,
 *    listeners, timers and late updates after them.
 * 3. `first-content` (./bench/first-content.mjs): each element alone through the CDN
 *    autoloader on a slow phone (6× CPU, Slow 4G), first content / the bare page's first
 *    contentful paint (target ≤ 1.8), and the sequential round trips to it (target ≤ 3).
 *
 * Interleaving is done by hand. Tachometer (the Lit team's runner) was tried first: 0.7.2
 * drives Chromium through selenium-webdriver, which needs a chromedriver (Debian's
 * chromium-driver, which CI does not install, plus the npm `chromedriver` package, whose
 * install downloads one) and whose selenium-manager looks the driver up on the network;
 * offline (`SE_OFFLINE=true`) the run hung with no output. It also has no network throttling,
 * which the first-content bench needs.
 *
 * The pages are bundled by esbuild as a portal would ship them (minified, production lit);
 * the CDN folder is built as `npm run build` builds it (scripts/cdn-config.mjs). KOTO_NOW:
 * the fake and the pages run as if this process had started at that instant.
 *
 * Options: `--only render|lifetime|first-content`, `--rounds N` (render; default 20),
 * `--changes N` (filter changes a page; default 5), `--page-size N` (default 20),
 * `--mounts N` (lifetime; default 1000), `--runs N` (first content; default 3), `--timeline`
 * (first content: every request of the median load),
 * `--strict` (exit 1 when a target is missed).
 */
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCdn } from './cdn-config.mjs';
import { runFirstContent, firstContentPage, ELEMENTS } from './bench/first-content.mjs';
import { runLifetime } from './bench/lifetime.mjs';
import { runRender } from './bench/render.mjs';
import { launchChromium, startBenchServer } from './bench/serve.mjs';

const args = process.argv.slice(2);
const opt = (/** @type {string} */ name, /** @type {string} */ fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const ONLY = opt('only', '');
const STRICT = args.includes('--strict');
const wanted = (/** @type {string} */ name) => !ONLY || ONLY === name;

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'koto-bench-'));
  const www = join(dir, 'www');
  const pages = { catalogue: 'test/bench/catalogue.bench.ts', lifetime: 'test/bench/lifetime.bench.ts' };
  await build({
    entryPoints: pages,
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    outdir: www,
    tsconfig: 'tsconfig.json',
    logLevel: 'warning',
  });
  for (const name of Object.keys(pages))
    writeFileSync(
      join(www, `${name}.html`),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${name} bench</title></head>` +
        `<body><main id="stage"></main><script type="module" src="/${name}.js"></script></body></html>`,
    );
  if (wanted('first-content')) {
    await buildCdn(join(www, 'cdn'), { sourcemap: false });
    writeFileSync(join(www, 'fc-bare.html'), firstContentPage(undefined));
    for (const el of ELEMENTS) writeFileSync(join(www, `fc-${el.name}.html`), firstContentPage(el.html));
  }

  const server = await startBenchServer(www, dir);
  const browser = await launchChromium();
  /** @type {string[]} */
  let missed = [];
  try {
    if (wanted('render'))
      missed = missed.concat(
        await runRender(browser, server, {
          rounds: Number(opt('rounds', '20')),
          pageSize: Number(opt('page-size', '20')),
          changes: Number(opt('changes', '5')),
        }),
      );
    if (wanted('lifetime')) missed = missed.concat(await runLifetime(browser, server, Number(opt('mounts', '1000'))));
    if (wanted('first-content'))
      missed = missed.concat(
        await runFirstContent(browser, server, {
          runs: Number(opt('runs', '3')),
          timeline: args.includes('--timeline'),
        }),
      );
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  if (STRICT && missed.length) process.exit(1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
