import { expect } from '@open-wc/testing';
import {
  checkContext,
  checkField,
  dateOfBirth,
  emptyDraft,
  fieldOfServerPath,
  firstInvalidStep,
  staffNote,
  stepFields,
  toSignupGroup,
  type CheckContext,
  type Draft,
  type FieldKey,
} from '../../../src/components/enrolment-form/draft.js';
import type { Registration } from '../../../src/api/linked-events/registration.js';
import { ageOn } from '../../../src/shared/time.js';

const ctx: CheckContext = {
  mandatory: new Set(['first_name', 'last_name', 'phone_number']),
  minAge: 17,
  today: '2026-11-27',
  ageOn: '2026-11-27',
};
const draft = (patch: Partial<Draft>): Draft => ({ ...emptyDraft(), ...patch });

const complete = draft({
  firstName: ' Amina ',
  lastName: 'Yusuf',
  dobDay: '5',
  dobMonth: '03',
  dobYear: '1990',
  phone: '+358 40 123 4567',
  nativeLanguage: 'zh',
  finnishLevel: 'none',
  latinAlphabet: 'some',
  schoolYears: '0',
  employmentClient: 'no',
  integrationPlan: 'unknown',
  timeOfDay: 'evening',
  interpreter: 'no',
  consent: true,
});

const registration: Registration = {
  id: '105',
  enrolment: { state: 'open' },
  waitingListOnly: false,
  full: false,
  mandatoryFields: ['first_name', 'last_name', 'phone_number'],
};

describe('enrolment form: the draft and its checks', () => {
  describe('checking one answer', () => {
    const cases: [string, FieldKey, Partial<Draft>, string | undefined][] = [
      ['empty first name', 'firstName', { firstName: '  ' }, 'required'],
      ['a first name', 'firstName', { firstName: 'Amina' }, undefined],
      ['a Finnish mobile number with spaces', 'phone', { phone: '040 123 4567' }, undefined],
      ['an international number with dashes', 'phone', { phone: '+358-40-123-4567' }, undefined],
      ['letters for a phone number', 'phone', { phone: 'abc' }, 'invalid'],
      ['too short a phone number', 'phone', { phone: '040 12' }, 'invalid'],
      ['no e-mail (optional)', 'email', { email: '' }, undefined],
      ['half an e-mail', 'email', { email: 'amina@' }, 'invalid'],
      ['no date of birth', 'dob', {}, 'required'],
      ['30 February', 'dob', { dobDay: '30', dobMonth: '2', dobYear: '1990' }, 'invalid'],
      ['a two-digit year', 'dob', { dobDay: '1', dobMonth: '2', dobYear: '90' }, 'invalid'],
      ['a date in the future', 'dob', { dobDay: '1', dobMonth: '1', dobYear: '2027' }, 'invalid'],
      [
        '16 years old the day before the 17th birthday',
        'dob',
        { dobDay: '28', dobMonth: '11', dobYear: '2009' },
        'tooYoung',
      ],
      ['17 on the birthday', 'dob', { dobDay: '27', dobMonth: '11', dobYear: '2009' }, undefined],
      ['four-digit postal code', 'zipcode', { zipcode: '0610' }, 'invalid'],
      ['"other" language without its name', 'nativeLanguageOther', { nativeLanguage: 'other' }, 'required'],
      ['a listed language needs no name', 'nativeLanguageOther', { nativeLanguage: 'ar' }, undefined],
      ['0 years of school', 'schoolYears', { schoolYears: '0' }, undefined],
      ['years of school in words', 'schoolYears', { schoolYears: 'nine' }, 'invalid'],
      ['no answer to a yes/no question', 'employmentClient', {}, 'required'],
      ['interpreter without a language', 'interpreterLanguage', { interpreter: 'yes' }, 'required'],
      [
        'an interpreter language from the list',
        'interpreterLanguage',
        { interpreter: 'yes', interpreterLanguage: 'ar' },
        undefined,
      ],
      [
        '"other" interpreter language without its name',
        'interpreterLanguageOther',
        { interpreter: 'yes', interpreterLanguage: 'other', interpreterLanguageOther: ' ' },
        'required',
      ],
      [
        'a written interpreter language',
        'interpreterLanguageOther',
        { interpreter: 'yes', interpreterLanguage: 'other', interpreterLanguageOther: 'dari' },
        undefined,
      ],
      [
        'no interpreter: a written language is not asked for',
        'interpreterLanguageOther',
        { interpreter: 'no', interpreterLanguage: 'other' },
        undefined,
      ],
      ['no consent', 'consent', { consent: false }, 'required'],
    ];
    for (const [name, key, patch, expected] of cases) {
      it(`${name} → ${expected ?? 'fine'}`, () => {
        expect(checkField(key, draft(patch), ctx)).to.equal(expected);
      });
    }

    it('checks the upper age limit too', () => {
      const d = draft({ dobDay: '1', dobMonth: '1', dobYear: '1950' });
      expect(checkField('dob', d, { ...ctx, maxAge: 64 })).to.equal('tooOld');
    });
  });

  describe('the age limits, on the day the course starts (as Linked Events counts them)', () => {
    // Today is 2026-11-27; the course starts on 2027-01-10.
    const atStart = { ...ctx, ageOn: '2027-01-10' };
    const dob = (iso: string) => {
      const [year, month, day] = iso.split('-');
      return draft({ dobDay: day!, dobMonth: month!, dobYear: year! });
    };

    it('accepts someone who is 16 today and 17 when the course starts', () => {
      expect(checkField('dob', dob('2009-12-01'), ctx)).to.equal('tooYoung');
      expect(checkField('dob', dob('2009-12-01'), atStart)).to.equal(undefined);
      expect(checkField('dob', dob('2010-01-10'), atStart)).to.equal(undefined);
    });

    it('refuses someone who turns 17 only after the course has started', () => {
      expect(checkField('dob', dob('2010-01-11'), atStart)).to.equal('tooYoung');
    });

    it('counts the upper limit on the same day: 64 today, 65 when the course starts, is too old', () => {
      expect(checkField('dob', dob('1962-01-05'), { ...ctx, maxAge: 64 })).to.equal(undefined);
      expect(checkField('dob', dob('1962-01-05'), { ...atStart, maxAge: 64 })).to.equal('tooOld');
    });

    it('still calls a date of birth after today wrong, whenever the course starts', () => {
      expect(checkField('dob', dob('2026-12-01'), atStart)).to.equal('invalid');
    });

    it('takes the later of today and the start date, and today when the start is unknown', () => {
      expect(checkContext(registration, '2026-11-27', '2027-01-10').ageOn).to.equal('2027-01-10');
      expect(checkContext(registration, '2026-11-27', '2026-09-01').ageOn).to.equal('2026-11-27');
      expect(checkContext(registration, '2026-11-27', undefined).ageOn).to.equal('2026-11-27');
    });
  });

  it('reads a date of birth from three boxes and counts full years', () => {
    expect(dateOfBirth({ dobDay: '5', dobMonth: '3', dobYear: '1990' })).to.equal('1990-03-05');
    expect(dateOfBirth({ dobDay: '29', dobMonth: '2', dobYear: '2023' })).to.equal(undefined);
    expect(ageOn('2000-02-29', '2026-02-28')).to.equal(25);
    expect(ageOn('2000-02-29', '2026-03-01')).to.equal(26);
  });

  it('asks for the address only when the registration makes it mandatory', () => {
    expect(stepFields(0, ctx)).not.to.include('city');
    expect(stepFields(0, { mandatory: new Set(['street_address', 'zipcode', 'city']) })).to.include.members([
      'streetAddress',
      'zipcode',
      'city',
    ]);
  });

  it('finds the first step with a missing answer', () => {
    expect(firstInvalidStep(complete, ctx)).to.equal(-1);
    expect(firstInvalidStep({ ...complete, timeOfDay: '' }, ctx)).to.equal(2);
  });

  it('writes the integration answers as labelled lines in Finnish for the staff', () => {
    expect(staffNote(complete, 'sv').split('\n')).to.deep.equal([
      'Äidinkieli: kiina',
      'Muut kielet: –',
      'Suomen kielen taito (oma arvio): ei vielä osaa suomea',
      'Lukee ja kirjoittaa latinalaisia kirjaimia: vähän',
      'Kouluvuodet: 0',
      'Työllisyyspalveluiden asiakas: ei',
      'Kotoutumissuunnitelma: ei tiedä',
      'Toivottu opiskeluaika: illalla',
      'Tarvitsee tulkin: ei',
      'Muut tarpeet: –',
      'Asiointikieli: ruotsi',
    ]);
  });

  it('says when the native language is in the learner’s own words (it may be in a script the staff cannot read)', () => {
    const native = staffNote({ ...complete, nativeLanguage: 'other', nativeLanguageOther: 'دری' }, 'fi').split('\n')[0];
    expect(native).to.equal('Äidinkieli: muu kieli, asiakkaan kirjoittamana: دری');
  });

  it('names the interpreter’s language in Finnish, or says the learner wrote it', () => {
    const line = (patch: Partial<Draft>) =>
      staffNote({ ...complete, interpreter: 'yes', ...patch }, 'fi')
        .split('\n')
        .find((l) => l.startsWith('Tarvitsee tulkin'));
    expect(line({ interpreterLanguage: 'ar' })).to.equal('Tarvitsee tulkin: kyllä, kieli: arabia');
    expect(line({ interpreterLanguage: 'ru' })).to.equal('Tarvitsee tulkin: kyllä, kieli: venäjä');
    expect(line({ interpreterLanguage: 'other', interpreterLanguageOther: ' دری ' })).to.equal(
      'Tarvitsee tulkin: kyllä, muu kieli, asiakkaan kirjoittamana: دری',
    );
  });

  it('sends a service language Linked Events accepts, and names the real one in the staff note', () => {
    for (const [locale, service, named] of [
      ['fi', 'fi', 'suomi'],
      ['sv', 'sv', 'ruotsi'],
      ['en', 'en', 'englanti'],
      ['uk', 'en', 'ukraina'],
      ['ru', 'en', 'venäjä'],
      ['ar', 'en', 'arabia'],
    ] as const) {
      const body = toSignupGroup(complete, { registration, reservationCode: 'abc', serviceLanguage: locale });
      expect(body.contactPerson.service_language, locale).to.equal(service);
      expect(body.signups[0]!.extra_info, locale).to.contain(`Asiointikieli: ${named}`);
    }
  });

  it('makes one signup and a contact person, with no address unless asked and no identity code', () => {
    const body = toSignupGroup(complete, { registration, reservationCode: 'abc', serviceLanguage: 'fi' });
    expect(body.registration).to.equal('105');
    expect(body.reservationCode).to.equal('abc');
    expect(body.contactPerson).to.deep.equal({
      first_name: 'Amina',
      last_name: 'Yusuf',
      phone_number: '+358 40 123 4567',
      service_language: 'fi',
      notifications: 'sms',
      native_language: 'zh_hans',
    });
    expect(body.signups).to.have.length(1);
    expect(body.signups[0]).to.include({ date_of_birth: '1990-03-05', user_consent: true });
    expect(body.signups[0]).not.to.have.any.keys('street_address', 'zipcode', 'city');
  });

  it('maps DRF error paths onto the questions', () => {
    expect(fieldOfServerPath('contact_person.email')).to.equal('email');
    expect(fieldOfServerPath('signups.0.date_of_birth')).to.equal('dob');
    expect(fieldOfServerPath('signups.0.zipcode')).to.equal('zipcode');
    expect(fieldOfServerPath('reservation_code')).to.equal(undefined);
    expect(fieldOfServerPath('seats')).to.equal(undefined);
  });
});
