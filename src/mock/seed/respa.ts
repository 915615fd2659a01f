/**
 * Seed data of the Respa fake: Porvoo guidance resources (synthetic). Opening hours are
 * weekly rules in Helsinki wall-clock time, turned into dated `opening_hours` for
 * whatever period is asked, so periods across the DST changes come out right.
 * Existing reservations are placed relative to the fake's clock. One translation is
 * missing on purpose (the employment coach has no English name).
 */
import { addDays, fromZoned, isoDateOf, parseIsoDate, weekdayOf } from '../../shared/time.js';

export type Localised = Partial<Record<'fi' | 'sv' | 'en', string>>;

/** Opening hours of one weekday, wall-clock `HH:MM`; `null` when closed. */
export type DayRule = { opens: string; closes: string } | null;

export interface SeedResource {
  id: string;
  name: Localised;
  description: Localised;
  unit: string;
  authentication: 'none' | 'weak' | 'strong' | 'unauthenticated';
  reservable: boolean;
  need_manual_confirmation: boolean;
  slot_size: string;
  min_period: string;
  max_period: string;
  max_reservations_per_user: number | null;
  reservable_min_days_in_advance: number | null;
  reservable_max_days_in_advance: number | null;
  required_reservation_extra_fields: string[];
  supported_reservation_extra_fields: string[];
  /** Index 0 = Monday … 6 = Sunday. */
  weekly: DayRule[];
}

export type ReservationState = 'confirmed' | 'requested' | 'cancelled' | 'denied';

export interface SeedReservation {
  /** An integer, as Respa's (Django's AutoField). */
  id: number;
  resource: string;
  begin: number;
  end: number;
  state: ReservationState;
  reserver_name: string;
  reserver_phone_number: string;
  reserver_email_address: string;
  event_description: string;
  number_of_participants: number | null;
  created_at: number;
}

const EXTRA_FIELDS = ['reserver_name', 'reserver_phone_number', 'reserver_email_address', 'event_description'];

const morning = { opens: '09:00', closes: '12:00' };

export const RESOURCES: SeedResource[] = [
  {
    id: 'porvoo-ohjaus-1',
    name: {
      fi: 'Opinto-ohjaus, kotoutumiskoulutus',
      sv: 'Studiehandledning, integrationsutbildning',
      en: 'Study guidance, integration training',
    },
    description: {
      fi: 'Opinto-ohjaaja auttaa, kun valitset opintopolkua tai mietit opintojasi.',
      sv: 'Studiehandledaren hjälper dig att välja studieväg och planera studierna.',
      en: 'The study counsellor helps you choose a study path and plan your studies.',
    },
    unit: 'porvoo:kansalaisopisto',
    authentication: 'unauthenticated',
    reservable: true,
    need_manual_confirmation: false,
    slot_size: '00:30:00',
    min_period: '00:30:00',
    max_period: '01:00:00',
    max_reservations_per_user: 2,
    reservable_min_days_in_advance: 1,
    reservable_max_days_in_advance: 28,
    required_reservation_extra_fields: ['reserver_name', 'reserver_phone_number'],
    supported_reservation_extra_fields: EXTRA_FIELDS,
    // Mon, Tue, Fri mornings; Thu afternoon; Wed and weekends closed.
    weekly: [
      morning,
      morning,
      null,
      { opens: '12:00', closes: '16:00' },
      { opens: '09:00', closes: '11:00' },
      null,
      null,
    ],
  },
  {
    id: 'porvoo-ohjaus-2',
    name: {
      fi: 'Työvalmentaja, työllisyyspalvelut',
      sv: 'Jobbcoach, sysselsättningstjänsterna',
    },
    description: {
      fi: 'Työvalmentaja auttaa työnhaussa ja kertoo, mitä voit tehdä koulutuksen jälkeen.',
      sv: 'Jobbcoachen hjälper dig att söka jobb och berättar vad du kan göra efter utbildningen.',
    },
    unit: 'porvoo:tyollisyyspalvelut',
    authentication: 'unauthenticated',
    reservable: true,
    // The coach confirms each booking by hand.
    need_manual_confirmation: true,
    slot_size: '00:30:00',
    min_period: '01:00:00',
    max_period: '01:00:00',
    max_reservations_per_user: 1,
    reservable_min_days_in_advance: 2,
    reservable_max_days_in_advance: 42,
    required_reservation_extra_fields: ['reserver_name', 'reserver_email_address'],
    supported_reservation_extra_fields: EXTRA_FIELDS,
    weekly: [
      { opens: '08:30', closes: '11:30' },
      null,
      { opens: '12:30', closes: '15:30' },
      null,
      { opens: '08:30', closes: '11:30' },
      null,
      null,
    ],
  },
  {
    // A counsellor on leave: the resource exists but has no opening hours.
    id: 'porvoo-ohjaus-3',
    name: {
      fi: 'Ohjaus, maahanmuuttajapalvelut',
      sv: 'Handledning, invandrartjänsterna',
      en: 'Guidance, integration services',
    },
    description: {},
    unit: 'porvoo:maahanmuuttajapalvelut',
    authentication: 'unauthenticated',
    reservable: true,
    need_manual_confirmation: false,
    slot_size: '00:30:00',
    min_period: '00:30:00',
    max_period: '00:30:00',
    max_reservations_per_user: 2,
    reservable_min_days_in_advance: 0,
    reservable_max_days_in_advance: 14,
    required_reservation_extra_fields: ['reserver_name'],
    supported_reservation_extra_fields: EXTRA_FIELDS,
    weekly: [null, null, null, null, null, null, null],
  },
];

function hm(value: string): [number, number] {
  const [h, m] = value.split(':').map(Number);
  return [h ?? 0, m ?? 0];
}

/** The opening hours of one resource on one calendar date, as instants; `undefined` when closed. */
export function openingOn(resource: SeedResource, date: string): { opens: number; closes: number } | undefined {
  const rule = resource.weekly[weekdayOf(date) - 1];
  const p = parseIsoDate(date);
  if (!rule || !p) return undefined;
  return {
    opens: fromZoned(p.year, p.month, p.day, ...hm(rule.opens)),
    closes: fromZoned(p.year, p.month, p.day, ...hm(rule.closes)),
  };
}

/**
 * Reservations that exist before anyone books: some taken slots in the coming weeks, a
 * cancelled one and a denied one (which free their slot again), one awaiting confirmation,
 * and one a counsellor made outside opening hours.
 */
export function buildRespaReservations(now: number): SeedReservation[] {
  const today = isoDateOf(now);
  const out: SeedReservation[] = [];
  let next = 1;
  const add = (
    resource: string,
    date: string,
    hour: number,
    minute: number,
    minutes: number,
    state: ReservationState,
  ) => {
    const p = parseIsoDate(date)!;
    const begin = fromZoned(p.year, p.month, p.day, hour, minute);
    out.push({
      id: next++,
      resource,
      begin,
      end: begin + minutes * 60_000,
      state,
      reserver_name: 'Varattu',
      reserver_phone_number: '',
      reserver_email_address: '',
      event_description: '',
      number_of_participants: 1,
      created_at: now - 86_400_000,
    });
  };
  const [study, coach] = RESOURCES as [SeedResource, SeedResource];
  for (let d = 0; d < 42; d++) {
    const date = addDays(today, d);
    const open1 = openingOn(study, date);
    if (open1) {
      const [h, m] = hm(study.weekly[weekdayOf(date) - 1]!.opens);
      // Every other open day the first half hour is taken, and an hour in the middle.
      if (d % 2 === 0) add(study.id, date, h, m, 30, 'confirmed');
      if (d % 3 === 0) add(study.id, date, h + 1, m, 60, 'confirmed');
      if (d % 5 === 1) add(study.id, date, h + 2, m, 30, 'cancelled');
      if (d % 7 === 3) add(study.id, date, h, m + 30, 30, 'denied');
    }
    const open2 = openingOn(coach, date);
    if (open2) {
      const [h, m] = hm(coach.weekly[weekdayOf(date) - 1]!.opens);
      if (d % 2 === 1) add(coach.id, date, h + 1, m, 60, 'requested');
      // Made by the coach for a walk-in, starting before opening time.
      if (d % 4 === 0) add(coach.id, date, h - 1, m, 90, 'confirmed');
    }
  }
  return out;
}
