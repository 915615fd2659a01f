// @ts-check
/**
 * Browser tests in Chromium, Firefox and WebKit. `scripts/run-browser-tests.mjs`
 * decides which engines this machine has (KOTO_ENGINES) and starts WebKitWebDriver
 * (KOTO_WEBKIT_PORT); run `npm test` or `npm run test:browser` rather than this file.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { CHROMIUM_ARGS, engines } from './scripts/engines.mjs';
import { importMockServer } from './scripts/mock-server.mjs';
import { DATE_FILES, INSTANTS } from './scripts/dates.mjs';
import { isOurs, minifyTemplates } from './scripts/minify-templates.mjs';

// The API fake is TypeScript; bundle it for Node once per run.
const { kotoMockKoaMiddleware, clockScript, parseInstant } = await importMockServer();

// KOTO_NOW=<ISO 8601 instant>: every test page starts at that instant (and the fake each test
// makes with mockApi() starts at the page's "now"); time moves on from there. See README.
const kotoNow = process.env.KOTO_NOW ? parseInstant(process.env.KOTO_NOW) : undefined;
/** A test page that starts at `instant` (or on the real clock). */
const pageAt =
  (/** @type {number | undefined} */ instant, sweeping = false) =>
  (/** @type {string} */ testFramework) =>
    `<!doctype html><html><head>${
      instant === undefined ? '' : `<script>${clockScript(instant - Date.now())}</script>`
    }</head><body>${
      // In the sweep, axe's audits are left to the main run (test/helpers/sweep-setup.ts says why).
      sweeping ? '<script type="module" src="/test/helpers/sweep-setup.ts"></script>' : ''
    }<script type="module" src="${testFramework}"></script></body></html>`;

// `npm run test:dates` (KOTO_SWEEP=1): the date-dependent files once per hard instant, one
// group each; KOTO_SWEEP_ONLY=1,4 picks instants by their number.
const sweepOnly = (process.env.KOTO_SWEEP_ONLY ?? '').split(',').filter(Boolean).map(Number);
const sweep = process.env.KOTO_SWEEP
  ? INSTANTS.filter((_, i) => sweepOnly.length === 0 || sweepOnly.includes(i + 1)).map(({ at }) => ({
      name: at,
      files: process.env.KOTO_TEST_FILES ? process.env.KOTO_TEST_FILES.split(',') : DATE_FILES,
      testRunnerHtml: pageAt(parseInstant(at), true),
    }))
  : undefined;

/** Writes, per group, how many tests passed and failed (for the sweep's one line per instant). */
const sweepSummary = (/** @type {string} */ file) => ({
  /** @param {{ sessions: import('@web/test-runner').TestSession[] }} run */
  onTestRunFinished({ sessions }) {
    /** @type {Record<string, { passed: number, failed: number, files: number, failedFiles: string[], failedTests: string[] }>} */
    const out = {};
    /**
     * @param {import('@web/test-runner').TestSuiteResult | undefined} suite
     * @param {(p: boolean, name: string) => void} add
     * @param {string} path
     */
    const walk = (suite, add, path = '') => {
      for (const t of suite?.tests ?? []) if (!t.skipped) add(t.passed, `${path}${t.name}`);
      for (const s of suite?.suites ?? []) walk(s, add, `${path}${s.name} > `);
    };
    for (const session of sessions) {
      const g = (out[session.group.name] ??= { passed: 0, failed: 0, files: 0, failedFiles: [], failedTests: [] });
      g.files++;
      walk(session.testResults, (p, name) => {
        if (p) g.passed++;
        else {
          g.failed++;
          g.failedTests.push(name);
        }
      });
      if (!session.passed) g.failedFiles.push(session.testFile);
    }
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(out));
  },
});

/** Serves `/__koto/stories.js`: a loader for every stories file, so the every-story test needs no list. */
const storiesIndex = {
  name: 'koto-stories-index',
  resolveImport({ source }) {
    return source === 'virtual:koto-stories' ? '/__koto/stories.js' : undefined;
  },
  serve(context) {
    if (context.path !== '/__koto/stories.js') return undefined;
    const files = readdirSync('stories')
      .filter((f) => f.endsWith('.stories.ts'))
      .sort();
    const body = files.map((f) => `  [${JSON.stringify(f)}, () => import('/stories/${f}')],`).join('\n');
    return { body: `export default [\n${body}\n];\n`, type: 'js' };
  },
};

/**
 * KOTO_MINIFY_TEMPLATES=1: the tests run on templates minified as every build ships them
 * (scripts/minify-templates.mjs), before esbuild strips the types.
 */
const minifiedTemplates = {
  name: 'koto-minify-templates',
  /** @param {import('koa').Context} context */
  async transform(context) {
    if (!process.env.KOTO_MINIFY_TEMPLATES || !isOurs(context.path)) return undefined;
    const result = await minifyTemplates(String(context.body), context.path);
    return result ? { body: result.code } : undefined;
  },
};

const found = Object.fromEntries(engines().map((e) => [e.name, e]));
const wanted = (process.env.KOTO_ENGINES ?? Object.keys(found).join(','))
  .split(',')
  .map((s) => s.trim())
  .filter((name) => found[name]?.available);

const CHROMIUM_TEST_ARGS = [
  '--headless=new',
  ...CHROMIUM_ARGS,
  // Test files run in parallel tabs; a hidden tab gets no animation frames and slow
  // timers, which stalls @open-wc's fixture() and every debounce.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

/** @type {Record<string, () => import('@web/test-runner').BrowserLauncher>} */
const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: { executablePath: found.chromium.path, headless: true, args: CHROMIUM_TEST_ARGS },
      // A window of its own per test file: tabs behind the active one are hidden and get
      // no animation frames, which stalls @open-wc's fixture() when files run in parallel.
      createBrowserContext: ({ browser }) => browser.createBrowserContext(),
      createPage: async ({ context }) => {
        const page = await context.newPage();
        // Every test page behaves as the visible, focused one (as Playwright does for its
        // pages): otherwise only one of the parallel pages is visible and focused.
        const session = await page.createCDPSession();
        await session.send('Emulation.setFocusEmulationEnabled', { enabled: true });
        await session.send('Page.setWebLifecycleState', { state: 'active' });
        return page;
      },
    }),
  firefox: () =>
    puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: found.firefox.path,
        headless: true,
        // Firefox throttles timers in background tabs; with parallel test files that
        // makes debounces and timeouts take seconds.
        extraPrefsFirefox: {
          'dom.min_background_timeout_value': 4,
          'dom.min_background_timeout_value_without_budget_throttling': 4,
          'dom.timeout.enable_budget_timer_throttling': false,
          // Focus behaves as in a focused window even for the background test pages.
          'focusmanager.testmode': true,
          // Test files run one after another in one tab: its session history must not hit
          // Firefox's default cap of 50 entries, or a pushState no longer adds one.
          'browser.sessionhistory.max_entries': 10000,
        },
      },
    }),
  webkit: () =>
    webdriverLauncher({
      hostname: '127.0.0.1',
      port: Number(process.env.KOTO_WEBKIT_PORT ?? 4444),
      logLevel: 'warn',
      capabilities: {
        browserName: 'MiniBrowser',
        // WebKitWebDriver speaks classic WebDriver only.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: found.webkit.path, args: ['--automation'] },
      },
    }),
};

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  // A port of our own on IPv4 loopback: with the default (8000 on "localhost"), two runs on
  // one machine can end up on one port over IPv4 and IPv6, and a browser of one run then
  // loads the other run's tests.
  hostname: '127.0.0.1',
  port: Number(process.env.KOTO_WTR_PORT ?? 8000),
  files: sweep
    ? undefined
    : process.env.KOTO_TEST_FILES
      ? process.env.KOTO_TEST_FILES.split(',')
      : ['test/**/*.test.ts'],
  ...(sweep ? { groups: sweep } : {}),
  reporters: [
    defaultReporter(),
    ...(process.env.KOTO_SWEEP_SUMMARY ? [sweepSummary(process.env.KOTO_SWEEP_SUMMARY)] : []),
  ],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [storiesIndex, minifiedTemplates, esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  middleware: [kotoMockKoaMiddleware()],
  testRunnerHtml: pageAt(kotoNow),
  browsers: wanted.map((name) => launchers[name]()),
  concurrency: Number(process.env.KOTO_CONCURRENCY ?? 2),
  concurrentBrowsers: 3,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  // A whole file's time: the catalogue's 46 tests on a loaded 2-core machine took over 3 minutes.
  testsFinishTimeout: 900_000,
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/generated/**', 'src/mock/**'],
    report: true,
    reportDir: 'coverage',
  },
  // Tests wait for conditions, not for time: a loaded 2-core machine (Firefox's axe over a large
  // tree took over 10 s there) must not fail a test that would pass on an idle one.
  testFramework: { config: { timeout: 30_000 } },
};
