// @ts-check
/**
 * Runs the browser suite in every engine found on this machine (or those named in
 * KOTO_BROWSERS=chromium,firefox,webkit), starting and stopping WebKitWebDriver under
 * Xvfb for WebKit. Extra arguments go to web-test-runner (e.g. `--files test/api/http.test.ts`).
 */
import { spawn } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { engines } from './engines.mjs';

const all = engines();
const requested = (process.env.KOTO_BROWSERS ?? '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const selected = all.filter((e) => e.available && (requested.length === 0 || requested.includes(e.name)));

const summary = all
  .map((e) =>
    e.available
      ? requested.length && !requested.includes(e.name)
        ? `${e.name}: found, not selected`
        : `${e.name}: runs`
      : `${e.name}: not found (install ${e.provides})`,
  )
  .join('; ');
console.log(`Browser engines: ${summary}`);
if (selected.length === 0) {
  console.error("No browser engine to test in. Install at least Debian's chromium: apt-get install -y chromium");
  process.exit(1);
}

/** @returns {Promise<number>} */
const freePort = () =>
  new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });

/** @param {number} port */
const waitForPort = async (port, ms = 30_000) => {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const ok = await new Promise((resolve) => {
      const s = connect(port, '127.0.0.1', () => {
        s.end();
        resolve(true);
      });
      s.on('error', () => resolve(false));
    });
    if (ok) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
};

/** @type {import('node:child_process').ChildProcess | undefined} */
let driver;
const stopDriver = () => {
  if (driver?.pid) {
    try {
      // xvfb-run starts Xvfb and the driver as its children: end the whole group.
      process.kill(-driver.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
};
process.on('exit', stopDriver);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130));

/**
 * Runs web-test-runner for some engines.
 * @param {string[]} names
 * @param {Record<string, string>} extraEnv
 * @param {string[]} extraArgs
 * @returns {Promise<number>}
 */
const runWtr = (names, extraEnv, extraArgs, buffered = false) =>
  new Promise((resolve) => {
    const args = ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs', ...extraArgs];
    const child = spawn(process.execPath, args, {
      stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: { KOTO_WTR_PORT: String(wtrPort), ...process.env, ...extraEnv, KOTO_ENGINES: names.join(',') },
    });
    /** @type {Buffer[]} */
    const chunks = [];
    child.stdout?.on('data', (c) => chunks.push(c));
    child.stderr?.on('data', (c) => chunks.push(c));
    child.on('close', (code) => {
      if (buffered) process.stdout.write(`\n── ${names.join(', ')} ──\n${Buffer.concat(chunks).toString('utf8')}\n`);
      resolve(code ?? 1);
    });
  });

const wtrPort = await freePort();
const passThrough = process.argv.slice(2).filter((a) => a !== '--no-coverage');
const coverage = !process.argv.includes('--no-coverage');
// Every engine runs even after one fails, so that a log shows all three engines' results.
/** @type {[string, number][]} */
const results = [];
const run = async (/** @type {string} */ engine, /** @type {Promise<number>} */ done) => {
  results.push([engine, await done]);
};

// Chromium runs test files in parallel pages (each made visible and focused by CDP).
if (selected.some((e) => e.name === 'chromium')) {
  await run('Chromium', runWtr(['chromium'], {}, [...passThrough, ...(coverage ? ['--coverage'] : [])]));
}

// Firefox gives only the tab in front real focus: in a background tab Enter and Space do
// not press buttons. Keyboard tests need the files one at a time.
const firefox = selected.some((e) => e.name === 'firefox');
const webkit = selected.find((e) => e.name === 'webkit');
/**
 * Firefox and WebKit run one test file at a time each (their drivers hold one page), so
 * most of their time is spent waiting on the fake's answers and the elements' timers: side
 * by side they share the machine well, each on its own server port, and CI gets back the
 * minutes one after the other cost. Their output is printed whole as each ends.
 * KOTO_SERIAL=1 runs them one after the other, printing as they go.
 */
const together = firefox && !!webkit?.driver && process.env.KOTO_SERIAL !== '1';
if (together) console.log('\nFirefox and WebKit run side by side; the output of each follows when it ends.');

/** @type {Promise<void>[]} */
const lanes = [];
if (firefox) lanes.push(run('Firefox', runWtr(['firefox'], { KOTO_CONCURRENCY: '1' }, passThrough, together)));
if (!together) await Promise.all(lanes);

if (webkit?.driver) {
  const port = await freePort();
  driver = spawn('xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', webkit.driver, `--port=${port}`], {
    detached: true,
    stdio: 'ignore',
  });
  if (!(await waitForPort(port))) {
    console.error(`WebKitWebDriver did not start on port ${port}.`);
    process.exit(1);
  }
  const env = {
    KOTO_WEBKIT_PORT: String(port),
    KOTO_CONCURRENCY: '1',
    ...(together ? { KOTO_WTR_PORT: String(await freePort()) } : {}),
  };
  lanes.push(run('WebKit', runWtr(['webkit'], env, passThrough, together)).then(stopDriver));
}
await Promise.all(lanes);
console.log(
  `\nBrowser tests: ${results.map(([engine, code]) => `${engine} ${code === 0 ? 'passed' : 'FAILED'}`).join(', ')}.`,
);
process.exit(results.some(([, code]) => code !== 0) ? 1 : 0);
