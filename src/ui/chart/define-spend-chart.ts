import { defineTag } from '../define-tag.js';
import { KayseSpendChart } from './spend-chart.js';

defineTag('kayse-spend-chart', KayseSpendChart);

declare global {
  interface HTMLElementTagNameMap {
    'kayse-spend-chart': KayseSpendChart;
  }
}
