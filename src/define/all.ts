/**
 * Registers every koto element. Side-effect module: `import 'koto-elements/define/all.js'`
 * or the CDN file `koto-elements.js`.
 */
import './contact-card.js';
import './course-catalogue.js';
import './enrolment-form.js';
import './guidance-booking.js';
