/**
 * Where the Respa the elements talk to differs from `respa-schema.json` (the develop branch of
 * City-of-Helsinki/respa at 58421a24). Each difference is written down once, here, with the
 * source that says so; `respa-contract.ts` applies them before anything is validated.
 */
import type { Schema } from './corrections.js';

export interface RespaCorrection {
  source: string;
  says: string;
  apply(defs: Record<string, Schema>): void;
}

export const RESPA_CORRECTIONS: RespaCorrection[] = [
  {
    source:
      'City-of-Helsinki/respa commit b1eec783 ("Added new authentication choice for resources that allows ' +
      'unauthenticated reservations": resources/models/resource.py AUTHENTICATION_TYPES, ' +
      'resources/api/reservation.py ReservationPermission.has_permission); shared/reference/apis.md §2',
    says:
      'a resource may have `authentication: "unauthenticated"`: anyone may POST a reservation of it without ' +
      'logging in, as the guidance booking does (develop knows only none, weak and strong, and lets only ' +
      "logged-in users POST); and the answer to such a POST carries the resource's supported extra fields " +
      '(`reserver_name`, …), which develop shows only to their owner (the schema allows them already)',
    apply(defs) {
      const authentication = (defs.Resource!.properties as Record<string, Schema>).authentication!;
      authentication.enum = ['unauthenticated', ...(authentication.enum as string[])];
    },
  },
];
