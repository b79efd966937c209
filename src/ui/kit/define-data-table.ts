// Registers <kayse-data-table> (idempotently); an element that renders it imports this from its define module.
import { defineTag } from '../define-tag.js';
import { KayseDataTable } from './data-table.js';

defineTag('kayse-data-table', KayseDataTable);

declare global {
  interface HTMLElementTagNameMap {
    'kayse-data-table': KayseDataTable;
  }
}
