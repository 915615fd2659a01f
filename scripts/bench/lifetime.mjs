// @ts-check
/**
 * The lifetime bench: mounts and removes each element `--mounts` times (default 1,000) with
 * its first request on the way, and prints the heap delta after garbage collection (CDP
 * `HeapProfiler.collectGarbage`, `Runtime.getHeapUsage`; target < 1 MB), the change in event
 * listeners and DOM nodes (`Memory.getDOMCounters`), the timers left alive and the state
 * changes that reached a removed element (targets: 0). Page: test/bench/lifetime.bench.ts.
 */
import { freshPage } from './serve.mjs';
import { printTable } from './stats.mjs';

/**
 * @param {import('playwright-core').Browser} browser
 * @param {{ origin: string, clock: string | undefined }} server
 * @param {number} mounts
 * @returns {Promise<string[]>} the targets missed
 */
export async function runLifetime(browser, server, mounts) {
  console.log(
    `\nlifetime: ${mounts} mounts and removals per element, each with a request on the way, headless Chromium\n`,
  );
  const { page, cdp, close } = await freshPage(browser, server.clock);
  await page.goto(`${server.origin}/lifetime.html`);
  await page.waitForFunction(() => 'kotoLifetime' in window);
  const r = await measureLifetime(page, cdp, server.origin, mounts);
  await close();
  const lines = [
    ['element', 'mounts', 'requests on the way', 'heap delta', 'listeners Δ', 'nodes Δ', 'timers left', 'late updates'],
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
  printTable(lines);
  console.log(misses.length ? `\ntargets missed: ${misses.join('; ')}` : '\ntargets met');
  return misses;
}

/**
 * Mounts and removes each element `mounts` times on API bases that answer after 300 ms, so
 * every removal happens with a request on the way. Heap and counters after full GC.
 * @param {import('playwright-core').Page} page
 * @param {import('playwright-core').CDPSession} cdp
 * @param {string} origin
 * @param {number} mounts
 */
async function measureLifetime(page, cdp, origin, mounts) {
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
      [c.tag, c.attrs, mounts],
    );
    // Every answer has arrived (or been aborted) and every timeout has run.
    const { liveTimers } = await page.evaluate(() => /** @type {any} */ (window).settleAll(1500));
    const after = await measure();
    results.push({
      tag: c.tag,
      mounts: mounts,
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
