import { addDays, monthOf } from '../core/calendar.js';
import { instantOnDay } from './clock.js';
import type { MockState } from './state.js';
import { currentUsageView, walletEnabled, walletView } from './views.js';

/** The longest run the simulator takes in one call (ten years). */
export const MAX_SIMULATED_DAYS = 3660;

// Postings are dated in the company's day: the queued refill first thing, usage at noon.
const REFILL_HOUR = 6;
const USAGE_HOUR = 12;

/**
 * Advances the company by whole days: each day runs the campaigns (unless paused at the cap
 * in the same period), charges the wallet for the day's usage, and posts the refill queued
 * the day before. Pinned figures give way to the simulated ones after the first day.
 */
export function simulateDays(state: MockState, days: number): void {
  if (!Number.isInteger(days) || days < 1 || days > MAX_SIMULATED_DAYS) {
    throw new RangeError(`days must be a whole number from 1 to ${MAX_SIMULATED_DAYS}, got ${String(days)}`);
  }
  for (let i = 0; i < days; i++) simulateDay(state);
}

function simulateDay(state: MockState): void {
  const day = addDays(state.today, 1);
  const paused = currentUsageView(state).campaignsPaused && monthOf(day) === monthOf(state.today);
  const walletOn = walletEnabled(state);
  let walletChanged = false;

  if (walletOn && walletView(state).refillPending) {
    state.ledger.append({ type: 'refill', amount: state.wallet.refillAmount, date: instantOnDay(day, state.timezone, REFILL_HOUR), note: 'Automatic refill' });
    delete state.wallet.overrides.refillPending;
    walletChanged = true;
  }

  if (paused) state.usage.pausedDays.add(day);
  state.today = day;
  // A new day's figures are the simulator's own; courtesy credits stay pinned for their period.
  const { courtesyCredits } = state.usageOverrides;
  state.usageOverrides = courtesyCredits === undefined ? {} : { courtesyCredits };

  const cost = state.usage.cost(day);
  if (walletOn && cost > 0) {
    state.ledger.append({ type: 'usage', amount: -cost, date: instantOnDay(day, state.timezone, USAGE_HOUR), note: 'Daily campaign usage' });
    walletChanged = true;
  }
  if (walletChanged) {
    // The estimate and the low-balance level follow the new balance from here on.
    delete state.wallet.overrides.estimatedDaysUntilRefill;
    state.wallet.version += 1;
  }
}
