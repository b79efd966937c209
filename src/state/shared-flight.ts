interface Flight<V> {
  readonly promise: Promise<V>;
  readonly controller: AbortController;
  waiters: number;
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('Aborted', 'AbortError');
}

/**
 * Reads of one kind of value by key, shared: readers of one key share one request, which is
 * aborted only when every reader has given up, so one element leaving the page never cancels
 * another's data. Answers are kept until forgotten (past `limit` keys, the one read longest ago
 * goes first); failures are not kept, so the next read asks again.
 */
export class SharedReads<V> {
  private readonly values = new Map<string, V>();
  private readonly flights = new Map<string, Flight<V>>();

  constructor(private readonly limit = Number.POSITIVE_INFINITY) {}

  /** The value of `key`, from the cache or from one request shared with every other reader of it. */
  read(key: string, load: (signal: AbortSignal) => Promise<V>, signal?: AbortSignal): Promise<V> {
    if (signal?.aborted) return Promise.reject(abortError(signal));
    if (this.values.has(key)) {
      const value = this.values.get(key) as V;
      this.keep(key, value);
      return Promise.resolve(value);
    }
    const flight = this.flights.get(key) ?? this.start(key, load);
    flight.waiters += 1;
    if (!signal) return flight.promise;
    return new Promise<V>((resolve, reject) => {
      const onAbort = () => {
        this.leave(key, flight);
        reject(abortError(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      flight.promise.then(
        (value) => {
          signal.removeEventListener('abort', onAbort);
          resolve(value);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', onAbort);
          reject(error);
        },
      );
    });
  }

  /** The cached value, if any, without asking. */
  peek(key: string): V | undefined {
    return this.values.get(key);
  }

  /** Keeps a value obtained another way; a request of it still on its way no longer writes the cache. */
  put(key: string, value: V): void {
    this.flights.delete(key);
    this.keep(key, value);
  }

  /**
   * Forgets one key, or every key: the next read asks again. Readers already waiting keep their
   * request, but its answer is no longer cached.
   */
  forget(key?: string): void {
    if (key === undefined) {
      this.values.clear();
      this.flights.clear();
    } else {
      this.values.delete(key);
      this.flights.delete(key);
    }
  }

  private keep(key: string, value: V): void {
    this.values.delete(key);
    this.values.set(key, value);
    // Maps iterate in insertion order, and a read puts its key last: the first is the one read longest ago.
    for (const oldest of this.values.keys()) {
      if (this.values.size <= this.limit) break;
      this.values.delete(oldest);
    }
  }

  private start(key: string, load: (signal: AbortSignal) => Promise<V>): Flight<V> {
    const controller = new AbortController();
    const promise = load(controller.signal);
    const flight: Flight<V> = { promise, controller, waiters: 0 };
    this.flights.set(key, flight);
    promise.then(
      (value) => {
        if (this.flights.get(key) !== flight) return;
        this.flights.delete(key);
        this.keep(key, value);
      },
      () => {
        if (this.flights.get(key) === flight) this.flights.delete(key);
      },
    );
    return flight;
  }

  private leave(key: string, flight: Flight<V>): void {
    flight.waiters -= 1;
    if (flight.waiters > 0) return;
    if (this.flights.get(key) === flight) this.flights.delete(key);
    flight.controller.abort();
  }
}
