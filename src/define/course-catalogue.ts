/**
 * Registers `<koto-course-catalogue>`. Side-effect module: `import 'koto-elements/define/course-catalogue.js'`.
 */
import { KotoCourseCatalogue } from '../components/course-catalogue/course-catalogue.component.js';
import { defineElement } from '../shared/define.js';

export { KotoCourseCatalogue };
export { CourseSelectEvent, type CourseSelectDetail } from '../components/course-catalogue/events.js';

defineElement('koto-course-catalogue', KotoCourseCatalogue);

declare global {
  interface HTMLElementTagNameMap {
    'koto-course-catalogue': KotoCourseCatalogue;
  }
}
