/**
 * The normalised model of a Respa resource: instants instead of ISO strings,
 * milliseconds instead of `"00:30:00"`, empty lists instead of nulls.
 */
import { parseInstant, type IsoDate } from '../../shared/time.js';
import type { ResourceWire, ReservationWire } from './schemas.js';

export type Localised = Record<string, string>;

/** The opening hours of one date; `opens`/`closes` are `null` when closed. */
export interface OpeningDay {
  date: IsoDate;
  opens: number | null;
  closes: number | null;
}

export interface Booking {
  begin: number;
  end: number;
  /** `confirmed`, `requested`, `cancelled`, `denied`, … */
  state: string;
}

/** Extra fields a reservation can carry (Respa's `*_reservation_extra_fields`). */
export type ExtraField = 'reserver_name' | 'reserver_phone_number' | 'reserver_email_address' | 'event_description';

export interface GuidanceResource {
  id: string;
  name: Localised;
  description: Localised;
  reservable: boolean;
  needManualConfirmation: boolean;
  slotMs: number;
  minPeriodMs: number;
  maxPeriodMs: number;
  maxReservationsPerUser: number | null;
  minDaysInAdvance: number | null;
  maxDaysInAdvance: number | null;
  requiredFields: string[];
  supportedFields: string[];
  openingHours: OpeningDay[];
  reservations: Booking[];
}

/** A reservation Respa accepted. */
export interface Reservation {
  id: string;
  resource: string;
  begin: number;
  end: number;
  /** `confirmed`, or `requested` when a person still has to confirm it. */
  state: string;
}

/** `"01:30:00"` (or `"1 day, 0:30:00"` never used here) → milliseconds; 0 when missing. */
export function parseDuration(value: string | null | undefined): number {
  const m = /^(\d+):(\d{2}):(\d{2})$/.exec(value ?? '');
  if (!m) return 0;
  return ((Number(m[1]) * 60 + Number(m[2])) * 60 + Number(m[3])) * 1000;
}

/** A number of days Respa can mean: a whole number from 0 to ten years; anything else is no limit. */
function dayCount(n: number | null | undefined): number | null {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 3660 ? n : null;
}

export function toResource(wire: ResourceWire): GuidanceResource {
  const openingHours: OpeningDay[] = [];
  for (const day of wire.opening_hours ?? []) {
    const opens = parseInstant(day.opens) ?? null;
    const closes = parseInstant(day.closes) ?? null;
    const both = opens !== null && closes !== null && closes > opens;
    openingHours.push({ date: day.date, opens: both ? opens : null, closes: both ? closes : null });
  }
  const reservations: Booking[] = [];
  for (const r of wire.reservations ?? []) {
    const begin = parseInstant(r.begin);
    const end = parseInstant(r.end);
    if (begin !== undefined && end !== undefined) reservations.push({ begin, end, state: r.state ?? 'confirmed' });
  }
  return {
    id: wire.id,
    name: wire.name,
    description: wire.description ?? {},
    reservable: wire.reservable ?? true,
    needManualConfirmation: wire.need_manual_confirmation ?? false,
    slotMs: parseDuration(wire.slot_size),
    minPeriodMs: parseDuration(wire.min_period),
    maxPeriodMs: parseDuration(wire.max_period),
    maxReservationsPerUser: wire.max_reservations_per_user ?? null,
    minDaysInAdvance: dayCount(wire.reservable_min_days_in_advance),
    maxDaysInAdvance: dayCount(wire.reservable_max_days_in_advance),
    requiredFields: wire.required_reservation_extra_fields ?? [],
    supportedFields: wire.supported_reservation_extra_fields ?? [],
    openingHours,
    reservations,
  };
}

export function toReservation(wire: ReservationWire): Reservation | undefined {
  const begin = parseInstant(wire.begin);
  const end = parseInstant(wire.end);
  if (begin === undefined || end === undefined) return undefined;
  return { id: String(wire.id), resource: wire.resource ?? '', begin, end, state: wire.state };
}
