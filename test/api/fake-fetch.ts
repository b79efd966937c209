// A recording fake `fetch` and the client over it, shared by the RestBillingApi tests.
import { expect } from '@open-wc/testing';
import { ApiError } from '../../src/api/api-error.js';
import { RestBillingApi, type FetchLike, type RestBillingApiOptions } from '../../src/api/rest-billing-api.js';
import * as examples from './contract-examples.js';

export interface Call {
  readonly url: string;
  readonly init: RequestInit;
  readonly headers: Headers;
}

export type Reply = (call: Call) => Response | Promise<Response>;

export const json = (status: number, body: unknown, headers?: HeadersInit): Reply => () =>
  new Response(JSON.stringify(body), { status, headers });
export const text = (status: number, body: string): Reply => () => new Response(body, { status });
export const ok = (body: unknown = examples.access): Reply => json(200, body);
export const error = (status: number, code: string, message: string, extra: object = {}, headers?: HeadersInit): Reply =>
  json(status, { error: { code, message, ...extra } }, headers);
export const offline: Reply = () => Promise.reject(new TypeError('Failed to fetch'));
/** Like a real fetch that gets no answer: settles only when its signal aborts. */
export const hang: Reply = ({ init }) =>
  new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason)));

/** A fetch that answers with `replies` in turn (the last one repeats) and records every call. */
export function fakeFetch(...replies: Reply[]): { readonly fetch: FetchLike; readonly calls: Call[] } {
  const calls: Call[] = [];
  const fetch: FetchLike = async (url, init) => {
    const call = { url, init, headers: new Headers(init.headers) };
    calls.push(call);
    const reply = replies[Math.min(calls.length, replies.length) - 1];
    if (!reply) throw new Error('fakeFetch has no replies');
    return reply(call);
  };
  return { fetch, calls };
}

/** A client on `fetch`, with retries fast enough for tests and no jitter. */
export function client(fetch: FetchLike, options: Partial<RestBillingApiOptions> = {}): RestBillingApi {
  return new RestBillingApi({ baseUrl: '/api/billing', fetch, random: () => 0, retry: { baseDelayMs: 1 }, ...options });
}

/** The `ApiError` a call rejects with; fails the test when it resolves or rejects with something else. */
export async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  const outcome = await promise.then(
    (value: unknown) => ({ value }),
    (reason: unknown) => ({ reason }),
  );
  if (!('reason' in outcome)) throw new Error(`expected a rejection, got ${JSON.stringify(outcome.value)}`);
  expect(outcome.reason).to.be.instanceOf(ApiError);
  return outcome.reason as ApiError;
}
