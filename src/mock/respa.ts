/**
 * Fake of Respa v1 (bookable resources: guidance appointments), faithful to the real
 * API's paths, shapes, validation order, status codes and DRF error bodies.
 * See ../../../shared/reference/apis.md §2.
 *
 * - `GET resource/{id}/?start&end&duration`: the resource with `opening_hours` for every
 *   Helsinki date of the period and the `reservations` that touch it (without personal
 *   data, as Respa shows them to anonymous users; not the cancelled and denied ones).
 *
 * Shapes as the Respa source defines them: test/contract/respa-schema.json (checked by
 * test/contract/respa.contract.ts).
 * - `POST reservation/`: validated as Respa does; 201 with `state` `confirmed`, or
 *   `requested` when the resource needs manual confirmation.
 * - `GET`/`DELETE reservation/{id}/`: 200 / 204 (Respa cancels: the state becomes `cancelled`).
 */
import { json, notFound, type FakeApi, type FakeRequest, type FakeResponse } from './core.js';
import {
  RESOURCES,
  buildRespaReservations,
  openingOn,
  type Localised,
  type SeedReservation,
  type SeedResource,
} from './seed/respa.js';
import { addDays, isoDateOf, parseInstant, startOfDay, toIsoWithOffset, toZoned } from '../shared/time.js';

type Lang = 'fi' | 'sv' | 'en';

const REQUIRED: Record<Lang, string> = {
  fi: 'Tämä kenttä vaaditaan.',
  sv: 'Detta fält är obligatoriskt.',
  en: 'This field is required.',
};
const lang = (l: string): Lang => (l === 'sv' || l === 'en' ? l : 'fi');

// Respa's own (English) messages; the element never relies on their wording.
// (Respa translates them; this fake localises only "required", and says so, see `wordsIn`.)
const M = {
  taken: 'The resource is already reserved for some of the period',
  openingHours: 'You must start and end the reservation during opening hours',
  slots: 'Begin and end time must match time slots',
  maxReservations: 'Maximum number of active reservations for this resource exceeded.',
  order: 'Begin time must be before end time',
  notReservable: 'You cannot make reservations for this resource.',
  datetime:
    'Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].',
};

const MAX_DAYS = 400;
const ACTIVE = new Set(['confirmed', 'requested']);
const INACTIVE = new Set(['cancelled', 'denied']);

/** A translated field as Respa writes it: the languages with text, or `null` when none has any. */
const translated = (value: Localised): Localised | null => {
  const out = Object.fromEntries(Object.entries(value).filter(([, text]) => text));
  return Object.keys(out).length ? out : null;
};

/** `"01:30:00"` → milliseconds. */
export function durationMs(value: string | null | undefined): number {
  const m = /^(\d+):(\d{2}):(\d{2})$/.exec(value ?? '');
  if (!m) return 0;
  return ((Number(m[1]) * 60 + Number(m[2])) * 60 + Number(m[3])) * 1000;
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/**
 * The `Content-Language` of field errors. Respa's LocaleMiddleware names the language an
 * answer is in (fi, sv or en; fi for any other asked for). This fake names the language
 * its words are really in: "required" in the one asked for, its other words in English;
 * `mul` when a body has both.
 */
function wordsIn(fields: Record<string, string[]>, l: Lang): Record<string, string> {
  const words = Object.values(fields).flat();
  const localised = words.filter((w) => w === REQUIRED[l]).length;
  return { 'Content-Language': localised === words.length ? l : localised === 0 ? 'en' : 'mul' };
}
const norm = (v: string) => v.replace(/[\s()-]/g, '').toLowerCase();

/** The in-memory Respa. */
export class RespaFake implements FakeApi {
  // A copy of the list per world: `putResource()` replaces entries, never the shared seed's.
  readonly resources: SeedResource[] = [...RESOURCES];
  private readonly reservations: SeedReservation[];
  private readonly madeHere = new Set<number>();
  private nextId = 5000;

  constructor(private readonly now: () => number) {
    this.reservations = buildRespaReservations(now());
  }

  /**
   * Adds a resource, or changes fields of an existing one (for content the seed does not
   * have: a hostile name). A new resource copies the first seeded one.
   */
  putResource(patch: Partial<SeedResource> & { id: string }): SeedResource {
    const index = this.resources.findIndex((r) => r.id === patch.id);
    const resource = { ...structuredClone(this.resources[Math.max(0, index)]!), ...patch };
    if (index >= 0) this.resources[index] = resource;
    else this.resources.push(resource);
    return resource;
  }

  /** Active reservations made through the API (not the seeded ones): what flows created. */
  reservationCount(): number {
    return this.reservations.filter((r) => this.madeHere.has(r.id) && ACTIVE.has(r.state)).length;
  }

  handle(req: FakeRequest): FakeResponse {
    const res = this.route(req);
    // An error answer names its language, as Respa's does; unless said otherwise, Respa's English words.
    if (res.status >= 400 && !res.headers?.['Content-Language'])
      return { ...res, headers: { ...res.headers, 'Content-Language': 'en' } };
    return res;
  }

  private route(req: FakeRequest): FakeResponse {
    const p = req.path.replace(/^\/+/, '');
    let m: RegExpExecArray | null;
    if (req.method === 'GET') {
      if ((m = /^resource\/([^/]+)\/?$/.exec(p))) return this.getResource(decodeURIComponent(m[1]!), req);
      if ((m = /^reservation\/([^/]+)\/?$/.exec(p))) {
        const r = this.madeById(decodeURIComponent(m[1]!));
        // Read anonymously: without the extra fields (resources/api/reservation.py to_representation).
        return r ? json(200, this.reservationJson(r, req, false)) : notFound();
      }
      return notFound();
    }
    if (req.method === 'POST') {
      if (p === 'reservation/' || p === 'reservation') return this.reserve(req);
      return notFound();
    }
    if (req.method === 'DELETE') {
      if ((m = /^reservation\/([^/]+)\/?$/.exec(p))) return this.cancel(decodeURIComponent(m[1]!));
      return notFound();
    }
    return json(405, { detail: `Method "${req.method}" not allowed.` });
  }

  // ----- reading -------------------------------------------------------------------

  private base(req: FakeRequest): string {
    const { pathname, origin } = req.url;
    return `${origin}${pathname.slice(0, pathname.length - req.path.length)}`;
  }

  private getResource(id: string, req: FakeRequest): FakeResponse {
    const resource = this.resources.find((r) => r.id === id);
    if (!resource) return notFound();
    const startRaw = req.query.get('start');
    const endRaw = req.query.get('end');
    const start = startRaw ? parseInstant(startRaw) : this.now();
    const end = endRaw ? parseInstant(endRaw) : start;
    if (start === undefined || end === undefined) return json(400, { detail: M.datetime });
    if (end < start) return json(400, { detail: 'end must be after start' });

    const opening_hours: { date: string; opens: string | null; closes: string | null }[] = [];
    const last = isoDateOf(end);
    for (let date = isoDateOf(start), n = 0; date <= last && n < MAX_DAYS; date = addDays(date, 1), n++) {
      const open = openingOn(resource, date);
      opening_hours.push({
        date,
        opens: open ? toIsoWithOffset(open.opens) : null,
        closes: open ? toIsoWithOffset(open.closes) : null,
      });
    }
    // Respa lists the current ones (not cancelled, not denied) that touch the period:
    // resources/api/resource.py get_resource_reservations_queryset.
    const reservations =
      startRaw && endRaw
        ? this.reservations
            .filter((r) => r.resource === id && !INACTIVE.has(r.state) && r.begin <= end && r.end >= start)
            .sort((a, b) => a.begin - b.begin)
            .map((r) => this.reservationJson(r, req, false))
        : null;
    const { weekly: _weekly, ...wire } = resource;
    const today = isoDateOf(this.now());
    const midnightIn = (days: number | null) =>
      days === null ? null : toIsoWithOffset(startOfDay(addDays(today, days)));
    return json(200, {
      ...wire,
      name: translated(resource.name),
      description: translated(resource.description),
      '@id': `${this.base(req)}resource/${id}/`,
      type: {
        id: 'guidance',
        main_type: 'person',
        name: { fi: 'Ohjausaika', sv: 'Handledningstid', en: 'Guidance appointment' },
      },
      people_capacity: 2,
      images: [],
      equipment: [],
      purposes: [],
      location: null,
      is_favorite: false,
      // The booking window this fake enforces (see `reserve`).
      reservable_after: midnightIn(resource.reservable_min_days_in_advance),
      reservable_before: midnightIn(resource.reservable_max_days_in_advance),
      user_permissions: {
        can_make_reservations: resource.reservable,
        can_ignore_opening_hours: false,
        is_admin: false,
        is_manager: false,
        is_viewer: false,
        can_bypass_payment: false,
      },
      opening_hours,
      reservations,
    });
  }

  private madeById(id: string): SeedReservation | undefined {
    return this.reservations.find((x) => String(x.id) === id && this.madeHere.has(x.id));
  }

  /**
   * A reservation as ReservationSerializer writes it to an anonymous reader: no `user`, no
   * `comments`, no `access_code`; the extra fields the resource supports only in the answer
   * to the POST that made it (respa commit b1eec783, see test/contract/respa-corrections.ts).
   */
  private reservationJson(r: SeedReservation, req: FakeRequest, withExtraFields: boolean) {
    const resource = this.resources.find((x) => x.id === r.resource)!;
    const extra: Record<string, unknown> = {};
    if (withExtraFields) {
      for (const field of resource.supported_reservation_extra_fields) {
        if (field in r) extra[field] = r[field as keyof SeedReservation];
      }
    }
    return {
      url: `${this.base(req)}reservation/${r.id}/`,
      id: r.id,
      resource: r.resource,
      begin: toIsoWithOffset(r.begin),
      end: toIsoWithOffset(r.end),
      is_own: false,
      state: r.state,
      need_manual_confirmation: resource.need_manual_confirmation,
      staff_event: false,
      type: 'normal',
      // Respa lets no anonymous reader change a reservation (Reservation.can_modify).
      user_permissions: { can_modify: false, can_delete: false },
      ...extra,
    };
  }

  // ----- booking -------------------------------------------------------------------

  private reserve(req: FakeRequest): FakeResponse {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const l = lang(req.language);

    // Field-level validation first, as DRF does.
    const fields: Record<string, string[]> = {};
    const resource = this.resources.find((r) => r.id === body.resource);
    if (body.resource === undefined || body.resource === null || body.resource === '') fields.resource = [REQUIRED[l]];
    else if (!resource) fields.resource = [`Invalid pk "${String(body.resource)}" - object does not exist.`];
    const begin = typeof body.begin === 'string' ? parseInstant(body.begin) : undefined;
    const end = typeof body.end === 'string' ? parseInstant(body.end) : undefined;
    if (body.begin === undefined || body.begin === null) fields.begin = [REQUIRED[l]];
    else if (begin === undefined || /^\d{4}-\d{2}-\d{2}$/.test(String(body.begin))) fields.begin = [M.datetime];
    if (body.end === undefined || body.end === null) fields.end = [REQUIRED[l]];
    else if (end === undefined || /^\d{4}-\d{2}-\d{2}$/.test(String(body.end))) fields.end = [M.datetime];
    if (Object.keys(fields).length || !resource || begin === undefined || end === undefined)
      return json(400, fields, wordsIn(fields, l));

    const nonField = (message: string) => json(400, { non_field_errors: [message] });
    if (!resource.reservable) return json(403, { detail: M.notReservable });
    if (end <= begin) return nonField(M.order);

    // The booking window, as Respa's reservable_after / reservable_before: local midnights.
    const today = isoDateOf(this.now());
    if (resource.reservable_min_days_in_advance !== null) {
      const after = startOfDay(addDays(today, resource.reservable_min_days_in_advance));
      if (begin < after) return nonField(`The resource is reservable only after ${toIsoWithOffset(after)}`);
    }
    if (resource.reservable_max_days_in_advance !== null) {
      const before = startOfDay(addDays(today, resource.reservable_max_days_in_advance));
      if (begin >= before) return nonField(`The resource is reservable only before ${toIsoWithOffset(before)}`);
    }
    // Slots are counted in wall-clock minutes from local midnight.
    const slot = durationMs(resource.slot_size) / 60_000;
    if (slot > 0) {
      const misaligned = [begin, end].some((t) => {
        const z = toZoned(t);
        return (z.hour * 60 + z.minute) % slot !== 0 || z.second !== 0;
      });
      if (misaligned) return nonField(M.slots);
    }
    const minMs = durationMs(resource.min_period);
    const maxMs = durationMs(resource.max_period);
    if (minMs && end - begin < minMs) return nonField(`The minimum reservation length is ${resource.min_period}`);
    if (maxMs && end - begin > maxMs) return nonField(`The maximum reservation length is ${resource.max_period}`);
    const open = openingOn(resource, isoDateOf(begin));
    if (!open || begin < open.opens || end > open.closes) return nonField(M.openingHours);

    const collision = this.reservations.some(
      (r) => r.resource === resource.id && ACTIVE.has(r.state) && r.begin < end && r.end > begin,
    );
    if (collision) return nonField(M.taken);

    // No user accounts here: the same phone number or e-mail counts as the same person.
    const phone = norm(str(body.reserver_phone_number));
    const email = norm(str(body.reserver_email_address));
    if (resource.max_reservations_per_user !== null && (phone || email)) {
      const now = this.now();
      const mine = this.reservations.filter(
        (r) =>
          r.resource === resource.id &&
          ACTIVE.has(r.state) &&
          r.end > now &&
          ((phone && norm(r.reserver_phone_number) === phone) || (email && norm(r.reserver_email_address) === email)),
      );
      if (mine.length >= resource.max_reservations_per_user) return nonField(M.maxReservations);
    }

    // Respa checks the required extra fields last, as field errors.
    for (const field of resource.required_reservation_extra_fields) {
      if (!str(body[field]).trim()) fields[field] = [REQUIRED[l]];
    }
    if (Object.keys(fields).length) return json(400, fields, wordsIn(fields, l));

    const reservation: SeedReservation = {
      id: this.nextId++,
      resource: resource.id,
      begin,
      end,
      state: resource.need_manual_confirmation ? 'requested' : 'confirmed',
      reserver_name: str(body.reserver_name),
      reserver_phone_number: str(body.reserver_phone_number),
      reserver_email_address: str(body.reserver_email_address),
      event_description: str(body.event_description),
      // Read only where the resource supports it, as Respa does.
      number_of_participants:
        resource.supported_reservation_extra_fields.includes('number_of_participants') &&
        typeof body.number_of_participants === 'number'
          ? body.number_of_participants
          : null,
      created_at: this.now(),
    };
    this.reservations.push(reservation);
    this.madeHere.add(reservation.id);
    return json(201, this.reservationJson(reservation, req, true));
  }

  private cancel(id: string): FakeResponse {
    const r = this.madeById(id);
    if (!r || r.state === 'cancelled') return notFound();
    r.state = 'cancelled';
    return { status: 204 };
  }

  /** Reservations made through the API (for tests that read what the counsellor would receive). */
  made(): readonly SeedReservation[] {
    return this.reservations.filter((r) => this.madeHere.has(r.id));
  }
}
