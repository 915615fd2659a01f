/**
 * Registers every koto element. Side-effect module: `import 'koto-elements/define/all.js'`
 * or the CDN file `koto-elements.js`.
 */
import './course-catalogue.js';

export {};
