import type * as Schemas from '../api/schemas.js';
import { addDays, eachDay, monthOf, monthRange, type Day } from '../core/calendar.js';
import { usageStatus } from '../core/usage.js';
import { estimateDaysUntilRefill, lowBalanceLevel } from '../core/wallet.js';
import { asOfInstant } from './clock.js';
import { AGENTS } from './company.js';
import type { MockState } from './state.js';

// Each view is the answer of a GET, computed from the state at the moment it is asked for,
// so a change anywhere (a cap, a mode, a simulated day) shows everywhere at once.

/** How many recent days the wallet's refill estimate averages. */
const RECENT_DAYS = 7;

export function walletEnabled(state: MockState): boolean {
  return state.preferences.billingMode === 'refillable_wallet';
}

export function accessView(state: MockState): Schemas.Access {
  // A company billed by invoice has no wallet, whatever the role would allow.
  const wallet = walletEnabled(state) ? state.access.sections.wallet : 'hidden';
  return { role: state.access.role, sections: { ...state.access.sections, wallet } };
}

export function primaryContact(state: MockState): Schemas.Contact | null {
  const id = state.preferences.primaryContactId;
  return state.contacts.find((contact) => contact.id === id) ?? null;
}

export function preferencesView(state: MockState): Schemas.Preferences {
  const { billingMode, billingModeEditable, version } = state.preferences;
  return { primaryContact: primaryContact(state), billingMode, billingModeEditable, version };
}

export function contactsView(state: MockState): Schemas.ContactList {
  return { items: state.contacts.map((contact) => ({ ...contact })) };
}

export function spendingCapView(state: MockState): Schemas.SpendingCap {
  const { enabled, amount, version } = state.spendingCap;
  return { enabled, amount: enabled ? amount : null, currency: state.currency, version };
}

export function alertsView(state: MockState): Schemas.AlertSettings {
  const { thresholdAlert, capReachedAlert, paymentFailedAlert, recipients, version } = state.alerts;
  return {
    thresholdAlert: { ...thresholdAlert },
    capReachedAlert: { ...capReachedAlert },
    paymentFailedAlert: { ...paymentFailedAlert },
    recipients: [...recipients],
    primaryContactEmail: primaryContact(state)?.email ?? null,
    version,
  };
}

export function scheduledEmailsView(state: MockState): Schemas.ScheduledEmails {
  const { enabled, frequency, recipients, version } = state.scheduledEmails;
  return { enabled, frequency, recipients: [...recipients], primaryContactEmail: primaryContact(state)?.email ?? null, version };
}

export function agentsView(): Schemas.AgentList {
  return { items: AGENTS.map((agent) => ({ ...agent })) };
}

/** The period (calendar month) that holds today. */
export function currentPeriod(state: MockState): { start: Day; end: Day } {
  const { from, to } = monthRange(monthOf(state.today));
  return { start: from, end: to };
}

/** The cap the usage is compared with: its amount when enabled, else null. */
export function activeCap(state: MockState): number | null {
  return state.spendingCap.enabled ? state.spendingCap.amount : null;
}

/** The period's spend so far: the sum of its elapsed days, today included. */
export function spentSoFar(state: MockState): number {
  const { start } = currentPeriod(state);
  return eachDay(start, state.today).reduce((sum, day) => sum + state.usage.cost(day), 0);
}

export function currentUsageView(state: MockState): Schemas.CurrentUsage {
  const period = currentPeriod(state);
  const days = eachDay(period.start, state.today);
  const daily = days.map((date) => ({ date, amount: state.usage.cost(date) }));
  const spent = daily.reduce((sum, day) => sum + day.amount, 0);
  const cap = activeCap(state);
  const overrides = state.usageOverrides;
  const status = overrides.status ?? usageStatus(spent, cap);
  const campaignsPaused = overrides.campaignsPaused ?? status === 'cap_reached';
  // Paused campaigns spend nothing more this period, so the pace no longer applies.
  const projected = overrides.projected ?? (campaignsPaused ? spent : straightPace(spent, days.length, eachDay(period.start, period.end).length));
  const pinnedCredits = overrides.courtesyCredits;
  const courtesyCredits =
    pinnedCredits !== undefined && pinnedCredits.periodStart === period.start
      ? pinnedCredits.amount
      : days.reduce((sum, day) => sum + state.usage.courtesyCredits(day), 0);
  return {
    currency: state.currency,
    timezone: state.timezone,
    period,
    asOf: overrides.asOf ?? asOfInstant(state.today, state.timezone, state.liveClock),
    spent,
    projected,
    courtesyCredits,
    cap: { enabled: state.spendingCap.enabled, amount: cap },
    status,
    campaignsPaused,
    daily,
  };
}

/** The period total at the pace so far, rounded half up, never below what is spent. */
export function straightPace(spent: number, elapsedDays: number, periodDays: number): number {
  if (elapsedDays <= 0) return spent;
  // BigInt: a pinned spend near 2^53 times 31 days would lose digits as a float.
  const scaled = (BigInt(spent) * BigInt(periodDays) * 2n + BigInt(elapsedDays)) / (BigInt(elapsedDays) * 2n);
  const projected = Number(scaled);
  return projected > Number.MAX_SAFE_INTEGER ? Number.MAX_SAFE_INTEGER : Math.max(spent, projected);
}

/** The average daily cost over the last week, today included. */
export function recentDailyUsage(state: MockState): number {
  let total = 0;
  for (let back = 0; back < RECENT_DAYS; back++) total += state.usage.cost(addDays(state.today, -back));
  return total / RECENT_DAYS;
}

export function walletView(state: MockState): Schemas.Wallet {
  const { refillAmount, refillThreshold, version, overrides } = state.wallet;
  const balance = state.ledger.balance;
  const refillPending = overrides.refillPending ?? balance <= refillThreshold;
  const estimated =
    'estimatedDaysUntilRefill' in overrides
      ? (overrides.estimatedDaysUntilRefill ?? null)
      : estimateDaysUntilRefill({ balance, refillThreshold, averageDailyUsage: recentDailyUsage(state), refillPending });
  return {
    currency: state.currency,
    balance,
    refillAmount,
    refillThreshold,
    lowBalanceAlert: overrides.lowBalanceAlert ?? lowBalanceLevel(refillAmount),
    estimatedDaysUntilRefill: estimated,
    refillPending,
    version,
  };
}
