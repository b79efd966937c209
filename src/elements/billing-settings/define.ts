// Registers <kayse-billing-settings> and the provider it may create. Each section's element is
// loaded when the section is first shown (section-modules.ts), the leave-without-saving
// question when it is first asked (ui/kit/ask-confirmation.ts).
import '../billing-provider/define.js';
import { defineTag } from '../../ui/define-tag.js';
import { KayseBillingSettings } from './billing-settings.js';

defineTag('kayse-billing-settings', KayseBillingSettings);

declare global {
  interface HTMLElementTagNameMap {
    'kayse-billing-settings': KayseBillingSettings;
  }
}
