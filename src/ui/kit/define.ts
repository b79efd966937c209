// Registers every kit tag (idempotently). An element whose view renders kit tags imports
// this from its own define module.
import { defineTag } from '../define-tag.js';
import { KayseCombobox } from './combobox.js';
import { KayseConfirmDialog } from './confirm-dialog.js';
import { KayseDataTable } from './data-table.js';
import { KayseEmailListEditor } from './email-list-editor.js';
import { KayseMoneyInput } from './money-input.js';
import { KayseSwitch } from './switch.js';
import { KayseVirtualList } from './virtual-list.js';

defineTag('kayse-switch', KayseSwitch);
defineTag('kayse-money-input', KayseMoneyInput);
defineTag('kayse-email-list-editor', KayseEmailListEditor);
defineTag('kayse-confirm-dialog', KayseConfirmDialog);
defineTag('kayse-combobox', KayseCombobox);
defineTag('kayse-data-table', KayseDataTable);
defineTag('kayse-virtual-list', KayseVirtualList);

declare global {
  interface HTMLElementTagNameMap {
    'kayse-switch': KayseSwitch;
    'kayse-money-input': KayseMoneyInput;
    'kayse-email-list-editor': KayseEmailListEditor;
    'kayse-confirm-dialog': KayseConfirmDialog;
    'kayse-combobox': KayseCombobox;
    'kayse-data-table': KayseDataTable;
    'kayse-virtual-list': KayseVirtualList;
  }
}
