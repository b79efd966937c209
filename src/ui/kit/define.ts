// Registers every kit tag (idempotently), for stories and tests. An element imports only the
// `define-<piece>.js` modules of the pieces it renders, so its bundle carries no other.
import './define-switch.js';
import './define-money-input.js';
import './define-email-list-editor.js';
import './define-confirm-dialog.js';
import './define-combobox.js';
import './define-data-table.js';
import './define-virtual-list.js';
