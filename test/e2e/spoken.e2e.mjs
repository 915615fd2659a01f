// @ts-check
/**
 * What a screen reader user hears (issue #15): the key moments of each flow on the demo page,
 * in Finnish and in Arabic, recorded from Chromium's accessibility tree (./speech.mjs says what
 * that models). Each message must be heard exactly once, in the page's language: not missed,
 * and not said twice (by a live region and by the focus moving to it, say).
 *
 * Each page keeps only the element under test (the others are taken out as the page is
 * parsed), so the tree polled stays small. The clock is KOTO_NOW (a Tuesday morning unless
 * the run sets another instant).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';

process.env.KOTO_NOW ??= '2027-03-16T10:00+02:00';
const { useDemoPage } = await import('./harness.mjs');
const { heardTimes, recordSpeech } = await import('./speech.mjs');
const { t } = await import('./keyboard.mjs');

const env = useDemoPage();

/**
 * An instant when the first office of the fake's contact card is open, whatever day KOTO_NOW
 * is: 10.00 in Helsinki on the next Monday to Thursday within six days (its hours are 9–15
 * then; the seed closes it on a Wednesday 7–13 days ahead and at Christmas, 24–26 December).
 * @param {number} from
 */
function officeOpenAfter(from) {
  const helsinki = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Helsinki',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    hourCycle: 'h23',
    weekday: 'short',
  });
  const parts = (/** @type {number} */ at) =>
    Object.fromEntries(helsinki.formatToParts(at).map((p) => [p.type, p.value]));
  for (let day = 1; day <= 6; day++) {
    const { year, month, day: date, weekday } = parts(from + day * 86_400_000);
    if (!['Mon', 'Tue', 'Wed', 'Thu'].includes(weekday ?? '') || (month === '12' && /^2[456]$/.test(date ?? '')))
      continue;
    for (const offset of ['+02:00', '+03:00']) {
      const at = Date.parse(`${year}-${month}-${date}T10:00${offset}`);
      if (parts(at).hour === '10') return at;
    }
  }
  throw new Error(`no working day within six days of ${new Date(from).toISOString()}`);
}

const LOCALES = ['fi', 'ar'].filter((l) => existsSync(`xliff/${l}.xlf`));
const ELEMENTS = ['koto-course-catalogue', 'koto-enrolment-form', 'koto-guidance-booking', 'koto-contact-card'];

/**
 * The demo page with only `tag` of the four elements, and a recorder on it.
 * @param {string} locale
 * @param {string} tag
 * @param {string} [address] more of the query, and the fragment
 */
async function open(locale, tag, address = '') {
  const context = await env.browser.newContext({ viewport: { width: 1100, height: 900 } });
  await context.addInitScript(
    ([keep, all]) => {
      new MutationObserver((records) => {
        for (const r of records)
          for (const n of r.addedNodes)
            if (n instanceof Element && all.includes(n.localName) && n.localName !== keep) n.remove();
      }).observe(document, { childList: true, subtree: true });
    },
    [tag, ELEMENTS],
  );
  const page = await context.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${env.server.url}?lang=${locale}${address}`);
  await page.waitForLoadState('networkidle');
  const speech = await recordSpeech(page);
  return { page, context, errors, speech };
}

/**
 * A sentence of the interface in `locale`, with its placeholders filled; a pattern when a
 * placeholder stands for a number not known beforehand (`values` item `null`).
 * @param {string} locale
 * @param {string} english the source, placeholders as in the XLIFF file
 * @param {(string | null)[]} [values]
 */
function sentence(locale, english, values = []) {
  const text = t(locale, english);
  if (!values.includes(null)) return text.replace(/<x id="(\d+)"[^>]*\/>/g, (_, i) => values[Number(i)] ?? '');
  const parts = text.split(/<x id="(\d+)"[^>]*\/>/);
  const escape = (/** @type {string} */ s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(parts.map((p, i) => (i % 2 ? (values[Number(p)] ?? '\\d+') : escape(p))).join(''));
}

/**
 * Asserts that `expected` was heard exactly once in `heard`, in `lang`.
 * @param {import('./speech.mjs').Utterance[]} heard
 * @param {string | RegExp} expected
 * @param {string} lang
 */
function heardOnce(heard, expected, lang) {
  const { times, langs } = heardTimes(heard, expected);
  const said = JSON.stringify(
    heard.map((u) => `${u.kind} [${u.lang}] ${u.text}`),
    null,
    1,
  );
  assert.equal(times, 1, `"${expected}" heard ${times} times; heard: ${said}`);
  assert.deepEqual(langs, [lang], `"${expected}" in ${langs}, not ${lang}`);
}

/** @param {import('playwright-core').Page} page @param {string} host @param {string} selector */
const inShadow = (page, host, selector) =>
  page.waitForFunction(([h, s]) => !!document.querySelector(h)?.shadowRoot?.querySelector(s), [host, selector], {
    timeout: 15_000,
  });

for (const locale of LOCALES) {
  describe(`${locale}: the catalogue says how many courses a filter finds`, () => {
    test('the count, once, after "Enrolment open now" is ticked', async () => {
      const { page, context, errors, speech } = await open(locale, 'koto-course-catalogue');
      await inShadow(page, 'koto-course-catalogue', 'li.card:not(.skeleton-card) h3');
      await page.locator('koto-course-catalogue #f-open').focus();
      const heard = await speech.during(() => page.keyboard.press('Space'));
      heardOnce(heard, sentence(locale, '<x id="0" equiv-text="${total}"/> courses found', [null]), locale);
      assert.deepEqual(errors, []);
      await context.close();
    });
  });

  describe(`${locale}: the enrolment form's error summary`, () => {
    test('is heard once when a step is sent with answers missing (focus moves to it; it is no alert)', async () => {
      const { page, context, errors, speech } = await open(
        locale,
        'koto-enrolment-form',
        '&course=porvoo:koto-06#enrol',
      );
      const form = page.locator('koto-enrolment-form');
      await form.locator('#start').click();
      await inShadow(page, 'koto-enrolment-form', 'input[name="firstName"]');
      const heard = await speech.during(() => form.locator('button[type="submit"]').click());
      heardOnce(heard, t(locale, 'Check these answers'), locale);
      assert.equal(heard[0]?.kind, 'focus', 'heard as focus lands on it');
      assert.deepEqual(errors, []);
      await context.close();
    });
  });

  describe(`${locale}: the seat hold`, () => {
    test('warns once before the hold ends, and says once that a new seat is held', async () => {
      const { page, context, errors, speech } = await open(
        locale,
        'koto-enrolment-form',
        '&course=porvoo:koto-06#enrol',
      );
      const form = page.locator('koto-enrolment-form');
      await form.locator('#start').click();
      await inShadow(page, 'koto-enrolment-form', 'input[name="firstName"]');
      await form.locator('#f-firstName').fill('Amina');
      // The element's own clock, moved on: 2.5 minutes left, then one second past the end.
      const skewTo = (/** @type {number} */ left) =>
        page.evaluate((left) => {
          const el = /** @type {any} */ (document.querySelector('koto-enrolment-form'));
          const deadline = el.seat.hold.deadline;
          const skew = deadline - left - Date.now();
          el.now = () => Date.now() + skew;
        }, left);
      const warned = await speech.during(() => skewTo(150_000), { quiet: 1500 });
      heardOnce(
        warned,
        t(locale, 'Your seat is held for 3 more minutes. Send soon. What you typed stays here.'),
        locale,
      );
      const renewed = await speech.during(() => skewTo(-1000), { quiet: 1500 });
      heardOnce(
        renewed,
        t(locale, 'The time ran out. We hold a new seat for you. What you typed is still here.'),
        locale,
      );
      assert.equal(
        heardTimes(renewed, t(locale, 'Your seat is held for 3 more minutes. Send soon. What you typed stays here.'))
          .times,
        0,
      );
      assert.deepEqual(errors, []);
      await context.close();
    });
  });

  describe(`${locale}: the booking`, () => {
    /** The demo page's booking, on its details step with name and phone filled in. */
    async function details() {
      const opened = await open(locale, 'koto-guidance-booking', '#guidance');
      const { page } = opened;
      const booking = page.locator('koto-guidance-booking');
      await inShadow(page, 'koto-guidance-booking', 'input[name="topic"]');
      await booking.locator('input[name="resource"][value="porvoo-ohjaus-1"]').check();
      await booking.locator('input[name="topic"]').first().check();
      await booking.locator('input[name="mode"][value="in-person"]').check();
      await booking.locator('form button[type="submit"]').click();
      await booking.locator('button.slot').first().click();
      await inShadow(page, 'koto-guidance-booking', '#name');
      await booking.locator('#name').fill('Amina Yusuf');
      await booking.locator('#phone').fill('040 123 4567');
      return { ...opened, booking };
    }

    test('the confirmation is heard once, as focus moves to it', async () => {
      const { page, context, errors, speech, booking } = await details();
      const heard = await speech.during(async () => {
        await booking.locator('form button[type="submit"]').click();
        await inShadow(page, 'koto-guidance-booking', '[part~="confirmation"]');
      });
      heardOnce(heard, t(locale, 'Your appointment is booked'), locale);
      assert.deepEqual(errors, []);
      await context.close();
    });

    test('a booking that fails is heard once: focus moves to why, which is no alert besides', async () => {
      const { page, context, speech, booking } = await details();
      await fetch(new URL('/mock-api/demo/__control/fault', env.server.url), {
        method: 'POST',
        body: JSON.stringify({ api: 'respa', method: 'POST', path: 'reservation/', fault: 'status=503' }),
      });
      const heard = await speech.during(async () => {
        await booking.locator('form button[type="submit"]').click();
        await inShadow(page, 'koto-guidance-booking', '#submit-error');
      });
      heardOnce(heard, t(locale, 'Your information is saved.'), locale);
      // Nothing after it: not "Booking the time…", which no longer holds.
      assert.match(heard.at(-1)?.text ?? '', new RegExp(`${t(locale, 'Your information is saved.')}$`));
      await context.close();
    });

    test('a cancel that fails is heard once: focus moves to why, which is no alert besides', async () => {
      const { page, context, errors, speech, booking } = await details();
      // Another learner's phone: Respa (and the fake) allow one phone only so many bookings.
      await booking.locator('#phone').fill('040 765 4321');
      await booking.locator('form button[type="submit"]').click();
      await inShadow(page, 'koto-guidance-booking', '#cancel-open');
      await booking.locator('#cancel-open').click();
      await fetch(new URL('/mock-api/demo/__control/fault', env.server.url), {
        method: 'POST',
        // A DELETE is tried three times by the client: each fails.
        body: JSON.stringify({ api: 'respa', method: 'DELETE', path: 'reservation/', fault: 'status=503', times: 3 }),
      });
      const heard = await speech.during(async () => {
        await booking.locator('#cancel-yes').click();
        await inShadow(page, 'koto-guidance-booking', '#cancel-error');
      });
      heardOnce(heard, t(locale, 'The service has a problem right now. Try again in a moment.'), locale);
      assert.equal(
        heard.find((u) => u.text.includes(t(locale, 'The service has a problem right now. Try again in a moment.')))
          ?.kind,
        'focus',
      );
      // Cancelled after all, so that the time is free again for the tests after this one.
      await booking.locator('#cancel-yes').click();
      await page.waitForFunction(
        () => !document.querySelector('koto-guidance-booking')?.shadowRoot?.querySelector('#cancel-question'),
        undefined,
        { timeout: 15_000 },
      );
      assert.deepEqual(errors, []);
      await context.close();
    });
  });

  describe(`${locale}: the contact card's "open now" line`, () => {
    test('is read in the page language, and not spoken on its own', async () => {
      const { page, context, errors, speech } = await open(locale, 'koto-contact-card', '#contacts');
      await inShadow(page, 'koto-contact-card', '[part~="status"]');
      const heardOnLoad = await speech.during(() =>
        page.evaluate(
          (at) => {
            const card = /** @type {any} */ (document.querySelector('koto-contact-card'));
            card.now = () => at;
          },
          officeOpenAfter(Date.parse(/** @type {string} */ (process.env.KOTO_NOW))),
        ),
      );
      const read = await speech.read(
        'document.querySelector("koto-contact-card").shadowRoot.querySelector(\'[part~="status"]\')',
      );
      heardOnce(read, t(locale, 'Open now.'), locale);
      assert.equal(heardTimes(heardOnLoad, t(locale, 'Open now.')).times, 0, 'not a live region: it would chatter');
      assert.deepEqual(errors, []);
      await context.close();
    });
  });
}

describe('the recorder itself (a static page): a message not spoken, or spoken twice, fails', () => {
  /**
   * A page of `html`, recorded while `change` runs in it.
   * @param {string} html
   * @param {string} change a function body run in the page
   * @param {string} [setup] a function body run in the page before the recording starts
   */
  async function hear(html, change, setup) {
    const page = await env.browser.newPage();
    await page.setContent(`<!doctype html><html lang="fi"><body>${html}</body></html>`);
    if (setup) await page.evaluate(setup);
    const speech = await recordSpeech(page, { interval: 30 });
    const heard = await speech.during(() => page.evaluate(change), { quiet: 300 });
    await page.close();
    return heard;
  }
  const once = (/** @type {import('./speech.mjs').Utterance[]} */ heard, /** @type {string} */ text) =>
    heardOnce(heard, text, 'fi');

  test('a polite region that changes is heard once, with the language of its text', async () => {
    const heard = await hear(
      '<div role="status" id="s"></div>',
      'document.getElementById("s").textContent = "Kursseja löytyi: 3"',
    );
    once(heard, 'Kursseja löytyi: 3');
  });

  test('the same message in two live regions is heard twice, and fails', async () => {
    const heard = await hear(
      '<div role="status" id="a"></div><div aria-live="polite" id="b"></div>',
      'for (const id of ["a", "b"]) document.getElementById(id).textContent = "Kursseja löytyi: 3"',
    );
    assert.equal(heardTimes(heard, 'Kursseja löytyi: 3').times, 2);
    assert.throws(() => once(heard, 'Kursseja löytyi: 3'), /heard 2 times/);
  });

  test('a message put where no reader listens is not heard, and fails', async () => {
    const heard = await hear('<div id="s"></div>', 'document.getElementById("s").textContent = "Kursseja löytyi: 3"');
    assert.throws(() => once(heard, 'Kursseja löytyi: 3'), /heard 0 times/);
  });

  test('a notice that takes focus and is role="alert" is heard twice; without the role, once', async () => {
    const show = (/** @type {string} */ role) => `
      const notice = document.createElement('div');
      notice.tabIndex = -1;
      ${role ? `notice.setAttribute('role', '${role}');` : ''}
      notice.textContent = 'Tietosi ovat tallessa.';
      document.body.append(notice);
      notice.focus();`;
    assert.equal(heardTimes(await hear('<p>Lomake</p>', show('alert')), 'Tietosi ovat tallessa.').times, 2);
    once(await hear('<p>Lomake</p>', show('')), 'Tietosi ovat tallessa.');
  });

  test('in a shadow root, the language is the nearest lang across the boundary', async () => {
    const heard = await hear(
      '<div lang="ar" id="host"></div>',
      `document.getElementById('host').shadowRoot.firstElementChild.textContent = 'معلوماتك محفوظة.'`,
      // The empty region exists before the recording starts (a region that is new and already
      // full when first seen is not heard, as with a screen reader): on a busy machine a timer
      // in the change itself could fire before the first look.
      `document.getElementById('host').attachShadow({ mode: 'open' }).innerHTML = '<div role="status"></div>'`,
    );
    heardOnce(heard, 'معلوماتك محفوظة.', 'ar');
  });

  test('an atomic region is heard whole; another, only what was added', async () => {
    const heard = await hear(
      '<div role="status" aria-atomic="true" id="a"><span>Viikko 50.</span> <span id="a1"></span></div>' +
        '<div aria-live="polite" id="b"><p>Viikko 50.</p></div>',
      `document.getElementById('a1').textContent = 'Kolme aikaa.';
       const p = document.createElement('p'); p.textContent = 'Neljä aikaa.'; document.getElementById('b').append(p);`,
    );
    assert.equal(heardTimes(heard, 'Viikko 50. Kolme aikaa.').times, 1);
    once(heard, 'Neljä aikaa.');
    assert.equal(heardTimes(heard, 'Viikko 50.').times, 1, 'the second region says only what was added');
  });
});
