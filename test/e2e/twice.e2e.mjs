// @ts-check
/**
 * The library loaded twice on one page (two separately built copies of the CDN file, as
 * two versions would be): the first definitions stay, everything works, and there is one
 * warning. Also under the strict CSP with Trusted Types, where a second copy of Lit and
 * DOMPurify needs `'allow-duplicates'` (as README.md says). Run after `npm run build`.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { build } from 'vite';
import { launchBrowser, startStaticServer } from './harness.mjs';
import { CSP, exercise } from './elements.mjs';

const COPY = 'dist/cdn/copy';

/** @type {Awaited<ReturnType<typeof launchBrowser>>} */ let browser;

before(async () => {
  // A second, separate build of the CDN file: its own Lit, its own element classes.
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: COPY,
      emptyOutDir: true,
      minify: true,
      target: 'es2022',
      lib: { entry: { 'koto-elements': 'src/define/all.ts' }, formats: ['es'] },
      rollupOptions: { output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' } },
    },
  });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  rmSync(COPY, { recursive: true, force: true });
});

/** @param {string | undefined} csp */
async function twice(csp) {
  const server = await startStaticServer(csp ? { csp } : {});
  const page = await browser.newPage();
  /** @type {string[]} */ const warnings = [];
  /** @type {string[]} */ const errors = [];
  page.on('console', (m) => {
    if (m.type() === 'warning' && m.text().includes('koto-elements')) warnings.push(m.text());
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    // @ts-expect-error test hook
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      // @ts-expect-error test hook
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  try {
    const loaded = [];
    page.on('response', (r) => {
      if (r.url().endsWith('/koto-elements.js')) loaded.push(new URL(r.url()).pathname);
    });
    await page.goto(`${server.url}twice.html`);
    await exercise(page);
    await page.waitForTimeout(300);
    // @ts-expect-error test hook
    const violations = await page.evaluate(() => window.__violations);
    return { loaded, warnings, errors: errors.filter((e) => !/favicon|404/.test(e)), violations };
  } finally {
    await page.close();
    await server.close();
  }
}

test('two copies of the library: everything works, one warning', async () => {
  const r = await twice(undefined);
  assert.deepEqual(r.loaded.sort(), ['/cdn/copy/koto-elements.js', '/cdn/koto-elements.js']);
  assert.deepEqual(r.errors, []);
  assert.equal(r.warnings.length, 1, r.warnings.join('\n'));
  assert.match(r.warnings[0] ?? '', /loaded twice/);
});

test("two copies under the strict CSP with Trusted Types and 'allow-duplicates': no violation", async () => {
  const r = await twice(`${CSP} 'allow-duplicates'`);
  assert.deepEqual(r.violations, []);
  assert.deepEqual(r.errors, []);
  assert.equal(r.warnings.length, 1);
});
