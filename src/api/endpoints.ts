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
 * The error statuses an endpoint may answer follow from what it is: anyone may meet 401 and
 * the server's 429, 500 and 503; a section's endpoint may be forbidden (403), and the wallet's
 * is missing for a company billed by invoice (404); a write may be stale (409); a write or a
 * query may be invalid (422).
 */
function errorsOf(spec: Omit<EndpointSpec, 'errors'>): number[] {
  return [
    401,
    ...(spec.section ? [403] : []),
    ...(spec.section === 'wallet' ? [404] : []),
    ...(spec.method === 'PUT' ? [409] : []),
    ...(spec.method === 'PUT' || spec.query ? [422] : []),
    429,
    500,
    503,
  ];
}

/** An endpoint with the error statuses it may give. */
function endpoint<const E extends Omit<EndpointSpec, 'errors'>>(spec: E): E & { readonly errors: readonly number[] } {
  return { ...spec, errors: errorsOf(spec) };
}

/**
 * Every endpoint of the contract, with the schemas of its query, body and answer and the
 * error statuses it may give. The OpenAPI document, the mock backend and the client's
 * parsing all read this one table, so none of them can name a path the others lack.
 */
export const ENDPOINTS = {
  getAccess: endpoint({ method: 'GET', path: '/access', response: Access }),
  getCurrentUsage: endpoint({ method: 'GET', path: '/usage/current', section: 'usage', response: CurrentUsage }),
  getPreferences: endpoint({ method: 'GET', path: '/preferences', section: 'preferences', response: Preferences }),
  putPreferences: endpoint({ method: 'PUT', path: '/preferences', section: 'preferences', body: PreferencesUpdate, response: Preferences }),
  getContacts: endpoint({ method: 'GET', path: '/contacts', section: 'preferences', response: ContactList }),
  getSpendingCap: endpoint({ method: 'GET', path: '/spending-cap', section: 'spendingCap', response: SpendingCap }),
  putSpendingCap: endpoint({ method: 'PUT', path: '/spending-cap', section: 'spendingCap', body: SpendingCapUpdate, response: SpendingCap }),
  getAlerts: endpoint({ method: 'GET', path: '/alerts', section: 'alerts', response: AlertSettings }),
  putAlerts: endpoint({ method: 'PUT', path: '/alerts', section: 'alerts', body: AlertSettingsUpdate, response: AlertSettings }),
  getScheduledEmails: endpoint({ method: 'GET', path: '/scheduled-emails', section: 'scheduledEmails', response: ScheduledEmails }),
  putScheduledEmails: endpoint({
    method: 'PUT',
    path: '/scheduled-emails',
    section: 'scheduledEmails',
    body: ScheduledEmailsUpdate,
    response: ScheduledEmails,
  }),
  getWallet: endpoint({ method: 'GET', path: '/wallet', section: 'wallet', response: Wallet }),
  putWalletSettings: endpoint({ method: 'PUT', path: '/wallet/settings', section: 'wallet', body: WalletSettingsUpdate, response: Wallet }),
  getWalletTransactions: endpoint({
    method: 'GET',
    path: '/wallet/transactions',
    section: 'wallet',
    query: WalletTransactionQuery,
    response: WalletTransactionPage,
  }),
  getAgents: endpoint({ method: 'GET', path: '/agents', section: 'reports', response: AgentList }),
  getUsageReport: endpoint({ method: 'GET', path: '/reports/usage', section: 'reports', query: UsageReportQuery, response: UsageReport }),
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
