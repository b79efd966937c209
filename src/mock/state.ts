import type { AccessLevel, Contact, Section } from '../api/schemas.js';
import type { Day } from '../core/calendar.js';
import type { Ledger } from './ledger.js';
import type { ScenarioName } from './scenarios.js';
import type { UsageBook } from './usage-book.js';

/** Figures of `/usage/current` pinned by a patch until the simulator or a cap change moves on. */
export interface UsageOverrides {
  projected?: number;
  status?: string;
  campaignsPaused?: boolean;
  asOf?: string;
  /** Pinned courtesy credits, for the period that starts on `periodStart` only. */
  courtesyCredits?: { periodStart: Day; amount: number };
}

/** Wallet figures normally derived, pinned by a patch. */
export interface WalletOverrides {
  lowBalanceAlert?: number;
  estimatedDaysUntilRefill?: number | null;
  refillPending?: boolean;
}

/** Everything a mock backend knows; the answers are views of it (see views.ts). */
export interface MockState {
  readonly scenario: ScenarioName;
  readonly seed: number;
  readonly currency: string;
  readonly timezone: string;
  today: Day;
  /** Whether `asOf` follows the real clock (no `today` or `now` was given). */
  readonly liveClock: boolean;
  access: { role: string; sections: Record<Section, AccessLevel> };
  contacts: Contact[];
  preferences: { primaryContactId: string | null; billingMode: string; billingModeEditable: boolean; version: number };
  spendingCap: { enabled: boolean; amount: number | null; version: number };
  alerts: {
    thresholdAlert: { enabled: boolean; percent: number };
    capReachedAlert: { enabled: boolean; locked: boolean };
    paymentFailedAlert: { enabled: boolean; locked: boolean };
    recipients: string[];
    version: number;
  };
  scheduledEmails: { enabled: boolean; frequency: string; recipients: string[]; version: number };
  wallet: { refillAmount: number; refillThreshold: number; version: number; overrides: WalletOverrides };
  readonly ledger: Ledger;
  readonly usage: UsageBook;
  usageOverrides: UsageOverrides;
}
