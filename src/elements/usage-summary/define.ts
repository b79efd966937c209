import { defineTag } from '../../ui/define-tag.js';
import '../billing-provider/define.js';
import { KayseUsageSummary } from './usage-summary.js';

defineTag('kayse-usage-summary', KayseUsageSummary);

declare global {
  interface HTMLElementTagNameMap {
    'kayse-usage-summary': KayseUsageSummary;
  }
}
