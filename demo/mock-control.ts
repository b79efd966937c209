// The demo's calls to the mock backend's control API (`/__mock`), served by the same process.

import type { MockPeek } from '../src/mock/index.js';

export interface MockState {
  readonly scenario: string;
  readonly scenarios: readonly string[];
  readonly today: string;
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`/__mock${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? null : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} /__mock${path}: ${response.status}`);
  return (await response.json()) as T;
}

function faultBody(route: string | undefined, fault: string): Record<string, unknown> {
  const base = { ...(route ? { route } : {}), times: 1 };
  switch (fault) {
    case 'latency':
      return { ...base, latencyMs: 3000 };
    case 'malformed-json':
      return { ...base, malformed: 'json' };
    case 'malformed-schema':
      return { ...base, malformed: 'schema' };
    case '429':
      return { ...base, status: 429, retryAfter: 2 };
    default:
      return { ...base, status: Number(fault) };
  }
}

export const mockControl = {
  state: () => call<MockState>('GET', '/state'),
  /** The answers as the API would give them, taking no fault: the raw-answers panel's view. */
  peek: () => call<MockPeek>('GET', '/peek'),
  scenario: (name: string) => call<MockState>('POST', '/scenario', { name }),
  fault: (route: string | undefined, fault: string) => call<unknown>('POST', '/fault', faultBody(route, fault)),
  clearFaults: () => call<unknown>('DELETE', '/faults'),
  simulate: (days: number) => call<MockState>('POST', '/simulate', { days }),
};
