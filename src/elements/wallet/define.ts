// Registers <kayse-wallet> and what it renders: its kit pieces (the history's virtual list is
// loaded with the history, ui/kit/load-virtual-list.ts) and the provider it may sit in.
import '../../ui/kit/define-money-input.js';
import '../billing-provider/define.js';
import { defineTag } from '../../ui/define-tag.js';
import { KayseWallet } from './wallet.js';

defineTag('kayse-wallet', KayseWallet);

declare global {
  interface HTMLElementTagNameMap {
    'kayse-wallet': KayseWallet;
  }
}
