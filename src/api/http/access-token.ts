import { ApiError } from '../api-error.js';
import type { RestBillingApiOptions } from '../rest-billing-api.js';

type Source = NonNullable<RestBillingApiOptions['getAccessToken']>;
type Token = string | null;

/**
 * The bearer token of one client. The host is asked once and its token is sent by every
 * request until a 401 refuses it; then it is asked once more, with `refresh: true`, for all
 * the requests that sent the refused token. Some hosts' token services retire the previous
 * token on each call: asking per request would refuse the requests still in flight.
 */
export class AccessToken {
  private readonly source: Source | undefined;
  /** The host's last token. None after an empty or failed answer, so that the next request asks again. */
  private kept: string | undefined;
  /** The question to the host under way: requests wait for its answer instead of asking too. */
  private asking: { readonly refresh: boolean; readonly token: Promise<Token> } | undefined;
  /**
   * The last renewal, kept after it settled for the requests whose 401 for the same token comes
   * late: they take its token, or fail with the others when it brought none, without asking again.
   */
  private renewal: { readonly refused: Token; readonly token: Promise<Token> } | undefined;

  constructor(source: Source | undefined) {
    this.source = source;
  }

  /** The token to send, or null for none; rejects with an `unauthenticated` ApiError when the host throws. */
  current(): Promise<Token> {
    if (this.asking) return this.asking.token;
    if (this.kept !== undefined || !this.source) return Promise.resolve(this.kept ?? null);
    this.renewal = undefined;
    return this.ask(this.source);
  }

  /** The token to retry with after `refused` got a 401, or null when the host has none to give. */
  renewed(refused: Token): Promise<Token> {
    if (!this.source) return Promise.resolve(null);
    if (this.renewal?.refused === refused) return this.renewal.token;
    // A renewal under way brings a token newer than any a request in flight sent.
    if (this.asking?.refresh) return this.asking.token.catch(() => null);
    // Another request's 401 has renewed it already.
    if (this.kept !== undefined && this.kept !== refused) return Promise.resolve(this.kept);
    const token = this.ask(this.source, refused).catch(() => null);
    this.renewal = { refused, token };
    return token;
  }

  /** Asks the host: for a first token, or with `refresh` for one to replace `refused`. */
  private ask(source: Source, refused?: Token): Promise<Token> {
    const refresh = refused !== undefined;
    // A renewal that gives the refused token back has renewed nothing.
    const token = askHost(source, refresh).then((value) => (value === refused ? null : value));
    const asking = { refresh, token };
    this.asking = asking;
    this.kept = undefined;
    // Registered before any caller's: the state is settled when they resume. A renewal that
    // took over from an earlier question leaves that question's answer unkept.
    const settle = (value: Token) => {
      if (this.asking !== asking) return;
      this.asking = undefined;
      this.kept = value ?? undefined;
    };
    token.then(settle, () => settle(null));
    return token;
  }
}

async function askHost(source: Source, refresh: boolean): Promise<Token> {
  try {
    return (await source({ refresh })) || null;
  } catch (cause) {
    throw new ApiError({ kind: 'unauthenticated', message: 'getAccessToken failed', cause });
  }
}
