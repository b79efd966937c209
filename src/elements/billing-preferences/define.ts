// Registers <kayse-billing-preferences> and what it renders: its kit pieces (the confirm dialog
// is loaded on its first question) and the provider it may sit in.
import '../../ui/kit/define-combobox.js';
import '../billing-provider/define.js';
import { defineTag } from '../../ui/define-tag.js';
import { KayseBillingPreferences } from './billing-preferences.js';

defineTag('kayse-billing-preferences', KayseBillingPreferences);

declare global {
  interface HTMLElementTagNameMap {
    'kayse-billing-preferences': KayseBillingPreferences;
  }
}
