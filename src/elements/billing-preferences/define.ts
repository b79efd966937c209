// Registers <kayse-billing-preferences> and what it renders: its kit pieces and the provider it may sit in.
import '../../ui/kit/define-combobox.js';
import '../../ui/kit/define-confirm-dialog.js';
import '../billing-provider/define.js';
import { defineTag } from '../../ui/define-tag.js';
import { KayseBillingPreferences } from './billing-preferences.js';

defineTag('kayse-billing-preferences', KayseBillingPreferences);

declare global {
  interface HTMLElementTagNameMap {
    'kayse-billing-preferences': KayseBillingPreferences;
  }
}
