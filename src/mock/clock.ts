import { startOfDay, todayIn, type Day } from '../core/calendar.js';

// A pinned day's figures are "as of" its local noon: deterministic, and never in its future.
const AS_OF_HOUR_MS = 12 * 3_600_000;

/** The instant a day's figures are computed at: now on the real today, else the day's noon. */
export function asOfInstant(today: Day, timezone: string, liveClock: boolean): string {
  const now = new Date();
  if (liveClock && todayIn(timezone, now) === today) return instantText(Math.floor(now.getTime() / 1000) * 1000);
  return instantText(startOfDay(today, timezone).getTime() + AS_OF_HOUR_MS);
}

/** An instant at an hour of a day in the company's time zone (the simulator's postings). */
export function instantOnDay(day: Day, timezone: string, hour: number): string {
  return instantText(startOfDay(day, timezone).getTime() + hour * 3_600_000);
}

/** An instant as the contract writes it, to the second with `Z`. */
export function instantText(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
