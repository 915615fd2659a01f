/**
 * Where the Linked Events source overrules its generated OpenAPI file. Each correction is
 * written down once, here, with the source file that says so (City-of-Helsinki/linkedevents at
 * v3.29.4); `openapi.ts` applies them to the file's schemas before anything is validated.
 * Everything not named here is the file's word.
 */

/** An OpenAPI schema object, as parsed from the YAML. */
export type Schema = Record<string, unknown>;
export type Schemas = Record<string, Schema>;

export interface Correction {
  /** The source file (and the code in it) that says so. */
  source: string;
  /** What the live API does that the file does not say. */
  says: string;
  /** Rewrites the file's schemas (the answers') to say it. */
  apply(schemas: Schemas): void;
}

const props = (schemas: Schemas, name: string): Record<string, Schema> => {
  const schema = schemas[name];
  if (!schema?.properties) throw new Error(`correction: no schema ${name} with properties`);
  return schema.properties as Record<string, Schema>;
};

const notRequired = (schemas: Schemas, name: string, fields: string[]): void => {
  const schema = schemas[name]!;
  schema.required = ((schema.required as string[] | undefined) ?? []).filter((f) => !fields.includes(f));
};

/** The file's "translated object" shape: `{ type: object, properties: { fi: { type: string }, … } }`. */
const isTranslated = (s: Schema): boolean =>
  s.type === 'object' &&
  typeof s.properties === 'object' &&
  s.properties !== null &&
  ['fi', 'sv', 'en'].every((l) => l in (s.properties as object)) &&
  Object.values(s.properties as Record<string, Schema>).every((p) => p.type === 'string');

/** The serializers that translate fields (TranslatedModelSerializer and its heirs) and the answers they make. */
const TRANSLATED = ['Event', 'Offer', 'Place', 'Keyword', 'Language', 'Registration'];

export const CORRECTIONS: Correction[] = [
  {
    source: 'linkedevents/serializers.py (TranslatedModelSerializer.translated_fields_to_representation)',
    says:
      'a translated field leaves out the languages without text (never `"en": null`), and is `null` as a whole ' +
      'when no language has text',
    apply(schemas) {
      for (const name of TRANSLATED) {
        for (const [field, schema] of Object.entries(props(schemas, name))) {
          if (isTranslated(schema) && field !== 'signup_url') schema.nullable = true;
        }
      }
    },
  },
  {
    source: 'linkedevents/serializers.py (LinkedEventsSerializer._prepare_representation_non_public_fields)',
    says:
      '`created_by` and `last_modified_by` are left out unless the reader is an admin of the publisher: ' +
      'the elements read anonymously',
    apply(schemas) {
      for (const name of ['Event', 'Registration', 'Place', 'Keyword']) {
        notRequired(schemas, name, ['created_by', 'last_modified_by']);
      }
    },
  },
  {
    source: 'events/api.py (JSONAPIViewMixin.get_serializer_context: skip_fields gets `origin_id`)',
    says: '`origin_id` is left out of every answer, included objects too',
    apply(schemas) {
      for (const name of ['Event', 'Place', 'Keyword']) {
        delete props(schemas, name).origin_id;
        notRequired(schemas, name, ['origin_id']);
      }
    },
  },
  {
    source: 'events/serializers.py (EventSerializer.to_representation)',
    says:
      'a date-only `start_time`/`end_time` is sent as `YYYY-MM-DD`, a short date-only event has `end_time: null`, ' +
      '`has_start_time`/`has_end_time` are removed, and `publication_status` is removed for anonymous readers',
    apply(schemas) {
      const event = props(schemas, 'Event');
      for (const field of ['start_time', 'end_time']) {
        const { format: _format, type: _type, nullable: _nullable, ...rest } = event[field]!;
        event[field] = {
          ...rest,
          anyOf: [
            { type: 'string', format: 'date-time' },
            { type: 'string', format: 'date' },
          ],
          nullable: true,
        };
      }
      delete event.has_start_time;
      delete event.has_end_time;
      notRequired(schemas, 'Event', ['publication_status']);
    },
  },
  {
    source: 'events/serializers.py (EventSerializer: JSONLDRelatedField(many=True))',
    says:
      'reference lists (`keywords`, `in_language`, `audience`, `sub_events`, `images`) are flat arrays of ' +
      '`{ "@id" }` or of the included objects, not arrays of arrays',
    apply(schemas) {
      const event = props(schemas, 'Event');
      for (const field of ['keywords', 'in_language', 'audience', 'sub_events', 'images']) {
        const list = event[field]!;
        const inner = (list.items as Schema).items as Schema;
        list.items = inner;
      }
    },
  },
  {
    source: 'registrations/models.py (Registration.maximum_attendee_capacity, null=True)',
    says: "a registration's `maximum_attendee_capacity` is `null` when there is no limit",
    apply(schemas) {
      props(schemas, 'Registration').maximum_attendee_capacity!.nullable = true;
    },
  },
  {
    source: 'registrations/models.py (SignUp.AttendeeStatus)',
    says: '`attendee_status` may also be `awaiting_payment` (newer than the file)',
    apply(schemas) {
      for (const name of ['SignUp', 'GroupSignUp', 'GroupSignUpCreate']) {
        const status = props(schemas, name).attendee_status!;
        status.enum = [...(status.enum as string[]), 'awaiting_payment'];
      }
    },
  },
  {
    source:
      'registrations/serializers.py (fields under settings.WEB_STORE_INTEGRATION_ENABLED: SignUpSerializer, ' +
      'SignUpGroupCreateSerializer, RefundOrCancellationRelationBaseSerializer, RegistrationSerializer, OfferSerializer)',
    says:
      'the payment fields (`payment`, `payment_refund`, `payment_cancellation`, `price_group`, ' +
      '`registration_price_groups`, `offer_price_groups`) exist only where the web store is enabled: ' +
      'the file was generated with it on, so they are not required',
    apply(schemas) {
      for (const name of ['SignUp', 'GroupSignUp', 'GroupSignUpCreate', 'SignUpGroup', 'SignUpGroupCreate']) {
        notRequired(schemas, name, ['payment', 'payment_refund', 'payment_cancellation', 'price_group']);
      }
    },
  },
  {
    source: 'registrations/serializers.py (PriceGroupRelatedField.to_representation)',
    says:
      "a customer group's `price_group` is answered as `{ id, description: { fi, sv, en } }`, not as the integer " +
      'the file says (that is what a request sends)',
    apply(schemas) {
      for (const name of ['RegistrationPriceGroup', 'OfferPriceGroup']) {
        props(schemas, name).price_group = {
          type: 'object',
          properties: {
            id: { type: 'integer' },
            description: { type: 'object', additionalProperties: { type: 'string' } },
          },
          required: ['id', 'description'],
        };
      }
    },
  },
];

/** Where the source answers with another schema than the file names. */
export const RESPONSE_CORRECTIONS: { operation: string; source: string; schema: string }[] = [
  {
    operation: 'GET /registration/{id}/ 200',
    source: 'registrations/api.py (RegistrationViewSet.serializer_class = RegistrationSerializer)',
    // The file declares only the 404 of this operation.
    schema: 'Registration',
  },
  {
    operation: 'POST /seats_reservation/ 201',
    source: 'registrations/api.py (SeatReservationViewSet.serializer_class = SeatReservationCodeSerializer)',
    // The file names CreateSignUps: a wrong `extend_schema` annotation.
    schema: 'SeatReservationCode',
  },
  {
    operation: 'POST /signup_group/ 201',
    source: 'registrations/api.py (SignUpGroupViewSet.get_serializer_class: SignUpGroupCreateSerializer on create)',
    // The file names SignUpGroup.
    schema: 'SignUpGroupCreate',
  },
];

/** Query parameters the source reads that the file does not declare on an operation. */
export const QUERY_CORRECTIONS: { operation: string; source: string; parameters: Schema[] }[] = [
  {
    operation: 'GET /event/{id}/',
    source: 'events/api.py (EventViewSet: `include` is read by the detail view too; the file declares it on lists)',
    parameters: [{ in: 'query', name: 'include', schema: { type: 'string' } }],
  },
  {
    operation: 'GET /event/',
    source:
      'events/utils.py (parse_time: ISO 8601, `YYYY-MM-DD`, `today` and `now`; the file says date-time only, ' +
      'its own description says the rest)',
    parameters: ['start', 'end'].map((name) => ({
      in: 'query',
      name,
      schema: { anyOf: [{ format: 'date-time' }, { format: 'date' }, { enum: ['today', 'now'] }], type: 'string' },
    })),
  },
  {
    operation: 'GET /event/',
    source:
      'events/api.py (_filter_event_queryset reads every `keyword_OR_set` + number; the file describes ' +
      '`keyword_OR_setX` in the operation text only)',
    parameters: [1, 2, 3].map((n) => ({ in: 'query', name: `keyword_OR_set${n}`, schema: { type: 'string' } })),
  },
];
