import type {
  Access,
  AgentList,
  AlertSettings,
  AlertSettingsUpdate,
  ContactList,
  CurrentUsage,
  Preferences,
  PreferencesUpdate,
  ScheduledEmails,
  ScheduledEmailsUpdate,
  SpendingCap,
  SpendingCapUpdate,
  UsageReport,
  Wallet,
  WalletSettingsUpdate,
  WalletTransactionPage,
} from './schemas.js';

export interface RequestOptions {
  /** Aborts the request (an element that disconnects, a newer request that replaces it). */
  readonly signal?: AbortSignal;
}

export interface SaveOptions extends RequestOptions {
  /** One key per user save, reused by its retries, so a repeated PUT is applied once. */
  readonly idempotencyKey?: string;
}

export interface TransactionQuery {
  /** Page size; the server defaults to 50 and clamps to 100. */
  readonly limit?: number;
  /** The previous page's `nextCursor`. */
  readonly cursor?: string | null;
  /** Only these transaction types. */
  readonly types?: readonly string[];
}

/** A usage report for a month, or for a range of days (both ends included), optionally one agent's. */
export type ReportQuery =
  | { readonly month: string; readonly agentId?: string | null }
  | { readonly from: string; readonly to: string; readonly agentId?: string | null };

/**
 * The billing API as the elements use it: one method per contract endpoint. `RestBillingApi`
 * implements it over `fetch`; a host whose API has another shape writes an adapter to it.
 * Every method resolves with data valid by the contract's schemas or rejects with an `ApiError`.
 */
export interface BillingApi {
  getAccess(options?: RequestOptions): Promise<Access>;
  getCurrentUsage(options?: RequestOptions): Promise<CurrentUsage>;
  getPreferences(options?: RequestOptions): Promise<Preferences>;
  updatePreferences(update: PreferencesUpdate, options?: SaveOptions): Promise<Preferences>;
  getContacts(options?: RequestOptions): Promise<ContactList>;
  getSpendingCap(options?: RequestOptions): Promise<SpendingCap>;
  updateSpendingCap(update: SpendingCapUpdate, options?: SaveOptions): Promise<SpendingCap>;
  getAlerts(options?: RequestOptions): Promise<AlertSettings>;
  updateAlerts(update: AlertSettingsUpdate, options?: SaveOptions): Promise<AlertSettings>;
  getScheduledEmails(options?: RequestOptions): Promise<ScheduledEmails>;
  updateScheduledEmails(update: ScheduledEmailsUpdate, options?: SaveOptions): Promise<ScheduledEmails>;
  getWallet(options?: RequestOptions): Promise<Wallet>;
  updateWalletSettings(update: WalletSettingsUpdate, options?: SaveOptions): Promise<Wallet>;
  getWalletTransactions(query?: TransactionQuery, options?: RequestOptions): Promise<WalletTransactionPage>;
  getAgents(options?: RequestOptions): Promise<AgentList>;
  getUsageReport(query: ReportQuery, options?: RequestOptions): Promise<UsageReport>;
}
