/**
 * Wire shapes of Linked Events' enrolment answers (`seats_reservation/`, `signup_group/`), apart
 * from schemas.ts: zod schemas are built when their module loads, so a bundler keeps every one
 * in a module it imports, and a page that only lists courses must not carry these (issue 18).
 */
import * as z from 'zod/mini';
import { Id, Text } from './schemas.js';

export const SeatsReservation = z.object({
  id: Id,
  code: z.string(),
  registration: Id,
  seats: z.number(),
  in_waitlist: z.boolean(),
  timestamp: Text,
  expiration: z.string(),
});

export const SignupGroupResponse = z.object({
  id: z.optional(Id),
  signups: z.array(z.object({ id: z.optional(Id), attendee_status: Text })),
});
