import { createContext } from '@lit/context';
import type { BillingStore } from './store.js';

export interface BillingContext {
  readonly store: BillingStore;
  /** The provider's `locale`, when it sets one. */
  readonly locale: string | null;
}

// A string key, not a Symbol: two copies of the package on one page then still find each
// other's providers instead of silently loading twice.
export const billingContext = createContext<BillingContext | undefined>('kayse-billing-context');
