// Type-level checks of the wrappers (compiled with the app, never run): what must not compile.
import { KotoContactCard, KotoContactPerson, KotoGuidanceBooking, KotoCourseCatalogue } from 'koto-elements/react';

export const good = (
  <>
    <KotoGuidanceBooking
      resource="porvoo-ohjaus-1"
      onBookingConfirmed={(e) => e.detail.reservationId}
      onBookingCancelled={(e) => e.detail.state}
    />
    <KotoContactCard channel="00000000-0000-4000-8000-000000000001">
      <KotoContactPerson name="Etunimi Sukunimi" email="etunimi.sukunimi@porvoo.fi" />
    </KotoContactCard>
  </>
);
// @ts-expect-error the event's detail has no such field
export const badDetail = <KotoCourseCatalogue onCourseSelect={(e) => e.detail.nope} />;
// @ts-expect-error page-size is a number
export const badProp = <KotoCourseCatalogue pageSize="many" />;
// @ts-expect-error no such event callback
export const badEvent = <KotoCourseCatalogue onBookingConfirmed={() => {}} />;
