/**
 * Loaded before the test files in `npm run test:dates` only (scripts/dates.mjs). The sweep is
 * there for what depends on the date, 13 times over; axe's audits of the same states run in
 * each engine's main run (at the real date, or KOTO_NOW) and their outcome does not depend on
 * the day. Here `to.be.accessible()` passes without auditing, which keeps the sweep's 13
 * runs inside CI's time. Every other assertion of the files runs as written.
 *
 * It runs before the test framework, so it must not import `@open-wc/testing` itself: that
 * module registers its fixture clean-up with mocha's `afterEach` when first imported, and
 * mocha is not there yet (the fixtures of a file would pile up). It registers the axe plugin
 * (which `@open-wc/testing` then finds already in use) and replaces its assertion.
 */
import * as pure from '@open-wc/testing/pure';
import type Chai from 'chai';
import { chaiA11yAxe } from 'chai-a11y-axe';

// The module exports chai at run time; its types leave it out.
const { chai } = pure as unknown as { chai: typeof Chai };

chai.use(chaiA11yAxe);
chai.Assertion.overwriteMethod('accessible', () => () => Promise.resolve());
