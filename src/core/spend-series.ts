import { daysBetween, eachDay, type Day } from './calendar.js';

export interface SpendSeries {
  /** Every day of the period. */
  readonly days: readonly Day[];
  /** Cumulative spend at the end of each elapsed day; null after the last reported day. */
  readonly cumulative: readonly (number | null)[];
  /**
   * The projection as a straight line from the last reported day's total to `projected` at the
   * period's end; null before that day. Amounts are minor units, rounded to whole units.
   */
  readonly projection: readonly (number | null)[];
}

/** The chart's series for a period: what was spent day by day, and where the pace leads. */
export function spendSeries(input: {
  readonly start: Day;
  readonly end: Day;
  readonly daily: readonly { readonly date: Day; readonly amount: number }[];
  readonly projected: number;
}): SpendSeries {
  const days = eachDay(input.start, input.end);
  const amountByDay = new Map(input.daily.map((entry) => [entry.date, entry.amount]));
  const lastReported = input.daily.reduce<Day | null>((last, entry) => (last === null || entry.date > last ? entry.date : last), null);
  const cumulative: (number | null)[] = [];
  let total = 0;
  for (const day of days) {
    if (lastReported === null || day > lastReported) {
      cumulative.push(null);
      continue;
    }
    total += amountByDay.get(day) ?? 0;
    cumulative.push(total);
  }
  const from = lastReported === null ? null : daysBetween(input.start, lastReported);
  const remaining = from === null ? 0 : days.length - 1 - from;
  const projection = days.map((_, index) => {
    if (from === null || index < from) return null;
    if (remaining === 0) return total;
    return Math.round(total + ((input.projected - total) * (index - from)) / remaining);
  });
  return { days, cumulative, projection };
}
