/**
 * Loads the course and its registration, as a reactive controller: one load at a time
 * (a newer one drops the answers of an older one), aborted when the form leaves the page
 * and done again when it returns, and one default client per API base.
 *
 * What a load means for the form (its phase, the draft brought back) is the form's: it
 * is told through the callbacks. Kept in one place so that it can move onto the library's
 * shared data-loading controller later.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LinkedEventsClient, type EnrolmentClient } from '../../api/linked-events/client.js';
import type { Course } from '../../api/linked-events/course.js';
import type { Registration } from '../../api/linked-events/registration.js';
import type { HttpFailure, Result } from '../../api/http.js';

export interface CourseLoaderOptions {
  /** The course to show; `undefined` when none is chosen. */
  courseId(): string | undefined;
  /** The client the page set, if any. */
  client(): EnrolmentClient | undefined;
  /** The API base for the default client. */
  apiBase(): string | undefined;
  /** The interface language (also the language asked of the API). */
  locale(): string;
  /** No course is chosen. */
  onNoCourse(): void;
  /** A fresh load (the first, or of another course) starts. */
  onFreshStart(): void;
  /** The course or its registration could not be loaded, and nothing of it is shown yet (or the load was fresh). */
  onError(error: HttpFailure): void;
  /** A fresh load is done. `current()` says, after any await, whether it is still the latest load. */
  onLoaded(current: () => boolean): Promise<void> | void;
}

export class CourseLoader implements ReactiveController {
  /** The course shown, once loaded. */
  course?: Course;
  /** Its registration, once loaded (a course without one has no online enrolment). */
  registration?: Registration;
  /** Counts the courses shown (`forget`): an answer that comes for an earlier one is dropped. */
  epoch = 0;

  private defaultClient?: { base: string; client: LinkedEventsClient };
  private seq = 0;
  /** The load in progress: aborted when the form leaves the page, and done again when it returns. */
  private loading?: { controller: AbortController; fresh: boolean };
  private reloadOnConnect?: boolean;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: CourseLoaderOptions,
  ) {
    host.addController(this);
  }

  /** The client in use: the page's, or a Linked Events client on the API base. */
  get api(): EnrolmentClient | undefined {
    const client = this.options.client();
    if (client) return client;
    const base = this.options.apiBase();
    if (!base) return undefined;
    if (this.defaultClient?.base !== base)
      this.defaultClient = { base, client: new LinkedEventsClient({ baseUrl: base }) };
    return this.defaultClient.client;
  }

  hostConnected(): void {
    if (this.reloadOnConnect !== undefined) {
      const fresh = this.reloadOnConnect;
      this.reloadOnConnect = undefined;
      void this.load(fresh);
    }
  }

  hostDisconnected(): void {
    // No answer may land in a form that left the page (it could hold a seat for nobody).
    if (this.loading) {
      this.loading.controller.abort();
      this.reloadOnConnect = this.loading.fresh;
      this.loading = undefined;
      this.seq++;
    }
  }

  /** Another course is shown: nothing of the previous one may carry over. */
  forget(): void {
    this.epoch++;
    this.course = undefined;
    this.registration = undefined;
    this.host.requestUpdate();
  }

  /**
   * Loads the course and its registration. A `fresh` load (first load, or a new course)
   * also decides the form's phase (`onFreshStart`, `onLoaded`); another (a new language)
   * only replaces the texts.
   */
  async load(fresh: boolean): Promise<void> {
    // A reload (new language) that cuts a first load short must finish that load's work:
    // otherwise the form stays on "loading" for good.
    fresh ||= this.loading?.fresh === true;
    const seq = ++this.seq;
    const id = this.options.courseId();
    const api = this.api;
    if (!id) {
      this.options.onNoCourse();
      return;
    }
    if (!api) return; // No API base yet: wait for `api-base` or `client`.
    if (fresh) this.options.onFreshStart();
    this.loading?.controller.abort();
    const loading = { controller: new AbortController(), fresh };
    this.loading = loading;
    try {
      await this.fetch(seq, id, api, fresh, loading.controller.signal);
    } finally {
      if (this.loading === loading) this.loading = undefined;
    }
  }

  private async fetch(seq: number, id: string, api: EnrolmentClient, fresh: boolean, signal: AbortSignal) {
    const locale = this.options.locale();
    const opts = { language: locale, locale, signal };
    const course = await api.getCourse(id, opts);
    if (seq !== this.seq) return;
    if (!course.ok) {
      if (fresh || !this.course) this.options.onError(course.error);
      return;
    }
    this.course = course.value;
    this.host.requestUpdate();
    const regId = course.value.registrationId;
    let registration: Result<Registration> | undefined;
    if (regId) {
      registration = await api.getRegistration(regId, opts);
      if (seq !== this.seq) return;
      if (!registration.ok) {
        if (fresh || !this.registration) this.options.onError(registration.error);
        return;
      }
      this.registration = registration.value;
      this.host.requestUpdate();
    }
    if (fresh) await this.options.onLoaded(() => seq === this.seq);
  }

  /** Reads the registration again (its counts and state); returns whether it did, for the course still shown. */
  async refreshRegistration(): Promise<boolean> {
    const api = this.api;
    const regId = this.registration?.id;
    if (!api || !regId) return false;
    const epoch = this.epoch;
    const locale = this.options.locale();
    const r = await api.getRegistration(regId, { language: locale, locale });
    if (!r.ok || epoch !== this.epoch) return false;
    this.registration = r.value;
    this.host.requestUpdate();
    return true;
  }
}

/** The course the page's address names (`?course=`), when the element is given none. */
export function pageCourseId(): string | undefined {
  try {
    return new URLSearchParams(window.location.search).get('course')?.trim() || undefined;
  } catch {
    return undefined;
  }
}
