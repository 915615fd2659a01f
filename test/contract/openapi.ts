/**
 * The Linked Events OpenAPI file as JSON Schema validators (ajv): OpenAPI 3.0's `nullable`,
 * `readOnly` and `writeOnly` translated, the source's corrections (`corrections.ts`) applied.
 * Runs in Node (`scripts/contract.mjs`).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { Ajv, type ValidateFunction, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { CORRECTIONS, QUERY_CORRECTIONS, RESPONSE_CORRECTIONS, type Schema, type Schemas } from './corrections.js';

/** The copy in this folder: `scripts/contract.mjs` checks it against `shared/reference/openapi/` when that is beside the project. */
export const SPEC_FILE = 'test/contract/linked-events-openapi-2024-09.yaml';

type Direction = 'request' | 'response';

interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Schemas };
}
interface Operation {
  parameters?: Schema[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
}

// OpenAPI-only keywords that JSON Schema does not know; annotations, not rules.
const DROP = new Set(['example', 'discriminator', 'externalDocs', 'xml']);

/** OpenAPI 3.0 schema → JSON Schema for one direction: `nullable` becomes a `null` type, `$ref`s point into `$defs`. */
function toJsonSchema(node: unknown, direction: Direction): unknown {
  if (Array.isArray(node)) return node.map((n) => toJsonSchema(n, direction));
  if (node === null || typeof node !== 'object') return node;
  const out: Schema = {};
  for (const [key, value] of Object.entries(node as Schema)) {
    if (DROP.has(key) || key.startsWith('x-') || key === 'nullable') continue;
    if (key === '$ref' && typeof value === 'string') out.$ref = value.replace('#/components/schemas/', '#/$defs/');
    else if (key === 'format' && value === 'decimal')
      continue; // the `pattern` beside it says it
    else if (key === 'properties') {
      out.properties = Object.fromEntries(
        Object.entries(value as Schemas).map(([name, s]) => [name, toJsonSchema(s, direction)]),
      );
    } else out[key] = toJsonSchema(value, direction);
  }
  // A field the other direction owns is not required in this one (readOnly: answers only; writeOnly: requests only).
  if (Array.isArray(out.required) && out.properties) {
    const properties = (node as Schema).properties as Schemas;
    const other = direction === 'request' ? 'readOnly' : 'writeOnly';
    out.required = (out.required as string[]).filter((name) => properties[name]?.[other] !== true);
  }
  if ((node as Schema).nullable === true) {
    if (typeof out.type === 'string') {
      out.type = [out.type, 'null'];
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
      if (out.anyOf) return { anyOf: [{ type: 'null' }, out] };
      return out;
    }
    return { anyOf: [{ type: 'null' }, out] };
  }
  return out;
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

export class LinkedEventsContract {
  readonly doc: OpenApi;
  private readonly ajv: Ajv;
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(file = SPEC_FILE) {
    this.doc = parse(readFileSync(file, 'utf8')) as OpenApi;
    const schemas = structuredClone(this.doc.components.schemas);
    for (const correction of CORRECTIONS) correction.apply(schemas);
    this.ajv = new Ajv({ allErrors: true, strictTypes: false, strictTuples: false, allowUnionTypes: true });
    addFormats(this.ajv);
    for (const direction of ['request', 'response'] as const) {
      const defs = Object.fromEntries(Object.entries(schemas).map(([name, s]) => [name, toJsonSchema(s, direction)]));
      this.ajv.addSchema({ $id: `linked-events-${direction}`, $defs: defs });
    }
  }

  /** Problems of a value against a component schema (`Event`, `SeatReservationCode`, …), one line each; none when it fits. */
  check(schema: string, value: unknown, direction: Direction): string[] {
    const key = `${direction}:${schema}`;
    let validate = this.cache.get(key);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `linked-events-${direction}#/$defs/${schema}` });
      this.cache.set(key, validate);
    }
    return validate(value) ? [] : (validate.errors ?? []).map((e) => describe(schema, e));
  }

  /** The operation a request path falls under: `/event/{id}/` for `/event/porvoo:koto-01/`. */
  template(method: string, path: string): string | undefined {
    return Object.keys(this.doc.paths).find((template) => {
      const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);
      return pattern.test(path) && this.doc.paths[template]![method.toLowerCase()] !== undefined;
    });
  }

  /** Problems of a request's query parameters against the operation's declared ones. */
  checkQuery(method: string, template: string, query: URLSearchParams): string[] {
    const operation = `${method.toUpperCase()} ${template}`;
    const declared = new Map<string, Schema>();
    for (const p of this.doc.paths[template]![method.toLowerCase()]!.parameters ?? []) {
      if (p.in === 'query') declared.set(p.name as string, p.schema as Schema);
    }
    for (const c of QUERY_CORRECTIONS.filter((q) => q.operation === operation)) {
      for (const p of c.parameters) declared.set(p.name as string, p.schema as Schema);
    }
    const problems: string[] = [];
    for (const [name, value] of query) {
      const schema = declared.get(name);
      if (!schema) {
        problems.push(`${operation}: ?${name} is not a parameter of the operation`);
        continue;
      }
      const values = schema.type === 'array' ? value.split(',') : [value];
      const item = (schema.type === 'array' ? schema.items : schema) as Schema;
      for (const v of values) {
        const ok =
          item.type === 'integer'
            ? /^-?\d+$/.test(v)
            : item.type === 'boolean'
              ? v === 'true' || v === 'false'
              : this.ajv.validate(toJsonSchema(item, 'request') as Schema, v);
        if (!ok) problems.push(`${operation}: ?${name}=${v} does not fit ${JSON.stringify(item)}`);
      }
    }
    return problems;
  }

  /** The component schema of an operation's request body (application/json). */
  requestSchema(method: string, template: string): string | undefined {
    const body = this.doc.paths[template]?.[method.toLowerCase()]?.requestBody;
    return refName(body?.content['application/json']?.schema);
  }

  /** The component schema of an operation's answer with that status, as the source corrects the file. */
  responseSchema(method: string, template: string, status: number): string | undefined {
    const corrected = RESPONSE_CORRECTIONS.find((c) => c.operation === `${method.toUpperCase()} ${template} ${status}`);
    if (corrected) return corrected.schema;
    const response = this.doc.paths[template]?.[method.toLowerCase()]?.responses[String(status)];
    return refName(response?.content?.['application/json']?.schema);
  }
}

function refName(schema: Schema | undefined): string | undefined {
  const ref = schema?.$ref;
  return typeof ref === 'string' ? ref.replace('#/components/schemas/', '') : undefined;
}

function describe(schema: string, e: ErrorObject): string {
  const where = `${schema}${e.instancePath || ''}`;
  if (e.keyword === 'required') return `${where}: ${String(e.params.missingProperty)} is required`;
  return `${where}: ${e.message ?? e.keyword}`;
}
