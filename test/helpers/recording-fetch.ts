import { createMockFetch, type MockBackend } from '../../src/mock/index.js';

/** A PUT an element sent: its path under the base, its JSON body and its idempotency key. */
export interface SentPut {
  readonly path: string;
  readonly body: Record<string, unknown>;
  readonly key: string | null;
}

/** Answers a request itself instead of the backend (what the mock cannot produce from the UI), or passes it on. */
export type Override = (method: string, path: string, body: Record<string, unknown> | null) => Response | undefined;

/** The mock backend's fetch, recording every PUT in `puts`; `override.current` may answer any request itself. */
export function recordingFetch(backend: MockBackend, puts: SentPut[], override: { current?: Override } = {}): typeof fetch {
  const inner = createMockFetch({ backend });
  return (input, init) => {
    const method = init?.method ?? 'GET';
    const path = new URL(String(input), 'http://mock.local').pathname.replace('/api/billing', '');
    const body = method === 'PUT' ? (JSON.parse(String(init?.body)) as Record<string, unknown>) : null;
    if (body) puts.push({ path, body, key: new Headers(init?.headers).get('Idempotency-Key') });
    const answer = override.current?.(method, path, body);
    return answer ? Promise.resolve(answer) : inner(input, init);
  };
}
