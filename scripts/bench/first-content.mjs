// @ts-check
/**
 * First content on a slow phone: for each element, a page with that one element loaded
 * through the CDN autoloader (`koto-elements.js`, as the editor's guide pastes it), beside
 * the same page without it (no element, no script), in Chromium with 6× CPU throttling and
 * DevTools' "Slow 4G" (562.5 ms round trip, 180 kB/s down, 84.4 kB/s up; CDP
 * `Network.emulateNetworkConditions`), cache disabled, files and JSON gzip-compressed, a
 * fresh browser context each load; the two pages alternate (bare first, then element first).
 *
 * "First content" is the moment the element's first meaningful content is painted (see
 * ELEMENTS): a `requestAnimationFrame` loop, installed before any script of the page, checks
 * for it before each frame, and a message posted from the first frame that finds it is
 * handled once that frame has been painted. Element Timing and Largest Contentful Paint do
 * not report nodes inside shadow roots, where every element draws. The bare page's figure is
 * its first contentful paint (the paint timing entry). Printed: the medians over `--runs`
 * loads (default 3) and first content / bare FCP (target ≤ 1.8).
 *
 * Round trips: from the page's Resource Timing of the element's page, each request that ended
 * before first content waited for the request that ended last before it started (at least
 * one must have, to be discovered). The longest such chain after the HTML is the number of
 * sequential round trips to first content (target ≤ 3: the script with its chunks
 * preloaded; the strings and the data in parallel; nothing else), printed with its links.
 */
import { freshPage } from './serve.mjs';
import { median, ms, printTable } from './stats.mjs';

export const CPU_THROTTLE = 6;
/** DevTools' "Slow 4G" preset. */
const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: 180_000, uploadThroughput: 84_375 };
const TARGET = { ratio: 1.8, roundTrips: 3 };

/**
 * Each element's page body and what counts as its first content (a condition run in the
 * page, with `q(host, selector)` finding a node in the host's shadow root).
 * @type {{ name: string, html: string, content: string, ready: string, later?: { label: string, ready: string } }[]}
 */
export const ELEMENTS = [
  {
    name: 'course-catalogue',
    html: '<koto-course-catalogue></koto-course-catalogue>',
    content: 'the first course card',
    ready: `q('koto-course-catalogue', 'li.card:not(.skeleton-card)')`,
  },
  {
    name: 'enrolment-form',
    html: '<koto-enrolment-form event="porvoo:koto-06"></koto-enrolment-form>',
    // The first step comes after the learner presses "Start"; before it, the course is the content.
    content: 'the course’s name (what one enrols on, above "Start")',
    ready: `q('koto-enrolment-form', '#course-title')`,
  },
  {
    name: 'guidance-booking',
    html: '<koto-guidance-booking resource="porvoo-ohjaus-1"></koto-guidance-booking>',
    // The week of free times is the second step (after topic and mode): the first step, with the resource loaded.
    content: 'the first step’s heading, the resource loaded',
    ready: `q('koto-guidance-booking', '#step-heading') && !q('koto-guidance-booking', '[aria-busy="true"]')`,
  },
  {
    name: 'contact-card',
    html:
      '<koto-contact-card channel="00000000-0000-4000-8000-000000000001" heading="Yhteystiedot">' +
      '<koto-contact-person name="Etunimi Sukunimi" role="Kehittämispäällikkö, kotoutumiskoulutus" ' +
      'email="etunimi.sukunimi@porvoo.fi" phone="+358 40 123 4567" languages="fi sv en"></koto-contact-person>' +
      '</koto-contact-card>',
    content: 'the first person’s card',
    ready: `q('koto-contact-card', '[part~="person"]')`,
    later: { label: 'office (from PTV)', ready: `q('koto-contact-card', '[part~="office"]')` },
  },
];

/** The test page: the editor's guide's head, a heading and a paragraph, and `body` (or nothing). */
export function firstContentPage(/** @type {string | undefined} */ body) {
  const head = body
    ? '<meta name="koto-elements:linked-events" content="/mock-api/fc/linkedevents/v1/">' +
      '<meta name="koto-elements:respa" content="/mock-api/fc/respa/v1/">' +
      '<meta name="koto-elements:ptv" content="/mock-api/fc/ptv/v11/">' +
      '<script type="module" src="/cdn/koto-elements.js"></script>'
    : '';
  return (
    '<!doctype html><html lang="fi"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1"><title>Kotoutumiskoulutus</title>' +
    `<link rel="icon" href="data:,">${head}</head><body><main><h1>Kotoutumiskoulutus</h1>` +
    '<p>Porvoon kaupungin kotoutumiskoulutus aikuisille maahanmuuttajille.</p>' +
    `${body ?? ''}</main></body></html>`
  );
}

/** Installed before the page's scripts: notes in `window.__koto` when each condition is first painted. */
const watchScript = (/** @type {Record<string, string>} */ conditions) => `(() => {
  const q = (host, selector) => document.querySelector(host)?.shadowRoot?.querySelector(selector);
  const conditions = { ${Object.entries(conditions)
    .map(([k, v]) => `${JSON.stringify(k)}: () => !!(${v})`)
    .join(', ')} };
  const seen = (window.__koto = {});
  const frame = () => {
    for (const [name, holds] of Object.entries(conditions)) {
      if (!holds()) continue;
      delete conditions[name];
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (seen[name] = performance.now());
      channel.port2.postMessage(0);
    }
    if (Object.keys(conditions).length) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

/**
 * Loads `path` on a slow phone; resolves with its paint figures and its requests.
 * @param {import('playwright-core').Browser} browser
 * @param {{ origin: string, clock: string | undefined }} server
 * @param {string} path
 * @param {Record<string, string>} conditions
 */
async function load(browser, server, path, conditions) {
  const { page, cdp, close } = await freshPage(browser, server.clock);
  try {
    await page.addInitScript(watchScript(conditions));
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
    await page.goto(`${server.origin}${path}`, { waitUntil: 'commit', timeout: 120_000 });
    await page.waitForFunction(
      (names) =>
        names.every((n) => n in /** @type {any} */ (window).__koto) &&
        performance.getEntriesByName('first-contentful-paint').length > 0,
      Object.keys(conditions),
      { timeout: 120_000, polling: 200 },
    );
    return await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const entries = /** @type {PerformanceResourceTiming[]} */ ([
        ...(nav ? [nav] : []),
        ...performance.getEntriesByType('resource'),
      ]);
      return {
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        seen: /** @type {Record<string, number>} */ (/** @type {any} */ (window).__koto),
        requests: entries.map((e) => ({
          url: e.name,
          type: e.initiatorType,
          start: e.startTime,
          end: e.responseEnd,
          bytes: e.transferSize,
        })),
      };
    });
  } finally {
    await close();
  }
}

/**
 * The longest chain of requests, each started only after the one before it ended, among
 * those that ended by `until`; the document is link 0.
 * @param {{ url: string, start: number, end: number }[]} requests the document first
 * @param {number} until
 */
export function longestChain(requests, until) {
  const done = requests.filter((r) => r.end <= until).sort((a, b) => a.start - b.start);
  /** @type {Map<object, { depth: number, after?: object }>} */
  const links = new Map();
  for (const [i, r] of done.entries()) {
    // 1 ms of slack: Resource Timing rounds, and a fetch started in the callback of an
    // answer's arrival starts "at" its end.
    const before = done.filter((p, j) => j !== i && links.has(p) && p.end <= r.start + 1);
    const after = before.reduce(
      (a, b) => (!a || b.end > a.end ? b : a),
      /** @type {typeof r | undefined} */ (undefined),
    );
    links.set(r, after ? { depth: (links.get(after)?.depth ?? 0) + 1, after } : { depth: 0 });
  }
  let last = done[0];
  for (const r of done) if ((links.get(r)?.depth ?? 0) > (links.get(last ?? r)?.depth ?? 0)) last = r;
  const chain = [];
  for (let r = /** @type {any} */ (last); r; r = links.get(r)?.after) chain.unshift(r);
  return { roundTrips: chain.length - 1, chain: /** @type {typeof done} */ (chain) };
}

const short = (/** @type {string} */ url) => {
  const u = new URL(url);
  const path = u.pathname.replace(/^\/mock-api\/fc\//, 'API ');
  return path.length > 60 ? `${path.slice(0, 57)}…` : path;
};

/**
 * @param {import('playwright-core').Browser} browser
 * @param {{ origin: string, clock: string | undefined }} server
 * @param {{ runs: number, timeline?: boolean }} options
 * @returns {Promise<string[]>} the targets missed
 */
export async function runFirstContent(browser, server, { runs, timeline = false }) {
  console.log(
    `\nfirst content: one element through the CDN autoloader vs the same page without it, ` +
      `CPU ${CPU_THROTTLE}×, Slow 4G (562.5 ms RTT, 180 kB/s), cache off, median of ${runs}\n`,
  );
  const rows = [['element', 'first content', 'bare page FCP', 'ratio', 'target', 'round trips', 'script on the wire']];
  /** @type {string[]} */
  const misses = [];
  /** @type {string[]} */
  const notes = [];
  for (const el of ELEMENTS) {
    /** @type {{ content: number[], later: number[], bare: number[], loads: Awaited<ReturnType<typeof load>>[] }} */
    const got = { content: [], later: [], bare: [], loads: [] };
    const conditions = { content: el.ready, ...(el.later ? { later: el.later.ready } : {}) };
    for (let run = 0; run < runs; run++) {
      const pair = [
        async () => got.bare.push((await load(browser, server, '/fc-bare.html', {})).fcp),
        async () => {
          const r = await load(browser, server, `/fc-${el.name}.html`, conditions);
          got.content.push(r.seen.content ?? NaN);
          if (el.later) got.later.push(r.seen.later ?? NaN);
          got.loads.push(r);
        },
      ];
      for (const step of run % 2 ? pair.reverse() : pair) await step();
      process.stdout.write('.');
    }
    process.stdout.write('\n');
    const content = median(got.content);
    const bare = median(got.bare);
    const ratio = content / bare;
    // The round trips of the load whose first content was the median one.
    const typical = got.loads.reduce((a, b) =>
      Math.abs((b.seen.content ?? 0) - content) < Math.abs((a.seen.content ?? 0) - content) ? b : a,
    );
    const { roundTrips, chain } = longestChain(typical.requests, typical.seen.content ?? Infinity);
    const scripts = typical.requests.filter((r) => /\.js$/.test(new URL(r.url).pathname) && r.end <= content);
    const kB = scripts.reduce((a, r) => a + r.bytes, 0) / 1000;
    rows.push([
      el.name,
      ms(content),
      ms(bare),
      `${ratio.toFixed(2)}`,
      `≤ ${TARGET.ratio}`,
      String(roundTrips),
      `${kB.toFixed(1)} kB in ${scripts.length}`,
    ]);
    notes.push(
      `${el.name}: first content = ${el.content}` +
        (el.later ? `; ${el.later.label} ${ms(median(got.later))}` : '') +
        `\n  chain: ${chain.map((r) => `${short(r.url)} (${ms(r.start)}–${ms(r.end)})`).join('\n     → ')}` +
        (timeline
          ? `\n  every request: ${typical.requests.map((r) => `\n    ${ms(r.start)}–${ms(r.end)}  ${short(r.url)}`).join('')}` +
            `\n    first content at ${ms(typical.seen.content ?? NaN)}`
          : ''),
    );
    if (!(ratio <= TARGET.ratio))
      misses.push(`${el.name}: first content ${ratio.toFixed(2)}× the bare FCP > ${TARGET.ratio}`);
    if (roundTrips > TARGET.roundTrips)
      misses.push(`${el.name}: ${roundTrips} round trips after the HTML > ${TARGET.roundTrips}`);
  }
  console.log('');
  printTable(rows);
  console.log(`\n${notes.join('\n')}`);
  console.log(misses.length ? `\ntargets missed: ${misses.join('; ')}` : '\ntargets met');
  return misses;
}
