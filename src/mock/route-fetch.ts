import type { Hono } from 'hono';
import { errorResponse } from './http.js';

/** Relative URLs (`/api/billing/wallet`) resolve against this origin, which is never contacted. */
export const MOCK_ORIGIN = 'http://mock.local';

function normalizeBase(basePath: string): string {
  const trimmed = basePath.replace(/\/+$/, '');
  return trimmed === '' || trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The request was aborted', 'AbortError');
}

/**
 * A `fetch` that answers every URL under `basePath`, on any origin, from the app (with the
 * base stripped, so the app sees `/wallet`). Anything else gets a 404 with the contract's body:
 * a mock must never reach the network by accident. An aborted signal rejects, as fetch does.
 */
export function routeFetch(app: Hono, basePath: string): typeof fetch {
  const base = normalizeBase(basePath);
  return async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const original = input instanceof Request ? input : null;
    const url = new URL(original?.url ?? String(input), MOCK_ORIGIN);
    const method = (init?.method ?? original?.method ?? 'GET').toUpperCase();
    const headers = new Headers(init?.headers ?? original?.headers);
    const signal = init?.signal ?? original?.signal ?? null;
    if (signal?.aborted) throw abortError(signal);

    const underBase = base === '' || url.pathname === base || url.pathname.startsWith(`${base}/`);
    if (!underBase) return errorResponse(404, `Not under the mock's base path ${base}: ${url.pathname}`);

    // The body is read here, so the app gets a plain request whatever the caller passed.
    const hasBody = method !== 'GET' && method !== 'HEAD';
    const body = hasBody ? await (original !== null && init?.body === undefined ? original.text() : new Response(init?.body ?? null).text()) : undefined;
    const controller = new AbortController();
    const request = new Request(`${MOCK_ORIGIN}${url.pathname.slice(base.length) || '/'}${url.search}`, {
      method,
      headers,
      body,
      signal: controller.signal,
    });

    const answer = Promise.resolve(app.fetch(request));
    if (signal === null) return answer;
    return new Promise<Response>((resolve, reject) => {
      const onAbort = (): void => {
        controller.abort(signal.reason);
        reject(abortError(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      answer.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  };
}
