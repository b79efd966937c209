import { loadOnce } from '../../core/load-once.js';

/**
 * Defines `<kayse-spend-chart>` from its own chunk: a usage summary with `no-chart` or
 * `compact` never downloads the chart's code, and one that draws it asks once per page.
 */
export const loadSpendChart = loadOnce(() => import('./define-spend-chart.js'));
