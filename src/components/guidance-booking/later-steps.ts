/**
 * What the booking needs only once a learner goes on past the first step: the contact
 * step, sending, and the confirmation. Loaded on its own (`LazyModule`), from when the
 * first step is shown, so that the first content does not wait for it.
 */
export { renderDetails } from './details-step.js';
export { renderCancelled, renderDone } from './done-step.js';
export { sendBooking } from './send.js';
