import type * as Schemas from './schemas.js';

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
  getAccess(options?: RequestOptions): Promise<Schemas.Access>;
  getCurrentUsage(options?: RequestOptions): Promise<Schemas.CurrentUsage>;
  getPreferences(options?: RequestOptions): Promise<Schemas.Preferences>;
  updatePreferences(update: Schemas.PreferencesUpdate, options?: SaveOptions): Promise<Schemas.Preferences>;
  getContacts(options?: RequestOptions): Promise<Schemas.ContactList>;
  getSpendingCap(options?: RequestOptions): Promise<Schemas.SpendingCap>;
  updateSpendingCap(update: Schemas.SpendingCapUpdate, options?: SaveOptions): Promise<Schemas.SpendingCap>;
  getAlerts(options?: RequestOptions): Promise<Schemas.AlertSettings>;
  updateAlerts(update: Schemas.AlertSettingsUpdate, options?: SaveOptions): Promise<Schemas.AlertSettings>;
  getScheduledEmails(options?: RequestOptions): Promise<Schemas.ScheduledEmails>;
  updateScheduledEmails(update: Schemas.ScheduledEmailsUpdate, options?: SaveOptions): Promise<Schemas.ScheduledEmails>;
  getWallet(options?: RequestOptions): Promise<Schemas.Wallet>;
  updateWalletSettings(update: Schemas.WalletSettingsUpdate, options?: SaveOptions): Promise<Schemas.Wallet>;
  getWalletTransactions(query?: TransactionQuery, options?: RequestOptions): Promise<Schemas.WalletTransactionPage>;
  getAgents(options?: RequestOptions): Promise<Schemas.AgentList>;
  getUsageReport(query: ReportQuery, options?: RequestOptions): Promise<Schemas.UsageReport>;
}
