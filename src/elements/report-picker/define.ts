// Registers <kayse-report-picker> and the tags it renders (idempotently).
import '../../ui/kit/define-data-table.js';
import '../billing-provider/define.js';
import { defineTag } from '../../ui/define-tag.js';
import { KayseReportPicker } from './report-picker.js';

defineTag('kayse-report-picker', KayseReportPicker);

declare global {
  interface HTMLElementTagNameMap {
    'kayse-report-picker': KayseReportPicker;
  }
}
