import { minorUnitDigits } from '../core/money.js';

/**
 * An amount written in US cents, in the minor units of another currency. Figures are not
 * converted at a rate: a plausible magnitude is enough for a mock. A currency with more
 * digits than cents gets the same major amount (12.34 USD → 12.340 KWD); one without minor
 * units keeps the count (1234 cents → ¥1234), which is about right for JPY or KRW since
 * their unit is worth about a cent or less.
 */
export function fromUsdCents(usdCents: number, currency: string): number {
  const extraDigits = Math.max(0, minorUnitDigits(currency) - 2);
  return usdCents * 10 ** extraDigits;
}
