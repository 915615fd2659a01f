/**
 * The words of the form: question labels, hints and error messages that say what to do.
 * Call these inside the element's locale (in render, or in `inLocale()`).
 */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { CheckContext, Draft, ErrorCode, FieldKey } from './draft.js';
import { CHOICE_KEYS } from './anchor.js';

export function fieldLabel(key: FieldKey): string {
  switch (key) {
    case 'firstName':
      return msg('First name');
    case 'lastName':
      return msg('Last name');
    case 'dob':
      return msg('Date of birth');
    case 'phone':
      return msg('Phone number');
    case 'email':
      return msg('E-mail (optional)');
    case 'streetAddress':
      return msg('Street address');
    case 'zipcode':
      return msg('Postal code');
    case 'city':
      return msg('Town or city');
    case 'nativeLanguage':
      return msg('Your native language');
    case 'nativeLanguageOther':
      return msg('Which language?');
    case 'otherLanguages':
      return msg('Other languages you speak (optional)');
    case 'finnishLevel':
      return msg('How much Finnish do you know?');
    case 'latinAlphabet':
      return msg('Can you read and write these letters: A B C?');
    case 'schoolYears':
      return msg('How many years did you go to school?');
    case 'employmentClient':
      return msg('Are you a client of employment services?');
    case 'integrationPlan':
      return msg('Do you have an integration plan?');
    case 'timeOfDay':
      return msg('When can you study?');
    case 'interpreter':
      return msg('Do you need an interpreter?');
    case 'interpreterLanguage':
      return msg('Interpreter language');
    case 'interpreterLanguageOther':
      return msg('Which language?');
    case 'otherNeeds':
      return msg('Anything else we should know? (optional)');
    case 'consent':
      return msg('Consent');
  }
}

export function fieldHint(key: FieldKey): string | undefined {
  switch (key) {
    case 'dob':
      return msg('For example 27 3 1990');
    case 'phone':
      return msg('For example 040 123 4567. We call or send a text message.');
    case 'email':
      return msg('We send a copy of your request here.');
    case 'otherLanguages':
      return msg('For example English, Russian');
    case 'schoolYears':
      return msg('Write 0 if you did not go to school.');
    case 'otherNeeds':
      return msg('For example: I have small children. I cannot climb stairs.');
    case 'zipcode':
      return msg('5 numbers, for example 06100');
    default:
      return undefined;
  }
}

/** What to do about a problem with an answer. */
export function errorText(key: FieldKey, code: ErrorCode, ctx: CheckContext): string {
  if (code === 'tooYoung') return msg(str`You must be at least ${ctx.minAge ?? 0} years old for this course.`);
  if (code === 'tooOld') return msg(str`This course is for people up to ${ctx.maxAge ?? 0} years old.`);
  switch (key) {
    case 'firstName':
      return msg('Enter your first name.');
    case 'lastName':
      return msg('Enter your last name.');
    case 'dob':
      return code === 'required'
        ? msg('Enter your date of birth: day, month and year.')
        : msg('Enter a real date of birth, for example 27 3 1990.');
    case 'phone':
      return msg('Enter your phone number, for example 040 123 4567.');
    case 'email':
      return msg('Enter your e-mail like name@example.fi, or leave it empty.');
    case 'streetAddress':
      return msg('Enter your street address, for example Kirkkokatu 1 A 2.');
    case 'zipcode':
      return msg('Enter your postal code: 5 numbers, for example 06100.');
    case 'city':
      return msg('Enter your town or city, for example Porvoo.');
    case 'nativeLanguage':
      return msg('Choose your native language. If it is not in the list, choose “Other language”.');
    case 'nativeLanguageOther':
      return msg('Write the name of your native language.');
    case 'schoolYears':
      return code === 'required'
        ? msg('Enter how many years you went to school. Write 0 if you did not go to school.')
        : msg('Enter a number of years, for example 9.');
    case 'interpreterLanguage':
      return msg('Choose the language you need.');
    case 'interpreterLanguageOther':
      return msg('Write the language you need.');
    case 'consent':
      return msg('Tick the box to agree. We cannot handle your request without it.');
    default:
      // A question answered by choosing: its message does not name it (the summary line does).
      return CHOICE_KEYS.has(key) ? msg('Choose one answer.') : msg('Check this answer.');
  }
}

/**
 * A line of the error summary. A message that does not name its question (a choice's "Choose
 * one answer.", the service's own words) gets the question first: two "Choose one answer."
 * links would not tell a screen reader's list of links which question is meant (issue 15).
 */
export function summaryLine(key: FieldKey, text: string | TemplateResult, ours: boolean): string | TemplateResult {
  if (ours && !CHOICE_KEYS.has(key)) return text;
  const label = fieldLabel(key);
  return html`${/[?؟]$/.test(label) ? label : `${label}:`} ${text}`;
}

export function finnishLevelLabel(v: Draft['finnishLevel']): string {
  return {
    '': '',
    none: msg('No Finnish yet'),
    a1: msg('A little: words and short sentences (A1)'),
    a2: msg('I manage in everyday life (A2)'),
    b1: msg('I manage in most situations (B1)'),
  }[v];
}

export function latinLabel(v: Draft['latinAlphabet']): string {
  return { '': '', yes: msg('Yes'), some: msg('A little'), no: msg('No') }[v];
}

export function yesNoLabel(v: 'yes' | 'no' | ''): string {
  return { '': '', yes: msg('Yes'), no: msg('No') }[v];
}

export function planLabel(v: Draft['integrationPlan']): string {
  return { '': '', yes: msg('Yes'), no: msg('No'), unknown: msg('I do not know') }[v];
}

export function timeLabel(v: Draft['timeOfDay']): string {
  return { '': '', daytime: msg('Daytime'), evening: msg('Evening'), either: msg('Either is fine') }[v];
}
