import { expect } from '@open-wc/testing';
import { mockApi, type MockApi } from '../helpers/mock.js';

const CHANNEL = '00000000-0000-4000-8000-000000000001';
const ORG = '00000000-0000-4000-8000-0000000000aa';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const kind = (v: Json) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/**
 * Every field of the sample is in the fake's answer with the same JSON type (null may
 * stand for anything, as in real PTV data); arrays are compared element by element.
 */
function sameShape(sample: Json, fake: Json, path = '$'): string[] {
  if (sample === null || fake === null) return [];
  if (kind(sample) !== kind(fake)) return [`${path}: sample ${kind(sample)}, fake ${kind(fake)}`];
  if (Array.isArray(sample) && Array.isArray(fake)) {
    if (sample.length && !fake.length) return [`${path}: the fake's list is empty`];
    return sample.flatMap((item, i) => sameShape(item, fake[Math.min(i, fake.length - 1)]!, `${path}[${i}]`));
  }
  if (typeof sample === 'object' && typeof fake === 'object' && !Array.isArray(sample) && !Array.isArray(fake)) {
    return Object.keys(sample).flatMap((key) =>
      key in fake ? sameShape(sample[key]!, fake[key]!, `${path}.${key}`) : [`${path}.${key}: missing`],
    );
  }
  return [];
}

describe('PTV fake', () => {
  let api: MockApi;
  beforeEach(async () => {
    api = await mockApi({ now: '2026-03-25T08:00:00Z' });
  });
  const get = (path: string) => fetch(`${api.ptv}${path}`);

  describe('service channels', () => {
    it('answers GET ServiceChannel/{id} in the shape of the PTV v11 sample', async () => {
      const sample = (await (await fetch('/test/fixtures/ptv-service-location.json')).json()) as Json;
      const res = await get(`ServiceChannel/${CHANNEL}`);
      expect(res.status).to.equal(200);
      const body = (await res.json()) as Json;
      expect(sameShape(sample, body)).to.deep.equal([]);
      expect(body).to.deep.include({ id: CHANNEL, serviceChannelType: 'ServiceLocation', organizationId: ORG });
    });

    it('matches paths case-insensitively, as PTV does', async () => {
      expect((await get(`servicechannel/${CHANNEL.toUpperCase()}`)).status).to.equal(200);
    });

    it('dates the exceptional hours from its clock: the adult education centre is closed today', async () => {
      const body = await (await get('ServiceChannel/00000000-0000-4000-8000-000000000002')).json();
      const closures = body.serviceHours.filter(
        (h: { serviceHourType: string; isClosed: boolean }) => h.serviceHourType === 'Exceptional' && h.isClosed,
      );
      expect(closures.map((h: { validFrom: string }) => h.validFrom)).to.include('2026-03-25T00:00:00');
    });

    it('has an always-open, a reservation-only and an over-midnight channel', async () => {
      const hours = async (n: number) =>
        (await (await get(`ServiceChannel/00000000-0000-4000-8000-00000000000${n}`)).json()).serviceHours as {
          serviceHourType: string;
          isAlwaysOpen: boolean;
          isReservation: boolean;
        }[];
      expect((await hours(4)).some((h) => h.isAlwaysOpen)).to.equal(true);
      expect((await hours(3)).some((h) => h.isReservation)).to.equal(true);
      expect((await hours(5)).some((h) => h.serviceHourType === 'OverMidnight')).to.equal(true);
    });
  });

  describe('organisations', () => {
    it('answers GET Organization/{id} with names in fi, sv and en', async () => {
      const body = await (await get(`Organization/${ORG}`)).json();
      expect(body.organizationNames.map((n: { language: string }) => n.language)).to.deep.equal(['fi', 'sv', 'en']);
    });

    it('lists an organisation’s channels in the paged shape', async () => {
      const body = await (await get(`ServiceChannel/list/organization?organizationId=${ORG}`)).json();
      expect(body).to.include({ pageNumber: 1, pageCount: 1 });
      expect(body.pageSize).to.be.a('number');
      expect(body.itemList.map((c: { id: string }) => c.id)).to.include(CHANNEL);
      const empty = await (await get(`ServiceChannel/list/organization?organizationId=${ORG}&page=2`)).json();
      expect(empty.itemList).to.deep.equal([]);
    });
  });

  describe('errors in PTV’s shapes', () => {
    it('400 { id: [message] } for a malformed id', async () => {
      const res = await get('ServiceChannel/not-a-guid');
      expect(res.status).to.equal(400);
      const body = await res.json();
      expect(body.id).to.be.an('array').with.length(1);
    });

    it('404 { errorMessage } for an unknown id or organisation', async () => {
      const unknown = '00000000-0000-4000-8000-0000000000ff';
      for (const path of [
        `ServiceChannel/${unknown}`,
        `Organization/${unknown}`,
        `ServiceChannel/list/organization?organizationId=${unknown}`,
      ]) {
        const res = await get(path);
        expect(res.status, path).to.equal(404);
        expect(Object.keys(await res.json()), path).to.deep.equal(['errorMessage']);
      }
    });

    it('400 { organizationId: [message] } when the list has no organisation', async () => {
      const res = await get('ServiceChannel/list/organization');
      expect(res.status).to.equal(400);
      expect(Object.keys(await res.json())).to.deep.equal(['organizationId']);
    });
  });
});
