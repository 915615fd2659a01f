import { expect } from '@open-wc/testing';
import type { HttpFailure, Result } from '../../../src/api/http.js';
import type { RespaApi, ReservationRequest } from '../../../src/api/respa/client.js';
import type { GuidanceResource, Reservation } from '../../../src/api/respa/resource.js';
import {
  detailErrors,
  refusedErrors,
  requiredFields,
  shownFields,
  type Values,
} from '../../../src/components/guidance-booking/fields.js';
import { sendBooking, type Booking } from '../../../src/components/guidance-booking/send.js';

const RESOURCE: GuidanceResource = {
  id: 'r',
  name: { fi: 'Opinto-ohjaaja' },
  description: {},
  reservable: true,
  needManualConfirmation: false,
  slotMs: 1_800_000,
  minPeriodMs: 1_800_000,
  maxPeriodMs: 1_800_000,
  maxReservationsPerUser: null,
  minDaysInAdvance: null,
  maxDaysInAdvance: null,
  requiredFields: ['reserver_name'],
  supportedFields: ['reserver_name', 'reserver_phone_number', 'event_description'],
  openingHours: [],
  reservations: [],
};

const EMPTY: Values = { interpreter: '', interpreterOther: '', name: '', phone: '', email: '', message: '' };

describe('guidance booking: the contact details asked', () => {
  it('asks what the resource supports, and the phone or e-mail that the way of meeting needs', () => {
    expect([...shownFields(RESOURCE, 'in-person')].sort()).to.deep.equal(['message', 'name', 'phone']);
    expect([...requiredFields(RESOURCE, 'phone')].sort()).to.deep.equal(['name', 'phone']);
    expect([...shownFields(RESOURCE, 'video')].sort()).to.deep.equal(['email', 'message', 'name', 'phone']);
  });

  it('says of a field Respa refused what it says of the field left empty', () => {
    const empty = detailErrors(RESOURCE, 'video', EMPTY);
    expect(refusedErrors(['name', 'email', 'message'])).to.deep.equal({
      name: empty.name,
      email: empty.email,
      message: 'Check this information.',
    });
  });
});

const reservation: Reservation = { id: 'x1', resource: 'r', begin: 1, end: 2, state: 'confirmed' };
const refused = (fields: Record<string, string[]>): HttpFailure => ({
  kind: 'http',
  status: 400,
  body: { messages: [], fields },
});

function api(answer: Result<Reservation>): RespaApi & { seen: ReservationRequest[] } {
  const seen: ReservationRequest[] = [];
  return {
    seen,
    getResource: () => Promise.reject(new Error('not asked')),
    createReservation: (request) => {
      seen.push(request);
      return Promise.resolve(answer);
    },
    cancelReservation: () => Promise.reject(new Error('not asked')),
  };
}

const booking: Booking = {
  resource: RESOURCE,
  slot: { date: '2025-09-02', begin: 1, end: 2 },
  topic: 'before',
  mode: 'in-person',
  needInterpreter: true,
  values: { ...EMPTY, interpreter: 'other', interpreterOther: ' tigrinya ', name: ' Aster ', email: 'a@b.fi' },
  locale: 'en',
};

describe('guidance booking: sending the booking', () => {
  it('sends the fields asked (trimmed) and the choices for the counsellor; booked', async () => {
    const client = api({ ok: true, value: reservation });
    expect(await sendBooking(client, booking, () => Promise.resolve(true))).to.deep.equal({
      kind: 'booked',
      reservation,
    });
    const [sent] = client.seen;
    expect(sent).to.include({ resource: 'r', reserverName: 'Aster', reserverPhoneNumber: '' });
    expect(sent).to.not.have.property('reserverEmailAddress');
    expect(sent!.eventDescription).to.contain('tigrinya');
  });

  it('a 400 naming our fields is a refusal of those fields', async () => {
    const client = api({ ok: false, error: refused({ reserver_name: ['x'], unknown: ['y'] }) });
    expect(await sendBooking(client, booking, () => Promise.resolve(true))).to.deep.equal({
      kind: 'refused',
      fields: ['name'],
    });
  });

  it('a 400 naming no field is the time taken, when a fresh look says so; else a failure', async () => {
    const error = refused({});
    const client = api({ ok: false, error });
    expect(await sendBooking(client, booking, () => Promise.resolve(false))).to.deep.equal({ kind: 'taken' });
    expect(await sendBooking(client, booking, () => Promise.resolve(true))).to.deep.equal({ kind: 'failed', error });
    expect(await sendBooking(client, booking, () => Promise.resolve(undefined))).to.deep.equal({
      kind: 'failed',
      error,
    });
  });

  it('any other failure is a failure, without looking again', async () => {
    const error: HttpFailure = { kind: 'network', message: 'offline' };
    let looked = false;
    const outcome = await sendBooking(api({ ok: false, error }), booking, () => {
      looked = true;
      return Promise.resolve(false);
    });
    expect(outcome).to.deep.equal({ kind: 'failed', error });
    expect(looked).to.equal(false);
  });
});
