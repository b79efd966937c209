import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ApiError, isApiError } from '../../api/api-error.js';
import type { WalletTransaction } from '../../api/schemas.js';
import { freshRows } from '../../core/wallet-history.js';
import type { BillingStore } from '../../state/store.js';

/** `loading`: a page is on its way; `failed`: the last page failed and waits for `retry()`. */
export type HistoryStatus = 'idle' | 'loading' | 'loaded' | 'failed';

/** What the history lists: pages of `limit` rows of these types (all when empty), read through `store`. */
export interface HistoryQuery {
  readonly store: BillingStore;
  readonly limit: number;
  readonly types: readonly string[];
}

interface PageRequest {
  readonly cursor: string | null;
  /** A first page replaces the rows shown; any other page appends to them. */
  readonly first: boolean;
}

// A page that adds no row but still has a cursor (a server that pages by scanning and found no
// match, or one whose page repeated rows already shown) is followed up to this many times
// without the user asking, since the list's "near the end" signal will not fire again.
const EMPTY_PAGES_FOLLOWED = 3;

const toApiError = (error: unknown): ApiError =>
  isApiError(error) ? error : new ApiError({ kind: 'invalid_response', message: String(error), cause: error });

/** A list chunk that did not load reads as what it is to the user: the network failed. */
const listUnavailable = (cause: unknown): never => {
  throw new ApiError({ kind: 'network', message: `The history's list could not be loaded: ${String(cause)}`, cause });
};

/**
 * The wallet's history, page by page by cursor. A new query (a filter, a reload) keeps the rows
 * shown until its first page arrives, so nothing flashes empty; a page that fails keeps every
 * row and waits for `retry()`; a newer request supersedes an older one, whose answer is dropped.
 * Pages are read through the client's store, so every element listing the same page shares one
 * request and its cache, until the `walletTransactions` topic is invalidated.
 */
export class HistoryController implements ReactiveController {
  /** Every row loaded, newest first, each id once. */
  rows: readonly WalletTransaction[] = [];
  status: HistoryStatus = 'idle';
  /** Why the last page failed, while `status` is `failed`. */
  error: ApiError | null = null;
  /** The next page's cursor; null once the oldest transaction is loaded. */
  nextCursor: string | null = null;
  /** Counts first pages that arrived, so a view can start a fresh list (scrolled to the top) for each. */
  generation = 0;
  /** The types of the rows shown (those of the query whose first page arrived last). */
  shownTypes: readonly string[] = [];

  private query: HistoryQuery | null = null;
  private ids = new Set<string>();
  private inFlight: AbortController | null = null;
  private lastRequest: PageRequest | null = null;

  /**
   * @param rowsNeed What must be loaded before rows can show (the list's element, a chunk of its
   *   own), asked for beside each first page; a failure fails that page like a network error.
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onError: (error: ApiError) => void,
    private readonly rowsNeed: () => Promise<unknown> = () => Promise.resolve(),
  ) {
    host.addController(this);
  }

  /** Whether the rows shown are an older query's, while its successor's first page is on its way (or failed). */
  get stale(): boolean {
    return this.status !== 'loaded' && this.lastRequest?.first === true && this.generation > 0;
  }

  hostConnected(): void {
    // A page cut off by a disconnection (the host moved the element) is asked for again.
    if (this.status === 'loading' && this.inFlight === null && this.lastRequest) void this.request(this.lastRequest);
  }

  hostDisconnected(): void {
    const flight = this.inFlight;
    this.inFlight = null;
    flight?.abort();
  }

  /** Lists another query from its newest row (a filter, a reload); the rows shown stay until its first page arrives. */
  reset(query: HistoryQuery): void {
    this.query = query;
    void this.request({ cursor: null, first: true });
  }

  /** Loads the next page, unless one is loading, the last one failed (see `retry()`) or the oldest row is loaded. */
  more(): void {
    if (!this.query || this.status !== 'loaded' || this.nextCursor === null) return;
    void this.request({ cursor: this.nextCursor, first: false });
  }

  /** Asks again for the page that failed. */
  retry(): void {
    if (this.status !== 'failed' || !this.lastRequest) return;
    void this.request(this.lastRequest);
  }

  /** Forgets every row and stops loading (the host hid the history). */
  clear(): void {
    this.hostDisconnected();
    this.query = null;
    this.lastRequest = null;
    this.rows = [];
    this.ids = new Set();
    this.nextCursor = null;
    this.status = 'idle';
    this.error = null;
    this.host.requestUpdate();
  }

  private async request(request: PageRequest, emptyPagesFollowed = 0): Promise<void> {
    const query = this.query;
    if (!query) return;
    this.inFlight?.abort();
    const flight = new AbortController();
    this.inFlight = flight;
    this.lastRequest = request;
    this.status = 'loading';
    this.error = null;
    this.host.requestUpdate();
    try {
      const needed = request.first ? this.rowsNeed().catch(listUnavailable) : undefined;
      const [page] = await Promise.all([
        query.store.readTransactions({ limit: query.limit, cursor: request.cursor, ...(query.types.length > 0 ? { types: query.types } : {}) }, flight.signal),
        needed,
      ]);
      if (this.inFlight !== flight) return;
      this.inFlight = null;
      if (request.first) {
        this.ids = new Set();
        this.rows = [];
        this.generation += 1;
        this.shownTypes = query.types;
      }
      const fresh = freshRows(page.items, this.ids);
      for (const row of fresh) this.ids.add(row.id);
      // A new array each page: the list sees a new `items` and lays out only what is in view.
      if (fresh.length > 0 || request.first) this.rows = [...this.rows, ...fresh];
      this.nextCursor = page.nextCursor;
      this.status = 'loaded';
      if (fresh.length === 0 && page.nextCursor !== null && emptyPagesFollowed < EMPTY_PAGES_FOLLOWED) {
        void this.request({ cursor: page.nextCursor, first: false }, emptyPagesFollowed + 1);
        return;
      }
    } catch (caught) {
      // Superseded or cut off: a newer request (or a reconnection) owns the outcome.
      if (this.inFlight !== flight || flight.signal.aborted) return;
      this.inFlight = null;
      this.status = 'failed';
      this.error = toApiError(caught);
      this.onError(this.error);
    }
    this.host.requestUpdate();
  }
}
