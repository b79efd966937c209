// Registers <kayse-switch> (idempotently); an element that renders it imports this from its define module.
import { defineTag } from '../define-tag.js';
import { KayseSwitch } from './switch.js';

defineTag('kayse-switch', KayseSwitch);

declare global {
  interface HTMLElementTagNameMap {
    'kayse-switch': KayseSwitch;
  }
}
