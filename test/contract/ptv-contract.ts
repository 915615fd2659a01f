/**
 * `ptv-schema.json` (written down from the PTV source) as ajv validators, with the corrections of
 * `ptv-corrections.ts` applied, and the operations of the source's controllers the client may
 * call. Runs in Node (`scripts/contract.mjs`).
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction, type ErrorObject } from 'ajv';
import type { Schema } from './corrections.js';
import { PTV_CORRECTIONS } from './ptv-corrections.js';

export const PTV_SCHEMA_FILE = 'test/contract/ptv-schema.json';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isGuid = (v: string) => GUID.test(v);
const isBool = (v: string) => /^(true|false)$/i.test(v);
// `[FromQuery] int page`: ASP.NET binds an int; GetByOrganizationBase refuses a negative one.
const isPage = (v: string) => /^\d+$/.test(v) && Number(v) <= 2 ** 31 - 1;

export interface PtvOperation {
  /** The controller method, as the source names it. */
  source: string;
  /** The path below `api/v11/`, matched case-insensitively as ASP.NET routes are. */
  path: RegExp;
  /** The query parameters the method binds, each with what its value must be. */
  query: Record<string, (value: string) => boolean>;
  /** Query parameters of which exactly one must be given. */
  oneOf?: string[];
  /** The schema of its 200 answer. */
  answer: string;
}

/**
 * The operations the client calls, from the source's controllers (ptv-releases@27723498
 * src/PTV.Application.OpenApi/Controllers/): route, bound query parameters, answer type.
 */
export const PTV_OPERATIONS: PtvOperation[] = [
  {
    source:
      'V11ServiceChannelController.cs [Route("api/v11/ServiceChannel")] [HttpGet("list/organization")] ' +
      'GetByOrganization(organizationId, code, oid, int page = 1, bool showHeader = false) → V11VmOpenApiServiceChannelsWithPaging; ' +
      'EntityWithOrganizationBaseController.cs CheckAndGetOrganizationIds: one of organizationId, code, oid, and only one',
    path: /^ServiceChannel\/list\/organization$/i,
    query: {
      organizationId: isGuid,
      code: (v) => /^[0-9]{7}-[0-9]{1}$/.test(v),
      oid: (v) => /^[A-Za-z0-9.-]*$/.test(v),
      page: isPage,
      showHeader: isBool,
    },
    oneOf: ['organizationId', 'code', 'oid'],
    answer: 'ServiceChannelsWithPaging',
  },
  {
    source:
      'V11ServiceChannelController.cs [HttpGet("{id}")] [ValidateId("id")] Get(string id, bool showHeader = false) → ' +
      'one of the V11 channel classes',
    path: /^ServiceChannel\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i,
    query: { showHeader: isBool },
    answer: 'ServiceChannel',
  },
  {
    source:
      'V11OrganizationController.cs [Route("api/v11/Organization")] [HttpGet("{id}")] Get(string id, bool showHeader = false) → ' +
      'V10VmOpenApiOrganization',
    path: /^Organization\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i,
    query: { showHeader: isBool },
    answer: 'Organization',
  },
];

export class PtvContract {
  readonly defs: Record<string, Schema>;
  private readonly ajv: Ajv;
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(file = PTV_SCHEMA_FILE) {
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { $defs: Record<string, Schema> };
    this.defs = doc.$defs;
    for (const correction of PTV_CORRECTIONS) correction.apply(this.defs);
    this.ajv = new Ajv({ allErrors: true, strictTypes: false, allowUnionTypes: true });
    this.ajv.addSchema(doc);
  }

  /** Problems of a value against a schema of the file (`ServiceChannel`, `Organization`, …); none when it fits. */
  check(schema: string, value: unknown): string[] {
    let validate = this.cache.get(schema);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `ptv#/$defs/${schema}` });
      this.cache.set(schema, validate);
    }
    return validate(value) ? [] : (validate.errors ?? []).filter(meaningful).map((e) => describe(schema, e));
  }

  /** The operation a GET of `path` (below `api/v11/`) with `query` is, or why it is none. */
  operation(path: string, query: URLSearchParams): { operation?: PtvOperation; problems: string[] } {
    const operation = PTV_OPERATIONS.find((o) => o.path.test(path));
    if (!operation) return { problems: [`GET ${path}: not an operation of the source’s controllers`] };
    const problems: string[] = [];
    for (const [name, value] of query) {
      const valid = operation.query[name];
      if (!valid) problems.push(`GET ${path}: ${name} is not a parameter of ${operation.answer}’s operation`);
      else if (!valid(value)) problems.push(`GET ${path}: ${name}=${value} is not a value the source takes`);
    }
    if (operation.oneOf) {
      const given = operation.oneOf.filter((name) => query.get(name));
      if (given.length !== 1) problems.push(`GET ${path}: give exactly one of ${operation.oneOf.join(', ')}`);
    }
    return { operation, problems };
  }
}

/** `if` reports only that a `then` failed; the `then`'s own error says what. */
const meaningful = (e: ErrorObject) => e.keyword !== 'if';

function describe(schema: string, e: ErrorObject): string {
  const where = `${schema}${e.instancePath || ''}`;
  if (e.keyword === 'required') return `${where}: ${String(e.params.missingProperty)} is required`;
  if (e.keyword === 'additionalProperties') return `${where}: ${String(e.params.additionalProperty)} is not a field`;
  if (e.keyword === 'enum')
    return `${where}: ${e.message ?? ''} (${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')})`;
  return `${where}: ${e.message ?? e.keyword}`;
}
