/**
 * What every Linked Events client shares: the HTTP client with the API's message languages,
 * the keyword ids and the clock for normalising courses, and the places fetched when an
 * answer gave only their `@id`. Internal: the clients (`courses.ts`, `enrolment.ts`,
 * `client.ts`) each hold one, so that a page that only lists courses does not ship the
 * enrolment requests, and the other way round.
 */
import { HttpClient, type ClientOptions, type RequestOptions } from '../http.js';
import { toCourse, type Course, type KeywordConfig } from './course.js';
import { Place as PlaceSchema, type EventWire, type PlaceWire, type RegistrationWire } from './schemas.js';

export interface LinkedEventsCallOptions extends RequestOptions {
  /** The interface locale for picking translations (defaults to `language`, then `fi`). */
  locale?: string;
}

export interface LinkedEventsClientOptions extends ClientOptions {
  /** Which keyword ids mean a study path, level or weekday (the city's own). */
  keywords?: KeywordConfig;
  /** The clock for enrolment states (tests). */
  now?: () => number;
}

/** `sub_events`: a recurring series comes with its dates (Linked Events expands them one level). */
export const INCLUDE = 'location,keywords,in_language,registration,sub_events';

/** The id at the end of an `@id` URL (`…/place/tprek:8100/` → `tprek:8100`). */
export function idOf(ref: string | undefined): string | undefined {
  const m = /\/([^/]+)\/?$/.exec(ref ?? '');
  return m ? decodeURIComponent(m[1]!) : undefined;
}

/**
 * Linked Events writes its error messages in Finnish, Swedish and English, localised by
 * `Accept-Language`, and in Finnish for any other language (../../../shared/reference/apis.md).
 * It sends no `Content-Language`: this says which language a refusal is in.
 */
const MESSAGE_LANGUAGES = { supported: ['fi', 'sv', 'en'], fallback: 'fi' } as const;

export class Connection {
  readonly http: HttpClient;
  readonly now: () => number;
  private readonly keywords: KeywordConfig | undefined;
  /** Places fetched because an answer gave only their `@id`: once per id, for the client's lifetime. */
  private readonly places = new Map<string, Promise<PlaceWire | undefined>>();

  constructor(options: LinkedEventsClientOptions) {
    this.http = new HttpClient({ messageLanguages: MESSAGE_LANGUAGES, ...options });
    this.keywords = options.keywords;
    this.now = options.now ?? Date.now;
  }

  locale(options: LinkedEventsCallOptions = {}): string {
    return options.locale ?? options.language ?? 'fi';
  }

  /** An event as a `Course`, in the call's locale, with its registration when it came apart. */
  course(event: EventWire, options: LinkedEventsCallOptions, registration?: RegistrationWire): Course {
    return toCourse(event, { locale: this.locale(options), now: this.now(), keywords: this.keywords, registration });
  }

  /**
   * The place of an event whose `location` came as a bare `{ "@id" }` (Linked Events does not
   * always expand what `include` asked for): fetched from the configured base, once per id.
   * A place that cannot be had stays as it was (its id only).
   */
  async expandLocation(event: EventWire, options: LinkedEventsCallOptions): Promise<EventWire> {
    const location = event.location;
    if (!location || location.name || location.street_address) return event;
    const id = location.id ?? idOf(location['@id']);
    if (!id) return event;
    let place = this.places.get(id);
    if (!place) {
      place = this.http
        .request({
          path: `place/${encodeURIComponent(id)}/`,
          schema: PlaceSchema,
          language: options.language,
          signal: options.signal,
        })
        .then((r) => (r.ok ? r.value : undefined));
      this.places.set(id, place);
    }
    const found = await place;
    // A failed fetch (offline, aborted) is tried again next time.
    if (!found) {
      if (this.places.get(id) === place) this.places.delete(id);
      return event;
    }
    return { ...event, location: { ...found, id: found.id ?? id } };
  }
}
