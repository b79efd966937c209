export { billingContext, type BillingContext } from './context.js';
export { BillingStore, SAVE_AFFECTS, type ResourceKey, type Resources, type SaveKey, type Topic } from './store.js';
export { storeFor } from './stores.js';
