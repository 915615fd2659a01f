// The README's React examples, compiled with the app (kept in step by hand: copy them here when they change).
import {
  KotoContactCard,
  KotoContactPerson,
  KotoCourseCatalogue,
  KotoEnrolmentForm,
  KotoGuidanceBooking,
} from 'koto-elements/react';
import { useState } from 'react';

export function Courses({ onApply }: { onApply: (id: string) => void }) {
  return (
    <KotoCourseCatalogue
      keyword="yso:p19331"
      enrolHref="/ilmoittautuminen?course={id}"
      onCourseSelect={(e) => {
        e.preventDefault();
        onApply(e.detail.id);
      }}
    />
  );
}

export function Enrol({ courseId }: { courseId: string }) {
  return (
    <KotoEnrolmentForm
      event={courseId}
      privacyHref="/tietosuoja"
      onEnrolmentSubmitted={(e) => console.info(e.detail.status)}
    />
  );
}

export function Guidance({ learner }: { learner: { name: string; email: string } }) {
  return (
    <KotoGuidanceBooking
      resource="porvoo-ohjaus-1"
      weeks={6}
      prefill={learner}
      onBookingConfirmed={(e) => console.info(e.detail.begin)}
    />
  );
}

export function Contacts() {
  return (
    <KotoContactCard channel="00000000-0000-4000-8000-000000000001" heading="Yhteystiedot" headingLevel="2">
      <KotoContactPerson name="Etunimi Sukunimi" email="etunimi.sukunimi@porvoo.fi" phone="+358 40 123 4567" />
    </KotoContactCard>
  );
}

export function CoursesInPlace() {
  const [course, setCourse] = useState<string>();
  return course ? (
    <KotoEnrolmentForm
      event={course}
      privacyHref="/privacy"
      onEnrolmentSubmitted={(e) => console.log(e.detail.status)}
    />
  ) : (
    <KotoCourseCatalogue keyword="yso:p19331" onCourseSelect={(e) => setCourse(e.detail.id)} />
  );
}
