/** Registers `<koto-enrolment-form>`. */
import { KotoEnrolmentForm } from '../components/enrolment-form/enrolment-form.component.js';
import { defineElement } from '../shared/define.js';

export { KotoEnrolmentForm };
export { KotoEnrolmentSubmittedEvent, type EnrolmentSubmittedDetail } from '../components/enrolment-form/events.js';

defineElement('koto-enrolment-form', KotoEnrolmentForm);

declare global {
  interface HTMLElementTagNameMap {
    'koto-enrolment-form': KotoEnrolmentForm;
  }
}
