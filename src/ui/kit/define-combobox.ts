// Registers <kayse-combobox> (idempotently); an element that renders it imports this from its define module.
import { defineTag } from '../define-tag.js';
import { KayseCombobox } from './combobox.js';

defineTag('kayse-combobox', KayseCombobox);

declare global {
  interface HTMLElementTagNameMap {
    'kayse-combobox': KayseCombobox;
  }
}
