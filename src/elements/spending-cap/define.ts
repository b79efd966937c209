// Registers <kayse-spending-cap> and what it renders: its kit pieces (the confirm dialog is
// loaded on its first question) and the provider it may sit in.
import '../../ui/kit/define-money-input.js';
import '../../ui/kit/define-switch.js';
import '../billing-provider/define.js';
import { defineTag } from '../../ui/define-tag.js';
import { KayseSpendingCap } from './spending-cap.js';

defineTag('kayse-spending-cap', KayseSpendingCap);

declare global {
  interface HTMLElementTagNameMap {
    'kayse-spending-cap': KayseSpendingCap;
  }
}
