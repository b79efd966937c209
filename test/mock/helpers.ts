import { ENDPOINTS } from '../../src/api/endpoints.js';
import type { WalletTransaction } from '../../src/api/schemas.js';
import { parseWith } from '../../src/api/parse.js';
import type { z } from '../../src/api/zod.js';
import type { MockBackend } from '../../src/mock/index.js';

export const BASE = '/api/billing';

export interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  /** The parsed body, or undefined when it is not JSON. */
  readonly json: unknown;
}

/** One request through the backend's fetch, the way a client in the page would make it. */
export async function call(
  backend: MockBackend,
  method: 'GET' | 'PUT' | 'POST' | 'DELETE',
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const init: RequestInit = { method, headers: { ...headers } };
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
    init.headers = { 'Content-Type': 'application/json', ...headers };
  }
  const response = await backend.fetch(`${BASE}${path}`, init);
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** The current `version` of a resource. */
export async function versionOf(backend: MockBackend, path: string): Promise<number> {
  const { status, json } = await call(backend, 'GET', path);
  if (status === 200 && typeof json === 'object' && json !== null && 'version' in json && typeof json.version === 'number') return json.version;
  throw new Error(`${path} has no version (status ${status})`);
}

/** A GET endpoint's answer, parsed by the client's schema; fails when either goes wrong. */
export async function read<S extends z.core.$ZodType>(
  backend: MockBackend,
  spec: { readonly path: string; readonly response: S },
  query = '',
): Promise<z.output<S>> {
  const answer = await call(backend, 'GET', `${spec.path}${query}`);
  if (answer.status !== 200) throw new Error(`${spec.path} answered ${answer.status}: ${answer.text}`);
  const parsed = parseWith(spec.response, answer.json);
  if (!parsed.ok) throw new Error(`${spec.path} does not parse: ${parsed.error.description}`);
  return parsed.value;
}

/** Every page of a history, following nextCursor to the end. */
export async function allPages(backend: MockBackend, query: string): Promise<WalletTransaction[][]> {
  const pages: WalletTransaction[][] = [];
  let cursor: string | null = null;
  do {
    const suffix: string = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`;
    const page = await read(backend, ENDPOINTS.getWalletTransactions, `?${query}${suffix}`);
    pages.push(page.items);
    cursor = page.nextCursor;
    if (pages.length > 2000) throw new Error('Paging does not end');
  } while (cursor !== null);
  return pages;
}
