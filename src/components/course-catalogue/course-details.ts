/**
 * Which courses' details views are open, and their sanitised descriptions: each made once
 * (DOMPurify loads with the first), and made again after a failure when opened again.
 */
import type { ReactiveControllerHost } from 'lit';
import type { FocusFrom } from '../../shared/koto-element.js';
import type { Course } from '../../api/linked-events/course.js';
import type { DetailsState } from './course-card.js';
import type * as Sanitize from './sanitize.js';

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

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The host's `focusAfterUpdateFrom`: where focus goes after "Try again". */
    private readonly focus: FocusFrom,
    // DOMPurify comes with it: most visitors never open a description.
    private readonly importer: () => Promise<typeof Sanitize> = () => import('./sanitize.js'),
  ) {}

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

  /**
   * "Try again" after the description's code did not load (offline): loads again, then focus
   * goes from `from` (the button, gone while loading) to the first of `selectors` there.
   */
  async retry(course: Course, from: Element, ...selectors: string[]): Promise<void> {
    await this.make(course);
    this.focus(from, ...selectors);
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
      const { sanitizeDescription } = await this.importer();
      set({ state: 'ready', content: sanitizeDescription(source) });
    } catch {
      set({ state: 'failed' });
    }
  }
}
