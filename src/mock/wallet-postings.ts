import { addDays, type Day } from '../core/calendar.js';
import { instantOnDay } from './clock.js';
import { fromUsdCents } from './money-scale.js';
import { intBetween, randomFor } from './prng.js';
import type { UsageBook } from './usage-book.js';

/** A wallet transaction before it has a place (id) and a balance. */
export interface Posting {
  readonly type: string;
  readonly amount: number;
  readonly date: string;
  readonly note?: string;
}

// Postings are dated in the company's day: a queued refill first thing, each agent's usage
// from noon a minute apart, courtesy credits after them, a correction in the afternoon.
const REFILL_HOUR = 6;
const USAGE_HOUR = 12;
const CREDIT_HOUR = 13;
const ADJUSTMENT_HOUR = 15;
const ADJUSTMENT_CHANCE = 0.03;

/** The refill posted on a day's morning. */
export function refillPosting(day: Day, timezone: string, amount: number, manual: boolean): Posting {
  return { type: 'refill', amount, date: instantOnDay(day, timezone, REFILL_HOUR), note: manual ? 'Manual refill' : 'Automatic refill' };
}

/**
 * A day's wallet postings besides a refill, oldest first: each agent's usage debit (together
 * exactly the day's cost), the day's courtesy credits, now and then a billing correction.
 */
export function dayPostings(usage: UsageBook, day: Day, timezone: string): Posting[] {
  const postings: Posting[] = usage.agentCosts(day).map((agent, i) => ({
    type: 'usage',
    amount: -agent.cost,
    date: instantOnDay(day, timezone, USAGE_HOUR + i / 60),
    note: `Daily usage · ${agent.agentName}`,
  }));
  const credits = usage.courtesyCredits(day);
  if (credits > 0) postings.push({ type: 'courtesy_credit', amount: credits, date: instantOnDay(day, timezone, CREDIT_HOUR), note: 'Courtesy credit from Kayse billing' });
  const random = randomFor(usage.seed, day, 'wallet-adjustment');
  if (usage.isActive(day) && random() < ADJUSTMENT_CHANCE) {
    const amount = (random() < 0.5 ? -1 : 1) * fromUsdCents(intBetween(random, 5, 40) * 100, usage.currency);
    postings.push({ type: 'adjustment', amount, date: instantOnDay(day, timezone, ADJUSTMENT_HOUR), note: 'Billing correction' });
  }
  return postings;
}

/**
 * Whether the morning of a day, whose balance after any refill was `morning`, had a refill,
 * read backwards from that balance (the history is written from today's balance back):
 * an automatic refill follows a day that ended at or below the threshold, so one is certain
 * when the morning balance is at or below it, impossible for a rise above threshold + amount
 * (that was a manual top-up), and otherwise there when the day before's debits are what took
 * the balance under the threshold. Refills therefore land on varying balances, as real ones do.
 */
export function morningRefill(
  morning: number,
  wallet: { readonly refillAmount: number; readonly refillThreshold: number },
  usage: UsageBook,
  day: Day,
): 'automatic' | 'manual' | null {
  const { refillAmount, refillThreshold } = wallet;
  if (morning <= refillThreshold) return 'automatic';
  if (morning > refillThreshold + refillAmount) return 'manual';
  const before = morning - refillAmount;
  const dayBefore = usage.cost(addDays(day, -1));
  return dayBefore > 0 && before + dayBefore > refillThreshold ? 'automatic' : null;
}
