// @ts-check
/**
 * The four elements from the CDN file on a page under a strict Content-Security-Policy with
 * Trusted Types: each renders its data (the catalogue's details view through DOMPurify too)
 * with zero `securitypolicyviolation` events. Run after `npm run build`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startStaticServer, useStaticPages } from './harness.mjs';
import { CSP, exercise } from './elements.mjs';

const env = useStaticPages({ csp: CSP });

/** Runs `fn` on the CSP page; returns the violations and CSP/Trusted Types errors seen. */
async function underPolicy(policy, fn) {
  const local = policy === CSP ? env.server : await startStaticServer({ csp: policy });
  const page = await env.browser.newPage();
  /** @type {string[]} */ const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Trusted Type|TrustedHTML|TrustedScript/i.test(m.text()))
      problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.addInitScript(() => {
    // @ts-expect-error test hook
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      // @ts-expect-error test hook
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
    );
  });
  try {
    await page.goto(`${local.url}csp.html`);
    await fn(page);
    await page.waitForTimeout(300);
    // @ts-expect-error test hook
    problems.push(...(await page.evaluate(() => window.__violations)));
    return problems;
  } finally {
    await page.close();
    if (local !== env.server) await local.close();
  }
}

test('every element works under a strict CSP with Trusted Types, with no violation', async () => {
  const problems = await underPolicy(CSP, exercise);
  assert.deepEqual(problems, []);
});

test('the policy list is the smallest: without either policy name, something is blocked', async () => {
  for (const name of ['lit-html', 'dompurify']) {
    const policy = CSP.replace(` ${name}`, '');
    const problems = await underPolicy(policy, (page) => exercise(page).catch(() => undefined));
    assert.ok(problems.length > 0, `${name} is needed`);
  }
});
