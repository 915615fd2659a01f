/**
 * Typed access to Respa v1 (guidance appointments). No DOM; every method returns a
 * `Result`, never throws.
 */
import { HttpClient, type ClientOptions, type RequestOptions, type Result } from '../http.js';
import { toIsoWithOffset } from '../../shared/time.js';
import { emptySchema, reservationSchema, resourceSchema } from './schemas.js';
import { toReservation, toResource, type GuidanceResource, type Reservation } from './resource.js';

/** What a reservation asks for. Extra fields the resource does not support may be left out. */
export interface ReservationRequest {
  resource: string;
  begin: number;
  end: number;
  reserverName?: string;
  reserverPhoneNumber?: string;
  reserverEmailAddress?: string;
  /** What the counsellor needs to know, in plain Finnish. */
  eventDescription?: string;
  /** Sent only when given: like every extra field, only for a resource that supports it. */
  numberOfParticipants?: number;
}

/**
 * The data source `<koto-guidance-booking>` needs. A portal may pass its own
 * implementation as the element's `client` property.
 */
export interface RespaApi {
  /** The resource with its opening hours and reservations between `start` and `end` (instants). */
  getResource(id: string, start: number, end: number, options?: RequestOptions): Promise<Result<GuidanceResource>>;
  createReservation(request: ReservationRequest, options?: RequestOptions): Promise<Result<Reservation>>;
  cancelReservation(id: string, options?: RequestOptions): Promise<Result<void>>;
}

export class RespaClient implements RespaApi {
  private readonly http: HttpClient;

  constructor(options: ClientOptions) {
    this.http = new HttpClient(options);
  }

  async getResource(
    id: string,
    start: number,
    end: number,
    options: RequestOptions = {},
  ): Promise<Result<GuidanceResource>> {
    const result = await this.http.request({
      ...options,
      path: `resource/${encodeURIComponent(id)}/`,
      query: { start: toIsoWithOffset(start), end: toIsoWithOffset(end), duration: undefined },
      schema: resourceSchema,
    });
    return result.ok ? { ok: true, value: toResource(result.value) } : result;
  }

  async createReservation(request: ReservationRequest, options: RequestOptions = {}): Promise<Result<Reservation>> {
    const body: Record<string, unknown> = {
      resource: request.resource,
      begin: toIsoWithOffset(request.begin),
      end: toIsoWithOffset(request.end),
    };
    // Respa ignores an extra field the resource does not support (resources/api/reservation.py):
    // the client sends only what the caller chose to send (test/contract/respa.contract.ts).
    if (request.numberOfParticipants !== undefined) body.number_of_participants = request.numberOfParticipants;
    if (request.reserverName !== undefined) body.reserver_name = request.reserverName;
    if (request.reserverPhoneNumber !== undefined) body.reserver_phone_number = request.reserverPhoneNumber;
    if (request.reserverEmailAddress !== undefined) body.reserver_email_address = request.reserverEmailAddress;
    if (request.eventDescription !== undefined) body.event_description = request.eventDescription;
    // A POST is never repeated blindly: a second one could book a second slot.
    const result = await this.http.request({
      ...options,
      method: 'POST',
      path: 'reservation/',
      body,
      schema: reservationSchema,
    });
    if (!result.ok) return result;
    const reservation = toReservation(result.value);
    return reservation
      ? { ok: true, value: reservation }
      : { ok: false, error: { kind: 'invalid-response', issues: ['begin/end: not a date-time'] } };
  }

  async cancelReservation(id: string, options: RequestOptions = {}): Promise<Result<void>> {
    const result = await this.http.request({
      ...options,
      method: 'DELETE',
      path: `reservation/${encodeURIComponent(id)}/`,
      schema: emptySchema,
    });
    return result.ok ? { ok: true, value: undefined } : result;
  }
}

export type { GuidanceResource, Reservation } from './resource.js';
