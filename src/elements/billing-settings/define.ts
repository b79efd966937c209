// Registers <kayse-billing-settings>, the provider it may create and the leave-without-saving
// question. Each section's element is loaded when the section is first shown
// (section-modules.ts).
import '../billing-provider/define.js';
import '../../ui/kit/define-confirm-dialog.js';
import { defineTag } from '../../ui/define-tag.js';
import { KayseBillingSettings } from './billing-settings.js';

defineTag('kayse-billing-settings', KayseBillingSettings);

declare global {
  interface HTMLElementTagNameMap {
    'kayse-billing-settings': KayseBillingSettings;
  }
}
