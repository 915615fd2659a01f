// @ts-check
/**
 * The catalogue against its plain-DOM baseline, end to end, interleaved (done by hand:
 * Tachometer 0.7 could not drive Debian's Chromium offline here, see scripts/bench.mjs).
 *
 * Each round opens a fresh page (its own browser context) for each variant, the element and
 * the baseline, one after the other, the order swapped every round (AB, BA, AB…), so that
 * both meet the same moments of a shared, loaded machine. In its page a variant renders its
 * first `pageSize` results once (from creation to the cards painted) and then takes
 * `changes` study-path changes (from `change` to the new results painted); a round's filter
 * figure is the median of its changes. CPU throttled 4×, the fake on 127.0.0.1 seeded with
 * 1,000 courses, each of its answers computed once and then served as it was (./serve.mjs). Ratios: element / baseline, medians over the rounds, with the 95 % interval
 * of a paired bootstrap (./stats.mjs). A target counts as met when the whole interval is at
 * or below it.
 */
import { freshPage } from './serve.mjs';
import { median, ms, printTable, ratioText, ratioWithInterval } from './stats.mjs';

export const CPU_THROTTLE = 4;
export const COURSES = 1000;
const TARGETS = { render: 1.3, filter: 1.2 };

/**
 * @param {import('playwright-core').Browser} browser
 * @param {{ origin: string, clock: string | undefined }} server
 * @param {{ rounds: number, pageSize: number, changes: number, warmup?: number }} options
 * @returns {Promise<string[]>} the targets missed
 */
export async function runRender(browser, server, { rounds, pageSize, changes, warmup = 1 }) {
  const apiBase = `${server.origin}/mock-api/bench/linkedevents/v1/`;
  await fetch(`${server.origin}/mock-api/bench/__control/reset`, {
    method: 'POST',
    body: JSON.stringify({ courses: COURSES }),
  });
  console.log(
    `\ncourse-catalogue vs plain DOM: ${rounds} interleaved rounds (+${warmup} warm-up), ` +
      `${pageSize} results, ${changes} filter changes a page, CPU ${CPU_THROTTLE}×, ${COURSES} courses in the fake`,
  );
  /** @type {Record<'element' | 'baseline', { render: number[], filter: number[] }>} */
  const out = { element: { render: [], filter: [] }, baseline: { render: [], filter: [] } };
  for (let i = 0; i < rounds + warmup; i++) {
    /** @type {('element' | 'baseline')[]} */
    const order = i % 2 ? ['baseline', 'element'] : ['element', 'baseline'];
    for (const variant of order) {
      const { page, cdp, close } = await freshPage(browser, server.clock);
      await page.goto(`${server.origin}/catalogue.html`);
      await page.waitForFunction(() => 'kotoRound' in window);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
      const r = await page.evaluate(
        ([v, api, size, n]) => /** @type {any} */ (window).kotoRound(v, api, size, n),
        /** @type {const} */ ([variant, apiBase, pageSize, changes]),
      );
      await close();
      if (i < warmup) continue;
      out[variant].render.push(r.render);
      out[variant].filter.push(median(r.filters));
    }
    process.stdout.write(i < warmup ? 'w' : '.');
  }
  process.stdout.write('\n\n');
  const render = ratioWithInterval(out.element.render, out.baseline.render);
  const filter = ratioWithInterval(out.element.filter, out.baseline.filter);
  printTable([
    ['measure (end to end, to the frame that paints it)', 'element', 'baseline', 'element / baseline', 'target'],
    [
      `first render: creation → ${pageSize} cards painted`,
      ms(median(out.element.render)),
      ms(median(out.baseline.render)),
      ratioText(render),
      `≤ ${TARGETS.render}×`,
    ],
    [
      'filter change: change → new results painted',
      ms(median(out.element.filter)),
      ms(median(out.baseline.filter)),
      ratioText(filter),
      `≤ ${TARGETS.filter}×`,
    ],
  ]);
  const misses = [];
  for (const [name, r, target] of /** @type {const} */ ([
    ['first render', render, TARGETS.render],
    ['filter change', filter, TARGETS.filter],
  ])) {
    if (r.high <= target) continue;
    misses.push(
      r.ratio <= target
        ? `${name}: ${ratioText(r)} reaches above ${target}× (more rounds, or a quieter machine, would tell)`
        : `${name}: ${ratioText(r)} > ${target}×`,
    );
  }
  console.log(misses.length ? `\ntargets missed: ${misses.join('; ')}` : '\ntargets met');
  return misses;
}
