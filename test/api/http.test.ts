import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { HttpClient, buildUrl, parseApiError, parseRetryAfter, type FetchLike } from '../../src/api/http.js';
import { mockApi, type MockApi } from '../helpers/mock.js';

const page = z.object({ meta: z.object({ count: z.number() }), data: z.array(z.object({ id: z.string() })) });
const courses = { path: 'event/', query: { event_type: 'Course', page_size: 2 }, schema: page };

describe('HTTP layer', () => {
  let api: MockApi;
  beforeEach(async () => {
    api = await mockApi();
  });

  describe('success', () => {
    it('returns the validated body', async () => {
      const client = new HttpClient({ baseUrl: api.linkedEvents });
      const result = await client.request(courses);
      expect(result.ok).to.equal(true);
      if (result.ok) expect(result.value.data).to.have.length(2);
    });

    it('sends Accept-Language from the locale', async () => {
      const seen: string[] = [];
      const client = new HttpClient({
        baseUrl: api.linkedEvents,
        fetch: (input, init) => {
          seen.push(new Headers(init?.headers).get('Accept-Language') ?? '');
          return fetch(input, init);
        },
      });
      await client.request({ ...courses, language: 'sv' });
      expect(seen).to.deep.equal(['sv']);
    });
  });

  describe('failures are typed, never thrown', () => {
    it('an HTTP error carries the status and the parsed DRF body', async () => {
      const client = new HttpClient({ baseUrl: api.linkedEvents, retries: 0 });
      const result = await client.request({ path: 'event/nope/', schema: page });
      expect(result).to.deep.equal({
        ok: false,
        error: { kind: 'http', status: 404, body: { messages: ['Not found.'], fields: {} } },
      });
    });

    it('a body that is not JSON is an invalid response', async () => {
      await api.fault({ fault: 'malformed' });
      const result = await new HttpClient({ baseUrl: api.linkedEvents }).request(courses);
      expect(!result.ok && result.error.kind).to.equal('invalid-response');
    });

    it('JSON of the wrong shape is an invalid response naming the field', async () => {
      await api.fault({ fault: 'schema' });
      const result = await new HttpClient({ baseUrl: api.linkedEvents }).request(courses);
      expect(!result.ok && result.error.kind).to.equal('invalid-response');
      if (!result.ok && result.error.kind === 'invalid-response') expect(result.error.issues.join()).to.contain('meta');
    });

    it('a dropped connection is a network error', async () => {
      await api.fault({ fault: 'reset', times: 5 });
      const result = await new HttpClient({ baseUrl: api.linkedEvents, retries: 0 }).request(courses);
      expect(!result.ok && result.error.kind).to.equal('network');
    });

    it('a hanging server ends in a timeout', async () => {
      await api.fault({ fault: 'hang' });
      const result = await new HttpClient({ baseUrl: api.linkedEvents, timeoutMs: 300, retries: 0 }).request(courses);
      expect(!result.ok && result.error).to.deep.equal({ kind: 'timeout', timeoutMs: 300 });
    });

    it("the caller's abort ends the request as aborted", async () => {
      await api.fault({ fault: 'hang' });
      const controller = new AbortController();
      const pending = new HttpClient({ baseUrl: api.linkedEvents }).request({ ...courses, signal: controller.signal });
      setTimeout(() => controller.abort(), 50);
      const result = await pending;
      expect(!result.ok && result.error.kind).to.equal('aborted');
    });
  });

  describe('retries', () => {
    it('retries a GET after 5xx and a network error, with backoff', async () => {
      await api.fault({ fault: 'status=503', times: 1 });
      await api.fault({ fault: 'reset', times: 1 });
      const started = performance.now();
      const result = await new HttpClient({ baseUrl: api.linkedEvents, retries: 2, backoffMs: 50 }).request(courses);
      expect(result.ok).to.equal(true);
      // 50 ms then 100 ms, each ±25 %.
      expect(performance.now() - started).to.be.greaterThan(100);
      const log = (await api.state()).log.filter((r) => r.path === 'event/');
      expect(log.map((r) => r.status)).to.deep.equal([503, 200]);
    });

    it('honours Retry-After', async () => {
      await api.fault({ fault: 'status=503;retry-after=1', times: 1 });
      const started = performance.now();
      const result = await new HttpClient({ baseUrl: api.linkedEvents, retries: 1, backoffMs: 1 }).request(courses);
      expect(result.ok).to.equal(true);
      expect(performance.now() - started).to.be.greaterThan(950);
    });

    it('gives up after the bounded number of tries', async () => {
      await api.fault({ fault: 'status=500', times: 10 });
      const result = await new HttpClient({ baseUrl: api.linkedEvents, retries: 2, backoffMs: 1 }).request(courses);
      expect(!result.ok && result.error.kind === 'http' && result.error.status).to.equal(500);
      const log = (await api.state()).log.filter((r) => r.path === 'event/');
      expect(log).to.have.length(3);
    });

    it('never retries a POST', async () => {
      await api.fault({ fault: 'status=503', times: 10 });
      const client = new HttpClient({ baseUrl: api.linkedEvents, retries: 3, backoffMs: 1 });
      const result = await client.request({
        method: 'POST',
        path: 'seats_reservation/',
        body: { registration: '100', seats: 1 },
        schema: z.unknown(),
      });
      expect(!result.ok && result.error.kind).to.equal('http');
      const log = (await api.state()).log.filter((r) => r.path === 'seats_reservation/');
      expect(log).to.have.length(1);
    });

    it('does not retry a 4xx', async () => {
      const result = await new HttpClient({ baseUrl: api.linkedEvents, retries: 3, backoffMs: 1 }).request({
        path: 'event/nope/',
        schema: page,
      });
      expect(result.ok).to.equal(false);
      expect((await api.state()).log).to.have.length(1);
    });
  });

  describe("the language of the API's own words", () => {
    /** Linked Events writes its messages in Finnish, Swedish and English, and in Finnish for any other language. */
    const linkedEvents = { supported: ['fi', 'sv', 'en'], fallback: 'fi' };
    /** A refused seat hold: the registration is missing, said in the language the fake picks. */
    const refusedHold = (client: HttpClient, language: string) =>
      client.request({ method: 'POST', path: 'seats_reservation/', body: { seats: 1 }, schema: z.unknown(), language });
    const bodyOf = (result: Awaited<ReturnType<HttpClient['request']>>) =>
      !result.ok && result.error.kind === 'http' ? result.error.body : undefined;
    /** An API that answers 409 with these headers. */
    const answering =
      (headers: Record<string, string>): FetchLike =>
      async () =>
        new Response(JSON.stringify({ detail: 'Ilmoittautuminen on jo päättynyt.' }), {
          status: 409,
          headers: { 'Content-Type': 'application/json', ...headers },
        });

    it("is the answer's Content-Language when it has one", async () => {
      const client = new HttpClient({
        baseUrl: 'https://api.example.fi/v1/',
        fetch: answering({ 'Content-Language': 'fi' }),
        messageLanguages: linkedEvents,
      });
      expect(bodyOf(await refusedHold(client, 'en'))).to.deep.equal({
        messages: ['Ilmoittautuminen on jo päättynyt.'],
        fields: {},
        lang: 'fi',
      });
    });

    it('without one, is the language asked for when the API writes in it, else the one it falls back to', async () => {
      const client = new HttpClient({ baseUrl: api.linkedEvents, messageLanguages: linkedEvents });
      expect(bodyOf(await refusedHold(client, 'sv'))).to.deep.equal({
        messages: [],
        fields: { registration: ['Detta fält är obligatoriskt.'] },
        lang: 'sv',
      });
      expect(bodyOf(await refusedHold(client, 'uk'))).to.deep.equal({
        messages: [],
        fields: { registration: ['Tämä kenttä vaaditaan.'] },
        lang: 'fi',
      });
    });

    it('is left out when neither the answer nor the client knows it', async () => {
      const client = new HttpClient({ baseUrl: api.linkedEvents });
      expect(bodyOf(await refusedHold(client, 'uk'))).to.deep.equal({
        messages: [],
        fields: { registration: ['Tämä kenttä vaaditaan.'] },
      });
    });

    it('takes no Content-Language that is not a language tag', async () => {
      const client = new HttpClient({
        baseUrl: 'https://api.example.fi/v1/',
        fetch: answering({ 'Content-Language': '"><img src=x onerror=alert(1)>' }),
      });
      expect(bodyOf(await refusedHold(client, 'en'))).to.not.have.property('lang');
    });
  });

  describe('helpers', () => {
    it('parses every DRF error shape into messages and dotted field paths', () => {
      expect(parseApiError('Boom')).to.deep.equal({ messages: ['Boom'], fields: {} });
      expect(parseApiError(['A', 'B'])).to.deep.equal({ messages: ['A', 'B'], fields: {} });
      expect(parseApiError({ detail: 'Enrolment is already closed.' })).to.deep.equal({
        messages: ['Enrolment is already closed.'],
        fields: {},
      });
      expect(
        parseApiError({
          contact_person: { email: ['Enter a valid email address.'] },
          signups: [{ date_of_birth: ['The participant is too young.'], non_field_errors: ['Duplicate.'] }],
          non_field_errors: ['Whole form.'],
        }),
      ).to.deep.equal({
        messages: ['Whole form.'],
        fields: {
          'contact_person.email': ['Enter a valid email address.'],
          'signups.0.date_of_birth': ['The participant is too young.'],
          'signups.0': ['Duplicate.'],
        },
      });
      expect(parseApiError(null)).to.deep.equal({ messages: [], fields: {} });
    });

    it('reads Retry-After as seconds or a date, bounded', () => {
      expect(parseRetryAfter('2')).to.equal(2000);
      expect(parseRetryAfter('600')).to.equal(10_000);
      expect(parseRetryAfter(new Date(Date.UTC(2030, 0, 1, 0, 0, 5)).toUTCString(), Date.UTC(2030, 0, 1))).to.equal(
        5000,
      );
      expect(parseRetryAfter('soon')).to.equal(undefined);
      expect(parseRetryAfter(null)).to.equal(undefined);
    });

    it('builds URLs below the base, dropping empty parameters', () => {
      expect(
        buildUrl('https://api.example.fi/linkedevents/v1', 'event/', { text: 'suomi', page: 2, keyword: '' }),
      ).to.equal('https://api.example.fi/linkedevents/v1/event/?text=suomi&page=2');
      expect(buildUrl('https://a.fi/v1/', 'https://a.fi/v1/event/?page=3')).to.equal('https://a.fi/v1/event/?page=3');
    });
  });
});
