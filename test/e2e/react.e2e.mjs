// @ts-check
/**
 * A React 19 + TypeScript app (test/e2e/react-app/) against the package as `npm pack` makes
 * it: the tarball is unpacked into the app's node_modules/ (react, lit and the other
 * dependencies resolve from the repo's own node_modules, so nothing is installed), the app
 * type-checks with `tsc` (its src/types.tsx holds what must not compile), esbuild bundles it,
 * and the catalogue → enrolment flow runs through koto-elements/react's components and their
 * typed callbacks. Run after `npm run build`.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { RESULTS, axe, launchBrowser, startStaticServer } from './harness.mjs';

const APP = resolve('test/e2e/react-app');
const OUT = join(RESULTS, 'react-app');

/** @type {Awaited<ReturnType<typeof startStaticServer>>} */ let server;
/** @type {Awaited<ReturnType<typeof launchBrowser>>} */ let browser;

before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('the app type-checks against the packed tarball, and bundles', async () => {
  const packDir = mkdtempSync(join(tmpdir(), 'koto-pack-'));
  try {
    // dist/ is already built (npm test builds it before the end-to-end tests).
    const [pack] = JSON.parse(
      execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', packDir], {
        encoding: 'utf8',
      }),
    );
    const target = join(APP, 'node_modules', 'koto-elements');
    rmSync(join(APP, 'node_modules'), { recursive: true, force: true });
    mkdirSync(target, { recursive: true });
    execFileSync('tar', ['-xzf', join(packDir, pack.filename), '-C', target, '--strip-components=1']);
  } finally {
    rmSync(packDir, { recursive: true, force: true });
  }
  try {
    execFileSync(resolve('node_modules/.bin/tsc'), ['-p', join(APP, 'tsconfig.json')], { encoding: 'utf8' });
  } catch (error) {
    assert.fail(`tsc on the React app:\n${/** @type {{ stdout?: string }} */ (error).stdout}`);
  }
  await build({
    entryPoints: [join(APP, 'src/main.tsx')],
    bundle: true,
    format: 'esm',
    jsx: 'automatic',
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' },
    outdir: OUT,
    logLevel: 'warning',
  });
  server = await startStaticServer({ mounts: { '/react-app/': OUT } });
});

test('catalogue → enrolment through the React components and their callbacks', async () => {
  assert.ok(server, 'the app was built');
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${m.text()} ${m.location().url}`);
  });
  try {
    await page.goto(`${server.url}react.html`);
    // onCourseSelect: "Apply" on a course of level A1.3–A2.1 (open, with seats), not the one
    // whose registration asks for a payment (its form shows where to pay, with no "Start").
    const card = page
      .locator('koto-course-catalogue li.card', { hasText: 'A1.3–A2.1' })
      .filter({ has: page.locator('button[part~="apply"]') })
      .filter({ hasNotText: '€' });
    const title = (await card.first().locator('h3').textContent())?.trim();
    await card.first().locator('button[part~="apply"]').click();
    // React swapped the catalogue for the form of that course (the `event` prop).
    const form = page.locator('koto-enrolment-form');
    await form.locator('#course-title', { hasText: title }).waitFor();
    await form.locator('#start').click();
    for (const [id, value] of [
      ['f-firstName', 'Amina'],
      ['f-lastName', 'Yusuf'],
      ['f-dobDay', '15'],
      ['f-dobMonth', '3'],
      ['f-dobYear', '1990'],
      ['f-phone', '0401234567'],
    ])
      await form.locator(`#${id}`).fill(value);
    await form.locator('#f-phone').press('Enter');
    await form.locator('#f-nativeLanguage').selectOption('ar');
    await form.locator('#f-finnishLevel-0').check();
    await form.locator('#f-latinAlphabet-0').check();
    await form.locator('#f-schoolYears').fill('9');
    await form.locator('#f-schoolYears').press('Enter');
    for (const id of ['f-employmentClient-0', 'f-integrationPlan-0', 'f-timeOfDay-0'])
      await form.locator(`#${id}`).check();
    await form.locator('#f-timeOfDay-0').press('Enter');
    await form.locator('#f-interpreter-1').check(); // no interpreter
    await form.locator('#f-interpreter-1').press('Enter');
    await form.locator('#f-consent').check();
    await form.locator('#f-consent').press('Enter');
    await form.locator('#done-title').waitFor();
    // onEnrolmentSubmitted reached React state: the course id and the attendee status.
    await page.locator('#sent', { hasText: /^porvoo:koto-\d+: (attending|waitlisted)$/ }).waitFor();
    assert.deepEqual(await axe(page), [], 'axe');
    assert.deepEqual(errors, [], 'no errors in the console');
  } catch (error) {
    await page.screenshot({ path: join(RESULTS, 'react-app-failure.png'), fullPage: true });
    throw error;
  } finally {
    await page.close();
  }
});
