import { bigAmount, floorDiv } from './exact.js';

/** The low-balance alert level, as a percentage of the refill amount. */
export const LOW_BALANCE_PERCENT = 30;

/** Field errors of a refill-settings form; an empty object means the settings are valid. */
export type RefillSettingsErrors = {
  refillAmount?: 'required' | 'not_integer' | 'not_positive' | 'too_large';
  refillThreshold?: 'required' | 'not_integer' | 'negative' | 'not_below_amount' | 'too_large';
};

/** The wallet warning to show, the most severe first. */
export type BalanceWarning = 'at_or_below_threshold' | 'low';

const LOW_BALANCE_PERCENT_BIG = BigInt(LOW_BALANCE_PERCENT);

/** The low-balance alert level: 30 % of `refillAmount`, rounded half up to a minor unit. */
export function lowBalanceLevel(refillAmount: number): number {
  // floor((amount·30 + 50) / 100) is round-half-up of amount·30/100, exact in BigInt.
  return Number(floorDiv(bigAmount(refillAmount, 'refillAmount') * LOW_BALANCE_PERCENT_BIG + 50n, 100n));
}

/** Which balance warning applies; a due refill outranks a merely low balance. */
export function balanceWarning(wallet: {
  balance: number;
  refillThreshold: number;
  lowBalanceAlert: number;
}): BalanceWarning | null {
  if (wallet.balance <= wallet.refillThreshold) return 'at_or_below_threshold';
  if (wallet.balance <= wallet.lowBalanceAlert) return 'low';
  return null;
}

type AmountProblem = 'required' | 'not_integer' | 'too_large';

// Shape before range: a fraction or an unsafe amount has no meaningful sign check. +Infinity
// counts as too large (it is), -Infinity and NaN as not integers.
function amountProblem(value: number | null): AmountProblem | null {
  if (value === null) return 'required';
  if (value > Number.MAX_SAFE_INTEGER) return 'too_large';
  if (!Number.isInteger(value)) return 'not_integer';
  return null;
}

/** Checks refill settings by the contract: amount > 0, 0 ≤ threshold < amount, safe integers. */
export function validateRefillSettings(input: {
  refillAmount: number | null;
  refillThreshold: number | null;
}): RefillSettingsErrors {
  const errors: RefillSettingsErrors = {};
  const { refillAmount, refillThreshold } = input;

  const amountShape = amountProblem(refillAmount);
  if (amountShape !== null) errors.refillAmount = amountShape;
  else if (refillAmount !== null && refillAmount <= 0) errors.refillAmount = 'not_positive';

  const thresholdShape = amountProblem(refillThreshold);
  if (thresholdShape !== null) errors.refillThreshold = thresholdShape;
  else if (refillThreshold !== null && refillThreshold < 0) errors.refillThreshold = 'negative';
  // Comparing with an amount that is itself wrong would blame the threshold for it.
  else if (
    errors.refillAmount === undefined &&
    refillAmount !== null &&
    refillThreshold !== null &&
    refillThreshold >= refillAmount
  ) {
    errors.refillThreshold = 'not_below_amount';
  }
  return errors;
}

/** Whole days until the balance reaches the threshold; 0 when due, null without usage. */
export function estimateDaysUntilRefill(input: {
  balance: number;
  refillThreshold: number;
  averageDailyUsage: number;
  refillPending: boolean;
}): number | null {
  const { balance, refillThreshold, averageDailyUsage, refillPending } = input;
  // A due or pending refill is 0 days away whatever the usage, so it is checked first.
  if (refillPending || balance <= refillThreshold) return 0;
  // Written as a negation so that NaN also means "nothing to estimate from".
  if (!(averageDailyUsage > 0)) return null;
  // No BigInt needed: nothing is multiplied, and the correctly rounded quotient of two safe
  // integers never rounds up onto a whole number, so flooring it stays exact.
  return Math.floor((balance - refillThreshold) / averageDailyUsage);
}
