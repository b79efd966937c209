import { currency as currencySchema, timeZone } from '../api/primitives.js';
import { parseWith } from '../api/parse.js';
import { isValidDay, todayIn, type Day } from '../core/calendar.js';
import { FIRM } from './company.js';
import { MAX_TRANSACTIONS } from './ledger.js';
import type { MockBackendOptions } from './options.js';
import { isScenarioName, type ScenarioName } from './scenarios.js';

/** The options a state is built from, checked and with every default filled in. */
export interface MockConfig {
  readonly seed: number;
  readonly scenario: ScenarioName;
  readonly today: Day;
  readonly liveClock: boolean;
  readonly currency: string;
  readonly timezone: string;
  readonly transactionCount: number;
  readonly reportDensity: number;
  readonly contactCount: number;
}

export const DEFAULT_TRANSACTIONS = 1200;
export const DEFAULT_CONTACTS = 7;
const MAX_DENSITY = 200;
const MAX_CONTACTS = 10_000;

function wholeNumber(name: string, value: number | undefined, fallback: number, min: number, max: number): number {
  const chosen = value ?? fallback;
  if (!Number.isInteger(chosen) || chosen < min || chosen > max) {
    throw new RangeError(`${name} must be a whole number from ${min} to ${max}, got ${String(value)}`);
  }
  return chosen;
}

/** Options made whole; a wrong option throws a RangeError at once rather than mislead later. */
export function resolveConfig(options: MockBackendOptions): MockConfig {
  const timezone = options.timezone ?? FIRM.timezone;
  if (!parseWith(timeZone, timezone).ok) throw new RangeError(`Unknown time zone: ${timezone}`);
  const currency = options.currency ?? FIRM.currency;
  if (!parseWith(currencySchema, currency).ok) throw new RangeError(`Not an ISO 4217 code: ${currency}`);
  const scenario = options.scenario ?? 'healthy';
  if (!isScenarioName(scenario)) throw new RangeError(`Unknown scenario: ${String(scenario)}`);

  let today: Day;
  if (options.today !== undefined) {
    if (!isValidDay(options.today)) throw new RangeError(`today must be a YYYY-MM-DD day, got ${options.today}`);
    today = options.today;
  } else {
    const now = options.now === undefined ? new Date() : new Date(options.now);
    if (Number.isNaN(now.getTime())) throw new RangeError(`now is not an instant: ${String(options.now)}`);
    today = todayIn(timezone, now);
  }

  return {
    seed: wholeNumber('seed', options.seed, 1, 0, 0xffff_ffff),
    scenario,
    today,
    liveClock: options.today === undefined && options.now === undefined,
    currency,
    timezone,
    transactionCount: wholeNumber('transactionCount', options.transactionCount, DEFAULT_TRANSACTIONS, 0, MAX_TRANSACTIONS),
    reportDensity: wholeNumber('reportDensity', options.reportDensity, 1, 1, MAX_DENSITY),
    contactCount: wholeNumber('contactCount', options.contactCount, DEFAULT_CONTACTS, 1, MAX_CONTACTS),
  };
}
