/**
 * What the three contract files share: a fresh API fake whose `fetch` records every exchange
 * (request and answer, bodies parsed), and a short list of the problems found in them.
 */
import { createKotoMock } from '../../src/mock/index.js';

/** One request to the fake and its answer, as a contract test checks them. */
export interface Exchange {
  method: string;
  url: URL;
  /** The request's JSON body (POST only). */
  body: unknown;
  status: number;
  /** The answer's JSON body (none for 204). */
  answer: unknown;
}

/** The fake at `now`, and a `fetch` to it that records every exchange in `exchanges`. */
export function recordingFake(now: string) {
  const mock = createKotoMock({ now });
  const exchanges: Exchange[] = [];
  const fetch = async (input: string, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const body = request.method === 'POST' ? ((await request.clone().json()) as unknown) : undefined;
    const response = await mock.fetch(request);
    const answer = response.status === 204 ? undefined : ((await response.clone().json()) as unknown);
    exchanges.push({ method: request.method, url: new URL(request.url), body, status: response.status, answer });
    return response;
  };
  return { mock, fetch, exchanges };
}

/** Each problem once, numbered items of a list (`/data/3/…`) folded into one, with how often: "… (×4)". */
export function summary(problems: string[]): string[] {
  const counts = new Map<string, number>();
  for (const p of problems) {
    const key = p.replace(/\/\d+(?=[/:])/g, '/*');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([p, n]) => (n > 1 ? `${p} (×${n})` : p));
}
