import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { CurrentUsage } from '../../api/schemas.js';
import { formatDay, formatDayRange } from '../../core/calendar.js';
import { formatMoney, minorUnitDigits } from '../../core/money.js';
import { spendSeries, type SpendSeries } from '../../core/spend-series.js';
import { LocalizeController } from '../../i18n/localize.js';
import { afterNextPaint } from '../after-next-paint.js';
import { usageStrings } from '../../i18n/parts/usage.js';
import { baseStyles, tokens } from '../tokens.js';
import type { SpendChartColors, SpendChartHandle, SpendChartModel } from './chart-engine.js';
import { spendChartStyles } from './spend-chart.styles.js';

/**
 * @tag kayse-spend-chart
 * @summary Cumulative spend by day with the projection to the period's end and the cap line,
 * with its text alternative: a one-sentence summary and a table of the days on demand.
 * chart.js is loaded on first render, as a chunk of its own.
 *
 * @csspart chart - The figure around the chart, its summary and its table.
 * @cssprop [--kayse-chart-height=14rem] - Height of the chart area.
 */
export class KayseSpendChart extends LitElement {
  static override styles = [tokens, baseStyles, spendChartStyles];

  private readonly localize = new LocalizeController(this, usageStrings, () => this.locale);
  private handle?: SpendChartHandle;
  private schemeQuery?: MediaQueryList;

  @query('canvas') private canvas?: HTMLCanvasElement;
  @query('.probe') private probe?: HTMLElement;

  @state() private showDays = false;
  @state() private engineFailed = false;

  /** The usage to draw. */
  @property({ attribute: false }) usage?: CurrentUsage;

  /** Locale of labels and amounts. */
  @property() locale = 'en-US';

  override connectedCallback(): void {
    super.connectedCallback();
    // The tokens follow the page's colour scheme; a switch must recolour the canvas too.
    this.schemeQuery = matchMedia('(prefers-color-scheme: dark)');
    this.schemeQuery.addEventListener('change', this.redraw);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.schemeQuery?.removeEventListener('change', this.redraw);
    this.handle?.destroy();
    this.handle = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    // After the paint: the figures show first, and the colours are read from styles already
    // computed (read here, each forced a style pass inside the render's task).
    if (changed.has('usage') || changed.has('locale')) afterNextPaint(this.redraw);
  }

  private readonly redraw = () => void this.draw();

  private async draw(): Promise<void> {
    if (!this.isConnected || !this.usage) return;
    try {
      const { drawSpendChart } = await import('./chart-engine.js');
      // The element may have gone, or changed, while the chunk loaded.
      const canvas = this.canvas;
      const model = this.model();
      if (!this.isConnected || !canvas || !model) return;
      if (this.handle) this.handle.update(model);
      else this.handle = drawSpendChart(canvas, model);
    } catch {
      // The summary and the table still tell everything; the canvas simply stays empty.
      this.engineFailed = true;
    }
  }

  private get series(): SpendSeries | undefined {
    const usage = this.usage;
    if (!usage) return undefined;
    return spendSeries({ start: usage.period.start, end: usage.period.end, daily: usage.daily, projected: usage.projected });
  }

  private model(): SpendChartModel | undefined {
    const usage = this.usage;
    const series = this.series;
    if (!usage || !series) return undefined;
    const scale = 10 ** minorUnitDigits(usage.currency);
    const major = (minor: number | null) => (minor === null ? null : minor / scale);
    const money = (value: number, compact: boolean) => formatMoney(Math.round(value * scale), usage.currency, this.locale, { compact });
    return {
      labels: series.days.map((day) => formatDay(day, this.locale, { month: 'short', day: 'numeric' })),
      spend: series.cumulative.map(major),
      projection: series.projection.map(major),
      cap: usage.cap.amount === null ? null : usage.cap.amount / scale,
      seriesNames: { spend: this.localize.strings.usageChartSpend, projection: this.localize.strings.usageChartProjection, cap: this.localize.strings.usageChartCap },
      formatAxis: (value) => money(value, true),
      formatTooltip: (value) => money(value, false),
      colors: this.colors(),
      fontFamily: getComputedStyle(this).fontFamily,
    };
  }

  /** The tokens as colours a canvas understands, read through a probe that uses them. */
  private colors(): SpendChartColors {
    const probe = this.probe;
    const read = (variable: string) => {
      if (!probe) return 'currentColor';
      probe.style.color = `var(${variable})`;
      return getComputedStyle(probe).color;
    };
    return { spend: read('--_accent'), projection: read('--_accent'), cap: read('--_danger'), grid: read('--_border'), text: read('--_muted') };
  }

  private summary(usage: CurrentUsage, series: SpendSeries): string {
    const money = (minor: number) => formatMoney(minor, usage.currency, this.locale);
    const lastIndex = series.cumulative.findLastIndex((value) => value !== null);
    const today = series.days[Math.max(0, lastIndex)] ?? usage.period.start;
    const day = (value: string) => formatDay(value, this.locale, { month: 'short', day: 'numeric' });
    return this.localize.strings.usageChartSummary(
      money(usage.spent),
      day(today),
      money(usage.projected),
      day(usage.period.end),
      usage.cap.amount === null ? null : money(usage.cap.amount),
    );
  }

  private readonly toggleDays = () => {
    this.showDays = !this.showDays;
  };

  private renderDays(usage: CurrentUsage, series: SpendSeries) {
    const money = (minor: number) => formatMoney(minor, usage.currency, this.locale);
    const amounts = new Map(usage.daily.map((entry) => [entry.date, entry.amount]));
    return html`<table id="days">
      <caption>
        ${this.localize.strings.usageDaysCaption}
        (${formatDayRange(usage.period.start, usage.period.end, this.locale)})
      </caption>
      <thead>
        <tr>
          <th scope="col">${this.localize.strings.usageDay}</th>
          <th scope="col" class="number">${this.localize.strings.usageDaySpend}</th>
          <th scope="col" class="number">${this.localize.strings.usageDayTotal}</th>
        </tr>
      </thead>
      <tbody>
        ${series.days.map((day, index) => {
          const total = series.cumulative[index];
          if (total === null || total === undefined) return nothing;
          return html`<tr>
            <th scope="row">${formatDay(day, this.locale)}</th>
            <td class="number">${money(amounts.get(day) ?? 0)}</td>
            <td class="number">${money(total)}</td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }

  override render() {
    const usage = this.usage;
    const series = this.series;
    if (!usage || !series) return nothing;
    return html`<figure part="chart">
      <span class="probe" aria-hidden="true"></span>
      <div class="legend" aria-hidden="true">
        <span class="key spend">${this.localize.strings.usageChartSpend}</span>
        <span class="key projection">${this.localize.strings.usageChartProjection}</span>
        ${usage.cap.amount === null ? nothing : html`<span class="key cap">${this.localize.strings.usageChartCap}</span>`}
      </div>
      <div class="canvas-box" ?hidden=${this.engineFailed}>
        <canvas aria-hidden="true"></canvas>
      </div>
      <figcaption>${this.summary(usage, series)}</figcaption>
      <button class="button link" type="button" aria-expanded=${this.showDays ? 'true' : 'false'} aria-controls="days" @click=${this.toggleDays}>
        ${this.showDays ? this.localize.strings.usageHideDays : this.localize.strings.usageShowDays}
      </button>
      ${this.showDays ? this.renderDays(usage, series) : nothing}
    </figure>`;
  }
}
