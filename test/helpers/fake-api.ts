import type { BillingApi, RequestOptions, SaveOptions } from '../../src/api/billing-api.js';
import type { Access } from '../../src/api/schemas.js';
import * as examples from '../api/contract-examples.js';

type Method = keyof BillingApi;

export interface Call {
  readonly method: Method;
  readonly body?: unknown;
  readonly options?: RequestOptions | SaveOptions;
}

const clone = <T>(value: T): T => structuredClone(value);

/**
 * A BillingApi over the contract's examples that records every call. `hold()` keeps answers
 * waiting until `release()`, so a test can look at requests in flight.
 */
export class FakeBillingApi implements BillingApi {
  readonly calls: Call[] = [];
  readonly aborted: Method[] = [];
  access: Access = clone(examples.access) as Access;
  private held: (() => void)[] | null = null;

  count(method: Method): number {
    return this.calls.filter((call) => call.method === method).length;
  }

  hold(): void {
    this.held = [];
  }

  release(): void {
    const waiting = this.held ?? [];
    this.held = null;
    for (const resume of waiting) resume();
  }

  getAccess: BillingApi['getAccess'] = (options) => this.answer('getAccess', () => clone(this.access), options);
  getCurrentUsage: BillingApi['getCurrentUsage'] = (options) => this.answer('getCurrentUsage', () => clone(examples.currentUsage), options);
  getPreferences: BillingApi['getPreferences'] = (options) => this.answer('getPreferences', () => clone(examples.preferences), options);
  updatePreferences: BillingApi['updatePreferences'] = (body, options) =>
    this.answer('updatePreferences', () => ({ ...clone(examples.preferences), version: examples.preferences.version + 1 }), options, body);
  getContacts: BillingApi['getContacts'] = (options) => this.answer('getContacts', () => ({ items: [clone(examples.contact)] }), options);
  getSpendingCap: BillingApi['getSpendingCap'] = (options) => this.answer('getSpendingCap', () => clone(examples.spendingCap), options);
  updateSpendingCap: BillingApi['updateSpendingCap'] = (body, options) =>
    this.answer('updateSpendingCap', () => ({ ...clone(examples.spendingCap), ...body, currency: 'USD', version: 2 }), options, body);
  getAlerts: BillingApi['getAlerts'] = (options) => this.answer('getAlerts', () => clone(examples.alertSettings), options);
  updateAlerts: BillingApi['updateAlerts'] = (body, options) => this.answer('updateAlerts', () => clone(examples.alertSettings), options, body);
  getScheduledEmails: BillingApi['getScheduledEmails'] = (options) => this.answer('getScheduledEmails', () => clone(examples.scheduledEmails), options);
  updateScheduledEmails: BillingApi['updateScheduledEmails'] = (body, options) =>
    this.answer('updateScheduledEmails', () => clone(examples.scheduledEmails), options, body);
  getWallet: BillingApi['getWallet'] = (options) => this.answer('getWallet', () => clone(examples.wallet), options);
  updateWalletSettings: BillingApi['updateWalletSettings'] = (body, options) => this.answer('updateWalletSettings', () => clone(examples.wallet), options, body);
  getWalletTransactions: BillingApi['getWalletTransactions'] = (_query, options) =>
    this.answer('getWalletTransactions', () => ({ items: [clone(examples.walletTransaction)], nextCursor: null }), options);
  getAgents: BillingApi['getAgents'] = (options) => this.answer('getAgents', () => ({ items: [clone(examples.agent)] }), options);
  getUsageReport: BillingApi['getUsageReport'] = (_query, options) => this.answer('getUsageReport', () => clone(examples.usageReport), options);

  // The examples are valid by the schemas (test/api/schemas.test.ts proves it), so the casts
  // below only restate what that test checks.
  private answer<T>(method: Method, make: () => unknown, options?: RequestOptions | SaveOptions, body?: unknown): Promise<T> {
    this.calls.push({ method, body, options });
    const signal = options?.signal;
    return new Promise<T>((resolve, reject) => {
      const settle = () => (signal?.aborted ? reject(signal.reason) : resolve(make() as T));
      signal?.addEventListener('abort', () => {
        this.aborted.push(method);
        reject(signal.reason);
      });
      if (this.held) this.held.push(settle);
      else queueMicrotask(settle);
    });
  }
}
