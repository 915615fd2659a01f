/**
 * Real-shaped data on request: answers the live Linked Events and PTV send that are valid
 * but unlike the fake's usual ones. What each is based on (the APIs' own sources) is in
 * ./QUIRKS.md. Chosen like faults: for a whole world (`KotoMockOptions.quirks`, or
 * `{ quirks }` in `__control/reset`), or per request with the `x-koto-mock-quirk` header or
 * the `koto_mock_quirk` query parameter, as a comma-separated list:
 *
 * - `unexpanded-location`: an event's `location` is a bare `{ "@id" }` although
 *   `include=location` asked for the place;
 * - `null-end-time`: every event has `end_time: null`;
 * - `series`: the world has a recurring series, a super event (`super_event_type:
 *   "recurring"`) with three sub-events (world only: it adds events);
 * - `next-host`: `meta.next` and `meta.previous` name an internal host the browser cannot
 *   reach, as behind a proxy that reports its own name;
 * - `phone-languages`: a PTV service channel has a free service number given in Swedish only.
 *
 * Kept apart from the fakes: they answer as usual, and these change the answer afterwards.
 */
import type { FakeApiName, FakeRequest, FakeResponse } from './core.js';
import type { LinkedEventsFake } from './linked-events.js';
import type { SeedEvent } from './seed/linked-events.js';
import { addDays, fromZoned, isoDateOf, parseIsoDate } from '../shared/time.js';

export type Quirk = 'unexpanded-location' | 'null-end-time' | 'series' | 'next-host' | 'phone-languages';

export const QUIRKS: readonly Quirk[] = [
  'unexpanded-location',
  'null-end-time',
  'series',
  'next-host',
  'phone-languages',
];

export const QUIRK_HEADER = 'x-koto-mock-quirk';
export const QUIRK_PARAM = 'koto_mock_quirk';

/** The host a proxied Linked Events names in its page links (never reachable from a browser). */
export const INTERNAL_HOST = 'http://linkedevents-api.internal:8000';

/** Reads `a,b` into the known quirks; unknown names are ignored. */
export function parseQuirks(spec: string | null | undefined): Quirk[] {
  return (spec ?? '')
    .split(/[,;]/)
    .map((s) => s.trim().toLowerCase())
    .filter((s): s is Quirk => (QUIRKS as readonly string[]).includes(s));
}

/** The ids of the series the `series` quirk adds. */
export const SERIES = {
  superEvent: 'porvoo:series-conversation',
  subEvents: ['porvoo:series-conversation-1', 'porvoo:series-conversation-2', 'porvoo:series-conversation-3'],
} as const;

/** A recurring super event and its sub-events, as a world's Linked Events keeps them. */
interface Series {
  superEvent: string;
  subEvents: string[];
}

const series = new WeakMap<LinkedEventsFake, Series[]>();

/**
 * Adds a recurring series to a world's Linked Events: an evening conversation club on three
 * Thursdays, the first a week after `now`. The super event spans the three dates, as Linked
 * Events sets it; enrolment is open on the super event, without a registration of its own.
 */
export function addSeries(fake: LinkedEventsFake, now: number): void {
  const first = addDays(isoDateOf(now), 7);
  const at = (date: string, hour: number, minute = 0) => {
    const p = parseIsoDate(date)!;
    return new Date(fromZoned(p.year, p.month, p.day, hour, minute)).toISOString();
  };
  const dates = [0, 7, 14].map((d) => addDays(first, d));
  const name = {
    fi: 'Suomea iltaisin: keskustelukerho',
    sv: 'Finska på kvällen: samtalsklubb',
    en: 'Finnish in the evening: conversation club',
  };
  // The first course's keywords, less its weekdays: the series meets on the weekday of its dates.
  const keywords = (fake.seed.events[0]?.keywords ?? []).filter((k) => !k.includes('weekday'));
  const common: Partial<SeedEvent> = {
    name,
    keywords,
    short_description: {
      fi: 'Kolme iltaa. Voit tulla yhtenä tai kaikkina iltoina.',
      sv: 'Tre kvällar. Du kan komma en eller alla kvällar.',
      en: 'Three evenings. You can come on one evening or on all of them.',
    },
    enrolment_start_time: new Date(now - 86_400_000).toISOString(),
    enrolment_end_time: at(dates[2]!, 12),
    registration: null,
    event_status: 'EventScheduled',
  };
  fake.putEvent({
    ...common,
    id: SERIES.superEvent,
    start_time: at(dates[0]!, 17),
    end_time: at(dates[2]!, 18, 30),
  });
  SERIES.subEvents.forEach((id, i) =>
    fake.putEvent({ ...common, id, start_time: at(dates[i]!, 17), end_time: at(dates[i]!, 18, 30) }),
  );
  series.set(fake, [{ superEvent: SERIES.superEvent, subEvents: [...SERIES.subEvents] }]);
}

/**
 * Linked Events' own filters on series, which the fake's list applies before paging:
 * `hide_recurring_children=true` leaves out the sub-events of recurring super events, and
 * `super_event=<id>` lists one series' sub-events.
 */
export function seriesFilter(fake: LinkedEventsFake) {
  return (events: SeedEvent[], query: URLSearchParams): SeedEvent[] => {
    const all = series.get(fake) ?? [];
    const children = new Set(all.flatMap((s) => s.subEvents));
    let out = events;
    if (query.get('hide_recurring_children') === 'true') out = out.filter((e) => !children.has(e.id));
    const parent = query.get('super_event');
    if (parent) {
      const ids = new Set(all.filter((s) => s.superEvent === parent).flatMap((s) => s.subEvents));
      out = out.filter((e) => ids.has(e.id));
    }
    return out;
  };
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);

/** The API base of an `@id` (`…/linkedevents/v1/event/x/` → `…/linkedevents/v1/`). */
function baseOf(atId: unknown): string | undefined {
  return typeof atId === 'string' ? /^(.*\/)event\/[^/]+\/$/.exec(atId)?.[1] : undefined;
}

async function seriesFields(fake: LinkedEventsFake, event: Json, req: FakeRequest): Promise<Json> {
  const id = String(event.id);
  const base = baseOf(event['@id']);
  if (!base) return event;
  const all = series.get(fake) ?? [];
  const ref = (eventId: string) => ({ '@id': `${base}event/${encodeURIComponent(eventId)}/` });
  const own = all.find((s) => s.superEvent === id);
  if (own) {
    const include = (req.query.get('include') ?? '').split(',').map((s) => s.trim());
    let subEvents: unknown[] = own.subEvents.map(ref);
    if (include.includes('sub_events')) {
      // Expanded one level, with the rest of `include`, as Linked Events does.
      const inner = new URLSearchParams(req.query);
      inner.set('include', include.filter((x) => !['sub_events', 'super_event', 'registration'].includes(x)).join(','));
      subEvents = await Promise.all(
        own.subEvents.map(async (sub) => {
          const path = `event/${encodeURIComponent(sub)}/`;
          const url = new URL(`${base}${path}?${inner}`);
          const subReq: FakeRequest = { ...req, path, url, query: url.searchParams };
          const res = await fake.handle(subReq);
          return res.status === 200 ? await seriesFields(fake, res.body as Json, subReq) : ref(sub);
        }),
      );
    }
    return { ...event, super_event_type: 'recurring', sub_events: subEvents };
  }
  const parent = all.find((s) => s.subEvents.includes(id));
  if (parent) return { ...event, super_event: ref(parent.superEvent) };
  return event;
}

function mapEvents(body: unknown, change: (event: Json) => Json): unknown {
  if (!isObject(body)) return body;
  if (Array.isArray(body.data)) return { ...body, data: body.data.map((e) => (isObject(e) ? change(e) : e)) };
  if (typeof body.id === 'string' || typeof body.id === 'number') return change(body);
  return body;
}

async function mapEventsAsync(body: unknown, change: (event: Json) => Promise<Json>): Promise<unknown> {
  if (!isObject(body)) return body;
  if (Array.isArray(body.data))
    return { ...body, data: await Promise.all(body.data.map((e) => (isObject(e) ? change(e) : e))) };
  if (typeof body.id === 'string' || typeof body.id === 'number') return change(body);
  return body;
}

/** The same link on the internal host, below `/v1/` only (the proxy's own path). */
function internal(link: unknown): unknown {
  if (typeof link !== 'string') return link;
  const url = new URL(link);
  const at = url.pathname.indexOf('/v1/');
  return `${INTERNAL_HOST}${at >= 0 ? url.pathname.slice(at) : url.pathname}${url.search}`;
}

/** A free service number, given in Swedish only (as a Swedish language version may have it). */
const SWEDISH_ONLY_PHONE = {
  number: '0800 123 456',
  prefixNumber: null,
  isFinnishServiceNumber: true,
  type: 'Phone',
  serviceChargeType: 'FreeOfCharge',
  chargeDescription: null,
  additionalInformation: 'Rådgivning på svenska',
  language: 'sv',
};

function withSwedishOnlyPhone(channel: Json): Json {
  if (!Array.isArray(channel.phoneNumbers)) return channel;
  return { ...channel, phoneNumbers: [...channel.phoneNumbers, SWEDISH_ONLY_PHONE] };
}

/** Changes a successful answer as the quirks in force say. */
export async function applyQuirks(
  api: FakeApiName,
  quirks: ReadonlySet<Quirk>,
  req: FakeRequest,
  result: FakeResponse,
  linkedEvents: LinkedEventsFake,
): Promise<FakeResponse> {
  if (result.status >= 300 || quirks.size === 0) return result;
  let body = result.body;
  if (api === 'linkedEvents' && /^\/?event\//.test(req.path)) {
    if (series.has(linkedEvents)) body = await mapEventsAsync(body, (e) => seriesFields(linkedEvents, e, req));
    if (quirks.has('unexpanded-location')) {
      body = mapEvents(body, (e) =>
        isObject(e.location) && typeof e.location['@id'] === 'string'
          ? { ...e, location: { '@id': e.location['@id'] } }
          : e,
      );
    }
    if (quirks.has('null-end-time')) {
      const noEnd = (e: Json): Json => ({
        ...e,
        end_time: null,
        ...(Array.isArray(e.sub_events)
          ? { sub_events: e.sub_events.map((s) => (isObject(s) && 'start_time' in s ? noEnd(s) : s)) }
          : {}),
      });
      body = mapEvents(body, noEnd);
    }
    if (quirks.has('next-host') && isObject(body) && isObject(body.meta)) {
      body = {
        ...body,
        meta: { ...body.meta, next: internal(body.meta.next), previous: internal(body.meta.previous) },
      };
    }
  }
  if (api === 'ptv' && quirks.has('phone-languages') && /^\/?servicechannel\//i.test(req.path)) {
    body =
      isObject(body) && Array.isArray(body.itemList)
        ? { ...body, itemList: body.itemList.map((c) => (isObject(c) ? withSwedishOnlyPhone(c) : c)) }
        : isObject(body)
          ? withSwedishOnlyPhone(body)
          : body;
  }
  return { ...result, body };
}
