/**
 * Respa v1 wire shapes (zod/mini). Lenient where real data is messy: missing
 * translations, nulls, unknown extra fields (ignored), reservations omitted when no
 * period was asked.
 */
import * as z from 'zod/mini';

const text = z.nullish(z.string());

/** `{ fi?, sv?, en?, … }`; a missing or null object is an empty one. */
export const localisedSchema = z.pipe(
  z.nullish(z.record(z.string(), z.nullish(z.string()))),
  z.transform((value) => {
    const out: Record<string, string> = {};
    for (const [key, v] of Object.entries(value ?? {})) if (typeof v === 'string' && v.trim()) out[key] = v;
    return out;
  }),
);

export const openingHoursSchema = z.object({
  date: z.string(),
  opens: text,
  closes: text,
});

export const resourceReservationSchema = z.object({
  id: z.optional(z.union([z.string(), z.number()])),
  begin: z.string(),
  end: z.string(),
  state: z.optional(z.string()),
});

export const resourceSchema = z.object({
  id: z.string(),
  name: localisedSchema,
  description: z.optional(localisedSchema),
  reservable: z.optional(z.boolean()),
  need_manual_confirmation: z.optional(z.boolean()),
  slot_size: text,
  min_period: text,
  max_period: text,
  max_reservations_per_user: z.nullish(z.number()),
  reservable_min_days_in_advance: z.nullish(z.number()),
  reservable_max_days_in_advance: z.nullish(z.number()),
  required_reservation_extra_fields: z.nullish(z.array(z.string())),
  supported_reservation_extra_fields: z.nullish(z.array(z.string())),
  opening_hours: z.nullish(z.array(openingHoursSchema)),
  reservations: z.nullish(z.array(resourceReservationSchema)),
});

export const reservationSchema = z.object({
  id: z.union([z.string(), z.number()]),
  resource: z.optional(z.string()),
  begin: z.string(),
  end: z.string(),
  state: z.string(),
});

/** DELETE answers 204 with no body. */
export const emptySchema = z.unknown();

export type ResourceWire = z.infer<typeof resourceSchema>;
export type ReservationWire = z.infer<typeof reservationSchema>;
