// The only module that imports chart.js; loaded with `import()` by <kayse-spend-chart> when a
// chart is first shown, so it becomes a chunk of its own that no chart-less page downloads.
import {
  CategoryScale,
  Chart,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Tooltip);

export interface SpendChartColors {
  readonly spend: string;
  readonly projection: string;
  readonly cap: string;
  readonly grid: string;
  readonly text: string;
}

export interface SpendChartModel {
  /** One label per day of the period. */
  readonly labels: readonly string[];
  /** Cumulative spend per elapsed day (null after today), in major units. */
  readonly spend: readonly (number | null)[];
  /** The straight projection from today to the period's end (null before today). */
  readonly projection: readonly (number | null)[];
  /** The cap in major units, or null when there is none. */
  readonly cap: number | null;
  readonly seriesNames: { readonly spend: string; readonly projection: string; readonly cap: string };
  /** Formats an amount in major units for the axis (compact) and the tooltip (exact). */
  readonly formatAxis: (value: number) => string;
  readonly formatTooltip: (value: number) => string;
  readonly colors: SpendChartColors;
  /** The host's font family (chart.js would otherwise draw in its own). */
  readonly fontFamily: string;
}

export interface SpendChartHandle {
  update(model: SpendChartModel): void;
  destroy(): void;
}

function configuration(model: SpendChartModel): ChartConfiguration<'line', (number | null)[], string> {
  const { colors } = model;
  // Per chart, not through Chart.defaults: a host page may use chart.js itself.
  const font = { family: model.fontFamily };
  const capLine = model.cap === null ? [] : model.labels.map(() => model.cap);
  return {
    type: 'line',
    data: {
      labels: [...model.labels],
      datasets: [
        {
          label: model.seriesNames.spend,
          data: [...model.spend],
          borderColor: colors.spend,
          backgroundColor: colors.spend,
          borderWidth: 2,
          pointRadius: 0,
          pointHitRadius: 8,
          tension: 0,
        },
        {
          label: model.seriesNames.projection,
          data: [...model.projection],
          borderColor: colors.projection,
          backgroundColor: colors.projection,
          borderWidth: 2,
          borderDash: [6, 4],
          pointRadius: 0,
          pointHitRadius: 8,
        },
        ...(model.cap === null
          ? []
          : [
              {
                label: model.seriesNames.cap,
                data: capLine,
                borderColor: colors.cap,
                backgroundColor: colors.cap,
                borderWidth: 1.5,
                borderDash: [2, 3],
                pointRadius: 0,
                pointHitRadius: 0,
              },
            ]),
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      // Drawn once, not grown in: the 300 ms animation redrew the chart about 18 times, each
      // frame a long task on a throttled phone, for no information.
      animation: false,
      interaction: { mode: 'index', intersect: false },
      plugins: {
        legend: { display: false },
        tooltip: {
          titleFont: font,
          bodyFont: font,
          callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${model.formatTooltip(Number(item.parsed.y))}` },
        },
      },
      scales: {
        x: { grid: { display: false }, ticks: { color: colors.text, font, maxRotation: 0, autoSkipPadding: 16 } },
        y: {
          beginAtZero: true,
          grid: { color: colors.grid },
          border: { display: false },
          ticks: { color: colors.text, font, callback: (value) => model.formatAxis(Number(value)) },
        },
      },
    },
  };
}

/** Draws the spend chart on a canvas; chart.js follows the canvas's container size. */
export function drawSpendChart(canvas: HTMLCanvasElement, model: SpendChartModel): SpendChartHandle {
  let chart = new Chart(canvas, configuration(model));
  return {
    update(next) {
      // A new configuration is simpler and as cheap as patching datasets for a month of days.
      chart.destroy();
      chart = new Chart(canvas, configuration(next));
    },
    destroy() {
      chart.destroy();
    },
  };
}
