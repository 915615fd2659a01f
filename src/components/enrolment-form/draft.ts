/**
 * What the learner types, how each answer is checked, and how the answers become a
 * Linked Events signup. Pure: no DOM, no I/O, no strings shown to the learner (those
 * are in `messages.ts`, so an error follows a language change).
 */
import type { Registration, SignupGroupInput } from '../../api/linked-events/registration.js';
import { ageOn, parseIsoDate } from '../../shared/time.js';
import { finnishLanguageName } from '../../shared/languages.js';

export type FinnishLevel = '' | 'none' | 'a1' | 'a2' | 'b1';
export type YesNo = '' | 'yes' | 'no';

export interface Draft {
  firstName: string;
  lastName: string;
  dobDay: string;
  dobMonth: string;
  dobYear: string;
  phone: string;
  email: string;
  streetAddress: string;
  zipcode: string;
  city: string;
  /** A language code from `languages.ts`, or `other`. */
  nativeLanguage: string;
  nativeLanguageOther: string;
  otherLanguages: string;
  finnishLevel: FinnishLevel;
  latinAlphabet: '' | 'yes' | 'some' | 'no';
  schoolYears: string;
  employmentClient: YesNo;
  integrationPlan: '' | 'yes' | 'no' | 'unknown';
  timeOfDay: '' | 'daytime' | 'evening' | 'either';
  interpreter: YesNo;
  /**
   * A language code from `languages.ts`, or `other`: the staff who book the interpreter
   * must be able to read it, whatever script the learner writes in.
   */
  interpreterLanguage: string;
  interpreterLanguageOther: string;
  otherNeeds: string;
  consent: boolean;
}

export const emptyDraft = (): Draft => ({
  firstName: '',
  lastName: '',
  dobDay: '',
  dobMonth: '',
  dobYear: '',
  phone: '',
  email: '',
  streetAddress: '',
  zipcode: '',
  city: '',
  nativeLanguage: '',
  nativeLanguageOther: '',
  otherLanguages: '',
  finnishLevel: '',
  latinAlphabet: '',
  schoolYears: '',
  employmentClient: '',
  integrationPlan: '',
  timeOfDay: '',
  interpreter: '',
  interpreterLanguage: '',
  interpreterLanguageOther: '',
  otherNeeds: '',
  consent: false,
});

/** A question as the learner sees it (the date of birth is one question in three boxes). */
export type FieldKey =
  | 'firstName'
  | 'lastName'
  | 'dob'
  | 'phone'
  | 'email'
  | 'streetAddress'
  | 'zipcode'
  | 'city'
  | 'nativeLanguage'
  | 'nativeLanguageOther'
  | 'otherLanguages'
  | 'finnishLevel'
  | 'latinAlphabet'
  | 'schoolYears'
  | 'employmentClient'
  | 'integrationPlan'
  | 'timeOfDay'
  | 'interpreter'
  | 'interpreterLanguage'
  | 'interpreterLanguageOther'
  | 'otherNeeds'
  | 'consent';

/** Why an answer is not accepted; `messages.ts` turns it into words that say what to do. */
export type ErrorCode = 'required' | 'invalid' | 'tooYoung' | 'tooOld';

/** What checking needs besides the answers. */
export interface CheckContext {
  /** Fields the registration makes mandatory. */
  mandatory: ReadonlySet<string>;
  minAge?: number | undefined;
  maxAge?: number | undefined;
  /** Today in Helsinki, `YYYY-MM-DD`. */
  today: string;
  /**
   * The day the age limits are checked on, as Linked Events does: the later of today and the
   * day the course starts (Helsinki dates). Someone who turns 17 before the start may enrol.
   */
  ageOn: string;
}

export const STEP_COUNT = 5;

/** The questions of each step, in order; the last step asks only for consent. */
export function stepFields(step: number, ctx: Pick<CheckContext, 'mandatory'>): FieldKey[] {
  switch (step) {
    case 0: {
      const address = (['streetAddress', 'zipcode', 'city'] as const).filter((k) =>
        ctx.mandatory.has(k === 'streetAddress' ? 'street_address' : k),
      );
      return ['firstName', 'lastName', 'dob', 'phone', 'email', ...address];
    }
    case 1:
      return [
        'nativeLanguage',
        'nativeLanguageOther',
        'otherLanguages',
        'finnishLevel',
        'latinAlphabet',
        'schoolYears',
      ];
    case 2:
      return ['employmentClient', 'integrationPlan', 'timeOfDay'];
    case 3:
      return ['interpreter', 'interpreterLanguage', 'interpreterLanguageOther', 'otherNeeds'];
    default:
      return ['consent'];
  }
}

/** `courseStart` is the Helsinki date of the course's first day, when it is known. */
export function checkContext(
  registration: Registration | undefined,
  today: string,
  courseStart: string | undefined,
): CheckContext {
  return {
    mandatory: new Set(registration?.mandatoryFields ?? []),
    minAge: registration?.minAge,
    maxAge: registration?.maxAge,
    today,
    ageOn: courseStart && courseStart > today ? courseStart : today,
  };
}

const trimmed = (s: string) => s.trim();

/** Phone numbers as Finns write them: `040 123 4567`, `+358 40 123 4567`, `(019) 520-0000`. */
export function normalisePhone(value: string): string {
  return value.replace(/[\s\-().]/g, '');
}

const PHONE = /^\+?\d{7,15}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The date of birth as `YYYY-MM-DD`, or `undefined` when the three boxes do not make a real date. */
export function dateOfBirth(d: Pick<Draft, 'dobDay' | 'dobMonth' | 'dobYear'>): string | undefined {
  const [day, month, year] = [d.dobDay, d.dobMonth, d.dobYear].map((s) => s.trim());
  if (!/^\d{1,2}$/.test(day!) || !/^\d{1,2}$/.test(month!) || !/^\d{4}$/.test(year!)) return undefined;
  const iso = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
  return parseIsoDate(iso) ? iso : undefined;
}

/** Checks one answer; `undefined` means it is fine. */
export function checkField(key: FieldKey, d: Draft, ctx: CheckContext): ErrorCode | undefined {
  switch (key) {
    case 'firstName':
    case 'lastName':
    case 'nativeLanguage':
      return trimmed(d[key]) ? undefined : 'required';
    case 'dob': {
      if (!d.dobDay.trim() && !d.dobMonth.trim() && !d.dobYear.trim()) return 'required';
      const iso = dateOfBirth(d);
      if (!iso || iso > ctx.today || Number(iso.slice(0, 4)) < 1900) return 'invalid';
      const age = ageOn(iso, ctx.ageOn);
      if (ctx.minAge !== undefined && age < ctx.minAge) return 'tooYoung';
      if (ctx.maxAge !== undefined && age > ctx.maxAge) return 'tooOld';
      return undefined;
    }
    case 'phone':
      if (!d.phone.trim()) return 'required';
      return PHONE.test(normalisePhone(d.phone)) ? undefined : 'invalid';
    case 'email':
      return !d.email.trim() || EMAIL.test(d.email.trim()) ? undefined : 'invalid';
    case 'streetAddress':
    case 'city':
      return trimmed(d[key]) ? undefined : 'required';
    case 'zipcode':
      if (!d.zipcode.trim()) return 'required';
      return /^\d{5}$/.test(d.zipcode.trim()) ? undefined : 'invalid';
    case 'nativeLanguageOther':
      return d.nativeLanguage !== 'other' || d.nativeLanguageOther.trim() ? undefined : 'required';
    case 'schoolYears': {
      const v = d.schoolYears.trim();
      if (!v) return 'required';
      return /^\d{1,2}$/.test(v) && Number(v) <= 40 ? undefined : 'invalid';
    }
    case 'finnishLevel':
    case 'latinAlphabet':
    case 'employmentClient':
    case 'integrationPlan':
    case 'timeOfDay':
    case 'interpreter':
      return d[key] ? undefined : 'required';
    case 'interpreterLanguage':
      return d.interpreter !== 'yes' || d.interpreterLanguage ? undefined : 'required';
    case 'interpreterLanguageOther':
      return d.interpreter !== 'yes' || d.interpreterLanguage !== 'other' || d.interpreterLanguageOther.trim()
        ? undefined
        : 'required';
    case 'consent':
      return d.consent ? undefined : 'required';
    case 'otherLanguages':
    case 'otherNeeds':
      return undefined;
  }
}

/** Every problem in a step, in the order of its questions. */
export function checkStep(step: number, d: Draft, ctx: CheckContext): Partial<Record<FieldKey, ErrorCode>> {
  const out: Partial<Record<FieldKey, ErrorCode>> = {};
  for (const key of stepFields(step, ctx)) {
    const code = checkField(key, d, ctx);
    if (code) out[key] = code;
  }
  return out;
}

/** The first step with a problem, or `-1`. */
export function firstInvalidStep(d: Draft, ctx: CheckContext): number {
  for (let step = 0; step < STEP_COUNT; step++) {
    if (Object.keys(checkStep(step, d, ctx)).length) return step;
  }
  return -1;
}

// ----- what the staff read -------------------------------------------------------

const FI_LEVEL: Record<Exclude<FinnishLevel, ''>, string> = {
  none: 'ei vielä osaa suomea',
  a1: 'A1 – osaa vähän suomea',
  a2: 'A2 – pärjää arjessa',
  b1: 'B1 – pärjää useimmissa tilanteissa',
};
const FI_LATIN = { yes: 'kyllä', some: 'vähän', no: 'ei' } as const;
const FI_YES_NO = { yes: 'kyllä', no: 'ei' } as const;
const FI_PLAN = { yes: 'kyllä', no: 'ei', unknown: 'ei tiedä' } as const;
const FI_TIME = { daytime: 'päivällä', evening: 'illalla', either: 'kumpi tahansa' } as const;

/**
 * The interpreter's language for the staff who book one: its Finnish name, or what the
 * learner wrote, said to be in their own words (it may be in a script the staff cannot read).
 */
function interpreterNote(d: Draft): string {
  return d.interpreterLanguage === 'other'
    ? `muu kieli, asiakkaan kirjoittamana: ${d.interpreterLanguageOther.trim()}`
    : `kieli: ${finnishLanguageName(d.interpreterLanguage)}`;
}

/**
 * The integration-specific answers as labelled lines in Finnish, one per answer, for the
 * staff who read `extra_info` in the registration admin. Nothing that the purpose does not need.
 */
export function staffNote(d: Draft, serviceLanguage: string): string {
  const native =
    d.nativeLanguage === 'other'
      ? `muu kieli, asiakkaan kirjoittamana: ${d.nativeLanguageOther.trim()}`
      : d.nativeLanguage
        ? finnishLanguageName(d.nativeLanguage)
        : '';
  const lines: [string, string][] = [
    ['Äidinkieli', native],
    ['Muut kielet', d.otherLanguages.trim() || '–'],
    ['Suomen kielen taito (oma arvio)', d.finnishLevel ? FI_LEVEL[d.finnishLevel] : '–'],
    ['Lukee ja kirjoittaa latinalaisia kirjaimia', d.latinAlphabet ? FI_LATIN[d.latinAlphabet] : '–'],
    ['Kouluvuodet', d.schoolYears.trim() || '–'],
    ['Työllisyyspalveluiden asiakas', d.employmentClient ? FI_YES_NO[d.employmentClient] : '–'],
    ['Kotoutumissuunnitelma', d.integrationPlan ? FI_PLAN[d.integrationPlan] : '–'],
    ['Toivottu opiskeluaika', d.timeOfDay ? FI_TIME[d.timeOfDay] : '–'],
    [
      'Tarvitsee tulkin',
      d.interpreter === 'yes' ? `kyllä, ${interpreterNote(d)}` : d.interpreter === 'no' ? 'ei' : '–',
    ],
    ['Muut tarpeet', d.otherNeeds.trim().replace(/\s*\n\s*/g, ' / ') || '–'],
    ['Asiointikieli', finnishLanguageName(serviceLanguage)],
  ];
  return lines.map(([label, value]) => `${label}: ${value}`).join('\n');
}

/**
 * Linked Events accepts as `service_language` only its service languages (fi, sv, en: it
 * sends its confirmations in them) and refuses the signup otherwise. A learner using the
 * interface in another language gets English there; the staff note names the real one.
 */
const toServiceLanguage = (locale: string) => (['fi', 'sv', 'en'].includes(locale) ? locale : 'en');

/** Linked Events names Chinese `zh_hans`; other codes are the same as BCP 47. */
const toLinkedEventsLanguage = (code: string) => (code === 'zh' ? 'zh_hans' : code);

/** The `POST signup_group/` body for one learner. */
export function toSignupGroup(
  d: Draft,
  options: { registration: Registration; reservationCode: string; serviceLanguage: string },
): SignupGroupInput {
  const mandatory = new Set(options.registration.mandatoryFields);
  const phone = d.phone.trim();
  const email = d.email.trim();
  const address = mandatory.has('street_address') || mandatory.has('zipcode') || mandatory.has('city');
  const contactPerson: SignupGroupInput['contactPerson'] = {
    first_name: d.firstName.trim(),
    last_name: d.lastName.trim(),
    phone_number: phone,
    service_language: toServiceLanguage(options.serviceLanguage),
    notifications: email ? 'sms and email' : 'sms',
  };
  if (email) contactPerson.email = email;
  if (d.nativeLanguage && d.nativeLanguage !== 'other')
    contactPerson.native_language = toLinkedEventsLanguage(d.nativeLanguage);
  const signup: SignupGroupInput['signups'][number] = {
    first_name: d.firstName.trim(),
    last_name: d.lastName.trim(),
    phone_number: phone,
    extra_info: staffNote(d, options.serviceLanguage),
    user_consent: d.consent,
  };
  const dob = dateOfBirth(d);
  if (dob) signup.date_of_birth = dob;
  if (address) {
    signup.street_address = d.streetAddress.trim();
    signup.zipcode = d.zipcode.trim();
    signup.city = d.city.trim();
  }
  return {
    registration: options.registration.id,
    reservationCode: options.reservationCode,
    contactPerson,
    signups: [signup],
  };
}

/**
 * Where a server field error belongs: DRF paths such as `contact_person.email` or
 * `signups.0.date_of_birth`, as `parseApiError()` flattens them, onto the question.
 */
export function fieldOfServerPath(path: string): FieldKey | undefined {
  const last = path.split('.').pop() ?? '';
  const inSignup = /^signups(\.\d+)?\./.test(path);
  const inContact = path.startsWith('contact_person.');
  if (!inSignup && !inContact) return undefined;
  const map: Record<string, FieldKey> = {
    first_name: 'firstName',
    last_name: 'lastName',
    date_of_birth: 'dob',
    phone_number: 'phone',
    email: 'email',
    street_address: 'streetAddress',
    zipcode: 'zipcode',
    city: 'city',
    native_language: 'nativeLanguage',
    extra_info: 'otherNeeds',
    user_consent: 'consent',
  };
  return Object.hasOwn(map, last) ? map[last] : undefined;
}

/** Which step a question is on (address questions count as step 0). */
export function stepOf(key: FieldKey): number {
  for (let step = 0; step < STEP_COUNT; step++) {
    if (stepFields(step, { mandatory: new Set(['street_address', 'zipcode', 'city']) }).includes(key)) return step;
  }
  return 0;
}

/** The draft field a form control writes (the three date-of-birth boxes are one answer). */
export function keyOf(name: string, draft: Draft): FieldKey | undefined {
  if (name === 'dobDay' || name === 'dobMonth' || name === 'dobYear') return 'dob';
  return name in draft ? (name as FieldKey) : undefined;
}
