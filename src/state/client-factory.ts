import type { BillingApi } from '../api/billing-api.js';
import { RestBillingApi, type FetchLike, type RestBillingApiOptions } from '../api/rest-billing-api.js';
import { BillingStore } from './store.js';

/**
 * How a client is configured, as the provider, the settings element and a `base-url` element
 * all take it: a ready `client` wins; else a REST client on `baseUrl` with the rest.
 */
export interface ClientConfig {
  readonly client?: BillingApi | undefined;
  readonly baseUrl?: string | undefined;
  readonly credentials?: RequestCredentials | undefined;
  readonly getAccessToken?: RestBillingApiOptions['getAccessToken'] | undefined;
  readonly fetch?: FetchLike | undefined;
  readonly headers?: HeadersInit | undefined;
}

const CONFIG_KEYS = ['client', 'baseUrl', 'credentials', 'getAccessToken', 'fetch', 'headers'] as const satisfies readonly (keyof ClientConfig)[];

// Keyed by the client object itself: whoever holds the same client shares one cache, and a
// client nobody holds any more takes its cache with it. No configuration lives here.
const storesByClient = new WeakMap<BillingApi, BillingStore>();

/** The one store of a client, wherever the client came from. */
export function storeFor(api: BillingApi): BillingStore {
  let store = storesByClient.get(api);
  if (!store) {
    store = new BillingStore(api);
    storesByClient.set(api, store);
  }
  return store;
}

/** Whether a configuration names an API at all. */
export const isConfigured = (config: ClientConfig): boolean => Boolean(config.client || config.baseUrl);

function createClient(config: ClientConfig): BillingApi | undefined {
  if (config.client) return config.client;
  if (!config.baseUrl) return undefined;
  return new RestBillingApi({
    baseUrl: config.baseUrl,
    ...(config.credentials ? { credentials: config.credentials } : {}),
    ...(config.headers ? { headers: config.headers } : {}),
    ...(config.fetch ? { fetch: config.fetch } : {}),
    ...(config.getAccessToken ? { getAccessToken: config.getAccessToken } : {}),
  });
}

/**
 * The client of one configuration holder, made again only when a setting changes, so a
 * holder re-rendering keeps its client, its token and its cache.
 */
export class ClientSlot {
  private config: ClientConfig = {};
  private api: BillingApi | undefined;

  /** The client `config` describes, or undefined when it names no API. */
  clientOf(config: ClientConfig): BillingApi | undefined {
    if (CONFIG_KEYS.some((key) => config[key] !== this.config[key])) {
      this.config = Object.fromEntries(CONFIG_KEYS.map((key) => [key, config[key]]));
      this.api = createClient(config);
    }
    return this.api;
  }

  /** The store of the client `config` describes, or undefined when it names no API. */
  storeOf(config: ClientConfig): BillingStore | undefined {
    const api = this.clientOf(config);
    return api ? storeFor(api) : undefined;
  }
}
