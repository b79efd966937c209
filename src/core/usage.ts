import { addDays, daysBetween } from './calendar.js';
import { bigAmount, ceilDiv, floorDiv } from './exact.js';

/** The spend, as a percentage of the cap, from which a period counts as near its cap. */
export const NEAR_CAP_PERCENT = 80;

/** Where a period's spend stands against its spending cap, as the contract names it. */
export type UsageStatus = 'no_cap' | 'within_cap' | 'near_cap' | 'cap_reached';

/** What a new cap would do to the current period, for a warning before saving it. */
export type CapChangeWarning = 'pauses_now' | 'likely_reached';

const NEAR_CAP_PERCENT_BIG = BigInt(NEAR_CAP_PERCENT);

/** The contract's usage status of `spent` against `cap` (null when the cap is off). */
export function usageStatus(spent: number, cap: number | null): UsageStatus {
  if (cap === null) return 'no_cap';
  // The contract only enables positive caps; a zero or negative one can allow no spend at
  // all, so treat it as reached rather than inventing a percentage of nothing.
  if (cap <= 0) return 'cap_reached';
  if (spent >= cap) return 'cap_reached';
  // Compared as spent/cap ≥ 80/100 cross-multiplied in BigInt: both products can pass 2^53.
  if (bigAmount(spent, 'spent') * 100n >= bigAmount(cap, 'cap') * NEAR_CAP_PERCENT_BIG) return 'near_cap';
  return 'within_cap';
}

/** `spent` as a percentage of `cap`, floored to 2 decimals; null when there is no cap. */
export function percentOfCap(spent: number, cap: number | null): number | null {
  if (cap === null) return null;
  // Same defensive reading as usageStatus: a non-positive cap is simply full.
  if (cap <= 0) return 100;
  // Floored, not rounded, so a within-cap spend (79.999 %) never displays as 80 %.
  const hundredths = floorDiv(bigAmount(spent, 'spent') * 10_000n, bigAmount(cap, 'cap'));
  return Number(hundredths) / 100;
}

/** Whether saving `newCap` pauses campaigns at once or will likely be reached this period. */
export function capChangeWarning(
  newCap: number,
  usage: { spent: number; projected: number },
): CapChangeWarning | null {
  if (newCap <= usage.spent) return 'pauses_now';
  if (newCap < usage.projected) return 'likely_reached';
  return null;
}

/** The first day the straight-line projection reaches the cap, or null if it does not cross. */
export function capCrossingDay(input: {
  today: string;
  periodEnd: string;
  spent: number;
  projected: number;
  cap: number | null;
}): string | null {
  const { spent, projected, cap } = input;
  // Checked first, so a bad day is reported even when there is nothing to cross.
  const remaining = daysBetween(input.today, input.periodEnd);
  if (cap === null) return null;
  // Already reached is a state, not a future crossing; this also covers a non-positive cap.
  if (spent >= cap) return null;
  if (projected < cap) return null;
  if (remaining <= 0) return null;
  const remainingDays = BigInt(remaining);
  // Here spent < cap ≤ projected, so the divisor is positive and 1 ≤ k ≤ remainingDays.
  const k = ceilDiv(
    (bigAmount(cap, 'cap') - bigAmount(spent, 'spent')) * remainingDays,
    bigAmount(projected, 'projected') - bigAmount(spent, 'spent'),
  );
  return addDays(input.today, Number(k));
}

/** Running totals of per-day amounts, for a cumulative spend chart. */
export function cumulativeAmounts(
  daily: readonly { date: string; amount: number }[],
): { date: string; total: number }[] {
  let total = 0;
  return daily.map(({ date, amount }) => {
    total += amount;
    return { date, total };
  });
}
