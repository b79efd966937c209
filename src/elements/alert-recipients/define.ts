// Registers <kayse-alert-recipients> and what it renders: its kit pieces and the provider it may sit in.
import '../../ui/kit/define-email-list-editor.js';
import '../../ui/kit/define-switch.js';
import '../billing-provider/define.js';
import { defineTag } from '../../ui/define-tag.js';
import { KayseAlertRecipients } from './alert-recipients.js';

defineTag('kayse-alert-recipients', KayseAlertRecipients);

declare global {
  interface HTMLElementTagNameMap {
    'kayse-alert-recipients': KayseAlertRecipients;
  }
}
