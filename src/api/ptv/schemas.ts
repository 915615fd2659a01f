/**
 * PTV Open API v11 wire shapes (the parts the contact card reads). Lenient where real
 * data is messy: any field may be null or missing, localised lists may lack a language,
 * enumerations may grow, and unknown fields are ignored.
 */
import * as z from 'zod/mini';

const str = z.optional(z.nullable(z.string()));
const bool = z.optional(z.nullable(z.boolean()));
const list = <T extends z.ZodMiniType>(item: T) =>
  z.pipe(
    z.optional(z.nullable(z.array(item))),
    z.transform((v) => v ?? []),
  );

/** `{ value, language }`: one translation of a text. */
export const langValueSchema = z.object({ value: str, language: str });
export type LangValue = z.infer<typeof langValueSchema>;

export const phoneSchema = z.object({
  number: str,
  prefixNumber: str,
  isFinnishServiceNumber: bool,
  language: str,
  /** `Phone`, `Sms`, `Fax` (more may come). */
  type: str,
  /** `Chargeable`, `FreeOfCharge`, `Other`. */
  serviceChargeType: str,
  chargeDescription: str,
  additionalInformation: str,
});
export type PtvPhone = z.infer<typeof phoneSchema>;

export const emailSchema = z.object({ value: str, language: str, description: str });
export type PtvEmail = z.infer<typeof emailSchema>;

export const webPageSchema = z.object({ url: str, language: str, value: str });
export type PtvWebPage = z.infer<typeof webPageSchema>;

const municipalitySchema = z.nullable(z.optional(z.object({ code: str, name: list(langValueSchema) })));

export const streetAddressSchema = z.object({
  street: list(langValueSchema),
  streetNumber: str,
  postalCode: str,
  postOffice: list(langValueSchema),
  municipality: municipalitySchema,
  additionalInformation: list(langValueSchema),
  /** ETRS-TM35FIN northing, as a string. */
  latitude: str,
  /** ETRS-TM35FIN easting, as a string. */
  longitude: str,
});

export const postOfficeBoxSchema = z.object({
  postOfficeBox: list(langValueSchema),
  postalCode: str,
  postOffice: list(langValueSchema),
  municipality: municipalitySchema,
  additionalInformation: list(langValueSchema),
});

export const addressSchema = z.object({
  /** `Location` (visiting) or `Postal`. */
  type: str,
  /** `Single`, `Street`, `PostOfficeBox`, `Abroad`, `NoAddress`, `Other`. */
  subType: str,
  streetAddress: z.optional(z.nullable(streetAddressSchema)),
  postOfficeBoxAddress: z.optional(z.nullable(postOfficeBoxSchema)),
});
export type PtvAddress = z.infer<typeof addressSchema>;

export const openingHourSchema = z.object({ dayFrom: str, dayTo: str, from: str, to: str });
export type PtvOpeningHour = z.infer<typeof openingHourSchema>;

export const serviceHourSchema = z.object({
  /** `DaysOfTheWeek`, `Exceptional`, `OverMidnight` (older data: `Special`). */
  serviceHourType: str,
  validFrom: str,
  validTo: str,
  isClosed: bool,
  isAlwaysOpen: bool,
  isReservation: bool,
  validForNow: bool,
  additionalInformation: list(langValueSchema),
  openingHour: list(openingHourSchema),
});
export type PtvServiceHour = z.infer<typeof serviceHourSchema>;

const nameSchema = z.object({ value: str, language: str, type: str });

export const serviceChannelSchema = z.object({
  id: z.string(),
  serviceChannelType: str,
  organizationId: str,
  serviceChannelNames: list(nameSchema),
  serviceChannelDescriptions: list(nameSchema),
  languages: list(z.string()),
  phoneNumbers: list(phoneSchema),
  /**
   * A service location's e-mail addresses: v11 writes them as `emails`
   * (vrk-kpa/ptv-releases, ptv-release-3_4, VmOpenApiServiceLocationChannelVersionBase.cs:
   * `SupportEmails` with `PropertyName = "emails"`); the other channel types as `supportEmails`.
   */
  emails: list(emailSchema),
  supportEmails: list(emailSchema),
  webPages: list(webPageSchema),
  addresses: list(addressSchema),
  serviceHours: list(serviceHourSchema),
});
export type PtvServiceChannel = z.infer<typeof serviceChannelSchema>;

export const organizationSchema = z.object({
  id: z.string(),
  organizationNames: list(nameSchema),
  emails: list(emailSchema),
  phoneNumbers: list(phoneSchema),
  webPages: list(webPageSchema),
  addresses: list(addressSchema),
});
export type PtvOrganization = z.infer<typeof organizationSchema>;

/** `{ pageNumber, pageSize, pageCount, itemList }`. */
export const channelPageSchema = z.object({
  pageNumber: z.number(),
  pageSize: z.optional(z.nullable(z.number())),
  pageCount: z.number(),
  itemList: list(serviceChannelSchema),
});
export type PtvChannelPage = z.infer<typeof channelPageSchema>;
