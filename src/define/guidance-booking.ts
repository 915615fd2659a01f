/** Registers `<koto-guidance-booking>`. */
import { defineElement } from '../shared/define.js';
import { KotoGuidanceBooking } from '../components/guidance-booking/guidance-booking.component.js';

defineElement('koto-guidance-booking', KotoGuidanceBooking);

declare global {
  interface HTMLElementTagNameMap {
    'koto-guidance-booking': KotoGuidanceBooking;
  }
}

export { KotoGuidanceBooking };
export type { BookingPrefill } from '../components/guidance-booking/guidance-booking.component.js';
export * from '../components/guidance-booking/events.js';
