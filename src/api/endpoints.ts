import {
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
  UsageReportQuery,
  Wallet,
  WalletSettingsUpdate,
  WalletTransactionPage,
  WalletTransactionQuery,
  type Section,
} from './schemas.js';

/**
 * Every endpoint of the contract, with the schemas of its query, body and answer and the
 * error statuses it may give. The OpenAPI document, the mock backend and the client's
 * parsing all read this one table, so none of them can name a path the others lack.
 */
export const ENDPOINTS = {
  getAccess: { method: 'GET', path: '/access', response: Access, errors: [401, 429, 500, 503] },
  getCurrentUsage: { method: 'GET', path: '/usage/current', section: 'usage', response: CurrentUsage, errors: [401, 403, 429, 500, 503] },
  getPreferences: { method: 'GET', path: '/preferences', section: 'preferences', response: Preferences, errors: [401, 403, 429, 500, 503] },
  putPreferences: {
    method: 'PUT',
    path: '/preferences',
    section: 'preferences',
    body: PreferencesUpdate,
    response: Preferences,
    errors: [401, 403, 409, 422, 429, 500, 503],
  },
  getContacts: { method: 'GET', path: '/contacts', section: 'preferences', response: ContactList, errors: [401, 403, 429, 500, 503] },
  getSpendingCap: { method: 'GET', path: '/spending-cap', section: 'spendingCap', response: SpendingCap, errors: [401, 403, 429, 500, 503] },
  putSpendingCap: {
    method: 'PUT',
    path: '/spending-cap',
    section: 'spendingCap',
    body: SpendingCapUpdate,
    response: SpendingCap,
    errors: [401, 403, 409, 422, 429, 500, 503],
  },
  getAlerts: { method: 'GET', path: '/alerts', section: 'alerts', response: AlertSettings, errors: [401, 403, 429, 500, 503] },
  putAlerts: {
    method: 'PUT',
    path: '/alerts',
    section: 'alerts',
    body: AlertSettingsUpdate,
    response: AlertSettings,
    errors: [401, 403, 409, 422, 429, 500, 503],
  },
  getScheduledEmails: {
    method: 'GET',
    path: '/scheduled-emails',
    section: 'scheduledEmails',
    response: ScheduledEmails,
    errors: [401, 403, 429, 500, 503],
  },
  putScheduledEmails: {
    method: 'PUT',
    path: '/scheduled-emails',
    section: 'scheduledEmails',
    body: ScheduledEmailsUpdate,
    response: ScheduledEmails,
    errors: [401, 403, 409, 422, 429, 500, 503],
  },
  getWallet: { method: 'GET', path: '/wallet', section: 'wallet', response: Wallet, errors: [401, 403, 404, 429, 500, 503] },
  putWalletSettings: {
    method: 'PUT',
    path: '/wallet/settings',
    section: 'wallet',
    body: WalletSettingsUpdate,
    response: Wallet,
    errors: [401, 403, 404, 409, 422, 429, 500, 503],
  },
  getWalletTransactions: {
    method: 'GET',
    path: '/wallet/transactions',
    section: 'wallet',
    query: WalletTransactionQuery,
    response: WalletTransactionPage,
    errors: [401, 403, 404, 422, 429, 500, 503],
  },
  getAgents: { method: 'GET', path: '/agents', section: 'reports', response: AgentList, errors: [401, 403, 429, 500, 503] },
  getUsageReport: {
    method: 'GET',
    path: '/reports/usage',
    section: 'reports',
    query: UsageReportQuery,
    response: UsageReport,
    errors: [401, 403, 422, 429, 500, 503],
  },
} as const satisfies Record<string, EndpointSpec>;

export interface EndpointSpec {
  readonly method: 'GET' | 'PUT';
  readonly path: string;
  /** The section whose `Access` level guards this endpoint; `/access` itself has none. */
  readonly section?: Section;
  readonly query?: unknown;
  readonly body?: unknown;
  readonly response: unknown;
  readonly errors: readonly number[];
}

export type EndpointName = keyof typeof ENDPOINTS;
