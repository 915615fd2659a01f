// @ts-check
/**
 * End-to-end harness: the demo page on Vite's dev server, or a blank page with only the
 * built CDN file on a plain static server (optionally under a strict CSP), both with the
 * API fake; Debian's Chromium driven by playwright-core; axe-core injected for audits.
 */
import { after, before } from 'node:test';
import { createServer as createHttpServer } from 'node:http';
import { readFile, mkdir, mkdtemp, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { cpSync, existsSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { createServer as createViteServer } from 'vite';
import { CHROMIUM_ARGS, engines } from '../../scripts/engines.mjs';
import { importMockServer } from '../../scripts/mock-server.mjs';

export const RESULTS = resolve('test-results');

/**
 * Whether the flows keep a picture of each state they audit in test-results/ (for a person to
 * look at). `npm test` sets KOTO_SCREENSHOTS=0: nobody looks at them there, and the 64
 * full-page PNGs cost the flows a sixth of their time.
 */
export const SCREENSHOTS = process.env.KOTO_SCREENSHOTS !== '0';

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

/**
 * For one e2e file: starts a server (`start`) and Chromium before the file's tests and closes
 * both after them. `server` and `browser` of what it returns are there once the tests run.
 * @template {{ close(): unknown }} S
 * @param {() => Promise<S>} start
 */
export function useServerAndBrowser(start) {
  const env = /** @type {{ server: S, browser: import('playwright-core').Browser }} */ ({});
  before(async () => {
    env.server = await start();
    env.browser = await launchBrowser();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/** `useServerAndBrowser` with `npm start`'s demo page and fake. */
export const useDemoPage = () => useServerAndBrowser(startDemoServer);

/**
 * `useServerAndBrowser` with the built CDN file and test/e2e/pages/ on a static server.
 * @param {Parameters<typeof startStaticServer>[0]} [options]
 */
export const useStaticPages = (options) => useServerAndBrowser(() => startStaticServer(options));

/** `npm start`'s server (the demo page and the fake), on a free port. */
export async function startDemoServer() {
  // A dependency cache of this process's own: the e2e files run two at a time (scripts/e2e.mjs),
  // and two servers pre-bundling into one node_modules/.vite at once can overwrite each other.
  const cacheDir = await mkdtemp(join(tmpdir(), 'koto-vite-'));
  const server = await createViteServer({
    configFile: resolve('vite.config.ts'),
    cacheDir,
    logLevel: 'error',
    server: { port: 0, host: '127.0.0.1', hmr: false },
  });
  await server.listen();
  const address = server.httpServer?.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      await server.close();
      await rm(cacheDir, { recursive: true, force: true });
    },
  };
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
 * With `within`, only that part of the page, and without the rules about the whole page
 * (one main landmark, one h1, all content in landmarks): the page around a story or an
 * embedded element is the CMS's.
 * @param {import('playwright-core').Page} page
 * @param {string} [within] a CSS selector
 */
export async function axe(page, within) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async (within) => {
    const pageRules = ['region', 'landmark-one-main', 'page-has-heading-one'];
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(within ?? document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      rules: within ? Object.fromEntries(pageRules.map((r) => [r, { enabled: false }])) : {},
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
    }));
  }, within);
}

const MORE_TYPES = { ...TYPES, '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.txt': 'text/plain; charset=utf-8' };

/**
 * A plain static file server, as any docs host is: `dir` under the URL path `prefix`
 * (for example `/docs/storybook/`), nothing else (no API fake: 404 for every other path).
 * `extra` maps more URL prefixes to folders (for example `/koto-elements/` → a copy of dist/cdn).
 * With `mock`, the API fake answers at `/mock-api/` too.
 * @param {string} dir
 * @param {string} [prefix]
 * @param {Record<string, string>} [extra]
 * @param {{ mock?: boolean }} [options]
 */
export async function startFolderServer(dir, prefix = '/', extra = {}, options = {}) {
  const roots = [[prefix, dir], ...Object.entries(extra)].sort((a, b) => b[0].length - a[0].length);
  const mock = options.mock ? (await importMockServer()).createMockMiddleware() : undefined;
  const server = createHttpServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (mock && pathname.startsWith('/mock-api/')) return mock(req, res, () => undefined);
    const root = roots.find(([p]) => pathname.startsWith(p));
    let path = root ? join(root[1], decodeURIComponent(pathname.slice(root[0].length))) : '';
    if (path && (path.endsWith('/') || pathname === root?.[0])) path = join(path, 'index.html');
    try {
      if (!root || !resolve(path).startsWith(resolve(root[1]))) throw new Error('outside');
      const body = await readFile(path);
      res.writeHead(200, { 'Content-Type': MORE_TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('Not found');
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', () => r(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((r) => server.close(() => r(undefined))),
  };
}

/** Where the fake answers each API of a `<meta name="koto-elements:…">` tag. */
const FAKE_FOLDERS = { 'linked-events': 'linkedevents/v1/', respa: 'respa/v1/', ptv: 'ptv/v11/' };

/**
 * A CMS page as the editor's guide describes it: `dist/cdn/` copied to the site as
 * `/koto-elements/` (without its source maps, which the guide says may be left out), and a
 * blank page with the pasted `head` in its `<head>` and `body` in its `<main>`. The city's
 * APIs named in the `<meta>` tags are answered by the API fake (routed in the browser:
 * there is no network here). Returns the page, loaded, and what went wrong on it.
 * @param {import('playwright-core').Browser} browser
 * @param {{ head: string, body: string, lang?: string, search?: string }} pasted `search`: the page address's query
 */
export async function pasteIntoBlankPage(browser, { head, body, lang = 'fi', search = '' }) {
  if (!existsSync('dist/cdn/koto-elements.js'))
    throw new Error('Run `npm run build` first (dist/cdn/koto-elements.js is missing).');
  const dir = await mkdtemp(join(tmpdir(), 'koto-cms-'));
  cpSync('dist/cdn', join(dir, 'koto-elements'), { recursive: true, filter: (f) => !f.endsWith('.map') });
  await writeFile(
    join(dir, 'index.html'),
    `<!doctype html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n<title>Kotoutumiskoulutus – Porvoo</title>\n${head}\n</head>\n<body>\n<main>\n<h1>Kotoutumiskoulutus</h1>\n<h2>Porvoo</h2>\n${body}\n</main>\n</body>\n</html>\n`,
  );
  const server = await startFolderServer(dir, '/', {}, { mock: true });
  const page = await browser.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const tenant = `cms-${Date.now().toString(36)}`;
  for (const [, api, base] of head.matchAll(/<meta name="koto-elements:([a-z-]+)" content="([^"]+)">/g)) {
    const folder = FAKE_FOLDERS[/** @type {keyof typeof FAKE_FOLDERS} */ (api)];
    await page.route(`${base}**`, async (route) => {
      const url = `${server.origin}/mock-api/${tenant}/${folder}${route.request().url().slice(base.length)}`;
      const response = await route.fetch({ url });
      await route.fulfill({ response, headers: { ...response.headers(), 'access-control-allow-origin': '*' } });
    });
  }
  await page.goto(server.url + search);
  return {
    page,
    errors,
    close: async () => {
      await page.close();
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
