// Registers <kayse-virtual-list> (idempotently); an element that renders it imports this from its define module.
import { defineTag } from '../define-tag.js';
import { KayseVirtualList } from './virtual-list.js';

defineTag('kayse-virtual-list', KayseVirtualList);

declare global {
  interface HTMLElementTagNameMap {
    'kayse-virtual-list': KayseVirtualList;
  }
}
