/**
 * Waiting for a condition, not for time. @open-wc/testing's `waitUntil` gives up after 1 s by
 * default: on a loaded 2-core machine (three engines, parallel pages) a step that takes a few
 * requests to the fake can take longer, and the test failed for the machine's speed alone.
 * This one polls until the condition holds, for as long as a test may run (mocha's timeout is
 * 30 s); a timeout a test names is a floor, not a ceiling, since no test here waits for a
 * condition in order to see it fail.
 */
import { waitUntil as openWcWaitUntil } from '@open-wc/testing';

/** Longest wait for one condition: under the 30 s a whole test may take. */
export const CONDITION_TIMEOUT = 20_000;

export function waitUntil(
  predicate: () => unknown | Promise<unknown>,
  message?: string,
  options: { timeout?: number; interval?: number } = {},
): Promise<void> {
  return openWcWaitUntil(predicate, message, {
    interval: options.interval ?? 20,
    timeout: Math.max(options.timeout ?? 0, CONDITION_TIMEOUT),
  });
}
