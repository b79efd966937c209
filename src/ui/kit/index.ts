// The shared UI kit's classes and types, without side effects; `./define.js` registers the tags.
export { KayseCombobox } from './combobox.js';
export type { ComboboxOption } from './combobox.types.js';
export { KayseConfirmDialog } from './confirm-dialog.js';
export { KayseDataTable } from './data-table.js';
export type { DataTableColumn } from './data-table.types.js';
export { KayseEmailListEditor } from './email-list-editor.js';
export * from './events.js';
export { KayseMoneyInput } from './money-input.js';
export { skeleton, skeletonStyles } from './skeleton.js';
export { statusBadge, statusBadgeStyles } from './status-badge.js';
export { KayseSwitch } from './switch.js';
export { KayseVirtualList, type RenderItem } from './virtual-list.js';
