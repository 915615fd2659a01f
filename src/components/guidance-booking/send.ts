/** Sending the booking to Respa, and what came of it. */
import type { HttpFailure } from '../../api/http.js';
import type { RespaApi } from '../../api/respa/client.js';
import type { GuidanceResource, Reservation } from '../../api/respa/resource.js';
import type { Slot } from '../../api/respa/slots.js';
import type { Locale } from '../../shared/localization.js';
import { describeForCounsellor, type InterpreterChoice, type Mode, type Topic } from './booking-description.js';
import { fieldOf, shownFields, type Field, type Values } from './fields.js';

export interface Booking {
  resource: GuidanceResource;
  slot: Slot;
  topic: Topic;
  mode: Mode;
  needInterpreter: boolean;
  values: Values;
  locale: Locale;
}

export type SendOutcome =
  | { kind: 'booked'; reservation: Reservation }
  /** Respa refused these fields (a 400 naming them). */
  | { kind: 'refused'; fields: Field[] }
  /** Someone else took the time meanwhile. */
  | { kind: 'taken' }
  | { kind: 'failed'; error: HttpFailure };

/** The interpreter's language for the counsellor: a code from the list, or what the learner wrote. */
function interpreterChoice({ interpreter, interpreterOther }: Values): InterpreterChoice | undefined {
  if (interpreter === 'other') return interpreterOther.trim() ? { written: interpreterOther.trim() } : undefined;
  return interpreter ? { code: interpreter } : undefined;
}

/**
 * Books the time. A 400 that names no field of ours most likely means someone else took
 * the time: `stillFree` looks again (`undefined` when it could not) before saying so.
 */
export async function sendBooking(
  api: RespaApi,
  b: Booking,
  stillFree: () => Promise<boolean | undefined>,
): Promise<SendOutcome> {
  const shown = shownFields(b.resource, b.mode);
  const v = b.values;
  const result = await api.createReservation(
    {
      resource: b.resource.id,
      begin: b.slot.begin,
      end: b.slot.end,
      ...(shown.has('name') ? { reserverName: v.name.trim() } : {}),
      ...(shown.has('phone') ? { reserverPhoneNumber: v.phone.trim() } : {}),
      ...(shown.has('email') ? { reserverEmailAddress: v.email.trim() } : {}),
      eventDescription: describeForCounsellor({
        topic: b.topic,
        mode: b.mode,
        interpreter: b.needInterpreter ? interpreterChoice(v) : undefined,
        message: v.message,
      }),
    },
    { language: b.locale },
  );
  if (result.ok) return { kind: 'booked', reservation: result.value };
  const error = result.error;
  if (error.kind === 'http' && error.status === 400) {
    const fields = [...new Set(Object.keys(error.body.fields).map(fieldOf))].filter((f): f is Field => !!f);
    if (fields.length) return { kind: 'refused', fields };
    if ((await stillFree()) === false) return { kind: 'taken' };
  }
  return { kind: 'failed', error };
}
