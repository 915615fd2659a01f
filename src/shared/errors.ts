/**
 * Plain, localised words for every failure the HTTP layer reports, with the way
 * forward. Components show these; they never show a raw error.
 */
import { msg } from '@lit/localize';
import type { HttpFailure } from '../api/http.js';

/** A failure in words a learner understands. Call inside the element's locale (render or `inLocale`). */
export function describeFailure(error: HttpFailure): string {
  switch (error.kind) {
    case 'network':
      return msg('We could not connect. Check your internet connection and try again.');
    case 'timeout':
      return msg('The service is slow to answer. Try again in a moment.');
    case 'aborted':
      return msg('This was interrupted before it was ready. Try again.');
    case 'invalid-response':
      return msg('The service sent information we could not read. Try again later.');
    case 'http':
      if (error.status === 404) return msg('We could not find this information. It may have been removed.');
      if (error.status === 401 || error.status === 403)
        return msg(
          'This did not work, because the service did not allow it. Call or e-mail the adult education centre.',
        );
      if (error.status === 429) return msg('The service is busy. Wait a moment and try again.');
      if (error.status >= 500) return msg('The service has a problem right now. Try again in a moment.');
      // Only our words: the API's own (`apiWords`) may be in another language than the interface.
      return msg('Something went wrong. Check the information and try again.');
  }
}

/** Whether `describeFailure` tells the learner to call or e-mail the centre (then show how: `contactLinks`). */
export function asksToCall(error: HttpFailure): boolean {
  return error.kind === 'http' && (error.status === 401 || error.status === 403);
}

/** Words an API wrote itself, and the language they are in when it is known. */
export interface ApiWords {
  text: string;
  lang?: string;
}

/**
 * The API's own words about a refused request (its first message), to show after
 * `describeFailure`'s, marked with their language: `undefined` where ours say all there
 * is (401, 403, 404, 429, 5xx, no connection), or the API gave none.
 */
export function apiWords(error: HttpFailure): ApiWords | undefined {
  if (error.kind !== 'http' || error.status >= 500 || [401, 403, 404, 429].includes(error.status)) return undefined;
  const text = error.body.messages[0];
  if (!text) return undefined;
  return error.body.lang ? { text, lang: error.body.lang } : { text };
}

/** Whether trying the same request again may help (the retry button is shown for these). */
export function isTransient(error: HttpFailure): boolean {
  return (
    error.kind === 'network' ||
    error.kind === 'timeout' ||
    error.kind === 'aborted' ||
    error.kind === 'invalid-response' ||
    (error.kind === 'http' && (error.status >= 500 || error.status === 429))
  );
}
