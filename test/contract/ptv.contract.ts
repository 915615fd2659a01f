/**
 * The PTV contract: every request `PtvClient` makes for `<koto-contact-card>` (each seeded channel
 * and organisation, an organisation's channels page by page, ids PTV does not know), and every
 * answer the API fake (`koto-elements/mock`) gives to them, checked against the PTV source:
 * requests against the routes and query parameters of its controllers, answers against
 * `ptv-schema.json` as `ptv-corrections.ts` corrects it. Node's test runner, through
 * `scripts/contract.mjs`.
 */
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { PTV_IDS } from '../../src/mock/seed/ptv.js';
import { PtvClient } from '../../src/api/ptv/client.js';
import { toOfficeContact, organizationName } from '../../src/api/ptv/contact.js';
import { PtvContract } from './ptv-contract.js';
import { recordingFake, summary, type Exchange } from './recorder.js';

const BASE = 'https://ptv.example.fi/api/v11/';
const NOW = '2026-03-25T08:00:00Z';
const UNKNOWN = '00000000-0000-4000-8000-0000000000ff';

const contract = new PtvContract();
const pathOf = (url: URL) => url.pathname.slice(new URL(BASE).pathname.length);
type Json = Record<string, unknown>;

function requestProblems(x: Exchange): string[] {
  return contract.operation(pathOf(x.url), x.url.searchParams).problems;
}

function answerProblems(x: Exchange): string[] {
  const { operation } = contract.operation(pathOf(x.url), x.url.searchParams);
  if (x.status === 200) return operation ? contract.check(operation.answer, x.answer) : [];
  if (x.status === 404) return contract.check('Error', x.answer);
  if (x.status === 400) return contract.check('ModelStateErrors', x.answer);
  return [`GET ${pathOf(x.url)}: ${x.status}, not an answer the source gives`];
}

/** A client on a fresh fake that records every exchange. */
function recorded() {
  const { mock, fetch, exchanges } = recordingFake(NOW);
  return { mock, exchanges, client: new PtvClient({ baseUrl: BASE, fetch }) };
}

describe('PTV contract (the source’s model classes, corrected)', () => {
  const { mock, exchanges, client } = recorded();
  const offices: string[] = [];

  before(async () => {
    // As the card loads them: each channel, in the card's terms, and its organisation's name.
    for (const channel of mock.ptv.seed.channels) {
      const result = await client.getServiceChannel(String(channel.id), { language: 'fi' });
      assert.ok(result.ok, JSON.stringify(result));
      const office = toOfficeContact(result.value, 'fi');
      offices.push(office.name.text);
      if (office.organizationId) {
        const org = await client.getOrganization(office.organizationId, { language: 'fi' });
        assert.ok(org.ok && organizationName(org.value, 'fi'), JSON.stringify(org));
      }
    }
    // Every organisation and its channels, page by page, and one page past the last.
    for (const org of mock.ptv.seed.organizations) {
      assert.ok((await client.getOrganization(String(org.id))).ok);
      for (let page = 1; ; page++) {
        const result = await client.listChannelsOfOrganization(String(org.id), page);
        assert.ok(result.ok, JSON.stringify(result));
        if (page > result.value.pageCount) break;
      }
    }
    // Ids PTV does not know.
    assert.ok(!(await client.getServiceChannel(UNKNOWN)).ok);
    assert.ok(!(await client.getOrganization(UNKNOWN)).ok);
    assert.ok(!(await client.listChannelsOfOrganization(UNKNOWN)).ok);
  });

  it('reads every channel and organisation, and lists an organisation’s channels', () => {
    assert.equal(offices.length, mock.ptv.seed.channels.length);
    assert.ok(offices.every(Boolean), 'every channel has a name');
    assert.deepEqual(
      [...new Set(exchanges.map((x) => `${pathOf(x.url).replace(/[0-9a-f-]{36}/i, '{id}')} ${x.status}`))].sort(),
      [
        'Organization/{id} 200',
        'Organization/{id} 404',
        'ServiceChannel/list/organization 200',
        'ServiceChannel/list/organization 404',
        'ServiceChannel/{id} 200',
        'ServiceChannel/{id} 404',
      ],
    );
  });

  it('every path and query is an operation of the source’s controllers', () => {
    assert.deepEqual([...new Set(exchanges.map((x) => x.method))], ['GET'], 'the card only reads');
    assert.deepEqual(summary(exchanges.flatMap(requestProblems)), []);
  });

  it('every channel, organisation, page and error the fake answers fits the source’s shapes', () => {
    const types = exchanges.map((x) => (x.answer as Json).serviceChannelType).filter(Boolean);
    assert.deepEqual([...new Set(types)].sort(), ['EChannel', 'Phone', 'ServiceLocation']);
    assert.deepEqual(summary(exchanges.flatMap(answerProblems)), []);
  });

  it('the fake’s 400 for a malformed id and for a list without an organisation are PTV’s model state', async () => {
    for (const path of ['ServiceChannel/not-a-guid', 'Organization/not-a-guid', 'ServiceChannel/list/organization']) {
      const response = await mock.fetch(`${BASE}${path}`);
      assert.equal(response.status, 400, path);
      assert.deepEqual(contract.check('ModelStateErrors', await response.json()), [], path);
    }
  });

  it('the project’s PTV sample (test/fixtures/ptv-service-location.json) fits them too', () => {
    const sample = JSON.parse(readFileSync('test/fixtures/ptv-service-location.json', 'utf8')) as unknown;
    assert.deepEqual(contract.check('ServiceChannel', sample), []);
  });

  describe('the check itself', () => {
    it('rejects a broken channel the fake is made to serve: e-mails under the old name, a v7 charge type, a day range', async () => {
      const broken = recorded();
      const good = broken.mock.ptv.seed.channels.find((c) => c.id === PTV_IDS.employment)!;
      const hours = good.serviceHours as Json[];
      broken.mock.ptv.put('channel', {
        id: PTV_IDS.employment,
        emails: undefined,
        supportEmails: [{ value: 'a@example.fi', language: 'fi', description: 'Neuvonta' }],
        phoneNumbers: [{ ...(good.phoneNumbers as Json[])[0], serviceChargeType: 'Charged' }],
        serviceHours: [
          { ...hours[0], openingHour: [{ dayFrom: 'Monday', dayTo: 'Friday', from: '09:00', to: '15:00' }] },
        ],
      });
      // The client is lenient: it still reads the channel …
      assert.ok((await broken.client.getServiceChannel(PTV_IDS.employment)).ok);
      // … and the contract says what is wrong with it.
      assert.deepEqual(broken.exchanges.flatMap(answerProblems).sort(), [
        'ServiceChannel/phoneNumbers/0/serviceChargeType: must be equal to one of the allowed values ' +
          '("Chargeable", "FreeOfCharge", "Other", null)',
        'ServiceChannel/serviceHours/0/openingHour/0/dayTo: must be equal to constant',
        'ServiceChannel/serviceHours/0/openingHour/0/from: must match pattern "^\\d{2}:\\d{2}:\\d{2}$"',
        'ServiceChannel/serviceHours/0/openingHour/0/to: must match pattern "^\\d{2}:\\d{2}:\\d{2}$"',
        'ServiceChannel: emails is required',
        'ServiceChannel: supportEmails is not a field',
      ]);
    });

    it('rejects a phone without a type or a prefix, and an organisation’s parent under the old name', () => {
      const phone = { number: '401234567', language: 'fi', isFinnishServiceNumber: false, prefixNumber: null };
      assert.deepEqual(contract.check('PhoneWithType', phone).sort(), [
        'PhoneWithType/prefixNumber: must be string',
        'PhoneWithType: type is required',
      ]);
      assert.deepEqual(contract.check('PhoneWithType', { ...phone, type: 'Phone', isFinnishServiceNumber: true }), []);
      const org = mock.ptv.seed.organizations[1]!;
      assert.deepEqual(contract.check('Organization', { ...org, parentOrganization: PTV_IDS.city }), [
        'Organization: parentOrganization is not a field',
      ]);
    });

    it('rejects a request the source has no operation for, or with a parameter it does not bind', () => {
      const q = (s: string) => new URLSearchParams(s);
      assert.deepEqual(contract.operation('ServiceChannel/not-a-guid', q('')).problems, [
        'GET ServiceChannel/not-a-guid: not an operation of the source’s controllers',
      ]);
      assert.deepEqual(contract.operation('ServiceChannel/list/organization', q(`page=-1&language=fi`)).problems, [
        'GET ServiceChannel/list/organization: page=-1 is not a value the source takes',
        'GET ServiceChannel/list/organization: language is not a parameter of ServiceChannelsWithPaging’s operation',
        'GET ServiceChannel/list/organization: give exactly one of organizationId, code, oid',
      ]);
    });
  });
});
