/**
 * Loads the course, then its registration, through two shared Loaders (one client per API
 * base or the page's own, the load before aborted and its late answer dropped, aborted when
 * the form leaves the page and done again when it returns, started while the strings load).
 *
 * The course is shown as soon as the event comes: the registration is named by it, so
 * waiting for both would cost a slow phone one more round trip before any content (issue
 * 18). Whether the learner can enrol (state, seats, waiting list) waits for the registration,
 * which has its own loading and error states and its own "Try again".
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
import { Clients, Loader, type LoaderHost } from '../../shared/loader.js';
import { stoppedBy } from './phase.js';

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
  /** A fresh load of the course failed. */
  onError(error: HttpFailure): void;
  /** The course of a fresh load is shown (`course`); its registration, if it has one, is on its way. */
  onLoaded(): void;
  /**
   * What the registration of a fresh load waits for before it is shown (the form's step
   * fields): asked for with the registration, not after it.
   */
  prepare?(course: Course): Promise<unknown> | false | undefined;
  /** The registration of a fresh load is shown (`registration`), or the course has none. */
  onRegistrationLoaded?(): void;
}

type Args = readonly [id: string | undefined, locale: string];
/** `shown`: which fresh course load the registration belongs to (each one shows its registration anew). */
type RegistrationArgs = readonly [id: string | undefined, locale: string, shown: number];

export class CourseLoader {
  /** Counts the courses shown (`forget`): an answer that comes for an earlier one is dropped. */
  epoch = 0;
  /** Counts the fresh course loads shown. */
  private shown = 0;
  private readonly loader: Loader<EnrolmentClient, Args, Course>;
  private readonly registrations: Loader<EnrolmentClient, RegistrationArgs, Registration>;

  constructor(
    host: LoaderHost,
    private readonly options: CourseLoaderOptions,
  ) {
    const clients = new Clients<EnrolmentClient>({
      given: options.given,
      base: options.base,
      makeClient: (baseUrl) => new LinkedEventsEnrolmentClient({ baseUrl }),
    });
    this.loader = new Loader(host, {
      clients,
      args: (): Args => [this.courseId, options.locale()],
      sameAs: ([id], [shownId]) => id === shownId,
      load: (client, args, signal) => this.load(client, args, signal),
      onLoaded: (course) => {
        if (!this.loader.fresh) return;
        // Another course, or the same from another client: its registration is asked anew.
        this.registrations.value = undefined;
        this.shown++;
        options.onLoaded();
        if (!course.registrationId) options.onRegistrationLoaded?.();
      },
      onFailed: (error) => {
        // No course, or no API base (yet: `api-base` or `client` set later load it).
        if (error === 'setup') {
          options.onNoCourse(this.courseId ? 'not-set-up' : 'no-course');
        } else if (this.loader.fresh) options.onError(error);
      },
    });
    // Asked as soon as the course names it: the course's answer renders the host, whose
    // update (eager, also while the strings load) starts this load.
    this.registrations = new Loader(host, {
      clients,
      args: (): RegistrationArgs => [this.course?.registrationId, options.locale(), this.shown],
      sameAs: ([id, , shown], [shownId, , wasShown]) => id === shownId && shown === wasShown,
      load: (client, args, signal) => this.loadRegistration(client, args, signal),
      onLoaded: () => {
        if (this.registrations.fresh) options.onRegistrationLoaded?.();
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
    return this.loader.value;
  }

  /** Its registration, once loaded (for the course shown). */
  get registration(): Registration | undefined {
    const registration = this.registrations.value;
    return registration && registration.id === this.course?.registrationId ? registration : undefined;
  }

  /**
   * The course shown has a registration that is not known yet: on its way, or (`error`) its
   * load failed. `undefined` when it is known, or there is none (or no course), or when the
   * course is cancelled or postponed (its status decides: `stoppedBy`).
   */
  get registrationPending(): { error?: HttpFailure } | undefined {
    if (!this.course?.registrationId || this.registration || stoppedBy(this.course)) return undefined;
    const state = this.registrations.state;
    return state.kind === 'error' && state.error !== 'setup' ? { error: state.error } : {};
  }

  /** Loads the course again ("Try again"); resolves when the answer is in. */
  retry(): Promise<void> {
    return this.loader.retry();
  }

  /** Loads the registration again ("Try again" where the enrolment state goes); the course stays. */
  retryRegistration(): Promise<void> {
    return this.registrations.retry();
  }

  /** Another course is shown: nothing of the previous one may carry over. */
  forget(): void {
    this.epoch++;
    this.loader.value = undefined;
    this.registrations.value = undefined;
  }

  private async load(
    client: EnrolmentClient,
    [id, locale]: Args,
    signal: AbortSignal,
  ): Promise<Result<Course> | 'setup'> {
    if (!id) return 'setup';
    if (this.loader.fresh) this.options.onFreshStart();
    return client.getCourse(id, { language: locale, locale, signal });
  }

  private async loadRegistration(
    client: EnrolmentClient,
    [id, locale]: RegistrationArgs,
    signal: AbortSignal,
  ): Promise<Result<Registration> | 'setup'> {
    const course = this.course;
    if (!id || !course) return 'setup';
    const prepared = this.registrations.fresh ? this.options.prepare?.(course) : undefined;
    const [registration] = await Promise.all([
      client.getRegistration(id, { language: locale, locale, signal }),
      prepared,
    ]);
    return registration;
  }

  /** Reads the registration again (its counts and state); returns whether it did, for the course still shown. */
  async refreshRegistration(): Promise<boolean> {
    const regId = this.registration?.id;
    if (!regId) return false;
    const epoch = this.epoch;
    const locale = this.options.locale();
    const r = await this.registrations.request((client, signal) =>
      client.getRegistration(regId, { language: locale, locale, signal }),
    );
    if (!r?.ok || epoch !== this.epoch || r.value.id !== this.course?.registrationId) return false;
    this.registrations.value = r.value;
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
