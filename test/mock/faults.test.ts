import { expect } from '@open-wc/testing';
import { FAULT_HEADER, FAULT_PARAM, createKotoMock, parseFault } from '../../src/mock/index.js';
import { mockApi, type MockApi } from '../helpers/mock.js';

const courses = (api: MockApi, extra = '') => `${api.linkedEvents}event/?event_type=Course&page_size=1${extra}`;

describe('API fake misbehaviour on request', () => {
  let api: MockApi;
  beforeEach(async () => {
    api = await mockApi();
  });

  describe('selecting a fault', () => {
    it('parses the settings', () => {
      expect(parseFault('status=503; retry-after=2')).to.deep.equal({ status: 503, retryAfter: 2 });
      expect(parseFault('latency=300,malformed')).to.deep.equal({ latencyMs: 300, malformed: true });
      expect(parseFault('hang')).to.deep.equal({ hang: true });
      expect(parseFault('offline')).to.deep.equal({ reset: true });
      expect(parseFault('nonsense=1')).to.deep.equal({});
    });

    it('by header, for that request only', async () => {
      const res = await fetch(courses(api), { headers: { [FAULT_HEADER]: 'status=502' } });
      expect(res.status).to.equal(502);
      expect(await res.json()).to.deep.equal({ detail: 'Bad gateway.' });
      expect((await fetch(courses(api))).status).to.equal(200);
    });

    it('by query parameter', async () => {
      const res = await fetch(courses(api, `&${FAULT_PARAM}=status%3D503%3Bretry-after%3D3`));
      expect(res.status).to.equal(503);
      expect(res.headers.get('Retry-After')).to.equal('3');
    });

    it('by a queued rule matching method and path, for the given number of requests', async () => {
      await api.fault({ method: 'POST', path: 'seats_reservation/', fault: 'status=500', times: 2 });
      expect((await fetch(courses(api))).status).to.equal(200);
      const hold = () =>
        fetch(`${api.linkedEvents}seats_reservation/`, {
          method: 'POST',
          body: JSON.stringify({ registration: '100', seats: 1 }),
        });
      expect((await hold()).status).to.equal(500);
      expect((await hold()).status).to.equal(500);
      expect((await hold()).status).to.equal(201);
    });

    it('by the tenant path, for every request to that base', async () => {
      const failing = `/mock-api/${api.tenant}~status=503/linkedevents/v1/event/?event_type=Course`;
      expect((await fetch(failing)).status).to.equal(503);
      expect((await fetch(failing)).status).to.equal(503);
      expect((await fetch(courses(api))).status).to.equal(200);
    });

    it('keeps tenants apart', async () => {
      const other = await mockApi();
      await api.fault({ fault: 'status=500', times: 5 });
      expect((await fetch(courses(other))).status).to.equal(200);
    });
  });

  describe('each kind', () => {
    it('latency delays the answer', async () => {
      await api.fault({ fault: 'latency=300' });
      const started = performance.now();
      expect((await fetch(courses(api))).status).to.equal(200);
      expect(performance.now() - started).to.be.greaterThan(280);
    });

    it('malformed sends a body that is not JSON', async () => {
      await api.fault({ fault: 'malformed' });
      const text = await (await fetch(courses(api))).text();
      expect(() => JSON.parse(text)).to.throw();
    });

    it('schema sends JSON of the wrong shape', async () => {
      await api.fault({ fault: 'schema' });
      const body = (await (await fetch(courses(api))).json()) as Record<string, unknown>;
      expect(body.meta).to.deep.equal([1, 2, 3]);
      expect(body.data).to.equal('not a list');
    });

    it('hang never answers until the client gives up', async () => {
      await api.fault({ fault: 'hang' });
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 200);
      let error: unknown;
      try {
        await fetch(courses(api), { signal: controller.signal });
      } catch (e) {
        error = e;
      }
      expect((error as Error).name).to.equal('AbortError');
    });

    it('reset is a network error', async () => {
      await api.fault({ fault: 'reset' });
      let error: unknown;
      try {
        const res = await fetch(courses(api));
        await res.text();
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(TypeError);
    });
  });

  describe('in the browser, without a server', () => {
    it('createKotoMock().fetch serves the same fake', async () => {
      const mock = createKotoMock();
      const res = await mock.fetch('https://api.example.fi/linkedevents/v1/event/?event_type=Course&page_size=1');
      expect(res.status).to.equal(200);
      const body = (await res.json()) as { meta: { count: number } };
      expect(body.meta.count).to.be.at.least(30);
      mock.addFault({ fault: 'reset' });
      let error: unknown;
      try {
        await mock.fetch('https://api.example.fi/linkedevents/v1/event/');
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(TypeError);
    });
  });
});
