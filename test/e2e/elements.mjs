// @ts-check
/**
 * Shared steps of the end-to-end tests: each of the four elements renders its data and
 * takes a first step (the catalogue's details view, a held seat, the week of free times,
 * the office from PTV). Not a test file itself.
 */

/**
 * Waits for a selector inside an element's shadow root.
 * @param {import('playwright-core').Page} page
 * @param {string} host
 * @param {string} selector
 */
export const inShadow = (page, host, selector, timeout = 10_000) =>
  page.waitForFunction(([h, s]) => !!document.querySelector(h)?.shadowRoot?.querySelector(s), [host, selector], {
    timeout,
  });

/** @param {import('playwright-core').Page} page */
export async function exercise(page) {
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

/** The policy README.md documents for cities (without the API origins the fake does not need). */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html dompurify',
].join('; ');
