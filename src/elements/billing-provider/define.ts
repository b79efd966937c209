import { defineTag } from '../../ui/define-tag.js';
import { KayseBillingProvider } from './billing-provider.js';

defineTag('kayse-billing-provider', KayseBillingProvider);

declare global {
  interface HTMLElementTagNameMap {
    'kayse-billing-provider': KayseBillingProvider;
  }
}
