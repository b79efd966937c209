import { loadOnce } from '../core/load-once.js';
import { ApiError, type ApiErrorKind } from './api-error.js';
import type { BillingApi, ReportQuery, RequestOptions, SaveOptions, TransactionQuery } from './billing-api.js';
import type { ENDPOINTS } from './endpoints.js';
import { abortable, wait } from './http/abort.js';
import { AccessToken } from './http/access-token.js';
import { joinUrl } from './http/url.js';
import { backoffDelay, parseRetryAfter } from './http/retry.js';
import type {
  Access,
  AgentList,
  AlertSettings,
  AlertSettingsUpdate,
  ContactList,
  CurrentUsage,
  Preferences,
  PreferencesUpdate,
  ScheduledEmails,
  ScheduledEmailsUpdate,
  SpendingCap,
  SpendingCapUpdate,
  UsageReport,
  Wallet,
  WalletSettingsUpdate,
  WalletTransactionPage,
} from './schemas.js';
import { ROUTES, type EndpointName } from './routes.js';
import type { z } from './zod.js';

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface RetryOptions {
  /** Attempts per call, the first included (default 3). */
  readonly attempts?: number;
  /** Backoff before the first retry (default 300); it doubles per retry. */
  readonly baseDelayMs?: number;
  /** Longest backoff (default 5 000). */
  readonly maxDelayMs?: number;
  /** Longest `Retry-After` the client waits for (default 30 000); a longer one fails the call at once, carrying `retryAfterMs`. */
  readonly maxRetryAfterMs?: number;
}

export interface RestBillingApiOptions {
  /** Where the contract's paths live (`https://app.example.com/api/billing`, `/api/billing/`); a relative one resolves against the document. */
  readonly baseUrl: string;
  /** Whether cookies go along (default `'same-origin'`). */
  readonly credentials?: RequestCredentials;
  /** Extra headers on every request. */
  readonly headers?: HeadersInit;
  /** The `fetch` to use (default: the global one, looked up on each call). */
  readonly fetch?: FetchLike;
  /**
   * The bearer token for `Authorization`, or nothing to send none. Asked once, by the first
   * request (requests made meanwhile wait for that answer), and kept for every request after
   * it. A 401 asks again with `refresh: true`, once for all the requests that sent the refused
   * token, so a host with a token cache knows to bypass it; each of them is then retried once
   * with the new token. A host whose token service retires the previous token on each call is
   * thus asked only when its token has expired. When it throws, or a renewal gives nothing or
   * the refused token back, the requests waiting for it fail `unauthenticated`; nothing of that
   * is kept, so the next request asks again (as it does while the host gives no token).
   */
  readonly getAccessToken?: (request: { readonly refresh: boolean }) => Promise<string | null | undefined> | string | null | undefined;
  /** Limit of each attempt, in milliseconds (default 15 000). */
  readonly timeoutMs?: number;
  readonly retry?: RetryOptions;
  /** Source of backoff jitter in [0, 1) (default `Math.random`); tests pin it. */
  readonly random?: () => number;
}

type Contract = typeof import('./contract.js');
/** What an endpoint answers, as its schema parses it. */
type AnswerOf<N extends EndpointName> = z.output<(typeof ENDPOINTS)[N]['response']>;

/** The validator, once per page; a failed load is asked for again by the next request. */
const loadContract = loadOnce(() =>
  import('./contract.js').catch((cause: unknown) => {
    throw new ApiError({ kind: 'network', message: 'The answer checker could not be loaded', cause });
  }),
);
type Outcome = { readonly response: Response; readonly text: string } | ApiError;

// 400 is not in the contract (bad input is 422) but is what many hosts send for it; any other
// unexpected status means client and server disagree, which the user cannot fix: `server`.
const KINDS: Readonly<Record<number, ApiErrorKind>> = {
  400: 'validation',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  422: 'validation',
  429: 'rate_limited',
};

// GETs have no side effects: every transient failure is retried. A PUT only after a failed
// connection (its Idempotency-Key keeps a repeat from applying twice) or a 503, which applied
// nothing; a 502, 504 or timeout may hide a save that went through, and a rate-limited save
// fails fast so the user, not a quota wait, decides.
const RETRY_GET = [429, 502, 503, 504];
const RETRY_PUT = [503];

/** Server text goes into messages (for logs) only this long. */
const cap = (text: string) => (text.length > 300 ? `${text.slice(0, 300)}…` : text);

function readJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

// `randomUUID` exists only in secure contexts; an http intranet host still gets a unique key.
const newKey = () =>
  crypto.randomUUID?.() ?? Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');

/**
 * The `BillingApi` over `fetch`, speaking the billing contract: JSON, an optional bearer
 * token asked once and kept (renewed once for all the requests a 401 refused), a timeout per
 * attempt, retries of transient failures with backoff and `Retry-After`, and every answer
 * parsed by its endpoint's schema. Every method rejects with an `ApiError` only.
 */
export class RestBillingApi implements BillingApi {
  private readonly baseUrl: string;
  private readonly credentials: RequestCredentials;
  private readonly headers: HeadersInit | undefined;
  private readonly fetch: FetchLike;
  private readonly token: AccessToken;
  private readonly timeoutMs: number;
  private readonly attempts: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly maxRetryAfterMs: number;
  private readonly random: () => number;

  constructor(options: RestBillingApiOptions) {
    const retry = options.retry ?? {};
    this.baseUrl = options.baseUrl;
    this.credentials = options.credentials ?? 'same-origin';
    this.headers = options.headers;
    this.fetch = options.fetch ?? ((url, init) => globalThis.fetch(url, init));
    this.token = new AccessToken(options.getAccessToken);
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.attempts = retry.attempts ?? 3;
    this.baseDelayMs = retry.baseDelayMs ?? 300;
    this.maxDelayMs = retry.maxDelayMs ?? 5_000;
    this.maxRetryAfterMs = retry.maxRetryAfterMs ?? 30_000;
    this.random = options.random ?? Math.random;
  }

  getAccess(options?: RequestOptions): Promise<Access> {
    return this.call('getAccess', options);
  }

  getCurrentUsage(options?: RequestOptions): Promise<CurrentUsage> {
    return this.call('getCurrentUsage', options);
  }

  getPreferences(options?: RequestOptions): Promise<Preferences> {
    return this.call('getPreferences', options);
  }

  updatePreferences(update: PreferencesUpdate, options?: SaveOptions): Promise<Preferences> {
    return this.call('putPreferences', options, update);
  }

  getContacts(options?: RequestOptions): Promise<ContactList> {
    return this.call('getContacts', options);
  }

  getSpendingCap(options?: RequestOptions): Promise<SpendingCap> {
    return this.call('getSpendingCap', options);
  }

  updateSpendingCap(update: SpendingCapUpdate, options?: SaveOptions): Promise<SpendingCap> {
    return this.call('putSpendingCap', options, update);
  }

  getAlerts(options?: RequestOptions): Promise<AlertSettings> {
    return this.call('getAlerts', options);
  }

  updateAlerts(update: AlertSettingsUpdate, options?: SaveOptions): Promise<AlertSettings> {
    return this.call('putAlerts', options, update);
  }

  getScheduledEmails(options?: RequestOptions): Promise<ScheduledEmails> {
    return this.call('getScheduledEmails', options);
  }

  updateScheduledEmails(update: ScheduledEmailsUpdate, options?: SaveOptions): Promise<ScheduledEmails> {
    return this.call('putScheduledEmails', options, update);
  }

  getWallet(options?: RequestOptions): Promise<Wallet> {
    return this.call('getWallet', options);
  }

  updateWalletSettings(update: WalletSettingsUpdate, options?: SaveOptions): Promise<Wallet> {
    return this.call('putWalletSettings', options, update);
  }

  getWalletTransactions(query: TransactionQuery = {}, options?: RequestOptions): Promise<WalletTransactionPage> {
    const params = new URLSearchParams();
    if (query.limit !== undefined) params.set('limit', String(query.limit));
    if (query.cursor) params.set('cursor', query.cursor);
    if (query.types?.length) params.set('type', query.types.join(','));
    return this.call('getWalletTransactions', options, undefined, params);
  }

  getAgents(options?: RequestOptions): Promise<AgentList> {
    return this.call('getAgents', options);
  }

  getUsageReport(query: ReportQuery, options?: RequestOptions): Promise<UsageReport> {
    const params = new URLSearchParams('month' in query ? { month: query.month } : { from: query.from, to: query.to });
    if (query.agentId !== undefined && query.agentId !== null) params.set('agentId', query.agentId);
    return this.call('getUsageReport', options, undefined, params);
  }

  private async call<N extends EndpointName>(name: N, options: SaveOptions = {}, body?: unknown, query?: URLSearchParams): Promise<AnswerOf<N>> {
    const { method, path } = ROUTES[name];
    // Asked for beside the request, so the answer rarely waits for it.
    const checker = loadContract();
    // Awaited only once an answer is here: a request that fails first must not leave it unhandled.
    checker.catch(() => undefined);
    const label = `${method} ${path}`;
    const put = method === 'PUT';
    const { signal } = options;
    const headers = new Headers(this.headers);
    headers.set('Accept', 'application/json');
    if (put) {
      headers.set('Content-Type', 'application/json');
      // Made once per call, so its retries are recognised as the same save.
      headers.set('Idempotency-Key', options.idempotencyKey ?? newKey());
    }
    const init: RequestInit = { method, headers, credentials: this.credentials, body: put ? JSON.stringify(body) : null };
    const url = joinUrl(this.baseUrl, path, query);
    let token = await this.token.current();
    let renewed = false;
    for (let attempt = 1; ; attempt++) {
      if (token) headers.set('Authorization', `Bearer ${token}`);
      const outcome = await this.exchange(url, init, signal, label);
      let error: ApiError;
      if (outcome instanceof ApiError) {
        // A PUT that timed out may have been applied: the user decides whether to save again.
        if (outcome.kind === 'aborted' || (put && outcome.kind === 'timeout')) throw outcome;
        error = outcome;
      } else {
        const { response, text } = outcome;
        const { ENDPOINTS, parseWith, ErrorBody } = await checker;
        const schema: z.core.$ZodType = ENDPOINTS[name].response;
        if (response.ok) return answer(parseWith, schema, text, response.status, label) as AnswerOf<N>;
        error = failure(parseWith, ErrorBody, response, text, schema, label);
        if (response.status === 401) {
          // One renewal per call: a token refused again ends it instead of asking in a loop.
          if (renewed) throw error;
          renewed = true;
          token = await this.token.renewed(token);
          if (!token) throw error;
          // The renewed retry does not count as an attempt: nothing transient failed.
          attempt--;
          continue;
        }
        if (!(put ? RETRY_PUT : RETRY_GET).includes(response.status)) throw error;
      }
      if (attempt >= this.attempts || (error.retryAfterMs ?? 0) > this.maxRetryAfterMs) throw error;
      try {
        await wait(error.retryAfterMs ?? backoffDelay(attempt - 1, this.baseDelayMs, this.maxDelayMs, this.random), signal);
      } catch (cause) {
        throw new ApiError({ kind: 'aborted', message: `${label} was aborted`, cause });
      }
    }
  }

  /** One request and its whole body, within the timeout; failures without an answer come back as an `ApiError`. */
  private async exchange(url: string, init: RequestInit, signal: AbortSignal | undefined, label: string): Promise<Outcome> {
    // Both the caller's abort and the timeout end the attempt; which of them did sets the kind.
    const controller = new AbortController();
    const onAbort = () => controller.abort(signal?.reason);
    if (signal?.aborted) onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    try {
      const response = await abortable(this.fetch(url, { ...init, signal: controller.signal }), controller.signal);
      return { response, text: await abortable(response.text(), controller.signal) };
    } catch (cause) {
      if (signal?.aborted) return new ApiError({ kind: 'aborted', message: `${label} was aborted`, cause });
      if (controller.signal.aborted) return new ApiError({ kind: 'timeout', message: `${label} timed out after ${this.timeoutMs} ms`, cause });
      return new ApiError({ kind: 'network', message: `${label} failed: no answer from the server`, cause });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }
}

function answer<S extends z.core.$ZodType>(parseWith: Contract['parseWith'], schema: S, text: string, status: number, label: string): z.output<S> {
  const data = readJson(text);
  const parsed = data === undefined ? undefined : parseWith(schema, data);
  if (parsed?.ok) return parsed.value;
  const problem = parsed ? cap(parsed.error.description) : 'the body is not JSON';
  throw new ApiError({ kind: 'invalid_response', status, message: `Invalid response from ${label}: ${problem}`, cause: parsed?.error.issues });
}

function failure(parseWith: Contract['parseWith'], errorBody: Contract['ErrorBody'], response: Response, text: string, schema: z.core.$ZodType, label: string): ApiError {
  const { status } = response;
  const parsed = parseWith(errorBody, readJson(text));
  const body = parsed.ok ? parsed.value.error : undefined;
  const current = status === 409 && body?.current !== undefined ? parseWith(schema, body.current) : undefined;
  return new ApiError({
    kind: KINDS[status] ?? 'server',
    status,
    code: body?.code ?? null,
    message: `${label} failed with status ${status}${body ? `: ${cap(body.message)}` : ''}`,
    serverMessage: body ? cap(body.message) : null,
    fields: body?.fields,
    current: current?.ok ? current.value : undefined,
    retryAfterMs: parseRetryAfter(response.headers.get('Retry-After')),
  });
}
