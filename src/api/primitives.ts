import { isValidEmail } from '../core/email-list.js';
import { z } from './zod.js';

/** An amount in minor units that is never negative (spend, caps, refill settings). */
export const money = z.int().check(z.minimum(0));

/** A strictly positive amount in minor units (an enabled cap, a refill amount). */
export const positiveMoney = z.int().check(z.minimum(1));

/** A signed amount in minor units (wallet balance and transactions may go below zero). */
export const signedMoney = z.int();

/** A count of things (calls, messages, days). */
export const count = z.int().check(z.minimum(0));

/** The optimistic-concurrency version of an editable resource. */
export const version = z.int().check(z.minimum(0));

/** A real calendar day `YYYY-MM-DD` (2026-02-29 is refused). */
export const day = z.iso.date();

/** A calendar month `YYYY-MM`. */
export const month = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Expected a month as YYYY-MM'));

/** An ISO 8601 instant with `Z` or any offset. */
export const instant = z.iso.datetime({ offset: true });

/** An ISO 4217 currency code. */
export const currency = z.string().check(z.regex(/^[A-Z]{3}$/, 'Expected an ISO 4217 currency code'));

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone name that this browser's `Intl` knows (otherwise every date would throw). */
export const timeZone = z.string().check(z.refine(isTimeZone, 'Expected an IANA time zone name'));

/** An email address by the contract's rule. */
export const email = z.string().check(z.refine(isValidEmail, 'Expected an email address'));

/**
 * An enum that the server may extend: the known values are documented, any other string is
 * kept as-is so a newer server never breaks an older client (the UI shows it verbatim).
 */
export function openEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return z.union([z.enum(values), z.string()]);
}
