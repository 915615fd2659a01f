/**
 * What every story needs: the elements registered and the API fake's Storybook
 * tenant as the page-level API base. Also loaded by the every-story axe test.
 *
 * In Storybook the fake answers in the browser (`.storybook/mock-worker.ts`); in the
 * every-story test, the test runner's server answers. A story that shows no API data by
 * design (loading, error, empty) is tagged `no-data`: the static-Storybook end-to-end
 * test (test/e2e/storybook.e2e.mjs) expects data in every other story.
 */
import '../src/define/all.js';
import { setApiBase } from '../src/shared/config.js';

export const STORY_TENANT = '/mock-api/storybook';

/** A base URL for one API whose every request misbehaves (`hang`, `status=503` …). */
export const faultyBase = (api: 'linkedevents/v1' | 'respa/v1' | 'ptv/v11', fault: string) =>
  `/mock-api/storybook~${encodeURIComponent(fault)}/${api}/`;

setApiBase({
  linkedEvents: `${STORY_TENANT}/linkedevents/v1/`,
  respa: `${STORY_TENANT}/respa/v1/`,
  ptv: `${STORY_TENANT}/ptv/v11/`,
});
