import type { Section } from './schemas.js';

/** Where each endpoint of the contract lives and which section's `Access` guards it. */
export interface Route {
  readonly method: 'GET' | 'PUT';
  readonly path: string;
  /** The section whose `Access` level guards this endpoint; `/access` itself has none. */
  readonly section?: Section;
}

/**
 * Every endpoint's method, path and section, without its schemas: what the client needs to
 * send a request before the validator (endpoints.ts, loaded on first use) is here.
 */
export const ROUTES = {
  getAccess: { method: 'GET', path: '/access' },
  getCurrentUsage: { method: 'GET', path: '/usage/current', section: 'usage' },
  getPreferences: { method: 'GET', path: '/preferences', section: 'preferences' },
  putPreferences: { method: 'PUT', path: '/preferences', section: 'preferences' },
  getContacts: { method: 'GET', path: '/contacts', section: 'preferences' },
  getSpendingCap: { method: 'GET', path: '/spending-cap', section: 'spendingCap' },
  putSpendingCap: { method: 'PUT', path: '/spending-cap', section: 'spendingCap' },
  getAlerts: { method: 'GET', path: '/alerts', section: 'alerts' },
  putAlerts: { method: 'PUT', path: '/alerts', section: 'alerts' },
  getScheduledEmails: { method: 'GET', path: '/scheduled-emails', section: 'scheduledEmails' },
  putScheduledEmails: { method: 'PUT', path: '/scheduled-emails', section: 'scheduledEmails' },
  getWallet: { method: 'GET', path: '/wallet', section: 'wallet' },
  putWalletSettings: { method: 'PUT', path: '/wallet/settings', section: 'wallet' },
  getWalletTransactions: { method: 'GET', path: '/wallet/transactions', section: 'wallet' },
  getAgents: { method: 'GET', path: '/agents', section: 'reports' },
  getUsageReport: { method: 'GET', path: '/reports/usage', section: 'reports' },
} as const satisfies Record<string, Route>;

export type EndpointName = keyof typeof ROUTES;
