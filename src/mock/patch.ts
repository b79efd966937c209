import { eachDay } from '../core/calendar.js';
import type { MockPatch } from './options.js';
import type { MockState } from './state.js';
import { currentPeriod } from './views.js';

/**
 * Sets exact values on the state. With `bump`, every versioned resource that changes gets a
 * new version (unless the patch sets one), as if another admin had saved it: a client that
 * edited the old version then meets a 409, as it would in production.
 */
export function applyPatch(state: MockState, patch: MockPatch, bump: boolean): void {
  const next = (version: number, pinned: number | undefined): number => pinned ?? (bump ? version + 1 : version);

  if (patch.access !== undefined) {
    if (patch.access.role !== undefined) state.access.role = patch.access.role;
    state.access.sections = { ...state.access.sections, ...patch.access.sections };
  }

  if (patch.preferences !== undefined) {
    const values = patch.preferences;
    if (values.primaryContact !== undefined) {
      const contact = values.primaryContact;
      if (contact !== null) state.contacts = [...state.contacts.filter((known) => known.id !== contact.id), contact];
      state.preferences.primaryContactId = contact?.id ?? null;
    }
    if (values.primaryContactId !== undefined) {
      const id = values.primaryContactId;
      if (id !== null && !state.contacts.some((contact) => contact.id === id)) throw new RangeError(`No contact with id ${id}`);
      state.preferences.primaryContactId = id;
    }
    if (values.billingMode !== undefined) state.preferences.billingMode = values.billingMode;
    if (values.billingModeEditable !== undefined) state.preferences.billingModeEditable = values.billingModeEditable;
    state.preferences.version = next(state.preferences.version, values.version);
  }

  if (patch.spendingCap !== undefined) {
    const values = patch.spendingCap;
    if (values.enabled !== undefined) state.spendingCap.enabled = values.enabled;
    if (values.amount !== undefined) state.spendingCap.amount = values.amount;
    state.spendingCap.version = next(state.spendingCap.version, values.version);
  }

  if (patch.alerts !== undefined) {
    const values = patch.alerts;
    const alerts = state.alerts;
    if (values.thresholdAlert !== undefined) alerts.thresholdAlert = { ...values.thresholdAlert };
    if (values.capReachedAlert !== undefined) alerts.capReachedAlert = { ...values.capReachedAlert };
    if (values.paymentFailedAlert !== undefined) alerts.paymentFailedAlert = { ...values.paymentFailedAlert };
    if (values.recipients !== undefined) alerts.recipients = [...values.recipients];
    alerts.version = next(alerts.version, values.version);
  }

  if (patch.scheduledEmails !== undefined) {
    const values = patch.scheduledEmails;
    const emails = state.scheduledEmails;
    if (values.enabled !== undefined) emails.enabled = values.enabled;
    if (values.frequency !== undefined) emails.frequency = values.frequency;
    if (values.recipients !== undefined) emails.recipients = [...values.recipients];
    emails.version = next(emails.version, values.version);
  }

  if (patch.wallet !== undefined) {
    const values = patch.wallet;
    const wallet = state.wallet;
    if (values.balance !== undefined) state.ledger.setBalance(values.balance);
    if (values.refillAmount !== undefined) wallet.refillAmount = values.refillAmount;
    if (values.refillThreshold !== undefined) wallet.refillThreshold = values.refillThreshold;
    if (values.lowBalanceAlert !== undefined) wallet.overrides.lowBalanceAlert = values.lowBalanceAlert;
    if (values.estimatedDaysUntilRefill !== undefined) wallet.overrides.estimatedDaysUntilRefill = values.estimatedDaysUntilRefill;
    if (values.refillPending !== undefined) wallet.overrides.refillPending = values.refillPending;
    wallet.version = next(wallet.version, values.version);
  }

  // Usage last: a cap patched above may already have changed what its figures mean.
  if (patch.usage !== undefined) patchUsage(state, patch.usage);
}

function patchUsage(state: MockState, values: NonNullable<MockPatch['usage']>): void {
  const period = currentPeriod(state);
  const days = eachDay(period.start, state.today);
  for (const { date, amount } of values.daily ?? []) {
    if (!days.includes(date)) throw new RangeError(`${date} is not an elapsed day of the current period`);
    state.usage.pinCost(date, amount);
  }
  if (values.spent !== undefined) spreadSpent(state, days, values.spent);
  const overrides = state.usageOverrides;
  if (values.projected !== undefined) overrides.projected = values.projected;
  if (values.status !== undefined) overrides.status = values.status;
  if (values.campaignsPaused !== undefined) overrides.campaignsPaused = values.campaignsPaused;
  if (values.asOf !== undefined) overrides.asOf = values.asOf;
  if (values.courtesyCredits !== undefined) overrides.courtesyCredits = { periodStart: period.start, amount: values.courtesyCredits };
}

/**
 * Rescales the period's daily costs so they add up to exactly `spent`, keeping the shape of
 * the month: `daily` must always sum to `spent`, so pinning one means adjusting the other.
 */
function spreadSpent(state: MockState, days: readonly string[], spent: number): void {
  const current = days.map((day) => BigInt(state.usage.cost(day)));
  const total = current.reduce((sum, amount) => sum + amount, 0n);
  const target = BigInt(spent);
  // Nothing to scale: it all lands on today.
  const shares = total === 0n ? current.map((_, i) => (i === days.length - 1 ? target : 0n)) : current.map((amount) => (amount * target) / total);
  // Flooring leaves a remainder of fewer units than there are days: hand it out from today back.
  let remainder = target - shares.reduce((sum, share) => sum + share, 0n);
  for (let i = shares.length - 1; remainder > 0n; i = i === 0 ? shares.length - 1 : i - 1) {
    shares[i] = (shares[i] ?? 0n) + 1n;
    remainder -= 1n;
  }
  days.forEach((day, i) => state.usage.pinCost(day, Number(shares[i] ?? 0n)));
}
