/**
 * How long a `Retry-After` header asks to wait, in milliseconds: delta-seconds or an HTTP
 * date (a date in the past means now). Null when absent or unreadable.
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  const text = value?.trim();
  if (!text) return null;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Every HTTP date form opens with the day name; `Date.parse` alone would accept `-1`.
  const date = /^[a-z]{3}/i.test(text) ? Date.parse(text) : NaN;
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/**
 * The wait before retry `retry` (0 for the first): `base * 2^retry`, capped, with equal
 * jitter. Clients that failed together spread out, yet each still leaves the server a real
 * pause: with only a few attempts, full jitter's near-zero waits would waste one.
 */
export function backoffDelay(retry: number, baseDelayMs: number, maxDelayMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** retry);
  return ceiling / 2 + (random() * ceiling) / 2;
}
