/** The booking's questions: which are asked and required, and what is wrong with the answers. */
import { msg } from '@lit/localize';
import type { GuidanceResource } from '../../api/respa/resource.js';
import type { Mode, Topic } from './booking-description.js';

export type Field =
  'resource' | 'topic' | 'mode' | 'interpreter' | 'interpreterOther' | 'name' | 'phone' | 'email' | 'message';

/** What the learner wrote. `interpreter`: a language code, or `other` with the language in `interpreterOther`. */
export type Values = Record<'interpreter' | 'interpreterOther' | 'name' | 'phone' | 'email' | 'message', string>;

export type FieldErrors = Partial<Record<Field, string>>;

/** The first step's answers. */
export interface AboutAnswers {
  chosenId: string;
  topic: Topic | '';
  mode: Mode | '';
  needInterpreter: boolean;
  values: Values;
}

/** Respa's names of the reservation's fields. */
const FIELD_OF: Record<string, Field> = {
  reserver_name: 'name',
  reserver_phone_number: 'phone',
  reserver_email_address: 'email',
  event_description: 'message',
};
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

/** Our field for Respa's name of it, if we ask it. */
export const fieldOf = (respaName: string): Field | undefined => FIELD_OF[respaName];

export function requiredFields(resource: GuidanceResource, mode: Mode | ''): Set<Field> {
  const out = new Set<Field>();
  for (const f of resource.requiredFields) {
    const field = FIELD_OF[f];
    if (field) out.add(field);
  }
  if (mode === 'phone') out.add('phone');
  if (mode === 'video') out.add('email');
  return out;
}

export function shownFields(resource: GuidanceResource, mode: Mode | ''): Set<Field> {
  const supported = resource.supportedFields.length
    ? resource.supportedFields
    : Object.keys(FIELD_OF).filter((f) => f !== 'event_description');
  const out = new Set<Field>(supported.map((f) => FIELD_OF[f]).filter((f): f is Field => !!f));
  for (const f of requiredFields(resource, mode)) out.add(f);
  return out;
}

export function aboutErrors(a: AboutAnswers): FieldErrors {
  const errors: FieldErrors = {};
  if (!a.chosenId) errors.resource = msg('Choose who you want to meet.');
  if (!a.topic) errors.topic = msg('Choose what the appointment is about.');
  if (!a.mode) errors.mode = msg('Choose how you want to meet.');
  if (a.needInterpreter && !a.values.interpreter) errors.interpreter = msg('Choose the language you need.');
  else if (a.needInterpreter && a.values.interpreter === 'other' && !a.values.interpreterOther.trim())
    errors.interpreterOther = msg('Write the language you need.');
  return errors;
}

/** What to say of a contact detail that is missing (or that Respa refused). */
function missing(field: Field): string {
  switch (field) {
    case 'name':
      return msg('Enter your name.');
    case 'phone':
      return msg('Enter your phone number, for example 040 123 4567.');
    case 'email':
      return msg('Enter your e-mail address, for example name@example.com.');
    default:
      return msg('Check this information.');
  }
}

export function detailErrors(resource: GuidanceResource, mode: Mode | '', v: Values): FieldErrors {
  const errors: FieldErrors = {};
  const required = requiredFields(resource, mode);
  if (required.has('name') && !v.name.trim()) errors.name = missing('name');
  const digits = v.phone.replace(/\D/g, '');
  if (required.has('phone') && !v.phone.trim()) errors.phone = missing('phone');
  else if (v.phone.trim() && (digits.length < 6 || !/^\+?[\d\s()-]+$/.test(v.phone.trim())))
    errors.phone = msg('Enter the phone number with numbers only, for example 040 123 4567.');
  if (required.has('email') && !v.email.trim()) errors.email = missing('email');
  else if (v.email.trim() && !EMAIL.test(v.email.trim()))
    errors.email = msg('Write the e-mail address like this: name@example.com.');
  return errors;
}

/** What to say of the fields Respa refused: the same as of a field left empty. */
export function refusedErrors(fields: Field[]): FieldErrors {
  return Object.fromEntries(fields.map((field) => [field, missing(field)]));
}
