/**
 * Loads the course and its registration through the shared Loader (one client per API base
 * or the page's own, the load before aborted and its late answer dropped, aborted when the
 * form leaves the page and done again when it returns, started while the strings load).
 *
 * What a load means for the form (its phase, the draft brought back) is the form's: it is
 * told through the callbacks. A load is fresh when it brings another course (the first,
 * another `event` or client, or after a fresh one failed or was cut short); a new language
 * of the course shown only replaces its texts, and when that fails the course shown stays.
 */
import { LinkedEventsEnrolmentClient, type EnrolmentClient } from '../../api/linked-events/enrolment.js';
import type { Course } from '../../api/linked-events/course.js';
import type { Registration } from '../../api/linked-events/registration.js';
import type { HttpFailure, Result } from '../../api/http.js';
import { Loader, type LoaderHost } from '../../shared/loader.js';

/** A course as the form shows it: with its registration (a course without one has no online enrolment). */
export interface ShownCourse {
  course: Course;
  registration?: Registration;
}

export interface CourseLoaderOptions {
  /** The client the page set, if any. */
  given(): EnrolmentClient | undefined;
  /** The API base for the default client. */
  base(): string | undefined;
  /** The course the form is given (`event`); without it, the page's `?course=` is shown. */
  courseId(): string | undefined;
  /** The interface language (also the language asked of the API). */
  locale(): string;
  /** No course is chosen (`no-course`), or one is but there is no client to ask (`not-set-up`: the page lacks it). */
  onNoCourse(why: 'no-course' | 'not-set-up'): void;
  /** A fresh load starts. */
  onFreshStart(): void;
  /** A fresh load failed. */
  onError(error: HttpFailure): void;
  /** What a fresh load waits for, once its answers are in, before it is shown (the form's step fields). */
  prepare?(shown: ShownCourse): Promise<unknown> | undefined;
  /** A fresh load is shown (`course` and `registration` are its). */
  onLoaded(): void;
}

type Args = readonly [id: string | undefined, locale: string];

export class CourseLoader {
  /** Counts the courses shown (`forget`): an answer that comes for an earlier one is dropped. */
  epoch = 0;
  private readonly loader: Loader<EnrolmentClient, Args, ShownCourse>;

  constructor(
    host: LoaderHost,
    private readonly options: CourseLoaderOptions,
  ) {
    this.loader = new Loader(host, {
      given: options.given,
      base: options.base,
      makeClient: (baseUrl) => new LinkedEventsEnrolmentClient({ baseUrl }),
      args: (): Args => [this.courseId, options.locale()],
      sameAs: ([id], [shownId]) => id === shownId,
      load: (client, args, signal) => this.load(client, args, signal),
      onLoaded: () => {
        if (this.loader.fresh) options.onLoaded();
      },
      onFailed: (error) => {
        // No course, or no API base (yet: `api-base` or `client` set later load it).
        if (error === 'setup') {
          options.onNoCourse(this.courseId ? 'not-set-up' : 'no-course');
        } else if (this.loader.fresh) options.onError(error);
      },
    });
  }

  /** The course to show: the form's, else the one the page's address names; `undefined` when none is chosen. */
  get courseId(): string | undefined {
    return this.options.courseId() || pageCourseId();
  }

  /** The client in use: the page's, or a Linked Events client on the API base. */
  get client(): EnrolmentClient | undefined {
    return this.loader.client;
  }

  /** The course shown, once loaded. */
  get course(): Course | undefined {
    return this.loader.value?.course;
  }

  /** Its registration, once loaded. */
  get registration(): Registration | undefined {
    return this.loader.value?.registration;
  }

  /** Loads the course again ("Try again"); resolves when the answer is in. */
  retry(): Promise<void> {
    return this.loader.retry();
  }

  /** Another course is shown: nothing of the previous one may carry over. */
  forget(): void {
    this.epoch++;
    this.loader.value = undefined;
  }

  private async load(
    client: EnrolmentClient,
    [id, locale]: Args,
    signal: AbortSignal,
  ): Promise<Result<ShownCourse> | 'setup'> {
    if (!id) return 'setup';
    const fresh = this.loader.fresh;
    if (fresh) this.options.onFreshStart();
    const opts = { language: locale, locale, signal };
    const course = await client.getCourse(id, opts);
    if (!course.ok) return course;
    const regId = course.value.registrationId;
    const registration = regId ? await client.getRegistration(regId, opts) : undefined;
    if (registration && !registration.ok) return registration;
    const shown = { course: course.value, registration: registration?.value };
    if (fresh) await this.options.prepare?.(shown);
    return { ok: true, value: shown };
  }

  /** Reads the registration again (its counts and state); returns whether it did, for the course still shown. */
  async refreshRegistration(): Promise<boolean> {
    const regId = this.registration?.id;
    if (!regId) return false;
    const epoch = this.epoch;
    const locale = this.options.locale();
    const r = await this.loader.request((client, signal) =>
      client.getRegistration(regId, { language: locale, locale, signal }),
    );
    const shown = this.loader.value;
    if (!r?.ok || !shown || epoch !== this.epoch) return false;
    this.loader.value = { ...shown, registration: r.value };
    return true;
  }
}

/** The course the page's address names (`?course=`), when the element is given none. */
function pageCourseId(): string | undefined {
  try {
    return new URLSearchParams(window.location.search).get('course')?.trim() || undefined;
  } catch {
    return undefined;
  }
}
