import { Hono, type MiddlewareHandler } from 'hono';
import type { Access, CurrentUsage, Wallet } from '../api/schemas.js';
import { resolveConfig, type MockConfig } from './config.js';
import { corrupt, FaultBook, truncatedJson } from './faults.js';
import { errorResponse, jsonResponse } from './http.js';
import { IdempotencyStore } from './idempotency.js';
import { routeFetch } from './route-fetch.js';
import type { MockBackendOptions, MockFault, MockPatch, MockResource } from './options.js';
import { applyPatch } from './patch.js';
import { mountRoutes } from './routes.js';
import type { ScenarioName } from './scenarios.js';
import { buildState } from './seed-state.js';
import { simulateDays } from './simulator.js';
import type { MockState } from './state.js';
import { accessView, currentUsageView, walletView } from './views.js';

/** One request as the backend answered it, for tests that count or inspect requests. */
export interface MockRequestRecord {
  readonly method: string;
  /** The path relative to the base (`/wallet/transactions`). */
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly status: number;
}

/** What the backend currently serves. */
export interface MockStateInfo {
  readonly scenario: ScenarioName;
  readonly seed: number;
  readonly today: string;
}

export interface MockBackend {
  /** The Hono app; its paths are relative to the base (`/wallet`). */
  readonly app: Hono;
  /** A `fetch` that routes URLs under the base path (any origin, or relative) into the app. */
  readonly fetch: typeof fetch;
  /** Every request answered since creation, the last reset or `clearRequests()`. */
  readonly requests: readonly MockRequestRecord[];
  readonly state: MockStateInfo;
  /** Back to the options the backend was made with: state, faults, idempotency keys, log. */
  reset(): void;
  /** A fresh state in another scenario (and seed), keeping the other options but `patch`. Faults stay. */
  setScenario(name: ScenarioName, seed?: number): void;
  addFault(fault: MockFault): void;
  clearFaults(): void;
  /** Advances today by whole days, running campaigns and the wallet as they would. */
  simulateDays(days: number): void;
  /** Sets exact values; a versioned resource gets a new version unless `values` sets one. */
  patch<R extends MockResource>(resource: R, values: NonNullable<MockPatch[R]>): void;
  clearRequests(): void;
  /**
   * What the API would answer now for access, current usage and the wallet (those the access
   * shows), with no fault taken, no request logged: a demo's own look that leaves every
   * injected fault to the elements.
   */
  peek(): MockPeek;
}

/** The answers `peek()` gives; a section the access hides is left out. */
export interface MockPeek {
  readonly access: Access;
  readonly usage?: CurrentUsage;
  readonly wallet?: Wallet;
}

const DEFAULT_BASE_PATH = '/api/billing';

function delay(ms: number, signal: AbortSignal): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason instanceof Error ? signal.reason : new DOMException('The request was aborted', 'AbortError'));
      },
      { once: true },
    );
  });
}

/** A mock of the whole billing API, in memory, for browsers (as a `fetch`) and Node alike. */
export function createMockBackend(options: MockBackendOptions = {}): MockBackend {
  const initial = resolveConfig(options);
  const latencyMs = options.latencyMs ?? 0;
  if (!Number.isFinite(latencyMs) || latencyMs < 0) throw new RangeError(`latencyMs must not be negative, got ${latencyMs}`);

  const build = (config: MockConfig, patch: MockPatch | undefined): MockState => {
    const state = buildState(config);
    if (patch !== undefined) applyPatch(state, patch, false);
    return state;
  };

  const holder = { state: build(initial, options.patch), config: initial };
  const faults = new FaultBook();
  const keys = new IdempotencyStore();
  const requests: MockRequestRecord[] = [];

  const log: MiddlewareHandler = async (c, next) => {
    await next();
    requests.push({ method: c.req.method, path: c.req.path, query: c.req.query(), status: c.res.status });
  };

  // Faults stand in for the network and the server around the API: an injected failure
  // never reaches the handlers (nothing is applied) and is never stored as an idempotent answer.
  const inject: MiddlewareHandler = async (c, next) => {
    const matching = faults.take(c.req.method, c.req.path);
    const wait = latencyMs + matching.reduce((sum, fault) => sum + (fault.latencyMs ?? 0), 0);
    await delay(wait, c.req.raw.signal);
    const failing = matching.find((fault) => fault.status !== undefined);
    const retryAfter = matching.find((fault) => fault.retryAfter !== undefined)?.retryAfter;
    if (failing?.status !== undefined) {
      const seconds = retryAfter ?? (failing.status === 429 ? 1 : undefined);
      const headers: Record<string, string> = seconds === undefined ? {} : { 'Retry-After': String(seconds) };
      return errorResponse(failing.status, `Injected fault: ${failing.status}`, { headers });
    }
    await next();
    const malformed = matching.find((fault) => fault.malformed !== undefined)?.malformed;
    if (malformed === undefined) return;
    const text = await c.res.text();
    const { status } = c.res;
    if (malformed === 'json') {
      c.res = new Response(truncatedJson(text), { status, headers: { 'Content-Type': 'application/json; charset=utf-8' } });
    } else {
      c.res = jsonResponse(corrupt(JSON.parse(text)), status);
    }
  };

  const idempotent: MiddlewareHandler = async (c, next) => {
    const key = c.req.header('Idempotency-Key');
    if (c.req.method !== 'PUT' || key === undefined || key === '') return next();
    const answer = await keys.answer(`${c.req.method} ${c.req.path}`, key, async () => {
      await next();
      return c.res;
    });
    c.res = answer;
  };

  const app = new Hono();
  app.use('*', log, inject, idempotent);
  mountRoutes(app, holder);
  app.notFound((c) => errorResponse(404, `No such endpoint: ${c.req.method} ${c.req.path}`));
  app.onError((error) => errorResponse(500, error instanceof Error ? error.message : 'The mock backend failed'));

  const rebuild = (config: MockConfig, patch: MockPatch | undefined): void => {
    holder.config = config;
    holder.state = build(config, patch);
    keys.clear();
  };

  return {
    app,
    fetch: routeFetch(app, options.basePath ?? DEFAULT_BASE_PATH),
    requests,
    get state(): MockStateInfo {
      const { scenario, seed, today } = holder.state;
      return { scenario, seed, today };
    },
    reset() {
      rebuild(initial, options.patch);
      faults.clear();
      requests.length = 0;
    },
    setScenario(name, seed) {
      rebuild(resolveConfig({ ...options, scenario: name, seed: seed ?? holder.config.seed, patch: undefined }), undefined);
    },
    addFault(fault) {
      faults.add(fault);
    },
    clearFaults() {
      faults.clear();
    },
    simulateDays(days) {
      simulateDays(holder.state, days);
    },
    patch(resource, values) {
      const patch: MockPatch = {};
      patch[resource] = values;
      applyPatch(holder.state, patch, true);
    },
    clearRequests() {
      requests.length = 0;
    },
    peek() {
      const state = holder.state;
      const access = accessView(state);
      return {
        access,
        ...(access.sections.usage === 'hidden' ? {} : { usage: currentUsageView(state) }),
        ...(access.sections.wallet === 'hidden' ? {} : { wallet: walletView(state) }),
      };
    },
  };
}
