/**
 * The Respa contract: every request `RespaClient` builds for `<koto-guidance-booking>` (the
 * reservation body as the element's own `sendBooking` makes it), and every answer the API fake
 * (`koto-elements/mock`) gives to them, validated against `respa-schema.json`, the shapes the
 * Respa source defines, as `respa-corrections.ts` corrects them. Node's test runner, through
 * `scripts/contract.mjs`.
 */
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { RespaClient } from '../../src/api/respa/client.js';
import type { GuidanceResource } from '../../src/api/respa/resource.js';
import { slotsFor } from '../../src/components/guidance-booking/resources.js';
import { fetchRange } from '../../src/components/guidance-booking/week.js';
import { sendBooking } from '../../src/components/guidance-booking/send.js';
import { RespaContract } from './respa-contract.js';
import { recordingFake, summary, type Exchange } from './recorder.js';

const BASE = 'https://api.example.fi/respa/v1/';
const NOW = '2026-03-02T09:00:00Z';

const contract = new RespaContract();
const pathOf = (url: URL) => url.pathname.slice(new URL(BASE).pathname.length);
type Json = Record<string, unknown>;

/** The resource answer a body was built for: what it requires and supports. */
function extraFieldsOf(answers: Exchange[], id: unknown) {
  const resource = answers.find((x) => x.method === 'GET' && (x.answer as Json | undefined)?.id === id)?.answer as
    Json | undefined;
  assert.ok(resource, `the resource ${String(id)} was read before it was booked`);
  return {
    required: resource.required_reservation_extra_fields as string[],
    supported: resource.supported_reservation_extra_fields as string[],
  };
}

function requestProblems(x: Exchange, all: Exchange[]): string[] {
  const path = pathOf(x.url);
  if (x.method === 'GET' && /^resource\/[^/]+\/$/.test(path)) return contract.checkQuery(x.url.searchParams);
  if (x.method === 'POST' && path === 'reservation/') {
    return contract.checkReservationRequest(x.body, extraFieldsOf(all, (x.body as Json).resource));
  }
  if (x.method === 'DELETE' && /^reservation\/\d+\/$/.test(path)) return [];
  return [`${x.method} ${path}: not an operation the elements use`];
}

function answerProblems(x: Exchange): string[] {
  if (x.status >= 300) return [];
  const path = pathOf(x.url);
  if (x.method === 'GET' && path.startsWith('resource/')) return contract.check('Resource', x.answer);
  if (x.method === 'POST' || (x.method === 'GET' && path.startsWith('reservation/'))) {
    return contract.check('Reservation', x.answer);
  }
  if (x.method === 'DELETE') return x.status === 204 ? [] : [`DELETE ${path}: ${x.status}, not 204`];
  return [`${x.method} ${path}: no schema`];
}

describe('Respa contract (the source’s serializers, corrected)', () => {
  let exchanges: Exchange[] = [];
  const resources: GuidanceResource[] = [];
  const booked: string[] = [];

  before(async () => {
    const { mock, fetch, exchanges: recorded } = recordingFake(NOW);
    exchanges = recorded;
    const now = Date.parse(NOW);
    const client = new RespaClient({ baseUrl: BASE, fetch });
    // As the element loads them: every resource, the weeks it shows.
    const { start, end } = fetchRange(now, 4);
    for (const resource of mock.respa.resources) {
      const result = await client.getResource(resource.id, start, end);
      assert.ok(result.ok, JSON.stringify(result));
      resources.push(result.value);
    }
    // One booking per open resource, as the element sends it, with every field shown filled in.
    const values = {
      interpreter: 'ar',
      interpreterOther: '',
      name: 'Amina Yusuf',
      phone: '040 123 4567',
      email: 'amina@example.fi',
      message: 'Haluan jatkaa opintoja.',
    };
    for (const resource of resources) {
      const slot = slotsFor(resource, now)[0];
      if (!slot) continue;
      for (const mode of ['in-person', 'phone'] as const) {
        const outcome = await sendBooking(
          client,
          { resource, slot, topic: 'after', mode, needInterpreter: true, values, locale: 'fi' },
          async () => undefined,
        );
        if (outcome.kind === 'booked') booked.push(outcome.reservation.id);
      }
    }
    for (const id of booked) assert.ok((await client.cancelReservation(id)).ok);
  });

  it('reads every resource with its opening hours and reservations, and books and cancels', () => {
    assert.equal(resources.length, 3);
    assert.ok(booked.length >= 2, `booked ${booked.length}`);
    assert.deepEqual(
      [...new Set(exchanges.map((x) => `${x.method} ${pathOf(x.url).replace(/\/[^/]+\/$/, '/{id}/')}`))],
      ['GET resource/{id}/', 'POST reservation/', 'DELETE reservation/{id}/'],
    );
  });

  it('every query and every reservation body is what the source takes', () => {
    assert.deepEqual(summary(exchanges.flatMap((x) => requestProblems(x, exchanges))), []);
  });

  it('every resource and reservation the fake answers fits the source’s shapes', () => {
    assert.ok(exchanges.some((x) => ((x.answer as Json | undefined)?.reservations as unknown[])?.length));
    assert.deepEqual(summary(exchanges.flatMap(answerProblems)), []);
  });

  describe('the check itself', () => {
    it('catches a body without a required field, an unsupported extra field and a date without a time', () => {
      const resource = { required: ['reserver_name'], supported: ['reserver_name', 'event_description'] };
      assert.deepEqual(
        contract.checkReservationRequest(
          { resource: 'r', begin: '2026-03-03', end: '2026-03-03T10:00:00+02:00', number_of_participants: 1 },
          resource,
        ),
        [
          'ReservationCreate/begin: must match format "date-time"',
          'ReservationCreate: reserver_name is required',
          'ReservationCreate/number_of_participants: an extra field the resource does not support',
        ],
      );
    });

    it('catches a string reservation id, an empty translation and a field the serializer does not have', () => {
      const answer = {
        url: `${BASE}reservation/7/`,
        id: '7',
        resource: 'r',
        begin: '2026-03-03T09:00:00+02:00',
        end: '2026-03-03T09:30:00+02:00',
        is_own: false,
        state: 'confirmed',
        need_manual_confirmation: false,
        staff_event: false,
        type: 'normal',
        user_permissions: { can_modify: false, can_delete: false },
        created_at: '2026-03-02T09:00:00+02:00',
      };
      assert.deepEqual(contract.check('Reservation', answer), [
        'Reservation: created_at is not a field',
        'Reservation/id: must be integer',
      ]);
      assert.ok(contract.check('Translated', {}).length > 0);
      assert.deepEqual(contract.check('Translated', null), []);
    });
  });
});
