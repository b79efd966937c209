import type { AccessLevel, Section } from '../api/schemas.js';
import { addDays, eachDay } from '../core/calendar.js';
import { usageStatus } from '../core/usage.js';
import { FIRM, generateCampaigns, generateContacts } from './company.js';
import type { MockConfig } from './config.js';
import { Ledger } from './ledger.js';
import { fromUsdCents } from './money-scale.js';
import { roundSignificant } from './nice-amount.js';
import { intBetween, randomFor } from './prng.js';
import type { ScenarioName } from './scenarios.js';
import type { MockState } from './state.js';
import { UsageBook } from './usage-book.js';
import { currentPeriod, currentUsageView } from './views.js';

type Sections = Record<Section, AccessLevel>;

const ADMIN: Sections = {
  usage: 'read',
  preferences: 'edit',
  spendingCap: 'edit',
  alerts: 'edit',
  scheduledEmails: 'edit',
  reports: 'read',
  wallet: 'edit',
};
const MEMBER: Sections = {
  usage: 'read',
  preferences: 'read',
  spendingCap: 'read',
  alerts: 'read',
  scheduledEmails: 'read',
  reports: 'read',
  wallet: 'read',
};
const MANAGER: Sections = { ...ADMIN, preferences: 'read', wallet: 'hidden' };

function accessFor(scenario: ScenarioName): MockState['access'] {
  if (scenario === 'read_only') return { role: 'member', sections: { ...MEMBER } };
  if (scenario === 'wallet_hidden') return { role: 'manager', sections: { ...MANAGER } };
  return { role: 'admin', sections: { ...ADMIN } };
}

// Wallet figures in US cents, scaled to the company's currency: a $5,000 refill when the
// balance falls to $1,000, so the low-balance alert (30 %) sits at $1,500.
const REFILL_CENTS = 500_000;
const THRESHOLD_CENTS = 100_000;

function walletBalanceCents(config: MockConfig): number {
  const random = randomFor(config.seed, 'wallet-balance');
  switch (config.scenario) {
    case 'empty':
      return 0;
    case 'wallet_low':
      return intBetween(random, 1_100, 1_450) * 100;
    case 'refill_pending':
      return intBetween(random, 400, 950) * 100;
    default:
      return intBetween(random, 2_600, 4_200) * 100 + intBetween(random, 0, 99);
  }
}

/** A state as the scenario describes it, before any patch. */
export function buildState(config: MockConfig): MockState {
  const { seed, scenario, today, currency, timezone } = config;
  const empty = scenario === 'empty';
  const money = (cents: number): number => fromUsdCents(cents, currency);
  const usage = new UsageBook(seed, generateCampaigns(seed, config.reportDensity), currency, empty ? addDays(today, 1) : null);
  const ledger = new Ledger({
    seed,
    count: empty ? 0 : config.transactionCount,
    usage,
    today,
    timezone,
    refillAmount: money(REFILL_CENTS),
    refillThreshold: money(THRESHOLD_CENTS),
    balance: money(walletBalanceCents(config)),
  });

  const state: MockState = {
    scenario,
    seed,
    currency,
    timezone,
    today,
    liveClock: config.liveClock,
    access: accessFor(scenario),
    contacts: generateContacts(seed, empty ? 1 : config.contactCount),
    preferences: {
      primaryContactId: empty ? null : 'u_1',
      billingMode: scenario === 'invoice_mode' ? 'monthly_invoice' : 'refillable_wallet',
      billingModeEditable: scenario !== 'invoice_mode',
      version: 3,
    },
    spendingCap: { enabled: false, amount: null, version: 1 },
    alerts: {
      thresholdAlert: { enabled: true, percent: 80 },
      capReachedAlert: { enabled: true, locked: true },
      paymentFailedAlert: { enabled: true, locked: true },
      recipients: empty ? [] : [`ops@${FIRM.domain}`, `accounts@${FIRM.domain}`],
      version: 2,
    },
    scheduledEmails: empty
      ? { enabled: false, frequency: 'monthly', recipients: [], version: 1 }
      : { enabled: true, frequency: 'weekly', recipients: [`cfo@${FIRM.domain}`], version: 1 },
    wallet: { refillAmount: money(REFILL_CENTS), refillThreshold: money(THRESHOLD_CENTS), version: 5, overrides: {} },
    ledger,
    usage,
    usageOverrides: {},
  };
  setCap(state, scenario, money(1_000_000));
  return state;
}

/** The cap that puts this period's spend where the scenario says. */
function setCap(state: MockState, scenario: ScenarioName, fallbackCap: number): void {
  if (scenario === 'no_cap' || scenario === 'empty') return;
  state.spendingCap.enabled = true;
  if (scenario === 'near_cap') state.spendingCap.amount = nearCap(state);
  else if (scenario === 'cap_reached') state.spendingCap.amount = reachedCap(state);
  else {
    const { projected } = currentUsageView(state);
    // Comfortably above the pace: spent ≤ projected < 77 % of the cap keeps it within.
    state.spendingCap.amount = projected > 0 ? roundSignificant(projected * 1.3, 2, 'up') : fallbackCap;
  }
}

/** A day's cost when the period so far has none, so a cap scenario still has spend to compare. */
function ensureSpend(state: MockState): void {
  if (currentUsageView(state).spent === 0) state.usage.pinCost(state.today, fromUsdCents(20_000, state.currency));
}

function nearCap(state: MockState): number {
  ensureSpend(state);
  const { spent } = currentUsageView(state);
  // About 88 % used, rounded like a person's figure; exact when rounding would cross a line.
  const rounded = roundSignificant(spent / 0.88, 3, 'nearest');
  if (usageStatus(spent, rounded) === 'near_cap') return rounded;
  return Math.max(spent + 1, Math.floor(spent / 0.88));
}

function reachedCap(state: MockState): number {
  ensureSpend(state);
  const days = eachDay(currentPeriod(state).start, state.today);
  let total = 0;
  const cumulative = days.map((day) => (total += state.usage.cost(day)));
  // Reached yesterday when the period has one, so today shows campaigns already paused.
  let crossing = Math.max(0, days.length - 2);
  while (crossing < days.length - 1 && (cumulative[crossing] ?? 0) === 0) crossing++;
  const before = crossing > 0 ? (cumulative[crossing - 1] ?? 0) : 0;
  const atCrossing = cumulative[crossing] ?? 0;
  const rounded = roundSignificant(atCrossing, 2, 'down');
  for (const day of days.slice(crossing + 1)) state.usage.pause(day);
  return rounded > before ? rounded : atCrossing;
}
