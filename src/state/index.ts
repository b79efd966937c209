export { billingContext, type BillingContext } from './context.js';
export { BillingStore, SAVE_AFFECTS, type ResourceKey, type Resources, type SaveKey, type Topic } from './store.js';
export { ClientSlot, storeFor, type ClientConfig } from './client-factory.js';
export { SectionConnection, type ConnectionHost, type ElementState, type Loaded, type Permission } from './section-connection.js';
