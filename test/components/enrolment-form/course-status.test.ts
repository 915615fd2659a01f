/**
 * A cancelled or postponed course takes no enrolment: the form says so plainly and what the
 * learner can do, and holds no seat (issue 15, finding 2). Linked Events keeps such a course's
 * registration open as it was, so the status, not the registration, decides.
 */
import { expect } from '@open-wc/testing';
import { mockApi, type MockApi } from '../../helpers/mock.js';
import { $, COURSE, makeForm, text } from './helpers.js';
import { blockedBy, isHardBlock } from '../../../src/components/enrolment-form/phase.js';
import type { Registration } from '../../../src/api/linked-events/registration.js';

/** Seed courses whose registrations are open and have seats. */
const CANCELLED = 'porvoo:koto-29';
const POSTPONED = 'porvoo:koto-17';

const SAYS = {
  en: {
    cancelled: 'This course is cancelled. You cannot enrol in it. Look for another course.',
    postponed:
      'This course is postponed. It has no new dates yet, so you cannot enrol now. Look for another course, or come back later.',
  },
  fi: {
    cancelled: 'Tämä kurssi on peruttu. Et voi ilmoittautua sille. Etsi toinen kurssi.',
    postponed:
      'Tämä kurssi on siirretty myöhemmäksi. Uusia päiviä ei ole vielä, joten et voi ilmoittautua nyt. Etsi toinen kurssi tai tule myöhemmin uudelleen.',
  },
  sv: {
    cancelled: 'Den här kursen är inställd. Du kan inte anmäla dig till den. Sök en annan kurs.',
    postponed:
      'Den här kursen är uppskjuten. Den har inga nya datum än, så du kan inte anmäla dig nu. Sök en annan kurs eller kom tillbaka senare.',
  },
  uk: {
    cancelled: 'Цей курс скасовано. Записатися на нього не можна. Пошукайте інший курс.',
    postponed:
      'Цей курс перенесено. Нових дат ще немає, тому записатися зараз не можна. Пошукайте інший курс або поверніться пізніше.',
  },
  ru: {
    cancelled: 'Этот курс отменён. Записаться на него нельзя. Найдите другой курс.',
    postponed:
      'Этот курс перенесён. Новых дат пока нет, поэтому записаться сейчас нельзя. Найдите другой курс или вернитесь позже.',
  },
  ar: {
    cancelled: 'تم إلغاء هذه الدورة. لا يمكنك التسجيل فيها. ابحث عن دورة أخرى.',
    postponed:
      'تم تأجيل هذه الدورة. لا توجد مواعيد جديدة بعد، لذلك لا يمكنك التسجيل الآن. ابحث عن دورة أخرى، أو عُد لاحقًا.',
  },
} as const;

const notice = (el: Awaited<ReturnType<typeof makeForm>>) => $(el, '#blocked strong')?.textContent?.trim();

describe('<koto-enrolment-form> with a cancelled or postponed course', function () {
  // Several forms and axe: room for three engines sharing two cores.
  this.timeout(30_000);
  let api: MockApi;
  beforeEach(async () => {
    api = await mockApi();
  });

  for (const lang of Object.keys(SAYS) as (keyof typeof SAYS)[]) {
    it(`refuses to start and says what the learner can do instead (${lang})`, async () => {
      const cancelled = await makeForm(api, { event: CANCELLED, lang });
      expect(notice(cancelled)).to.equal(SAYS[lang].cancelled);
      expect($(cancelled, '#start')).to.equal(null);
      // The way back to the other courses.
      expect($(cancelled, '#blocked a.catalogue-link')).to.not.equal(null);
      const postponed = await makeForm(api, { event: POSTPONED, lang });
      expect(notice(postponed)).to.equal(SAYS[lang].postponed);
      expect($(postponed, '#start')).to.equal(null);
      expect((await api.state()).seatReservations).to.equal(0);
      if (lang === 'en' || lang === 'ar') await expect(cancelled).to.be.accessible();
    });
  }

  it('says so for a course without a registration too, rather than "not online"', async () => {
    // Course 31 of the seed has no registration.
    await api.putEvent({ id: 'porvoo:koto-31', event_status: 'EventCancelled' });
    const el = await makeForm(api, { event: 'porvoo:koto-31' });
    expect(notice(el)).to.equal(SAYS.en.cancelled);
    expect(text(el)).to.not.contain('You cannot enrol in this course online');
  });

  it('says so for a course that takes a payment, instead of leading to the payment', async () => {
    // Course 22 of the seed: its registration takes a payment.
    await api.putEvent({ id: 'porvoo:koto-22', event_status: 'EventPostponed' });
    const el = await makeForm(api, { event: 'porvoo:koto-22' });
    expect(notice(el)).to.equal(SAYS.en.postponed);
    expect($(el, '#payment')).to.equal(null);
  });

  it('a course that was only rescheduled is enrolled in as usual', async () => {
    await api.putEvent({ id: COURSE.open, event_status: 'EventRescheduled' });
    const el = await makeForm(api, { event: COURSE.open });
    expect($(el, '#blocked')).to.equal(null);
    expect($(el, '#start')).to.not.equal(null);
  });

  describe('why enrolment is not possible', () => {
    const open = { enrolment: { state: 'open' }, full: false } as Registration;

    it('the status wins over an open registration, and nothing can be filled in', () => {
      for (const status of ['cancelled', 'postponed'] as const) {
        const blocked = blockedBy(open, undefined, { status });
        expect(blocked?.reason).to.equal(status);
        expect(isHardBlock(blocked, open)).to.equal(true);
        expect(blockedBy(undefined, undefined, { status })?.reason).to.equal(status);
      }
      expect(blockedBy(open, undefined, { status: 'rescheduled' })).to.equal(undefined);
      expect(blockedBy(open, undefined)).to.equal(undefined);
    });
  });
});
