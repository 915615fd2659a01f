// @ts-check
/**
 * End-to-end harness: the demo page on Vite's dev server, or a blank page with only the
 * built CDN file on a plain static server (optionally under a strict CSP), both with the
 * API fake; Debian's Chromium driven by playwright-core; axe-core injected for audits.
 */
import { createServer as createHttpServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { createServer as createViteServer } from 'vite';
import { CHROMIUM_ARGS, engines } from '../../scripts/engines.mjs';
import { importMockServer } from '../../scripts/mock-server.mjs';

export const RESULTS = resolve('test-results');

export async function launchBrowser() {
  const chrome = engines().find((e) => e.name === 'chromium');
  if (!chrome?.available) throw new Error('End-to-end tests need Chromium: apt-get install -y chromium');
  await mkdir(RESULTS, { recursive: true });
  const browser = await chromium.launch({ executablePath: chrome.path, headless: true, args: CHROMIUM_ARGS });
  return withClock(browser);
}

/**
 * Under KOTO_NOW, every page of every context gets the fake's clock before its own scripts
 * (this process runs as if it had started at that instant, the servers' fake too).
 * @param {import('playwright-core').Browser} browser
 */
async function withClock(browser) {
  const { clockOffsetFromEnv, clockScript } = await importMockServer();
  const offset = clockOffsetFromEnv();
  if (offset === undefined) return browser;
  const script = clockScript(offset);
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    await context.addInitScript(script);
    return context;
  };
  browser.newPage = async (options) => {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    page.once('close', () => void context.close().catch(() => {}));
    return page;
  };
  return browser;
}

/** `npm start`'s server (the demo page and the fake), on a free port. */
export async function startDemoServer() {
  const server = await createViteServer({
    configFile: resolve('vite.config.ts'),
    logLevel: 'error',
    server: { port: 0, host: '127.0.0.1', hmr: false },
  });
  await server.listen();
  const address = server.httpServer?.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}

const TYPES = {
  '.js': 'text/javascript',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.map': 'application/json',
};

/**
 * A static server for `dist/cdn/` and the pages in `test/e2e/pages/`, with the fake at
 * `/mock-api/`. With `csp`, every page is served under that Content-Security-Policy; with
 * `mounts`, more folders (such as `{ '/react-app/': 'test-results/react-app' }`).
 * @param {{ csp?: string, mounts?: Record<string, string> }} [options]
 */
export async function startStaticServer(options = {}) {
  if (!existsSync('dist/cdn/koto-elements.js'))
    throw new Error('Run `npm run build` first (dist/cdn/koto-elements.js is missing).');
  const { createMockMiddleware } = await importMockServer();
  const mock = createMockMiddleware();
  const server = createHttpServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    await mock(req, res, async () => {
      const mount = Object.entries(options.mounts ?? {}).find(([prefix]) => url.pathname.startsWith(prefix));
      const path = mount
        ? join(mount[1], url.pathname.slice(mount[0].length))
        : url.pathname.startsWith('/cdn/')
          ? join('dist', url.pathname)
          : join('test/e2e/pages', url.pathname === '/' ? 'blank.html' : url.pathname);
      try {
        const body = await readFile(path);
        const headers = {
          'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
          'Cache-Control': 'no-store',
        };
        if (options.csp && extname(path) === '.html') headers['Content-Security-Policy'] = options.csp;
        res.writeHead(200, headers);
        res.end(body);
      } catch {
        res.writeHead(404, { 'Content-Type': 'text/plain' });
        res.end('Not found');
      }
    });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', () => r(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(() => r(undefined))) };
}

const AXE = resolve('node_modules/axe-core/axe.min.js');

/**
 * Runs axe (WCAG 2.1 A/AA and best practices) on the page; returns the violations.
 * @param {import('playwright-core').Page} page
 */
export async function axe(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
    }));
  });
}
