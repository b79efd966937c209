// Registers <kayse-email-list-editor> (idempotently); an element that renders it imports this from its define module.
import { defineTag } from '../define-tag.js';
import { KayseEmailListEditor } from './email-list-editor.js';

defineTag('kayse-email-list-editor', KayseEmailListEditor);

declare global {
  interface HTMLElementTagNameMap {
    'kayse-email-list-editor': KayseEmailListEditor;
  }
}
