/**
 * Fake of PTV Open API v11 (the Finnish Service Catalogue): service channels and
 * organisations, with PTV's paths (matched case-insensitively, as ASP.NET routes are),
 * its paged list shape and its error bodies (`400 { property: [message] }`, `404 { errorMessage }`).
 * Shapes as test/contract/ptv-schema.json writes them down from the PTV source (checked by
 * test/contract/ptv.contract.ts). See ../../../shared/reference/apis.md §3; seed ids in ./seed/ptv.ts.
 */
import { json, type FakeApi, type FakeRequest, type FakeResponse } from './core.js';
import { buildPtvSeed, type PtvSeed } from './seed/ptv.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PAGE_SIZE = 1000;

export class PtvFake implements FakeApi {
  readonly seed: PtvSeed;

  constructor(now: () => number) {
    this.seed = buildPtvSeed(now());
  }

  /**
   * Adds a service channel or organisation, or changes fields of an existing one (for
   * content the seed does not have). A new one copies the first seeded item of its kind.
   */
  put(kind: 'channel' | 'organization', patch: Record<string, unknown> & { id: string }): Record<string, unknown> {
    const items = kind === 'channel' ? this.seed.channels : this.seed.organizations;
    const index = items.findIndex((x) => String(x.id).toLowerCase() === patch.id.toLowerCase());
    const item = { ...structuredClone(items[Math.max(0, index)]!), ...patch };
    if (index >= 0) items[index] = item;
    else items.push(item);
    return item;
  }

  handle(req: FakeRequest): FakeResponse {
    if (req.method !== 'GET')
      return json(405, { message: `The requested resource does not support http method '${req.method}'.` });
    const p = req.path.replace(/^\/+|\/+$/g, '');
    let m: RegExpExecArray | null;
    if (/^servicechannel\/list\/organization$/i.test(p)) return this.listByOrganization(req);
    if ((m = /^servicechannel\/([^/]+)$/i.exec(p))) {
      return this.byId(decodeURIComponent(m[1]!), this.seed.channels, 'Service channel');
    }
    if ((m = /^organization\/([^/]+)$/i.exec(p))) {
      return this.byId(decodeURIComponent(m[1]!), this.seed.organizations, 'Organization');
    }
    return json(404, { message: `No HTTP resource was found that matches the request URI '${req.url.pathname}'.` });
  }

  private byId(id: string, items: Record<string, unknown>[], what: string): FakeResponse {
    if (!GUID.test(id)) return json(400, { id: [`The value '${id}' is not valid.`] });
    const item = items.find((x) => String(x.id).toLowerCase() === id.toLowerCase());
    // ptv-releases ServiceChannelBaseController.GetById, OrganizationBaseController: NotFound(new VmError { … }).
    return item ? json(200, item) : json(404, { errorMessage: `${what} with id '${id}' not found.` });
  }

  /** ptv-releases ServiceChannelBaseController.GetByOrganizationBase, EntityWithOrganizationBaseController.CheckAndGetOrganizationIds. */
  private listByOrganization(req: FakeRequest): FakeResponse {
    const org = req.query.get('organizationId') ?? '';
    if (!org) {
      return json(400, {
        organizationId: ["One of the organization related parameters 'organizationId', 'code' or 'oid' has to be set."],
      });
    }
    if (!GUID.test(org)) return json(400, { organizationId: [`The value '${org}' is not valid.`] });
    const rawPage = req.query.get('page');
    const page = rawPage === null ? 1 : Number(rawPage);
    if (!Number.isInteger(page) || page < 1) return json(400, { page: [`The value '${rawPage}' is not valid.`] });
    if (!this.seed.organizations.some((o) => String(o.id).toLowerCase() === org.toLowerCase())) {
      return json(404, { errorMessage: `Organization with id '${org.toLowerCase()}' not found.` });
    }
    const all = this.seed.channels.filter((c) => String(c.organizationId).toLowerCase() === org.toLowerCase());
    const pageCount = Math.ceil(all.length / PAGE_SIZE);
    return json(200, {
      pageNumber: page,
      pageSize: PAGE_SIZE,
      pageCount,
      itemList: all.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
    });
  }
}
