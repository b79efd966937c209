/** The spend, as a percentage of the cap, from which a period counts as near its cap. */
export const NEAR_CAP_PERCENT = 80;

/** Where a period's spend stands against its spending cap, as the contract names it. */
export type UsageStatus = 'no_cap' | 'within_cap' | 'near_cap' | 'cap_reached';

/** What a new cap would do to the current period, for a warning before saving it. */
export type CapChangeWarning = 'pauses_now' | 'likely_reached';

const NEAR_CAP_PERCENT_BIG = BigInt(NEAR_CAP_PERCENT);
const MS_PER_DAY = 86_400_000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

// Money is an integer count of minor units; a fraction here is a bug upstream, and BigInt()
// would throw a less helpful error for it anyway.
function big(amount: number, name: string): bigint {
  if (!Number.isInteger(amount)) throw new RangeError(`${name} must be an integer amount, got ${amount}`);
  return BigInt(amount);
}

// BigInt division truncates towards zero; percentages must round down for negatives too.
function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

function ceilDiv(a: bigint, b: bigint): bigint {
  return -floorDiv(-a, b);
}

/** The contract's usage status of `spent` against `cap` (null when the cap is off). */
export function usageStatus(spent: number, cap: number | null): UsageStatus {
  if (cap === null) return 'no_cap';
  // The contract only enables positive caps; a zero or negative one can allow no spend at
  // all, so treat it as reached rather than inventing a percentage of nothing.
  if (cap <= 0) return 'cap_reached';
  if (spent >= cap) return 'cap_reached';
  // Compared as spent/cap ≥ 80/100 cross-multiplied in BigInt: both products can pass 2^53.
  if (big(spent, 'spent') * 100n >= big(cap, 'cap') * NEAR_CAP_PERCENT_BIG) return 'near_cap';
  return 'within_cap';
}

/** `spent` as a percentage of `cap`, floored to 2 decimals; null when there is no cap. */
export function percentOfCap(spent: number, cap: number | null): number | null {
  if (cap === null) return null;
  // Same defensive reading as usageStatus: a non-positive cap is simply full.
  if (cap <= 0) return 100;
  // Floored, not rounded, so a within-cap spend (79.999 %) never displays as 80 %.
  const hundredths = floorDiv(big(spent, 'spent') * 10_000n, big(cap, 'cap'));
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
  const today = dayNumber(input.today, 'today');
  const periodEnd = dayNumber(input.periodEnd, 'periodEnd');
  if (cap === null) return null;
  // Already reached is a state, not a future crossing; this also covers a non-positive cap.
  if (spent >= cap) return null;
  if (projected < cap) return null;
  if (today >= periodEnd) return null;
  const remainingDays = BigInt(periodEnd - today);
  // Here spent < cap ≤ projected, so the divisor is positive and 1 ≤ k ≤ remainingDays.
  const k = ceilDiv(
    (big(cap, 'cap') - big(spent, 'spent')) * remainingDays,
    big(projected, 'projected') - big(spent, 'spent'),
  );
  return formatDay(today + Number(k));
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

// Days since the epoch in UTC, so that day arithmetic never meets a DST shift.
function dayNumber(day: string, name: string): number {
  const match = DAY_PATTERN.exec(day);
  if (match === null) throw new RangeError(`${name} must be a YYYY-MM-DD day, got ${JSON.stringify(day)}`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const date = Number(match[3]);
  // setUTCFullYear rather than Date.UTC(year, …): Date.UTC maps years 0–99 to 1900–1999.
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, date);
  // Date silently rolls 2026-02-30 over into March; a round trip catches that.
  if (utc.getUTCFullYear() !== year || utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== date) {
    throw new RangeError(`${name} is not a calendar day: ${day}`);
  }
  return Math.round(utc.getTime() / MS_PER_DAY);
}

function formatDay(days: number): string {
  const utc = new Date(days * MS_PER_DAY);
  const year = String(utc.getUTCFullYear()).padStart(4, '0');
  const month = String(utc.getUTCMonth() + 1).padStart(2, '0');
  const date = String(utc.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${date}`;
}
