export type ApiErrorKind =
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'validation'
  | 'rate_limited'
  | 'server'
  | 'invalid_response';

export interface ApiErrorInit {
  readonly kind: ApiErrorKind;
  /** HTTP status, or null when no answer came (network, timeout, aborted). */
  readonly status?: number | null;
  /** The contract's `error.code`, when the server sent one. */
  readonly code?: string | null;
  /** A human sentence for logs; the UI shows its own localized text chosen by `kind`. */
  readonly message: string;
  /**
   * The server's own `error.message`, as it sent it (already in the user's language when the
   * host's API localizes): what a UI may show beside its own text for a refusal it cannot word.
   */
  readonly serverMessage?: string | null;
  /** 422 problems by path (`recipients.2`, `refillAmount`). */
  readonly fields?: Readonly<Record<string, string>>;
  /** On 409: the current resource, parsed by the endpoint's schema. */
  readonly current?: unknown;
  /** On 429/503: how long the server asked to wait, in milliseconds. */
  readonly retryAfterMs?: number | null;
  readonly cause?: unknown;
}

/** Every failure of a `BillingApi` call, typed by what a UI needs to explain it. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly kind: ApiErrorKind;
  readonly status: number | null;
  readonly code: string | null;
  readonly fields: Readonly<Record<string, string>>;
  readonly current: unknown;
  readonly retryAfterMs: number | null;
  readonly serverMessage: string | null;

  constructor(init: ApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.status = init.status ?? null;
    this.code = init.code ?? null;
    this.fields = init.fields ?? {};
    this.current = init.current;
    this.retryAfterMs = init.retryAfterMs ?? null;
    this.serverMessage = init.serverMessage ?? null;
  }
}

/** True for an `ApiError`, also one made by a second copy of the package on the page. */
export const isApiError = (error: unknown): error is ApiError =>
  error instanceof ApiError || (error instanceof Error && error.name === 'ApiError' && 'kind' in error);
