// Rules of the wallet's paged history that are not about money: how many rows to ask for, and
// which rows of a new page are really new.

/** The page size the contract defaults to when a client asks for none. */
export const DEFAULT_HISTORY_PAGE_SIZE = 50;

/** The largest page the contract serves; a larger `limit` is clamped to it by the server. */
export const MAX_HISTORY_PAGE_SIZE = 100;

/**
 * The `limit` to request for a page-size setting: a whole number from 1 to 100. A larger one is
 * clamped as the server would clamp it (asking for more than it sends would make the element
 * think pages are short); anything else (0, negative, a fraction, NaN, from a mistyped
 * attribute) falls back to the contract's default instead of sending a query the server refuses.
 */
export function historyPageLimit(pageSize: number | null | undefined): number {
  if (pageSize === null || pageSize === undefined || !Number.isInteger(pageSize) || pageSize < 1) return DEFAULT_HISTORY_PAGE_SIZE;
  return Math.min(pageSize, MAX_HISTORY_PAGE_SIZE);
}

/**
 * The rows of a page, newest first, that are not shown yet, in page order. A server whose
 * cursor is an offset repeats rows at a page boundary when new transactions arrive at the top
 * between two pages; showing them twice would list a refill twice and give two rows one key.
 * `shownIds` is read, never changed: the caller adds the returned rows' ids.
 */
export function freshRows<T extends { readonly id: string }>(page: readonly T[], shownIds: ReadonlySet<string>): T[] {
  const seen = new Set<string>();
  const fresh: T[] = [];
  for (const row of page) {
    if (shownIds.has(row.id) || seen.has(row.id)) continue;
    seen.add(row.id);
    fresh.push(row);
  }
  return fresh;
}
