import { expect } from '@open-wc/testing';
import { mockApi, type MockApi } from '../helpers/mock.js';
import { RespaClient } from '../../src/api/respa/client.js';

/** The same keys with values of the same kind, recursively; `null` matches anything. */
function shapeDifferences(sample: unknown, actual: unknown, path = '$'): string[] {
  if (sample === null || actual === null) return [];
  if (actual === undefined) return [`${path}: missing`];
  if (Array.isArray(sample)) {
    if (!Array.isArray(actual)) return [`${path}: expected an array`];
    return sample.length && actual.length ? shapeDifferences(sample[0], actual[0], `${path}[0]`) : [];
  }
  if (typeof sample === 'object') {
    if (typeof actual !== 'object' || Array.isArray(actual)) return [`${path}: expected an object`];
    return Object.entries(sample as Record<string, unknown>).flatMap(([key, value]) =>
      shapeDifferences(value, (actual as Record<string, unknown>)[key], `${path}.${key}`),
    );
  }
  return typeof sample === typeof actual ? [] : [`${path}: expected ${typeof sample}, got ${typeof actual}`];
}

interface Sample {
  reservation_request: Record<string, unknown>;
  reservation_400_taken: unknown;
  [key: string]: unknown;
}

const NOW = '2025-09-01T06:00:00Z';

describe('Respa fake', () => {
  let api: MockApi;
  let sample: Sample;
  const get = async (path: string) => {
    const res = await fetch(`${api.respa}${path}`);
    return { status: res.status, body: res.status === 204 ? undefined : await res.json() };
  };
  const post = async (body: unknown, language = 'en') => {
    const res = await fetch(`${api.respa}reservation/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': language },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: await res.json() };
  };
  const request = (begin: string, end: string, extra: Record<string, unknown> = {}) => ({
    ...sample.reservation_request,
    begin,
    end,
    ...extra,
  });

  beforeEach(async () => {
    api = await mockApi({ now: NOW });
    sample = (await (
      await fetch(new URL('../fixtures/samples/respa-resource.json', import.meta.url))
    ).json()) as Sample;
  });

  describe('GET resource/{id}/', () => {
    it('answers in the shape of the sample', async () => {
      const { status, body } = await get(
        'resource/porvoo-ohjaus-1/?start=2025-09-01T00:00:00%2B03:00&end=2025-09-07T23:59:59%2B03:00&duration=1800',
      );
      expect(status).to.equal(200);
      const { reservation_request: _r, reservation_400_taken: _t, ...resource } = sample;
      expect(shapeDifferences(resource, body)).to.deep.equal([]);
      expect(body.opening_hours).to.have.length(7);
      expect(body.opening_hours[1]).to.deep.equal({
        date: '2025-09-02',
        opens: '2025-09-02T09:00:00+03:00',
        closes: '2025-09-02T12:00:00+03:00',
      });
      expect(body.opening_hours[2]).to.deep.equal({ date: '2025-09-03', opens: null, closes: null });
      // Respa lists only the current ones: resources/api/resource.py get_resource_reservations_queryset (.current()).
      const states = body.reservations.map((r: { state: string }) => r.state);
      expect(states).to.include('confirmed');
      expect(states).not.to.include.oneOf(['cancelled', 'denied']);
      // Anonymous users see no one's personal data.
      expect(JSON.stringify(body.reservations)).not.to.contain('reserver_');
    });

    it('gives opening hours in Helsinki time across the DST changes', async () => {
      const spring = (
        await get('resource/porvoo-ohjaus-1/?start=2026-03-27T00:00:00%2B02:00&end=2026-03-30T23:00:00%2B03:00')
      ).body;
      expect(spring.opening_hours.map((d: { opens: string | null }) => d.opens)).to.deep.equal([
        '2026-03-27T09:00:00+02:00',
        null,
        null,
        '2026-03-30T09:00:00+03:00',
      ]);
      const autumn = (
        await get('resource/porvoo-ohjaus-1/?start=2026-10-23T00:00:00%2B03:00&end=2026-10-26T23:00:00%2B02:00')
      ).body;
      expect(autumn.opening_hours[3].opens).to.equal('2026-10-26T09:00:00+02:00');
    });

    it('localised names miss a translation where real data does, and unknown ids are 404', async () => {
      expect((await get('resource/porvoo-ohjaus-2/')).body.name).to.deep.equal({
        fi: 'Työvalmentaja, työllisyyspalvelut',
        sv: 'Jobbcoach, sysselsättningstjänsterna',
      });
      expect(await get('resource/nope/')).to.deep.equal({ status: 404, body: { detail: 'Not found.' } });
    });
  });

  describe('POST reservation/', () => {
    it('books the sample request (201, confirmed) and a second booking of the slot gets the real 400', async () => {
      const first = await post(sample.reservation_request);
      expect(first.status).to.equal(201);
      expect(first.body).to.include({
        resource: 'porvoo-ohjaus-1',
        state: 'confirmed',
        begin: '2025-09-02T09:30:00+03:00',
      });
      const second = await post({ ...sample.reservation_request, reserver_phone_number: '+358402222222' });
      expect(second).to.deep.equal({ status: 400, body: sample.reservation_400_taken });
      expect((await api.state()).reservations).to.equal(1);
    });

    it('asks manual confirmation where the resource needs it', async () => {
      const res = await post(
        request('2025-09-03T12:30:00+03:00', '2025-09-03T13:30:00+03:00', {
          resource: 'porvoo-ohjaus-2',
          reserver_email_address: 'a@example.com',
        }),
      );
      expect([res.status, res.body.state]).to.deep.equal([201, 'requested']);
    });

    // Built when each test runs: the sample is loaded in beforeEach.
    const refusals: [string, () => Record<string, unknown>, unknown][] = [
      [
        'outside opening hours',
        () => request('2025-09-02T12:00:00+03:00', '2025-09-02T12:30:00+03:00'),
        { non_field_errors: ['You must start and end the reservation during opening hours'] },
      ],
      [
        'off the slot grid',
        () => request('2025-09-02T09:15:00+03:00', '2025-09-02T09:45:00+03:00'),
        { non_field_errors: ['Begin and end time must match time slots'] },
      ],
      [
        'before the booking window (today, min 1 day)',
        () => request('2025-09-01T09:30:00+03:00', '2025-09-01T10:00:00+03:00'),
        { non_field_errors: ['The resource is reservable only after 2025-09-02T00:00:00+03:00'] },
      ],
      [
        'after the booking window (max 28 days)',
        () => request('2025-09-29T09:00:00+03:00', '2025-09-29T09:30:00+03:00'),
        { non_field_errors: ['The resource is reservable only before 2025-09-29T00:00:00+03:00'] },
      ],
      [
        'longer than max_period',
        () => request('2025-09-02T09:30:00+03:00', '2025-09-02T11:00:00+03:00'),
        { non_field_errors: ['The maximum reservation length is 01:00:00'] },
      ],
      [
        'required extra fields missing, as DRF field errors',
        () =>
          request('2025-09-02T09:30:00+03:00', '2025-09-02T10:00:00+03:00', {
            reserver_name: '',
            reserver_phone_number: undefined,
          }),
        { reserver_name: ['This field is required.'], reserver_phone_number: ['This field is required.'] },
      ],
      [
        'no begin',
        () => ({ resource: 'porvoo-ohjaus-1', end: '2025-09-02T10:00:00+03:00' }),
        { begin: ['This field is required.'] },
      ],
      [
        'an unknown resource',
        () => request('2025-09-02T09:30:00+03:00', '2025-09-02T10:00:00+03:00', { resource: 'x' }),
        { resource: ['Invalid pk "x" - object does not exist.'] },
      ],
    ];
    for (const [name, body, expected] of refusals) {
      it(`refuses: ${name}`, async () => {
        expect(await post(body())).to.deep.equal({ status: 400, body: expected });
      });
    }

    it('localises DRF field messages by Accept-Language', async () => {
      const res = await post({ resource: 'porvoo-ohjaus-1' }, 'fi');
      expect(res.body.begin).to.deep.equal(['Tämä kenttä vaaditaan.']);
    });

    it('names the language of its error answers (Content-Language), as Respa does', async () => {
      const refusal = async (body: unknown, language: string) => {
        const res = await fetch(`${api.respa}reservation/`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Accept-Language': language },
          body: JSON.stringify(body),
        });
        return { language: res.headers.get('Content-Language'), body: await res.json() };
      };
      // Respa has no Ukrainian: "required" comes in Finnish, and says so.
      const missing = await refusal({ resource: 'porvoo-ohjaus-1' }, 'uk');
      expect(missing.language).to.equal('fi');
      expect(missing.body.begin).to.deep.equal(['Tämä kenttä vaaditaan.']);
      // Respa's own messages are English in this fake, whatever was asked for: it says English.
      const closed = await refusal(request('2025-09-02T12:00:00+03:00', '2025-09-02T12:30:00+03:00'), 'fi');
      expect(closed).to.deep.equal({
        language: 'en',
        body: { non_field_errors: ['You must start and end the reservation during opening hours'] },
      });
    });

    it('counts active reservations per person (the same phone number)', async () => {
      expect((await post(request('2025-09-02T09:30:00+03:00', '2025-09-02T10:00:00+03:00'))).status).to.equal(201);
      expect((await post(request('2025-09-02T10:00:00+03:00', '2025-09-02T10:30:00+03:00'))).status).to.equal(201);
      expect(await post(request('2025-09-02T10:30:00+03:00', '2025-09-02T11:00:00+03:00'))).to.deep.equal({
        status: 400,
        body: { non_field_errors: ['Maximum number of active reservations for this resource exceeded.'] },
      });
    });
  });

  describe('DELETE reservation/{id}/', () => {
    it('cancels (204), frees the slot, and a second cancel is 404', async () => {
      const made = await post(sample.reservation_request);
      const del = await fetch(`${api.respa}reservation/${made.body.id}/`, { method: 'DELETE' });
      expect(del.status).to.equal(204);
      expect((await fetch(`${api.respa}reservation/${made.body.id}/`, { method: 'DELETE' })).status).to.equal(404);
      expect((await api.state()).reservations).to.equal(0);
      expect((await post(sample.reservation_request)).status).to.equal(201);
    });
  });

  describe('through the client', () => {
    it('reads the resource into the model and books, with typed failures', async () => {
      const client = new RespaClient({ baseUrl: api.respa });
      const start = Date.parse('2025-09-01T00:00:00+03:00');
      const resource = await client.getResource('porvoo-ohjaus-1', start, start + 7 * 86_400_000 - 1000);
      expect(resource.ok && resource.value).to.include({
        slotMs: 1_800_000,
        minDaysInAdvance: 1,
        maxDaysInAdvance: 28,
      });
      const begin = Date.parse('2025-09-02T09:30:00+03:00');
      const booking = {
        resource: 'porvoo-ohjaus-1',
        begin,
        end: begin + 1_800_000,
        reserverName: 'A',
        reserverPhoneNumber: '040 1',
      };
      const made = await client.createReservation(booking);
      expect(made.ok && made.value).to.include({ resource: 'porvoo-ohjaus-1', begin, state: 'confirmed' });
      const again = await client.createReservation({ ...booking, reserverPhoneNumber: '040 2' });
      expect(!again.ok && again.error).to.deep.equal({
        kind: 'http',
        status: 400,
        body: { messages: ['The resource is already reserved for some of the period'], fields: {}, lang: 'en' },
      });
      expect(made.ok && (await client.cancelReservation(made.value.id))).to.deep.equal({ ok: true, value: undefined });
      const broken = await new RespaClient({ baseUrl: api.respa }).getResource('porvoo-ohjaus-1', start, start + 1000, {
        language: 'fi',
      });
      expect(broken.ok).to.equal(true);
      await api.fault({ path: 'resource/', fault: 'schema' });
      const bad = await client.getResource('porvoo-ohjaus-1', start, start + 1000);
      expect(!bad.ok && bad.error.kind).to.equal('invalid-response');
    });
  });
});
