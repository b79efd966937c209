import { addDays, monthOf } from '../core/calendar.js';
import type { MockState } from './state.js';
import { currentUsageView, walletEnabled, walletView } from './views.js';
import { dayPostings, refillPosting } from './wallet-postings.js';

/** The longest run the simulator takes in one call (ten years). */
export const MAX_SIMULATED_DAYS = 3660;

/**
 * Advances the company by whole days: each day runs the campaigns (unless paused at the cap
 * in the same period), posts the refill queued the day before, then the day's postings as the
 * ledger writes past days (usage debits, courtesy credits, corrections). Pinned figures give
 * way to the simulated ones after the first day.
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
    state.ledger.append(refillPosting(day, state.timezone, state.wallet.refillAmount, false));
    delete state.wallet.overrides.refillPending;
    walletChanged = true;
  }

  if (paused) state.usage.pause(day);
  state.today = day;
  // A new day's figures are the simulator's own; courtesy credits stay pinned for their period.
  const { courtesyCredits } = state.usageOverrides;
  state.usageOverrides = courtesyCredits === undefined ? {} : { courtesyCredits };

  const postings = walletOn ? dayPostings(state.usage, day, state.timezone) : [];
  for (const posting of postings) state.ledger.append(posting);
  if (postings.length > 0) walletChanged = true;
  if (walletChanged) {
    // The estimate and the low-balance level follow the new balance from here on.
    delete state.wallet.overrides.estimatedDaysUntilRefill;
    state.wallet.version += 1;
  }
}
