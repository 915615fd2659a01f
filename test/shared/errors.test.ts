import { expect } from '@open-wc/testing';
import type { HttpFailure } from '../../src/api/http.js';
import { apiWords, describeFailure } from '../../src/shared/errors.js';

/** A refusal with the API's own words, in Finnish when `lang` says so. */
const refused = (status: number, lang?: string): HttpFailure => ({
  kind: 'http',
  status,
  body: { messages: ['Ilmoittautuminen on jo päättynyt.'], fields: {}, ...(lang ? { lang } : {}) },
});

describe('failures in words', () => {
  describe('describeFailure', () => {
    it("speaks only our words, not the API's (a string cannot say which language they are in)", () => {
      expect(describeFailure(refused(410, 'fi'))).to.equal(
        'Something went wrong. Check the information and try again.',
      );
    });

    it('says in a learner’s words what happened to a request stopped on the way, and what to do', () => {
      expect(describeFailure({ kind: 'aborted' })).to.equal('This was interrupted before it was ready. Try again.');
    });

    it('says what did not work when the service refuses (401, 403), and who can help', () => {
      for (const status of [401, 403])
        expect(describeFailure(refused(status)), String(status)).to.equal(
          'This did not work, because the service did not allow it. Call or e-mail the adult education centre.',
        );
    });
  });

  describe('apiWords', () => {
    it("gives the API's own words about a refusal, with their language when it is known", () => {
      expect(apiWords(refused(410, 'fi'))).to.deep.equal({ text: 'Ilmoittautuminen on jo päättynyt.', lang: 'fi' });
      expect(apiWords(refused(409))).to.deep.equal({ text: 'Ilmoittautuminen on jo päättynyt.' });
    });

    it('gives none where our words say it all, or the API gave none', () => {
      for (const status of [401, 403, 404, 429, 500, 503])
        expect(apiWords(refused(status, 'fi')), String(status)).to.equal(undefined);
      expect(apiWords({ kind: 'http', status: 400, body: { messages: [], fields: { email: ['Virhe.'] } } })).to.equal(
        undefined,
      );
      expect(apiWords({ kind: 'network', message: 'Failed to fetch' })).to.equal(undefined);
    });
  });
});
