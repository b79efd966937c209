// Registers <kayse-wallet> and what it renders: its kit pieces and the provider it may sit in.
import '../../ui/kit/define-money-input.js';
import '../../ui/kit/define-virtual-list.js';
import '../billing-provider/define.js';
import { defineTag } from '../../ui/define-tag.js';
import { KayseWallet } from './wallet.js';

defineTag('kayse-wallet', KayseWallet);

declare global {
  interface HTMLElementTagNameMap {
    'kayse-wallet': KayseWallet;
  }
}
