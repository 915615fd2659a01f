/**
 * The ids of the form's fields: small, and needed by the form itself (error summary links,
 * focus moves) before the field templates (fields.ts, loaded on "Start") are there.
 */
import type { Draft, FieldKey } from './draft.js';

export const fieldId = (key: string) => `f-${key}`;

/** The element the error summary's link moves focus to. */
export function anchorId(key: FieldKey, draft: Draft): string {
  if (key === 'dob') {
    if (!draft.dobDay.trim()) return fieldId('dobDay');
    if (!draft.dobMonth.trim()) return fieldId('dobMonth');
    if (!draft.dobYear.trim()) return fieldId('dobYear');
    return fieldId('dobDay');
  }
  if (CHOICE_KEYS.has(key)) return `${fieldId(key)}-0`;
  return fieldId(key);
}

/** The questions answered by choosing one of a group (radio buttons): a link goes to the first. */
export const CHOICE_KEYS: ReadonlySet<FieldKey> = new Set<FieldKey>([
  'finnishLevel',
  'latinAlphabet',
  'employmentClient',
  'integrationPlan',
  'timeOfDay',
  'interpreter',
]);
