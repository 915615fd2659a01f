/**
 * Which courses' details views are open, and their sanitised descriptions: each made once
 * (DOMPurify loads with the first), and made again after a failure when opened again.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Course } from '../../api/linked-events/course.js';
import type { DetailsState } from './course-card.js';

/**
 * A sanitised description belongs to the HTML it was made from: after a language switch a
 * course brings its description in another language, which must be sanitised anew, not
 * served from the old one.
 */
const detailsKey = (course: Course) => `${course.id}\u0000${course.descriptionHtml?.text ?? ''}`;

export class CourseDetails {
  private open = new Set<string>();
  /** Sanitised descriptions, by `detailsKey`. */
  private readonly made = new Map<string, DetailsState>();

  constructor(private readonly host: ReactiveControllerHost) {}

  isOpen(course: Course): boolean {
    return this.open.has(course.id);
  }

  /** The description's state; `undefined` before it was first opened. */
  of(course: Course): DetailsState | undefined {
    return this.made.get(detailsKey(course));
  }

  /** "More information" / "Less information". */
  toggle(course: Course): void {
    if (this.open.has(course.id)) {
      this.open.delete(course.id);
    } else {
      this.open.add(course.id);
      const state = this.of(course)?.state;
      if (!state || state === 'failed') void this.make(course);
    }
    this.host.requestUpdate();
  }

  /** A new list: every details view starts closed. */
  closeAll(): void {
    this.open = new Set();
    this.host.requestUpdate();
  }

  private async make(course: Course): Promise<void> {
    const key = detailsKey(course);
    const set = (value: DetailsState) => {
      this.made.set(key, value);
      this.host.requestUpdate();
    };
    const source = course.descriptionHtml?.text;
    if (!source) return set({ state: 'ready', content: undefined });
    set({ state: 'loading' });
    try {
      // DOMPurify comes with it: most visitors never open a description.
      const { sanitizeDescription } = await import('./sanitize.js');
      set({ state: 'ready', content: sanitizeDescription(source) });
    } catch {
      set({ state: 'failed' });
    }
  }
}
