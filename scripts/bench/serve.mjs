// @ts-check
/**
 * What every part of `npm run bench` stands on: a folder of pages (bundled by esbuild as a
 * portal would ship them, and the CDN folder as `npm run build` makes it), the API fake, one
 * HTTP server on 127.0.0.1 for both, and Debian's Chromium. Files and the fake's JSON are
 * sent gzip-compressed, as a CDN and the city's APIs send them: the first-content bench
 * throttles the network, and there the bytes on the wire are what counts.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, engines } from '../engines.mjs';
import { importMockServer } from '../mock-server.mjs';

const MIME = {
  '.js': 'text/javascript',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.txt': 'text/plain',
};

/**
 * Serves `www` and the fake at `/mock-api/`; under KOTO_NOW the fake's worlds start at that
 * instant (`clockScript` gives the pages the same clock).
 * The fake's answers to GET requests whose path matches `remember` are computed once and then
 * served as they were: the fake filtering 1,000 courses in Node on the same (shared, loaded)
 * machine is not work a learner's phone does, and its time varies with the load. The page
 * still gets them over HTTP and parses them itself.
 * @param {string} www
 * @param {string} cacheDir where the fake's bundle goes
 * @param {RegExp} [remember]
 */
export async function startBenchServer(www, cacheDir, remember = /^\/mock-api\/bench\//) {
  const { createMockMiddleware, clockOffsetFromEnv, clockScript } = await importMockServer(
    join(cacheDir, 'mock-server.mjs'),
  );
  const clockOffset = clockOffsetFromEnv();
  const mock = createMockMiddleware({ clockOffset });
  /** The fake's answers to GET requests, kept (see `remember`). @type {Map<string, { type: string, body: Buffer }>} */
  const answers = new Map();
  const server = createServer((req, res) => {
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (gzip) compressEnd(res);
    const kept = req.method === 'GET' ? answers.get(req.url ?? '') : undefined;
    if (kept) {
      res.setHeader('Content-Type', kept.type);
      res.setHeader('Cache-Control', 'no-store');
      res.end(kept.body);
      return;
    }
    if (req.method === 'GET' && remember.test(req.url ?? ''))
      keep(res, (type, body) => answers.set(req.url ?? '', { type, body }));
    void mock(req, res, () => {
      const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
        /^(\.\.[/\\])+/,
        '',
      );
      const file = join(www, path);
      if (!file.startsWith(www) || !existsSync(file) || !statSync(file).isFile()) {
        res.statusCode = 404;
        res.end('not found');
        return;
      }
      res.setHeader('Content-Type', MIME[extname(file)] ?? 'application/octet-stream');
      res.setHeader('Cache-Control', 'no-store');
      res.end(readFileSync(file));
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    origin,
    /** The page script that sets the fake's clock (KOTO_NOW), or undefined. */
    clock: clockOffset === undefined ? undefined : clockScript(clockOffset),
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}

/** Makes `res.end(body)` send the body gzip-compressed (every response here is sent whole, with one `end`). */
function compressEnd(/** @type {import('node:http').ServerResponse} */ res) {
  const end = res.end.bind(res);
  /** @type {any} */ (res).end = (/** @type {unknown} */ body, /** @type {any[]} */ ...rest) => {
    if (body === undefined || typeof body === 'function' || res.headersSent) return end(body, ...rest);
    const raw = typeof body === 'string' ? Buffer.from(body) : /** @type {Buffer} */ (body);
    res.removeHeader('Content-Length');
    res.setHeader('Content-Encoding', 'gzip');
    res.setHeader('Vary', 'Accept-Encoding');
    return end(gzipSync(raw, { level: 6 }));
  };
}

/** Calls `store` with the type and body of a 200 answer that `res` sends. */
function keep(
  /** @type {import('node:http').ServerResponse} */ res,
  /** @type {(type: string, body: Buffer) => void} */ store,
) {
  const end = res.end.bind(res);
  /** @type {any} */ (res).end = (/** @type {unknown} */ body, /** @type {any[]} */ ...rest) => {
    if (res.statusCode === 200 && (typeof body === 'string' || Buffer.isBuffer(body)))
      store(String(res.getHeader('Content-Type') ?? 'application/json'), Buffer.from(body));
    return end(body, ...rest);
  };
}

export async function launchChromium() {
  const path = engines().find((e) => e.name === 'chromium')?.path;
  if (!path) throw new Error('No Chromium found (apt-get install chromium, or set CHROME_PATH).');
  return chromium.launch({ executablePath: path, headless: true, args: ['--headless=new', ...CHROMIUM_ARGS] });
}

/**
 * A new page in a context of its own (no cache or connections shared with the one before),
 * with the fake's clock when KOTO_NOW is set, and its CDP session.
 * @param {import('playwright-core').Browser} browser
 * @param {string | undefined} clock
 */
export async function freshPage(browser, clock) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  if (clock) await context.addInitScript(clock);
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`[page] ${e.message}`));
  const cdp = await context.newCDPSession(page);
  return { page, cdp, close: () => context.close() };
}
