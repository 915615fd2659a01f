/**
 * Events of `<koto-guidance-booking>`. They carry what a portal needs to follow the
 * booking (ids, times, state) and never the learner's personal data.
 */
import type { Reservation } from '../../api/respa/resource.js';
import { toIsoWithOffset } from '../../shared/time.js';

export interface BookingEventDetail {
  /** Respa's reservation id. */
  reservationId: string;
  /** The resource (service or counsellor) id. */
  resource: string;
  /** ISO 8601 with the Helsinki offset. */
  begin: string;
  end: string;
  /** `confirmed`, or `requested` while a person still has to confirm it; `cancelled` in `koto-booking-cancelled`. */
  state: string;
}

/** The detail of `reservation`; `resource`: the chosen one, where Respa's answer names none. */
export function bookingEventDetail(reservation: Reservation, resource: string): BookingEventDetail {
  return {
    reservationId: reservation.id,
    resource: reservation.resource || resource,
    begin: toIsoWithOffset(reservation.begin),
    end: toIsoWithOffset(reservation.end),
    state: reservation.state,
  };
}

/** The reservation was made (`confirmed` or `requested`). */
export class KotoBookingConfirmedEvent extends Event {
  static readonly eventName = 'koto-booking-confirmed';
  readonly detail: BookingEventDetail;
  constructor(detail: BookingEventDetail) {
    super(KotoBookingConfirmedEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/** The learner cancelled the reservation they had just made. */
export class KotoBookingCancelledEvent extends Event {
  static readonly eventName = 'koto-booking-cancelled';
  readonly detail: BookingEventDetail;
  constructor(detail: BookingEventDetail) {
    super(KotoBookingCancelledEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'koto-booking-confirmed': KotoBookingConfirmedEvent;
    'koto-booking-cancelled': KotoBookingCancelledEvent;
  }
}
