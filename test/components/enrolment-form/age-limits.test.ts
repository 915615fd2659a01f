import { expect } from '@open-wc/testing';
import { mockApi, type MockApi } from '../../helpers/mock.js';
import { addDays, isoDateOf, parseInstant, parseIsoDate } from '../../../src/shared/time.js';
import type { KotoEnrolmentForm } from '../../../src/components/enrolment-form/enrolment-form.component.js';
import {
  COURSE,
  errorOf,
  fill,
  fillAll,
  makeForm,
  next,
  send,
  sent,
  shadow,
  start,
  stepTitle,
  waitUntil,
} from './helpers.js';

/** The date `years` before `date` (the next day when that would be 29 February of a common year). */
function yearsBefore(date: string, years: number): string {
  const { year, month, day } = parseIsoDate(date)!;
  const iso = `${year - years}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return parseIsoDate(iso) ? iso : yearsBefore(addDays(date, 1), years);
}

async function fillDob(el: KotoEnrolmentForm, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-');
  await fill(el, 'dobDay', String(Number(day)));
  await fill(el, 'dobMonth', String(Number(month)));
  await fill(el, 'dobYear', year!);
}

describe('<koto-enrolment-form> checks the age limits on the day the course starts', function () {
  // Many requests and renders per test: room for three engines sharing two cores.
  this.timeout(30_000);
  let api: MockApi;
  /** The first day of the course (registration 105: at least 17 years old), in Helsinki. */
  let courseStart: string;
  beforeEach(async () => {
    api = await mockApi();
    const event = await api.putEvent({ id: COURSE.openShort });
    courseStart = isoDateOf(parseInstant(event.start_time)!);
    // Weeks away: someone can be 16 today and 17 when it starts.
    expect(courseStart > addDays(isoDateOf(Date.now()), 7)).to.equal(true);
  });

  it('accepts, and sends, a learner who is 16 today and turns 17 before the course starts', async () => {
    const el = await makeForm(api, { event: COURSE.openShort });
    await start(el);
    await fillAll(el, false);
    // Back to the date of birth with its "Change" link on the last step.
    const change = [...shadow(el).querySelectorAll<HTMLButtonElement>('.answers button')].find((b) =>
      b.textContent!.includes('Date of birth'),
    )!;
    change.click();
    await el.updateComplete;
    await fillDob(el, yearsBefore(addDays(isoDateOf(Date.now()), 5), 17));
    expect(errorOf(el, 'dob')).to.equal('');
    for (let i = 0; i < 4; i++) await next(el);
    expect(stepTitle(el)).to.equal('Check and send');
    await send(el);
    await waitUntil(() => sent(el), 'sent');
    expect((await api.state()).signups).to.equal(1);
  });

  it('refuses a learner who turns 17 only after the course has started', async () => {
    const el = await makeForm(api, { event: COURSE.openShort });
    await start(el);
    await fillDob(el, yearsBefore(addDays(courseStart, 1), 17));
    expect(errorOf(el, 'dob')).to.contain('You must be at least 17 years old for this course.');
  });
});
