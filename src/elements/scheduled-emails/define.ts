// Registers <kayse-scheduled-emails> and what it renders: its kit pieces and the provider it may sit in.
import '../../ui/kit/define-email-list-editor.js';
import '../../ui/kit/define-switch.js';
import '../billing-provider/define.js';
import { defineTag } from '../../ui/define-tag.js';
import { KayseScheduledEmails } from './scheduled-emails.js';

defineTag('kayse-scheduled-emails', KayseScheduledEmails);

declare global {
  interface HTMLElementTagNameMap {
    'kayse-scheduled-emails': KayseScheduledEmails;
  }
}
