/**
 * koto-elements: the element classes, clients and building blocks. Importing this
 * module registers no tag; import `koto-elements/define/all.js` (or one element's
 * `define/…` module) for that.
 */
export { KotoElement } from './shared/koto-element.js';
export { setApiBase, type ApiName } from './shared/config.js';
export { defineElement } from './shared/define.js';
export { locales, matchLocale, type Locale } from './shared/localization.js';
export {
  HttpClient,
  type ApiErrorBody,
  type ClientOptions,
  type FetchLike,
  type HttpFailure,
  type MessageLanguages,
  type RequestOptions,
  type Result,
} from './api/http.js';
export { pickLocalised, type LocalisedText } from './api/localised.js';
export {
  LinkedEventsClient,
  LinkedEventsCourseClient,
  LinkedEventsEnrolmentClient,
  type CourseCatalogueClient,
  type CoursePage,
  type CourseQuery,
  type EnrolmentClient,
  type LinkedEventsCallOptions,
  type LinkedEventsClientOptions,
} from './api/linked-events/client.js';
export { defaultKeywordConfig, type Course, type KeywordConfig, type StudyPath } from './api/linked-events/course.js';
export type { Registration, SeatHold, SignupGroupInput, SignupResult } from './api/linked-events/registration.js';
