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
} from './schemas.js';
import { ROUTES, type EndpointName, type Route } from './routes.js';

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
  getAccess: endpoint({ ...ROUTES.getAccess, response: Access }),
  getCurrentUsage: endpoint({ ...ROUTES.getCurrentUsage, response: CurrentUsage }),
  getPreferences: endpoint({ ...ROUTES.getPreferences, response: Preferences }),
  putPreferences: endpoint({ ...ROUTES.putPreferences, body: PreferencesUpdate, response: Preferences }),
  getContacts: endpoint({ ...ROUTES.getContacts, response: ContactList }),
  getSpendingCap: endpoint({ ...ROUTES.getSpendingCap, response: SpendingCap }),
  putSpendingCap: endpoint({ ...ROUTES.putSpendingCap, body: SpendingCapUpdate, response: SpendingCap }),
  getAlerts: endpoint({ ...ROUTES.getAlerts, response: AlertSettings }),
  putAlerts: endpoint({ ...ROUTES.putAlerts, body: AlertSettingsUpdate, response: AlertSettings }),
  getScheduledEmails: endpoint({ ...ROUTES.getScheduledEmails, response: ScheduledEmails }),
  putScheduledEmails: endpoint({ ...ROUTES.putScheduledEmails, body: ScheduledEmailsUpdate, response: ScheduledEmails }),
  getWallet: endpoint({ ...ROUTES.getWallet, response: Wallet }),
  putWalletSettings: endpoint({ ...ROUTES.putWalletSettings, body: WalletSettingsUpdate, response: Wallet }),
  getWalletTransactions: endpoint({ ...ROUTES.getWalletTransactions, query: WalletTransactionQuery, response: WalletTransactionPage }),
  getAgents: endpoint({ ...ROUTES.getAgents, response: AgentList }),
  getUsageReport: endpoint({ ...ROUTES.getUsageReport, query: UsageReportQuery, response: UsageReport }),
} as const satisfies Record<EndpointName, EndpointSpec>;

export interface EndpointSpec extends Route {
  readonly query?: unknown;
  readonly body?: unknown;
  readonly response: unknown;
  readonly errors: readonly number[];
}

export type { EndpointName } from './routes.js';
