/**
 * The draft survives a reload or an accidental navigation in the same tab, and only
 * there: `sessionStorage` ends with the tab, unlike `localStorage`, which would keep
 * personal data on a shared library computer. Cleared on success; on "start again" only
 * the seat hold stays (no personal data), so that a reload does not take a second seat.
 */
import { emptyDraft, type Draft } from './draft.js';
import { isListedLanguage } from '../../shared/languages.js';

export interface StoredHold {
  id: string;
  code: string;
  inWaitlist: boolean;
  /** When the hold ends, on this browser's clock (epoch ms). */
  deadline: number;
}

export interface StoredDraft {
  draft: Draft;
  step: number;
  /** The seat hold is kept too, so a reload does not take a second seat. */
  hold?: StoredHold;
  /** The learner cleared the form: the start page comes back (with the hold), not the form. */
  cleared?: true;
}

const PREFIX = 'koto-enrolment-draft:';

/**
 * The storage key of one course's draft. `scope` is where the course comes from (the API
 * base): two registries, or two tenants of the test fake, may use the same course id.
 */
export function draftKey(scope: string, courseId: string): string {
  return `${PREFIX}${scope}|${courseId}`;
}

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    // Storage blocked (privacy settings): the form still works, without restore.
    return undefined;
  }
}

export function loadDraft(key: string): StoredDraft | undefined {
  const raw = storage()?.getItem(key);
  if (!raw) return undefined;
  try {
    const data = JSON.parse(raw) as Partial<StoredDraft>;
    const base = emptyDraft();
    const draft = { ...base };
    for (const key of Object.keys(base) as (keyof Draft)[]) {
      const v = data.draft?.[key];
      if (typeof v === typeof base[key]) (draft as Record<string, unknown>)[key] = v;
    }
    keepWrittenInterpreterLanguage(draft);
    const step = typeof data.step === 'number' && data.step >= 0 && data.step <= 4 ? data.step : 0;
    const h = data.hold;
    const hold =
      h && typeof h.code === 'string' && typeof h.deadline === 'number'
        ? { id: String(h.id), code: h.code, inWaitlist: h.inWaitlist === true, deadline: h.deadline }
        : undefined;
    const stored: StoredDraft = hold ? { draft, step, hold } : { draft, step };
    if (data.cleared === true) stored.cleared = true;
    return stored;
  } catch {
    return undefined;
  }
}

/**
 * A draft saved before the interpreter's language was chosen from a list holds the name the
 * learner wrote: it comes back as "Other language" with that name, not lost.
 */
function keepWrittenInterpreterLanguage(draft: Draft): void {
  const written = draft.interpreterLanguage;
  if (!written || written === 'other' || isListedLanguage(written)) return;
  draft.interpreterLanguage = 'other';
  draft.interpreterLanguageOther ||= written.trim();
}

export function saveDraft(key: string, value: StoredDraft): void {
  try {
    storage()?.setItem(key, JSON.stringify(value));
  } catch {
    // Quota or blocked storage: nothing to do; the form keeps working.
  }
}

/** Forgets the answers. A seat hold given is kept (nothing personal), so that a reload does not take a second seat. */
export function clearDraft(key: string, hold?: StoredHold): void {
  if (hold) return saveDraft(key, { draft: emptyDraft(), step: 0, hold, cleared: true });
  try {
    storage()?.removeItem(key);
  } catch {
    // As above.
  }
}
