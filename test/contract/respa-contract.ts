/**
 * `respa-schema.json` (written down from the Respa source) as ajv validators, with the
 * corrections of `respa-corrections.ts` applied. Runs in Node (`scripts/contract.mjs`).
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { Schema } from './corrections.js';
import { RESPA_CORRECTIONS } from './respa-corrections.js';

export const RESPA_SCHEMA_FILE = 'test/contract/respa-schema.json';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

export class RespaContract {
  readonly defs: Record<string, Schema>;
  private readonly ajv: Ajv;
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(file = RESPA_SCHEMA_FILE) {
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { $defs: Record<string, Schema> };
    this.defs = doc.$defs;
    for (const correction of RESPA_CORRECTIONS) correction.apply(this.defs);
    // The extra fields are properties of a reservation, in answers and in requests.
    const extra = this.defs.ExtraFields!.properties as Record<string, Schema>;
    for (const name of ['Reservation', 'ReservationCreate']) {
      Object.assign(this.defs[name]!.properties as Record<string, Schema>, extra);
    }
    this.ajv = new Ajv({ allErrors: true, strictTypes: false, allowUnionTypes: true });
    addFormats(this.ajv);
    this.ajv.addSchema(doc);
  }

  /** Problems of a value against a schema of the file (`Resource`, `ReservationCreate`, …); none when it fits. */
  check(schema: string, value: unknown, also: Schema = {}): string[] {
    const key = `${schema}:${JSON.stringify(also)}`;
    let validate = this.cache.get(key);
    if (!validate) {
      validate = this.ajv.compile({ allOf: [{ $ref: `respa#/$defs/${schema}` }, also] });
      this.cache.set(key, validate);
    }
    return validate(value) ? [] : (validate.errors ?? []).map((e) => describe(schema, e));
  }

  /** A query string against `ResourceQuery`. */
  checkQuery(query: URLSearchParams): string[] {
    return this.check('ResourceQuery', Object.fromEntries(query));
  }

  /**
   * A reservation body as the resource it is for takes it: its required extra fields required,
   * and no extra field it does not support (Respa would drop it unread).
   */
  checkReservationRequest(body: unknown, resource: { required: string[]; supported: string[] }): string[] {
    const extra = Object.keys(this.defs.ExtraFields!.properties as object);
    const unsupported = extra.filter((f) => !resource.supported.includes(f));
    return this.check('ReservationCreate', body, {
      required: resource.required,
      properties: Object.fromEntries(unsupported.map((f) => [f, false])),
    });
  }
}

function describe(schema: string, e: ErrorObject): string {
  const where = `${schema}${e.instancePath || ''}`;
  if (e.keyword === 'required') return `${where}: ${String(e.params.missingProperty)} is required`;
  if (e.keyword === 'additionalProperties') return `${where}: ${String(e.params.additionalProperty)} is not a field`;
  if (e.keyword === 'false schema') return `${where}: an extra field the resource does not support`;
  return `${where}: ${e.message ?? e.keyword}`;
}
