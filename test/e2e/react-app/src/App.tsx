import { useState } from 'react';
import { KotoCourseCatalogue, KotoEnrolmentForm, type CourseSelectEvent } from 'koto-elements/react';

/** A portal page: the course list, then the enrolment form of the chosen course, in one React state. */
export function App() {
  const [course, setCourse] = useState<string>();
  const [sent, setSent] = useState<string>();
  const choose = (e: CourseSelectEvent) => setCourse(e.detail.id);
  return (
    <main>
      <h1>Integration training</h1>
      {course ? (
        <>
          <h2>Enrolment</h2>
          <button type="button" onClick={() => setCourse(undefined)}>
            Back to the courses
          </button>
          <KotoEnrolmentForm
            event={course}
            privacyHref="/privacy"
            onEnrolmentSubmitted={(e) => setSent(`${e.detail.courseId}: ${e.detail.status}`)}
          />
        </>
      ) : (
        <>
          <h2>Courses</h2>
          <KotoCourseCatalogue pageSize={50} onCourseSelect={choose} />
        </>
      )}
      {sent && <p id="sent">{sent}</p>}
    </main>
  );
}
