// Registers <kayse-confirm-dialog> (idempotently); an element that renders it imports this from its define module.
import { defineTag } from '../define-tag.js';
import { KayseConfirmDialog } from './confirm-dialog.js';

defineTag('kayse-confirm-dialog', KayseConfirmDialog);

declare global {
  interface HTMLElementTagNameMap {
    'kayse-confirm-dialog': KayseConfirmDialog;
  }
}
