/**
 * Where what PTV writes differs from the attributes of its model classes (`ptv-schema.json`,
 * vrk-kpa/ptv-releases ptv-release-3_4 at 27723498): the attributes validate what is sent *to*
 * PTV, the translators build what it answers. Each difference is written down once, here, with
 * the code that says so; `ptv-contract.ts` applies them before anything is validated.
 */
import type { Schema } from './corrections.js';

export interface PtvCorrection {
  source: string;
  says: string;
  apply(defs: Record<string, Schema>): void;
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const propertiesOf = (defs: Record<string, Schema>, name: string) => defs[name]!.properties as Record<string, Schema>;

export const PTV_CORRECTIONS: PtvCorrection[] = [
  {
    source:
      'ptv-releases@27723498 src/PTV.Database.DataAccess/Translators/OpenApi/Channels/OpenApiDailyOpeningHourTranslator.cs ' +
      '(TranslateEntityToVm), src/PTV.Database.Model/Models/DailyOpeningTime.cs (int DayFrom, int? DayTo, TimeSpan From/To), ' +
      'src/PTV.Framework/CoreExtensions.cs (ConvertToString(this TimeSpan): "{0:D2}:{1:D2}:{2:D2}")',
    says:
      'an opening time always has a weekday in `dayFrom` (never null); `dayTo` is a weekday or "" (an empty string, ' +
      'never null); `from` and `to` are written with seconds, `09:00:00` (the model’s Time pattern, which allows ' +
      '`09:00`, checks only what is sent to PTV)',
    apply(defs) {
      const time = { type: 'string', pattern: '^\\d{2}:\\d{2}:\\d{2}$' };
      Object.assign(propertiesOf(defs, 'DailyOpeningTime'), {
        dayFrom: { type: 'string', enum: WEEKDAYS },
        dayTo: { type: 'string', enum: [...WEEKDAYS, ''] },
        from: time,
        to: time,
      });
    },
  },
  {
    source:
      'ptv-releases@27723498 src/PTV.Domain.Model/Models/OpenApi/V11/V11VmOpenApiServiceHour.cs (FixServiceHourData: ' +
      '"Set DayTo as empty … PTV-3455"), called by src/PTV.Database.DataAccess/Translators/OpenApi/Channels/' +
      'OpenApiServiceHourTranslator.cs (TranslateEntityToVm)',
    says:
      'regular hours (`DaysOfTheWeek`) name one day per opening time: every `dayTo` is "", so Monday to Thursday is four ' +
      'entries, not a range; and regular or over-midnight hours without `validTo` have `validFrom` null and ' +
      '`validForNow` true',
    apply(defs) {
      const hour = defs.ServiceHour!;
      const withoutEnd = (type: string, then: Schema) => ({
        if: {
          properties: { serviceHourType: { const: type }, validTo: { type: 'null' } },
          required: ['serviceHourType', 'validTo'],
        },
        then,
      });
      const noStart = { properties: { validFrom: { type: 'null' }, validForNow: { const: true } } };
      hour.allOf = [
        ...((hour.allOf as Schema[] | undefined) ?? []),
        {
          if: { properties: { serviceHourType: { const: 'DaysOfTheWeek' } }, required: ['serviceHourType'] },
          then: { properties: { openingHour: { items: { properties: { dayTo: { const: '' } } } } } },
        },
        withoutEnd('DaysOfTheWeek', noStart),
        withoutEnd('OverMidnight', noStart),
      ];
    },
  },
];
