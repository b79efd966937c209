/** An answer as first given, replayable any number of times. */
interface StoredAnswer {
  readonly status: number;
  readonly headers: [string, string][];
  readonly body: string;
}

/**
 * Answers to PUTs by `Idempotency-Key`, so a retried save gets the first answer and the change
 * is applied once. Keys are scoped by method and path: a key names one user save of one
 * resource. A repeat that arrives while the first is still running waits for its answer.
 */
export class IdempotencyStore {
  private readonly answers = new Map<string, Promise<StoredAnswer>>();

  clear(): void {
    this.answers.clear();
  }

  async answer(scope: string, key: string, run: () => Promise<Response>): Promise<Response> {
    const id = `${scope} ${key}`;
    let stored = this.answers.get(id);
    if (stored === undefined) {
      stored = run().then(async (response) => ({
        status: response.status,
        headers: [...response.headers.entries()],
        body: await response.text(),
      }));
      this.answers.set(id, stored);
      // A request that crashed has no answer to replay; the retry should run again.
      stored.catch(() => this.answers.delete(id));
    }
    const { status, headers, body } = await stored;
    return new Response(body, { status, headers });
  }
}
