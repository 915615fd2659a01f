/**
 * Wire shapes of Linked Events v1, as lenient as real data needs: every field may be
 * missing or null, translations are partial, references come as `{ "@id" }` or as
 * the included object, ids may be numbers. Unknown fields are dropped.
 */
import * as z from 'zod/mini';

export const Localised = z.nullish(z.record(z.string(), z.nullish(z.string())));
export const Id = z.union([z.string(), z.pipe(z.number(), z.transform(String))]);
const Count = z.nullish(z.number());
export const Text = z.nullish(z.string());

/** A keyword: a bare reference, or the included object. */
export const Keyword = z.object({ '@id': z.optional(z.string()), id: z.optional(z.string()), name: Localised });

export const Place = z.object({
  '@id': z.optional(z.string()),
  id: z.optional(z.string()),
  name: Localised,
  street_address: Localised,
  postal_code: Text,
  address_locality: Localised,
  info_url: Localised,
});

export const Registration = z.object({
  id: Id,
  enrolment_start_time: Text,
  enrolment_end_time: Text,
  maximum_attendee_capacity: Count,
  waiting_list_capacity: Count,
  maximum_group_size: Count,
  current_attendee_count: Count,
  current_waiting_list_count: Count,
  remaining_attendee_capacity: Count,
  remaining_waiting_list_capacity: Count,
  mandatory_fields: z.nullish(z.array(z.string())),
  audience_min_age: Count,
  audience_max_age: Count,
  confirmation_message: Localised,
  instructions: Localised,
  /** Customer groups with prices: when there is one, the registration requires a payment. */
  registration_price_groups: z.nullish(z.array(z.unknown())),
  /** Linked Registrations' own signup page, per language (`fi`, `sv`, `en`): it takes payments. */
  signup_url: Localised,
});

const RegistrationRef = z.union([Registration, z.object({ '@id': z.string() })]);

export const Offer = z.object({
  is_free: z.nullish(z.boolean()),
  price: Localised,
  description: Localised,
  info_url: Localised,
});

/** A sub-event of a series: a bare reference, or the included event (only what a date needs). */
export const SubEvent = z.object({
  '@id': z.optional(z.string()),
  id: z.optional(Id),
  event_status: Text,
  start_time: Text,
  end_time: Text,
});

/** A reference to another event (`super_event`). */
const EventRef = z.object({ '@id': z.optional(z.string()) });

export const Event = z.object({
  id: z.string(),
  event_status: Text,
  name: Localised,
  short_description: Localised,
  description: Localised,
  info_url: Localised,
  provider: Localised,
  location_extra_info: Localised,
  start_time: Text,
  end_time: Text,
  enrolment_start_time: Text,
  enrolment_end_time: Text,
  maximum_attendee_capacity: Count,
  audience_min_age: Count,
  audience_max_age: Count,
  keywords: z.nullish(z.array(Keyword)),
  in_language: z.nullish(z.array(Keyword)),
  location: z.nullish(Place),
  offers: z.nullish(z.array(Offer)),
  registration: z.nullish(RegistrationRef),
  /** `recurring` for a series whose dates are its `sub_events`, `umbrella` for a festival of events. */
  super_event_type: Text,
  super_event: z.nullish(EventRef),
  sub_events: z.nullish(z.array(SubEvent)),
});

/** A page of events; the items are validated one by one so that one bad event does not hide the rest. */
export const EventPage = z.object({
  meta: z.object({ count: z.number(), next: Text, previous: Text }),
  data: z.array(z.unknown()),
});

export type EventWire = z.infer<typeof Event>;
export type RegistrationWire = z.infer<typeof Registration>;
export type KeywordWire = z.infer<typeof Keyword>;
export type PlaceWire = z.infer<typeof Place>;
export type SubEventWire = z.infer<typeof SubEvent>;
