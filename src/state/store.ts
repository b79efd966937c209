import type { BillingApi, ReportQuery, RequestOptions, SaveOptions, TransactionQuery } from '../api/billing-api.js';
import type * as Schemas from '../api/schemas.js';
import { SharedReads } from './shared-flight.js';

/** The cached resources, one GET each. */
export interface Resources {
  access: Schemas.Access;
  usage: Schemas.CurrentUsage;
  preferences: Schemas.Preferences;
  contacts: Schemas.ContactList;
  spendingCap: Schemas.SpendingCap;
  alerts: Schemas.AlertSettings;
  scheduledEmails: Schemas.ScheduledEmails;
  wallet: Schemas.Wallet;
  agents: Schemas.AgentList;
}
export type ResourceKey = keyof Resources;

/** The parameterised reads, cached per query: pages of the wallet's history, usage reports. */
type QueryTopic = 'walletTransactions' | 'reports';

/** What elements may be told to reload: the cached resources and the queries. */
export type Topic = ResourceKey | QueryTopic;

interface Saves {
  preferences: [Schemas.PreferencesUpdate, Schemas.Preferences];
  spendingCap: [Schemas.SpendingCapUpdate, Schemas.SpendingCap];
  alerts: [Schemas.AlertSettingsUpdate, Schemas.AlertSettings];
  scheduledEmails: [Schemas.ScheduledEmailsUpdate, Schemas.ScheduledEmails];
  wallet: [Schemas.WalletSettingsUpdate, Schemas.Wallet];
}
export type SaveKey = keyof Saves;
export type SaveBody<K extends SaveKey> = Saves[K][0];
export type Saved<K extends SaveKey> = Saves[K][1];

const loaders: { [K in ResourceKey]: (api: BillingApi, options: RequestOptions) => Promise<Resources[K]> } = {
  access: (api, options) => api.getAccess(options),
  usage: (api, options) => api.getCurrentUsage(options),
  preferences: (api, options) => api.getPreferences(options),
  contacts: (api, options) => api.getContacts(options),
  spendingCap: (api, options) => api.getSpendingCap(options),
  alerts: (api, options) => api.getAlerts(options),
  scheduledEmails: (api, options) => api.getScheduledEmails(options),
  wallet: (api, options) => api.getWallet(options),
  agents: (api, options) => api.getAgents(options),
};

const savers: { [K in SaveKey]: (api: BillingApi, body: SaveBody<K>, options: SaveOptions) => Promise<Saved<K>> } = {
  preferences: (api, body, options) => api.updatePreferences(body, options),
  spendingCap: (api, body, options) => api.updateSpendingCap(body, options),
  alerts: (api, body, options) => api.updateAlerts(body, options),
  scheduledEmails: (api, body, options) => api.updateScheduledEmails(body, options),
  wallet: (api, body, options) => api.updateWalletSettings(body, options),
};

const RESOURCE_KEYS = Object.keys(loaders) as ResourceKey[];
const QUERY_TOPICS: readonly QueryTopic[] = ['walletTransactions', 'reports'];

/**
 * Reports kept: a few periods a user moves between. A report of a dense month can hold ten
 * thousand rows, so not many more.
 */
export const REPORTS_KEPT = 10;
/** History pages kept: a history scrolled far back, or a few filters, at any page size. */
export const TRANSACTION_PAGES_KEPT = 100;

/**
 * What else a save changes on the server, so every element showing it reloads: a new cap
 * changes the usage status and the alerts; a new mode changes access, the wallet and whatever
 * the primary contact receives; new refill settings change the wallet's history.
 */
export const SAVE_AFFECTS: { readonly [K in SaveKey]: readonly Topic[] } = {
  preferences: ['access', 'usage', 'alerts', 'scheduledEmails', 'wallet', 'walletTransactions'],
  spendingCap: ['usage', 'alerts'],
  alerts: [],
  scheduledEmails: [],
  wallet: ['walletTransactions'],
};

/** The same report query as the same text, whatever the order of its fields. */
export function reportKey(query: ReportQuery): string {
  const agentId = query.agentId ?? null;
  return JSON.stringify('month' in query ? { month: query.month, agentId } : { from: query.from, to: query.to, agentId });
}

/** The same page of the history as the same text. */
export function transactionsKey(query: TransactionQuery): string {
  return JSON.stringify({ limit: query.limit ?? null, cursor: query.cursor ?? null, types: query.types ?? [] });
}

export type TopicListener = (topics: ReadonlySet<Topic>) => void;

/**
 * One client's shared cache: the resources, and the history pages and reports by query.
 * Readers of one value share one request, aborted only when every reader has given up;
 * failures are not cached; a topic's values stay until it is invalidated.
 */
export class BillingStore {
  private readonly resources = new SharedReads<Resources[ResourceKey]>();
  private readonly reports = new SharedReads<Schemas.UsageReport>(REPORTS_KEPT);
  private readonly transactions = new SharedReads<Schemas.WalletTransactionPage>(TRANSACTION_PAGES_KEPT);
  private readonly listeners = new Set<TopicListener>();

  constructor(readonly api: BillingApi) {}

  /** The resource, from the cache or from one shared request. */
  read<K extends ResourceKey>(key: K, signal?: AbortSignal): Promise<Resources[K]> {
    return this.resources.read(key, (flightSignal) => loaders[key](this.api, { signal: flightSignal }), signal) as Promise<Resources[K]>;
  }

  /** A usage report (topic `reports`), from the cache or from one shared request. */
  readReport(query: ReportQuery, signal?: AbortSignal): Promise<Schemas.UsageReport> {
    return this.reports.read(reportKey(query), (flightSignal) => this.api.getUsageReport(query, { signal: flightSignal }), signal);
  }

  /** A page of the wallet's history (topic `walletTransactions`), from the cache or from one shared request. */
  readTransactions(query: TransactionQuery, signal?: AbortSignal): Promise<Schemas.WalletTransactionPage> {
    return this.transactions.read(transactionsKey(query), (flightSignal) => this.api.getWalletTransactions(query, { signal: flightSignal }), signal);
  }

  /** The cached value, if any, without asking the server. */
  peek<K extends ResourceKey>(key: K): Resources[K] | undefined {
    return this.resources.peek(key) as Resources[K] | undefined;
  }

  /** Saves a change, caches the answer, and tells every element what else to reload. */
  async save<K extends SaveKey>(key: K, body: SaveBody<K>, options: SaveOptions = {}): Promise<Saved<K>> {
    const saved = await savers[key](this.api, body, options);
    for (const topic of SAVE_AFFECTS[key]) this.forget(topic);
    this.resources.put(key, saved);
    this.notify(new Set<Topic>([key, ...SAVE_AFFECTS[key]]));
    return saved;
  }

  /** Puts a value the server sent another way (the `current` of a 409) into the cache. */
  put<K extends ResourceKey>(key: K, value: Resources[K]): void {
    this.resources.put(key, value);
    this.notify(new Set([key]));
  }

  /** Forgets cached values and tells subscribers to reload them. */
  invalidate(topics: Iterable<Topic>): void {
    const changed = new Set(topics);
    for (const topic of changed) this.forget(topic);
    this.notify(changed);
  }

  /** Reloads everything shown. */
  refresh(): void {
    this.invalidate([...RESOURCE_KEYS, ...QUERY_TOPICS]);
  }

  subscribe(listener: TopicListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private forget(topic: Topic): void {
    if (topic === 'reports') this.reports.forget();
    else if (topic === 'walletTransactions') this.transactions.forget();
    else this.resources.forget(topic);
  }

  private notify(topics: ReadonlySet<Topic>): void {
    for (const listener of [...this.listeners]) listener(topics);
  }
}
