/**
 * What the learner typed, where they are in the five steps, and its copy in the tab's
 * storage (draft-store.ts), kept per course. A change renders the host; the form itself only
 * says when to save, clear or bring the answers back.
 */
import type { ReactiveControllerHost } from 'lit';
import { emptyDraft, type Draft } from './draft.js';
import { clearDraft, draftKey, loadDraft, saveDraft, type StoredDraft, type StoredHold } from './draft-store.js';

export interface DraftOptions {
  /** Where the course comes from (the API base); with `courseId`, the storage key. */
  scope(): string;
  /** The course the answers are for; `undefined` when none is chosen. */
  courseId(): string | undefined;
}

export class DraftController {
  private current: Draft = emptyDraft();
  private currentStep = 0;
  /** The course (its storage key) the answers held belong to. */
  private heldFor?: string;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: DraftOptions,
  ) {}

  /** The answers. */
  get draft(): Draft {
    return this.current;
  }

  set draft(draft: Draft) {
    this.current = draft;
    this.host.requestUpdate();
  }

  /** The step shown (0–4). */
  get step(): number {
    return this.currentStep;
  }

  set step(step: number) {
    this.currentStep = step;
    this.host.requestUpdate();
  }

  /** Where the draft of this course is kept in sessionStorage. */
  get key(): string | undefined {
    const id = this.options.courseId();
    return id ? draftKey(this.options.scope(), id) : undefined;
  }

  /** Whether the course is another than the one the answers held belong to; from now on they belong to it. */
  courseChanged(): boolean {
    const changed = this.key !== this.heldFor;
    this.heldFor = this.key;
    return changed;
  }

  /** An empty form on its first step (the storage keeps what it has). */
  reset(): void {
    this.draft = emptyDraft();
    this.step = 0;
  }

  /** What is stored for this course. */
  stored(): StoredDraft | undefined {
    const key = this.key;
    return key ? loadDraft(key) : undefined;
  }

  /** Whether a stored draft may come back (the learner did not clear it). */
  mayComeBack(): boolean {
    const stored = this.stored();
    return !!stored && !stored.cleared;
  }

  /** What is stored, and what comes back (`restore`): not a cleared form, nor when there is nothing to fill in (`hardBlock`). */
  comingBack(hardBlock: boolean): { stored?: StoredDraft; restore?: StoredDraft } {
    const stored = this.stored();
    return { stored, restore: !stored?.cleared && !hardBlock ? stored : undefined };
  }

  /** Brings back the answers and step of `stored`. */
  restore(stored: StoredDraft): void {
    this.draft = stored.draft;
    this.step = stored.step;
  }

  /** Saves the answers and step, with the seat hold (so that a reload does not take a second seat). */
  save(hold: StoredHold | undefined): void {
    const key = this.key;
    if (!key) return;
    const { current: draft, currentStep: step } = this;
    saveDraft(key, hold ? { draft, step, hold } : { draft, step });
  }

  /** Forgets the stored answers; a seat hold given is kept (nothing personal). */
  clear(hold?: StoredHold): void {
    const key = this.key;
    if (key) clearDraft(key, hold);
  }
}
