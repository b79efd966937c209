import type { BillingApi, RequestOptions, SaveOptions } from '../api/billing-api.js';
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
  Wallet,
  WalletSettingsUpdate,
} from '../api/schemas.js';

/** The cached resources, one GET each. */
export interface Resources {
  access: Access;
  usage: CurrentUsage;
  preferences: Preferences;
  contacts: ContactList;
  spendingCap: SpendingCap;
  alerts: AlertSettings;
  scheduledEmails: ScheduledEmails;
  wallet: Wallet;
  agents: AgentList;
}
export type ResourceKey = keyof Resources;

/** What elements may be told to reload: the cached resources and the paged, uncached queries. */
export type Topic = ResourceKey | 'walletTransactions' | 'reports';

interface Saves {
  preferences: [PreferencesUpdate, Preferences];
  spendingCap: [SpendingCapUpdate, SpendingCap];
  alerts: [AlertSettingsUpdate, AlertSettings];
  scheduledEmails: [ScheduledEmailsUpdate, ScheduledEmails];
  wallet: [WalletSettingsUpdate, Wallet];
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

interface Flight<T> {
  readonly promise: Promise<T>;
  readonly controller: AbortController;
  waiters: number;
}

export type TopicListener = (topics: ReadonlySet<Topic>) => void;

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('Aborted', 'AbortError');
}

/**
 * One client's shared cache. Readers of one resource share one request; the request is
 * aborted only when every reader has given up, so one element leaving the page never cancels
 * another's data. Failures are not cached: the next read asks again.
 */
export class BillingStore {
  private readonly values = new Map<ResourceKey, unknown>();
  private readonly flights = new Map<ResourceKey, Flight<unknown>>();
  private readonly listeners = new Set<TopicListener>();

  constructor(readonly api: BillingApi) {}

  /** The resource, from the cache or from one shared request. */
  read<K extends ResourceKey>(key: K, signal?: AbortSignal): Promise<Resources[K]> {
    if (signal?.aborted) return Promise.reject(abortError(signal));
    if (this.values.has(key)) return Promise.resolve(this.values.get(key) as Resources[K]);
    const flight = (this.flights.get(key) as Flight<Resources[K]> | undefined) ?? this.startFlight(key);
    flight.waiters += 1;
    if (!signal) return flight.promise;
    return new Promise<Resources[K]>((resolve, reject) => {
      const onAbort = () => {
        this.leave(key, flight);
        reject(abortError(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      flight.promise.then(
        (value) => {
          signal.removeEventListener('abort', onAbort);
          resolve(value);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', onAbort);
          reject(error);
        },
      );
    });
  }

  /** The cached value, if any, without asking the server. */
  peek<K extends ResourceKey>(key: K): Resources[K] | undefined {
    return this.values.get(key) as Resources[K] | undefined;
  }

  /** Saves a change, caches the answer, and tells every element what else to reload. */
  async save<K extends SaveKey>(key: K, body: SaveBody<K>, options: SaveOptions = {}): Promise<Saved<K>> {
    const saved = await savers[key](this.api, body, options);
    for (const topic of SAVE_AFFECTS[key]) this.forget(topic);
    this.flights.delete(key);
    this.values.set(key, saved);
    this.notify(new Set<Topic>([key, ...SAVE_AFFECTS[key]]));
    return saved;
  }

  /** Puts a value the server sent another way (the `current` of a 409) into the cache. */
  put<K extends ResourceKey>(key: K, value: Resources[K]): void {
    this.flights.delete(key);
    this.values.set(key, value);
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
    this.invalidate([...(Object.keys(loaders) as ResourceKey[]), 'walletTransactions', 'reports']);
  }

  subscribe(listener: TopicListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private forget(topic: Topic): void {
    if (!(topic in loaders)) return;
    this.values.delete(topic as ResourceKey);
    this.flights.delete(topic as ResourceKey);
  }

  private notify(topics: ReadonlySet<Topic>): void {
    for (const listener of [...this.listeners]) listener(topics);
  }

  private startFlight<K extends ResourceKey>(key: K): Flight<Resources[K]> {
    const controller = new AbortController();
    const promise = loaders[key](this.api, { signal: controller.signal });
    const flight: Flight<Resources[K]> = { promise, controller, waiters: 0 };
    this.flights.set(key, flight);
    promise.then(
      (value) => {
        if (this.flights.get(key) !== flight) return;
        this.flights.delete(key);
        this.values.set(key, value);
      },
      () => {
        if (this.flights.get(key) === flight) this.flights.delete(key);
      },
    );
    return flight;
  }

  private leave(key: ResourceKey, flight: Flight<unknown>): void {
    flight.waiters -= 1;
    if (flight.waiters > 0) return;
    if (this.flights.get(key) === flight) this.flights.delete(key);
    flight.controller.abort();
  }
}
