// @ts-check
/**
 * The four elements from the CDN file on a page under a strict Content-Security-Policy with
 * Trusted Types: each renders its data (the catalogue's details view through DOMPurify too)
 * with zero `securitypolicyviolation` events. Run after `npm run build`.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, startStaticServer } from './harness.mjs';

/** The policy README.md documents for cities. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html dompurify',
].join('; ');

/** @type {Awaited<ReturnType<typeof startStaticServer>>} */ let server;
/** @type {Awaited<ReturnType<typeof launchBrowser>>} */ let browser;

before(async () => {
  server = await startStaticServer({ csp: CSP });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Runs `fn` on the CSP page; returns the violations and CSP/Trusted Types errors seen. */
async function underPolicy(policy, fn) {
  const local = policy === CSP ? server : await startStaticServer({ csp: policy });
  const page = await browser.newPage();
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
    if (local !== server) await local.close();
  }
}

/** Waits for a selector inside an element's shadow root. */
const inShadow = (page, host, selector, timeout = 10_000) =>
  page.waitForFunction(([h, s]) => !!document.querySelector(h)?.shadowRoot?.querySelector(s), [host, selector], {
    timeout,
  });

async function exercise(page) {
  // Catalogue: the list, then one course's details (sanitised by DOMPurify).
  await inShadow(page, 'koto-course-catalogue', 'li.card:not(.skeleton-card) h3');
  await page.locator('koto-course-catalogue li.card button[aria-expanded="false"]').first().click();
  await inShadow(page, 'koto-course-catalogue', '.description');
  // Enrolment form: the course, then the first step after holding a seat.
  await inShadow(page, 'koto-enrolment-form', '#course-title');
  await page.locator('koto-enrolment-form button', { hasText: 'Start enrolment' }).click();
  await inShadow(page, 'koto-enrolment-form', 'input[name="firstName"]');
  await page.locator('koto-enrolment-form input[name="firstName"]').fill('Amina');
  // Booking: the first step, then the week of free times.
  await inShadow(page, 'koto-guidance-booking', '#step-heading');
  await page.locator('koto-guidance-booking input[name="topic"]').first().check();
  await page.locator('koto-guidance-booking input[name="mode"]').first().check();
  await page.locator('koto-guidance-booking form button[type="submit"]').click();
  await inShadow(page, 'koto-guidance-booking', 'button.slot, .day .none');
  // Contact card: the person, and the office from PTV.
  await inShadow(page, 'koto-contact-card', '[part~="office"] h2, [part~="office"] h3');
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
