// Registers <kayse-money-input> (idempotently); an element that renders it imports this from its define module.
import { defineTag } from '../define-tag.js';
import { KayseMoneyInput } from './money-input.js';

defineTag('kayse-money-input', KayseMoneyInput);

declare global {
  interface HTMLElementTagNameMap {
    'kayse-money-input': KayseMoneyInput;
  }
}
