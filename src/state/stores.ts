import type { BillingApi } from '../api/billing-api.js';
import { BillingStore } from './store.js';

// Keyed by the client object itself: elements given the same client share one cache, and a
// client nobody holds any more takes its cache with it. No configuration lives here.
const storesByClient = new WeakMap<BillingApi, BillingStore>();

/** The shared store of a client. */
export function storeFor(api: BillingApi): BillingStore {
  let store = storesByClient.get(api);
  if (!store) {
    store = new BillingStore(api);
    storesByClient.set(api, store);
  }
  return store;
}
