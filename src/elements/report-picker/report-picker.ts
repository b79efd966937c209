import { TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Access, Section, UsageReport } from '../../api/schemas.js';
import { dayOfInstant, monthOf, monthRange, todayIn, type RangeErrorCode } from '../../core/calendar.js';
import type { ElementState } from '../../state/section-connection.js';
import type { BillingStore, Topic } from '../../state/store.js';
import { KayseElement, type Permission } from '../../ui/kayse-element.js';
import { calloutStyles } from '../../ui/section.styles.js';
import { memoizeLast } from './memo.js';
import { matchChoice } from './report-choice.js';
import { ReportDownload } from './report-download.js';
import { renderReportForm } from './report-form.js';
import { agentName, calendarFormats, numberFormats } from './report-format.js';
import { reportPickerStyles } from './report-picker.styles.js';
import { CSV_DELIMITERS, type CsvDelimiter, type ReportPickerData } from './report-picker.types.js';
import { ReportQueryController } from './report-query.js';
import { ReportTableView } from './report-table.js';
import { renderReportError, renderReportHeading, renderReportLoading, renderTotals } from './report-view.js';
import { LocalizeController } from '../../i18n/localize.js';
import { REPORT_STRINGS, type ReportStrings } from './strings.js';

type Clock = Pick<ReportPickerData, 'timeZone' | 'zoneSource' | 'today' | 'currentMonth'>;

const readable = (level: string) => level === 'read' || level === 'edit';
const isDelimiter = (value: string): value is CsvDelimiter => (CSV_DELIMITERS as readonly string[]).includes(value);

function clampDay(day: string, first: string, last: string): string {
  return day < first ? first : day > last ? last : day;
}

/** Today and the current month in the company's zone when usage is readable, else in the browser's. */
async function readClock(store: BillingStore, signal: AbortSignal, access: Access): Promise<Clock> {
  if (readable(access.sections.usage)) {
    try {
      const usage = await store.read('usage', signal);
      const today = clampDay(dayOfInstant(usage.asOf, usage.timezone), usage.period.start, usage.period.end);
      return { timeZone: usage.timezone, zoneSource: 'company', today, currentMonth: monthOf(usage.period.start) };
    } catch (error) {
      if (signal.aborted) throw error;
      // Reports do not need usage: without it, days are counted in the browser's zone.
    }
  }
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const today = todayIn(timeZone);
  return { timeZone, zoneSource: 'browser', today, currentMonth: monthOf(today) };
}

/**
 * The period is a month (the current one by default, the last 24 offered) or a range of days
 * (both ends included, at most 366, checked before any request). Days are counted in the
 * company's time zone, read from `/usage/current` when this user may read usage; otherwise in
 * the browser's zone, and the element says which. Reports are read-only: `read` and `edit`
 * access show the same. The chosen period and agent are reflected to `month`, `from`, `to`
 * and `agent-id`, so a host can deep-link; `from`/`to` win over `month`. Without any of them
 * the current month opens. While the picker says something other than the report shown (a
 * choice not opened yet, a refused range), the report stays, marked as the previous choice's.
 * Host CSS sees `:state(loading)` while the report loads, `:state(empty)` for a period without
 * usage and `:state(error)` when it failed.
 *
 * @tag kayse-report-picker
 * @summary Usage reports by month, date range and AI agent: totals and a sortable table by
 * agent and campaign with a per-day breakdown, opened in place or downloaded as CSV.
 *
 * @fires {KayseDownloadEvent} kayse-download - Before a CSV is saved; detail `{ fileName, rowCount, blob }`. Cancelable: `preventDefault()` and the host saves or sends the `blob` itself.
 * @fires {KayseErrorEvent} kayse-error - Loading the agents or a report failed, a 422 included; the element shows the failure (detail `{ section: 'reports', operation: 'load', error }`).
 *
 * @csspart base - The section around everything.
 * @csspart picker - The form: period, agent, Open and Download buttons.
 * @csspart totals - The list of report totals.
 * @csspart table - The table grouped by agent and campaign (a `kayse-data-table`).
 * @csspart breakdown - The per-day breakdown: its toggle, choice and table.
 * @csspart error - The message of a failed report, with its retry.
 *
 * @cssprop [--kayse-font-family=inherit] - Font; inherits the host's by default.
 * @cssprop [--kayse-color-text=light-dark(#1b1f24, #e8eaed)] - Text colour.
 * @cssprop [--kayse-color-text-muted=light-dark(#525c69, #a9b1bc)] - Hints, labels of totals.
 * @cssprop [--kayse-color-surface=light-dark(#ffffff, #1a1e24)] - Background of fields and buttons.
 * @cssprop [--kayse-color-surface-alt=light-dark(#f3f5f7, #232830)] - Background of totals and table headers.
 * @cssprop [--kayse-color-border=light-dark(#d5dae0, #3a414b)] - Borders.
 * @cssprop [--kayse-color-accent=light-dark(#2553c9, #8fb0ff)] - The Open button, the chosen period.
 * @cssprop [--kayse-color-danger=light-dark(#b3261e, #ff9a92)] - Range and server errors.
 * @cssprop [--kayse-color-focus=light-dark(#2553c9, #8fb0ff)] - Focus ring.
 * @cssprop [--kayse-radius=0.5rem] - Corner radius.
 * @cssprop [--kayse-space=1rem] - Base spacing.
 * @cssprop [--kayse-report-table-max-height=36rem] - Height after which the grouped table scrolls under its sticky header.
 *
 * @example
 * ```html
 * <kayse-billing-provider base-url="/api/billing">
 *   <kayse-report-picker month="2026-10" csv-delimiter=";"></kayse-report-picker>
 * </kayse-billing-provider>
 * <script>
 *   picker.addEventListener('kayse-download', (event) => {
 *     event.preventDefault(); // the host uploads the file instead
 *     upload(event.detail.fileName, event.detail.blob);
 *   });
 * </script>
 * ```
 */
export class KayseReportPicker extends KayseElement<ReportPickerData, ReportStrings> {
  static override styles = [...KayseElement.styles, calloutStyles, reportPickerStyles];

  protected readonly section: Section = 'reports';
  protected readonly topics: readonly Topic[] = ['reports', 'agents'];
  protected readonly localize = new LocalizeController(this, REPORT_STRINGS, () => this.resolvedLocale);
  protected override readonly skeletonLines = 9;

  private readonly query = new ReportQueryController(this, {
    store: () => this.store,
    data: () => this.connection.data,
    onError: (error) => this.reportError(error, 'load'),
  });
  private readonly table = new ReportTableView(this);
  private readonly download = new ReportDownload(this);
  private readonly numbers = memoizeLast(numberFormats);
  private readonly calendar = memoizeLast(calendarFormats);

  /** The month shown (`YYYY-MM`); without it, `from` or `to`, the current month. Reflects the user's choice. */
  @property({ reflect: true }) month?: string;

  /** First day of a range (`YYYY-MM-DD`, company time zone); with `to`, wins over `month`. Reflects the user's choice. */
  @property({ reflect: true }) from?: string;

  /** Last day of a range, included (`YYYY-MM-DD`); with `from`, wins over `month`. Reflects the user's choice. */
  @property({ reflect: true }) to?: string;

  /** The AI agent whose usage is shown; every agent's without it. Reflects the user's choice. */
  @property({ attribute: 'agent-id', reflect: true }) agentId?: string;

  /** Leaves out the Download CSV button (a host with its own export). */
  @property({ type: Boolean, attribute: 'no-download' }) noDownload = false;

  /** Field delimiter of the CSV: `,` (RFC 4180, default), or `;` for users whose Excel expects it, which also writes amounts with a decimal comma. */
  @property({ attribute: 'csv-delimiter' }) csvDelimiter: CsvDelimiter = ',';

  protected override async load(store: BillingStore, signal: AbortSignal, _permission: Permission, access: Access): Promise<ReportPickerData> {
    const [agents, clock] = await Promise.all([store.read('agents', signal), readClock(store, signal, access)]);
    return { agents: agents.items, ...clock };
  }

  /** Once the picker is loaded, the report's state is the element's. */
  protected override stateOf(): ElementState {
    return this.query.state;
  }

  private readonly handleSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    if (this.applyChoice()) void this.query.reopen();
  };

  private readonly handleDownload = (): void => {
    const data = this.connection.data;
    if (this.download.busy || !data || !this.applyChoice()) return;
    const delimiter = isDelimiter(this.csvDelimiter) ? this.csvDelimiter : ',';
    const prepare = async () => {
      const [report, { reportFile }] = await Promise.all([this.query.settledReport(), import('./report-file.js')]);
      return report && reportFile(report, this.agentName(report, data), this.catalog, delimiter);
    };
    void this.download.run(prepare, this.catalog, this.resolvedLocale);
  };

  private readonly handleRetry = (): void => this.query.retry();

  /** Opens the picker's choice; a refused range takes focus to the end to fix. */
  private applyChoice(): boolean {
    if (this.query.apply()) return true;
    const code = this.query.rangeError?.code;
    if (code) void this.focusRangeEnd(code);
    return false;
  }

  private async focusRangeEnd(code: RangeErrorCode): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>(code === 'invalid_from' || code === 'reversed' ? '#from' : '#to')?.focus();
  }

  private agentName(report: UsageReport, data: ReportPickerData): string {
    return report.agentId === null ? this.catalog.reportsAllAgents : agentName(report.agentId, data.agents, report);
  }

  /** "October 2026 · Follow-up Agent": the period and whose usage. */
  private reportTitle(report: UsageReport, data: ReportPickerData): string {
    return this.catalog.reportsTitle(this.periodText(report), this.agentName(report, data));
  }

  /** The report's period in words: "November 2026" for a whole month, else its two days. */
  private periodText(report: UsageReport): string {
    const calendar = this.calendar(this.resolvedLocale);
    const month = monthOf(report.from);
    const whole = monthRange(month);
    return whole.from === report.from && whole.to === report.to ? calendar.month(month) : calendar.range(report.from, report.to);
  }

  /** Words for a report that no longer answers the picker's choice; null when it does. */
  private previousNote(report: UsageReport, data: ReportPickerData, title: string): string | null {
    const match = matchChoice(this.query.draft, report, data.currentMonth);
    if (match === 'same') return null;
    // "Cannot be opened" only once the refusal shows; before that, Open report is how to learn it.
    return match === 'invalid' && this.query.rangeError ? this.catalog.reportsStillShowingInvalid(title) : this.catalog.reportsStillShowing(title);
  }

  /** What the status line tells assistive technology about the report. */
  private reportStatusText(data: ReportPickerData): string {
    const { status, value } = this.query.task;
    if (status === TaskStatus.PENDING) return this.catalog.loading;
    // A failure speaks through its own alert; a refused range through its input.
    return status === TaskStatus.COMPLETE && value ? this.catalog.reportsOpened(this.reportTitle(value.report, data)) : '';
  }

  private renderReport(data: ReportPickerData) {
    const task = this.query.task;
    return task.render({
      initial: () => (this.query.rangeError ? nothing : renderReportLoading()),
      // A new choice dims the report on screen instead of flashing the skeleton.
      pending: () => (task.value ? this.renderReportBody(task.value.report, data, true) : renderReportLoading()),
      complete: (loaded) => this.renderReportBody(loaded.report, data, false),
      error: (error) => renderReportError(error, this.catalog, this.handleRetry),
    });
  }

  private renderReportBody(report: UsageReport, data: ReportPickerData, stale: boolean) {
    const c = this.catalog;
    const locale = this.resolvedLocale;
    const numbers = this.numbers(locale, report.currency);
    const period = this.periodText(report);
    const title = this.reportTitle(report, data);
    // A report being replaced is dimmed as loading, not marked as the previous choice's.
    const previous = stale ? null : this.previousNote(report, data, title);
    const agent = report.agentId === null ? null : this.agentName(report, data);
    return html`<section
      class="report"
      aria-labelledby="report-title"
      aria-describedby=${previous === null ? nothing : 'report-previous'}
      aria-busy=${stale ? 'true' : 'false'}
    >
      ${renderReportHeading(title, previous, c)}
      ${report.rows.length === 0
        ? html`<p class="empty">${c.reportsEmpty}</p>`
        : html`${renderTotals(report, c, numbers)} ${this.table.render({ report, period, agent, catalog: c, locale, numbers, calendar: this.calendar(locale) })}`}
    </section>`;
  }

  protected override renderReady(data: ReportPickerData): TemplateResult {
    const c = this.catalog;
    const locale = this.resolvedLocale;
    const form = renderReportForm({
      query: this.query,
      data,
      catalog: c,
      locale,
      calendar: this.calendar(locale),
      onSubmit: this.handleSubmit,
      download: this.noDownload ? nothing : this.download.renderButton(c, this.handleDownload),
    });
    return html`<section part="base" class="base" aria-labelledby="heading">
      <h2 id="heading">${c.reportsHeading}</h2>
      ${form} ${this.renderReport(data)}
      <p class="visually-hidden" role="status">${this.reportStatusText(data)}</p>
    </section>`;
  }
}
