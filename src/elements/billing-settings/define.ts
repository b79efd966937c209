// Registers <kayse-billing-settings> and everything it renders: each section's element (with
// its kit pieces), the provider it may create, and the leave-without-saving question.
import '../usage-summary/define.js';
import '../billing-preferences/define.js';
import '../spending-cap/define.js';
import '../alert-recipients/define.js';
import '../scheduled-emails/define.js';
import '../report-picker/define.js';
import '../wallet/define.js';
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
