import { expect } from '@open-wc/testing';
import { HttpClient, pathBelowBase } from '../../src/api/http.js';
import * as z from 'zod/mini';

describe('links the API gives are followed below the configured base only', () => {
  const base = '/mock-api/x/linkedevents/v1/';
  it('keeps the path below the version folder and the query, whatever host the link names', () => {
    expect(pathBelowBase(base, 'http://linkedevents-api.internal:8000/v1/event/?page=2')).to.equal('event/?page=2');
    expect(pathBelowBase(base, 'https://api.hel.fi/linkedevents/v1/registration/5/')).to.equal('registration/5/');
    expect(pathBelowBase('https://api.example/ptv/v11/', 'https://x/api/v11/ServiceChannel/1')).to.equal(
      'ServiceChannel/1',
    );
  });

  it('refuses a link without the version folder, and sends nothing', async () => {
    const asked: string[] = [];
    const http = new HttpClient({
      baseUrl: base,
      fetch: (input) => {
        asked.push(input);
        return Promise.resolve(new Response('{}'));
      },
    });
    const result = await http.requestUrl('https://evil.example/collect?x=1', { schema: z.object({}) });
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.error.kind).to.equal('invalid-response');
    expect(asked).to.deep.equal([]);
  });

  it('requestUrl asks the configured origin, not the one in the link', async () => {
    const asked: string[] = [];
    const http = new HttpClient({
      baseUrl: 'https://api.example/linkedevents/v1/',
      fetch: (input) => {
        asked.push(input);
        return Promise.resolve(new Response('{}'));
      },
    });
    await http.requestUrl('http://internal:8000/v1/registration/5/', { schema: z.object({}) });
    expect(asked).to.deep.equal(['https://api.example/linkedevents/v1/registration/5/']);
  });

  it("the timeout and the caller's abort are told apart (AbortSignal.any with AbortSignal.timeout)", async () => {
    const hang = (_: string, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    const http = new HttpClient({ baseUrl: 'https://api.example/v1/', fetch: hang, timeoutMs: 50, retries: 0 });
    const timedOut = await http.request({ path: 'x/', schema: z.object({}) });
    expect(!timedOut.ok && timedOut.error).to.deep.equal({ kind: 'timeout', timeoutMs: 50 });
    const controller = new AbortController();
    const pending = http.request({ path: 'x/', schema: z.object({}), signal: controller.signal });
    controller.abort();
    const aborted = await pending;
    expect(!aborted.ok && aborted.error).to.deep.equal({ kind: 'aborted' });
  });
});
