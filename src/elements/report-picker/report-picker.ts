import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { isApiError } from '../../api/api-error.js';
import type { ReportQuery } from '../../api/billing-api.js';
import type { Access, Agent, Section, UsageReport } from '../../api/schemas.js';
import {
  dayOfInstant,
  daysInRange,
  isValidDay,
  isValidMonth,
  monthOf,
  monthRange,
  recentMonths,
  todayIn,
  validateRange,
  type RangeErrorCode,
} from '../../core/calendar.js';
import { formatNumber } from '../../core/money.js';
import { reportCsv, reportFileName, type ReportCsvHeader } from '../../core/report-csv.js';
import {
  compareGroups,
  dailyBreakdown,
  groupRows,
  sortGroups,
  type DayTotals,
  type GroupBy,
  type ReportGroup,
  type ReportSortDirection,
  type ReportSortKey,
} from '../../core/report-table.js';
import { KayseDownloadEvent } from '../../events/events.js';
import type { Catalog } from '../../i18n/catalog.js';
import type { BillingStore, Topic } from '../../state/store.js';
import { errorMessage } from '../../ui/error-message.js';
import { KayseElement, type Permission } from '../../ui/kayse-element.js';
import { skeleton } from '../../ui/kit/skeleton.js';
import type { DataTableColumn } from '../../ui/kit/data-table.types.js';
import type { SortChangeEvent } from '../../ui/kit/events.js';
import { memoizeLast } from './memo.js';
import { calendarFormats, numberFormats, type NumberFormats } from './report-format.js';
import { reportPickerStyles } from './report-picker.styles.js';
import {
  CSV_DELIMITERS,
  OFFERED_MONTHS,
  REPORT_GROUPINGS,
  type CsvDelimiter,
  type ReportChoice,
  type ReportMode,
  type ReportPickerData,
} from './report-picker.types.js';

/** A loaded report and the choice it answers. */
interface LoadedReport {
  readonly key: string;
  readonly report: UsageReport;
}

interface RangeProblem {
  readonly code: RangeErrorCode;
  /** Days the range covers (for "this range has 367"). */
  readonly days: number;
}

/** The query fields a 422 may blame, and the control each belongs to. */
type QueryField = 'month' | 'from' | 'to' | 'agentId';
const QUERY_FIELDS: readonly QueryField[] = ['month', 'from', 'to', 'agentId'];

const TOTALS_PLACEHOLDER = Array.from({ length: 7 });
/** Rows of the grouped table rendered at first, and added by "Show more". */
const PAGE_SIZE = 100;
/** How long a saved file's object URL lives: the browser has taken the download by then. */
const REVOKE_AFTER_MS = 30_000;
const SORT_KEYS: readonly string[] = [
  'agentName',
  'campaignName',
  'calls',
  'successfulCalls',
  'successRate',
  'messages',
  'conversions',
  'selfHealing',
  'courtesyCredits',
  'cost',
] satisfies readonly ReportSortKey[];

const readable = (level: string) => level === 'read' || level === 'edit';
const isSortKey = (key: string): key is ReportSortKey => SORT_KEYS.includes(key);
const isDelimiter = (value: string): value is CsvDelimiter => (CSV_DELIMITERS as readonly string[]).includes(value);

function rangeProblem(from: string, to: string): RangeProblem | null {
  const checked = validateRange(from, to);
  if (checked.ok) return null;
  return { code: checked.error, days: isValidDay(from) && isValidDay(to) ? daysInRange(from, to) : 0 };
}

function clampDay(day: string, first: string, last: string): string {
  return day < first ? first : day > last ? last : day;
}

/** Saves a file the way a download link does; the URL is revoked once the browser has it. */
function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/**
 * The period is a month (the current one by default, the last 24 offered) or a range of days
 * (both ends included, at most 366, checked before any request). Days are counted in the
 * company's time zone, read from `/usage/current` when this user may read usage; otherwise in
 * the browser's zone, and the element says which. Reports are read-only: `read` and `edit`
 * access show the same. The chosen period and agent are reflected to `month`, `from`, `to`
 * and `agent-id`, so a host can deep-link; `from`/`to` win over `month`. Without any of them
 * the current month opens. Host CSS sees `:state(loading)` while the report loads,
 * `:state(empty)` for a period without usage and `:state(error)` when it failed.
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
export class KayseReportPicker extends KayseElement<ReportPickerData> {
  static override styles = [...KayseElement.styles, reportPickerStyles];

  protected readonly section: Section = 'reports';
  protected readonly topics: readonly Topic[] = ['reports', 'agents'];
  protected override readonly skeletonLines = 9;

  /** The applied period and agent, as the report task's argument; null while unknown or invalid. */
  private choice: ReportChoice | null = null;
  private reloadOnConnect = false;

  private readonly reportTask = new Task(this, {
    task: async ([store, choice]: readonly [BillingStore | undefined, ReportChoice | null, number, ReportPickerData | null], { signal }) => {
      if (!store || !choice) return initialState;
      try {
        const report = await store.api.getUsageReport(choice.query, { signal });
        return { key: choice.key, report } satisfies LoadedReport;
      } catch (error) {
        if (!signal.aborted) this.reportError(error, 'load');
        throw error;
      }
    },
    args: () => [this.store, this.choice, this.reportGeneration, this.readyData] as const,
  });

  private readonly collator = memoizeLast((locale: string) => new Intl.Collator(locale, { numeric: true, sensitivity: 'base' }));
  private readonly numbers = memoizeLast((locale: string, currency: string) => numberFormats(locale, currency));
  private readonly calendar = memoizeLast((locale: string) => calendarFormats(locale));
  private readonly groups = memoizeLast((rows: UsageReport['rows'], by: GroupBy, collator: Intl.Collator) => groupRows(rows, by, collator.compare));
  private readonly sorted = memoizeLast(
    (groups: readonly ReportGroup[], key: ReportSortKey | null, direction: ReportSortDirection, collator: Intl.Collator) =>
      sortGroups(groups, key, direction, collator.compare),
  );
  private readonly page = memoizeLast((rows: readonly ReportGroup[], count: number) => rows.slice(0, count));
  private readonly days = memoizeLast((rows: UsageReport['rows'], group: ReportGroup | null) =>
    dailyBreakdown(rows, group === null ? null : { agentId: group.agentId, campaignId: group.campaignId }),
  );
  private readonly groupColumns = memoizeLast((catalog: Catalog, formats: NumberFormats, by: GroupBy, collator: Intl.Collator) =>
    this.makeGroupColumns(catalog, formats, by, collator),
  );
  private readonly dayColumns = memoizeLast((catalog: Catalog, formats: NumberFormats, locale: string) => this.makeDayColumns(catalog, formats, locale));

  @query('#from') private fromInput?: HTMLInputElement;
  @query('#to') private toInput?: HTMLInputElement;
  @query('.more') private moreText?: HTMLElement;

  @state() private mode: ReportMode = 'month';
  /** The picker's values before "Open report"; empty means the default. */
  @state() private draftMonth = '';
  @state() private draftFrom = '';
  @state() private draftTo = '';
  @state() private draftAgentId = '';
  @state() private rangeError: RangeProblem | null = null;
  @state() private groupBy: GroupBy = 'campaign';
  @state() private sortKey: ReportSortKey | null = null;
  @state() private sortDirection: ReportSortDirection = 'ascending';
  @state() private shownRows = PAGE_SIZE;
  @state() private breakdownOpen = false;
  /** The group whose days the breakdown shows; empty for the whole report. */
  @state() private breakdownKey = '';
  @state() private downloading = false;
  @state() private downloadStatus = '';
  @state() private reportGeneration = 0;

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

  override connectedCallback(): void {
    super.connectedCallback();
    // A report cut short by a move in the DOM loads again instead of showing "cancelled".
    if (this.reloadOnConnect) {
      this.reloadOnConnect = false;
      this.reportGeneration += 1;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.reportTask.status === TaskStatus.PENDING) {
      this.reloadOnConnect = true;
      this.reportTask.abort();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('month') || changed.has('from') || changed.has('to') || changed.has('agentId')) this.takeChoiceFromProperties();
    this.choice = this.nextChoice();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The base reports the picker's own load; once it is ready, the report's state is the element's.
    const reportState = this.reportState();
    if (this.internals.states.has('ready') && reportState !== 'ready') {
      this.internals.states.delete('ready');
      this.internals.states.add(reportState);
    }
  }

  protected override async load(store: BillingStore, signal: AbortSignal, _permission: Permission, access: Access): Promise<ReportPickerData> {
    const [agents, clock] = await Promise.all([store.read('agents', signal), this.readClock(store, signal, access)]);
    return { agents: agents.items, ...clock };
  }

  private readonly handleSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (!this.apply()) return;
    await this.updateComplete;
    // Opening the same choice again after a failure is a retry.
    if (this.reportTask.status === TaskStatus.ERROR) this.reportGeneration += 1;
  };

  private readonly handleModeChange = (event: Event): void => {
    const mode = (event.target as HTMLInputElement).value === 'range' ? 'range' : 'month';
    const data = this.readyData;
    if (mode === 'range' && data && this.draftFrom === '' && this.draftTo === '') {
      // A range starts as the month on screen (up to today in the current month), so the
      // user only moves its ends.
      const { from, to } = monthRange(this.draftMonth || data.currentMonth);
      this.draftFrom = from;
      this.draftTo = from <= data.today && data.today < to ? data.today : to;
    }
    this.mode = mode;
  };

  private readonly handleMonthChange = (event: Event): void => {
    this.draftMonth = (event.target as HTMLSelectElement).value;
  };

  private readonly handleRangeInput = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    if (input.id === 'from') this.draftFrom = input.value;
    else this.draftTo = input.value;
    // Once an error shows, it follows the input, so the user sees when it is fixed.
    if (this.rangeError) this.rangeError = rangeProblem(this.draftFrom, this.draftTo);
  };

  private readonly handleAgentChange = (event: Event): void => {
    this.draftAgentId = (event.target as HTMLSelectElement).value;
  };

  private readonly handleDownload = async (): Promise<void> => {
    if (this.downloading) return;
    const data = this.readyData;
    if (!data || !this.apply()) return;
    this.downloading = true;
    this.downloadStatus = this.catalog.reportsPreparing;
    try {
      await this.updateComplete;
      const choice = this.choice;
      if (!choice) {
        this.downloadStatus = '';
        return;
      }
      // A failed report of this same choice is asked again, as its retry button would.
      if (this.reportTask.status === TaskStatus.ERROR) {
        this.reportGeneration += 1;
        await this.updateComplete;
      }
      const loaded = (await this.reportTask.taskComplete) as LoadedReport | undefined;
      // A newer choice made while this one loaded wins; its own download is the user's to ask for.
      if (loaded?.key !== choice.key) {
        this.downloadStatus = '';
        return;
      }
      this.saveReport(loaded.report, data);
    } catch {
      // The report area shows the failure (and kayse-error has told the host).
      this.downloadStatus = '';
    } finally {
      this.downloading = false;
    }
  };

  private readonly handleRetry = (): void => {
    this.reportGeneration += 1;
  };

  private readonly handleGroupByChange = (event: Event): void => {
    this.groupBy = (event.target as HTMLInputElement).value === 'agent' ? 'agent' : 'campaign';
    if (this.groupBy === 'agent' && this.sortKey === 'campaignName') this.sortKey = null;
    this.breakdownKey = '';
    this.shownRows = PAGE_SIZE;
  };

  private readonly handleSort = (event: SortChangeEvent): void => {
    if (!isSortKey(event.detail.key)) return;
    this.sortKey = event.detail.key;
    this.sortDirection = event.detail.direction;
  };

  private readonly handleShowMore = async (event: Event): Promise<void> => {
    const all = (event.currentTarget as HTMLElement).dataset.all === 'true';
    this.shownRows = all ? Number.POSITIVE_INFINITY : this.shownRows + PAGE_SIZE;
    await this.updateComplete;
    // The button is gone once every row shows; focus stays nearby instead of falling to the page.
    if (!this.renderRoot.querySelector('.more button')) this.moreText?.focus();
  };

  private readonly handleBreakdownToggle = (): void => {
    this.breakdownOpen = !this.breakdownOpen;
  };

  private readonly handleBreakdownChange = (event: Event): void => {
    this.breakdownKey = (event.target as HTMLSelectElement).value;
  };

  /** The loaded picker data, once access and agents are read. */
  private get readyData(): ReportPickerData | null {
    const value = this.loadTask.value;
    return value && !value.hidden ? value.data : null;
  }

  private async readClock(store: BillingStore, signal: AbortSignal, access: Access): Promise<Pick<ReportPickerData, 'timeZone' | 'zoneSource' | 'today' | 'currentMonth'>> {
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

  /** The picker shows what the attributes say (a host's deep link, or the user's last choice). */
  private takeChoiceFromProperties(): void {
    const ranged = Boolean(this.from || this.to);
    this.mode = ranged ? 'range' : 'month';
    this.draftMonth = this.month && isValidMonth(this.month) ? this.month : '';
    this.draftFrom = this.from ?? '';
    this.draftTo = this.to ?? '';
    this.draftAgentId = this.agentId ?? '';
    this.rangeError = ranged ? rangeProblem(this.from ?? '', this.to ?? '') : null;
  }

  /** The report query of the attributes; null before the picker has loaded or for a bad range. */
  private nextChoice(): ReportChoice | null {
    const data = this.readyData;
    if (!data) return null;
    const agentId = this.agentId ?? '';
    // Every agent's report leaves `agentId` out of the query altogether.
    const agent = agentId === '' ? {} : { agentId };
    let query: ReportQuery;
    if (this.from || this.to) {
      const checked = validateRange(this.from ?? '', this.to ?? '');
      if (!checked.ok) return null;
      query = { from: checked.value.from, to: checked.value.to, ...agent };
    } else {
      query = { month: this.month && isValidMonth(this.month) ? this.month : data.currentMonth, ...agent };
    }
    const key = 'month' in query ? `month=${query.month}&agent=${agentId}` : `from=${query.from}&to=${query.to}&agent=${agentId}`;
    return this.choice?.key === key ? this.choice : { key, query };
  }

  /** Makes the picker's values the choice (which loads the report); false when the range is not acceptable. */
  private apply(): boolean {
    const data = this.readyData;
    if (!data) return false;
    if (this.mode === 'range') {
      const problem = rangeProblem(this.draftFrom, this.draftTo);
      if (problem) {
        this.rangeError = problem;
        void this.focusRangeError(problem.code);
        return false;
      }
      this.month = undefined;
      this.from = this.draftFrom;
      this.to = this.draftTo;
    } else {
      this.from = undefined;
      this.to = undefined;
      this.month = this.draftMonth || data.currentMonth;
    }
    this.agentId = this.draftAgentId || undefined;
    this.rangeError = null;
    return true;
  }

  private async focusRangeError(code: RangeErrorCode): Promise<void> {
    await this.updateComplete;
    (code === 'invalid_from' || code === 'reversed' ? this.fromInput : this.toInput)?.focus();
  }

  private saveReport(report: UsageReport, data: ReportPickerData): void {
    const delimiter = isDelimiter(this.csvDelimiter) ? this.csvDelimiter : ',';
    const text = reportCsv(report.rows, report.currency, this.csvHeader(), delimiter);
    const agent = report.agentId === null ? null : { id: report.agentId, name: this.agentName(report.agentId, data.agents, report) };
    const fileName = reportFileName(report.from, report.to, agent);
    const blob = new Blob([text], { type: 'text/csv;charset=utf-8' });
    const event = new KayseDownloadEvent({ fileName, rowCount: report.rows.length, blob });
    if (this.dispatchEvent(event)) {
      saveBlob(blob, fileName);
      const rows = this.numbers(this.resolvedLocale, report.currency).count(report.rows.length);
      this.downloadStatus = this.catalog.reportsDownloaded(fileName, rows);
    } else {
      this.downloadStatus = this.catalog.reportsHandedOver(fileName);
    }
  }

  private csvHeader(): ReportCsvHeader {
    const c = this.catalog;
    return {
      date: c.reportsCsvDate,
      agentId: c.reportsCsvAgentId,
      agentName: c.reportsCsvAgent,
      campaignId: c.reportsCsvCampaignId,
      campaignName: c.reportsCsvCampaign,
      calls: c.reportsCsvCalls,
      successfulCalls: c.reportsCsvSuccessfulCalls,
      messages: c.reportsCsvMessages,
      conversions: c.reportsCsvConversions,
      selfHealing: c.reportsCsvSelfHealing,
      courtesyCredits: c.reportsCsvCourtesyCredits,
      cost: c.reportsCsvCost,
      currency: c.reportsCsvCurrency,
    };
  }

  private agentName(agentId: string, agents: readonly Agent[], report?: UsageReport): string {
    return agents.find((agent) => agent.id === agentId)?.name ?? report?.rows.find((row) => row.agentId === agentId)?.agentName ?? agentId;
  }

  private reportState(): 'ready' | 'loading' | 'empty' | 'error' {
    const { status, value } = this.reportTask;
    if (status === TaskStatus.ERROR) return 'error';
    const loaded = value as LoadedReport | undefined;
    if (status === TaskStatus.INITIAL) return this.rangeError ? 'ready' : 'loading';
    if (!loaded) return 'loading';
    return loaded.report.rows.length === 0 ? 'empty' : 'ready';
  }

  /** The 422 of the current choice, by query field. */
  private serverFieldErrors(): Partial<Record<QueryField, string>> {
    const error = this.reportTask.status === TaskStatus.ERROR ? this.reportTask.error : null;
    if (!isApiError(error) || error.kind !== 'validation') return {};
    const fields: Partial<Record<QueryField, string>> = {};
    for (const field of QUERY_FIELDS) {
      const message = error.fields[field];
      if (message !== undefined) fields[field] = message;
    }
    return fields;
  }

  private fieldLabel(field: string): string {
    const c = this.catalog;
    const labels: Readonly<Record<QueryField, string>> = { month: c.reportsMonth, from: c.reportsFrom, to: c.reportsTo, agentId: c.reportsAgent };
    return field in labels ? labels[field as QueryField] : field;
  }

  private makeGroupColumns(catalog: Catalog, formats: NumberFormats, by: GroupBy, collator: Intl.Collator): DataTableColumn<ReportGroup>[] {
    const compare = (key: ReportSortKey) => compareGroups(key, collator.compare);
    const number = (key: Exclude<ReportSortKey, 'agentName' | 'campaignName' | 'successRate'>, label: string, money = false): DataTableColumn<ReportGroup> => ({
      key,
      label,
      align: 'end',
      sortable: true,
      compare: compare(key),
      format: (group) => (money ? formats.money(group[key]) : formats.count(group[key])),
    });
    const names: DataTableColumn<ReportGroup>[] =
      by === 'campaign'
        ? [
            { key: 'campaignName', label: catalog.reportsCampaignColumn, sortable: true, rowHeader: true, compare: compare('campaignName'), format: (group) => group.campaignName ?? '' },
            { key: 'agentName', label: catalog.reportsAgentColumn, sortable: true, compare: compare('agentName'), format: (group) => group.agentName },
          ]
        : [{ key: 'agentName', label: catalog.reportsAgentColumn, sortable: true, rowHeader: true, compare: compare('agentName'), format: (group) => group.agentName }];
    return [
      ...names,
      // Money first: it is what a billing report is read for, and on a narrow screen the
      // columns after it scroll sideways.
      number('cost', catalog.reportsCost, true),
      number('courtesyCredits', catalog.reportsCourtesyCreditsColumn, true),
      number('calls', catalog.reportsCalls),
      number('successfulCalls', catalog.reportsSuccessfulCalls),
      {
        key: 'successRate',
        label: catalog.reportsSuccessRate,
        align: 'end',
        sortable: true,
        compare: compare('successRate'),
        format: (group) => (group.successRate === null ? catalog.reportsNoValue : formats.percent(group.successRate)),
      },
      number('messages', catalog.reportsMessages),
      number('conversions', catalog.reportsConversions),
      number('selfHealing', catalog.reportsSelfHealingColumn),
    ];
  }

  private makeDayColumns(catalog: Catalog, formats: NumberFormats, locale: string): DataTableColumn<DayTotals>[] {
    const calendar = this.calendar(locale);
    const number = (key: Exclude<keyof DayTotals, 'date'>, label: string, money = false): DataTableColumn<DayTotals> => ({
      key,
      label,
      align: 'end',
      sortable: true,
      format: (day) => (money ? formats.money(day[key]) : formats.count(day[key])),
    });
    return [
      // ISO days sort as text in calendar order.
      { key: 'date', label: catalog.reportsDateColumn, sortable: true, rowHeader: true, format: (day) => calendar.day(day.date) },
      number('cost', catalog.reportsCost, true),
      number('courtesyCredits', catalog.reportsCourtesyCreditsColumn, true),
      number('calls', catalog.reportsCalls),
      number('successfulCalls', catalog.reportsSuccessfulCalls),
      number('messages', catalog.reportsMessages),
      number('conversions', catalog.reportsConversions),
      number('selfHealing', catalog.reportsSelfHealingColumn),
    ];
  }

  /** "October 2026 · Follow-up Agent": the period and whose usage. */
  private reportTitle(report: UsageReport, data: ReportPickerData): string {
    const agent = report.agentId === null ? this.catalog.reportsAllAgents : this.agentName(report.agentId, data.agents, report);
    return this.catalog.reportsTitle(this.periodText(report), agent);
  }

  /** What the status line tells assistive technology about the report. */
  private reportStatusText(data: ReportPickerData): string {
    const loaded = this.reportTask.value as LoadedReport | undefined;
    switch (this.reportTask.status) {
      case TaskStatus.PENDING:
        return this.catalog.loading;
      case TaskStatus.COMPLETE:
        return loaded ? this.catalog.reportsOpened(this.reportTitle(loaded.report, data)) : '';
      default:
        // A failure speaks through its own alert; a refused range through its input.
        return '';
    }
  }

  /** The report's period in words: "November 2026" for a whole month, else its two days. */
  private periodText(report: UsageReport): string {
    const calendar = this.calendar(this.resolvedLocale);
    const month = monthOf(report.from);
    const whole = monthRange(month);
    return whole.from === report.from && whole.to === report.to ? calendar.month(month) : calendar.range(report.from, report.to);
  }

  private describedBy(...ids: (string | false | undefined)[]): string | typeof nothing {
    const list = ids.filter((id): id is string => typeof id === 'string' && id !== '');
    return list.length > 0 ? list.join(' ') : nothing;
  }

  private renderPicker(data: ReportPickerData) {
    const c = this.catalog;
    const server = this.serverFieldErrors();
    const agentError = server.agentId === undefined ? undefined : 'server-error-agentId';
    return html`<form part="picker" class="picker" novalidate @submit=${this.handleSubmit}>
        <fieldset class="period">
          <legend>${c.reportsPeriod}</legend>
          <div class="modes">
            <label class="mode">
              <input type="radio" name="mode" value="month" .checked=${live(this.mode === 'month')} @change=${this.handleModeChange} />
              ${c.reportsModeMonth}
            </label>
            <label class="mode">
              <input type="radio" name="mode" value="range" .checked=${live(this.mode === 'range')} @change=${this.handleModeChange} />
              ${c.reportsModeRange}
            </label>
          </div>
          ${this.mode === 'month' ? this.renderMonthField(data, server) : this.renderRangeFields(server)}
        </fieldset>
        <div class="field agent">
          <label for="agent">${c.reportsAgent}</label>
          <select id="agent" aria-invalid=${agentError ? 'true' : nothing} aria-describedby=${this.describedBy(agentError)} @change=${this.handleAgentChange}>
            <option value="" ?selected=${this.draftAgentId === ''}>${c.reportsAllAgents}</option>
            ${data.agents.map((agent) => html`<option value=${agent.id} ?selected=${agent.id === this.draftAgentId}>${agent.name}</option>`)}
            ${this.draftAgentId !== '' && !data.agents.some((agent) => agent.id === this.draftAgentId)
              ? html`<option value=${this.draftAgentId} selected>${c.reportsUnknownAgent(this.draftAgentId)}</option>`
              : nothing}
          </select>
        </div>
        <div class="actions">
          <button class="button primary" type="submit">${c.reportsOpen}</button>
          ${this.noDownload ? nothing : this.renderDownloadButton()}
        </div>
      </form>
      <p class="zone">${data.zoneSource === 'company' ? c.reportsTimeZone(data.timeZone) : c.reportsTimeZoneBrowser(data.timeZone)}</p>`;
  }

  private renderMonthField(data: ReportPickerData, server: Partial<Record<QueryField, string>>) {
    const c = this.catalog;
    const calendar = this.calendar(this.resolvedLocale);
    const chosen = this.draftMonth || data.currentMonth;
    const months = recentMonths(data.currentMonth, OFFERED_MONTHS);
    // A deep link may name a month outside the list; it is offered too, in its place by date.
    if (!months.includes(chosen)) months.push(chosen);
    months.sort().reverse();
    const error = server.month === undefined ? undefined : 'server-error-month';
    return html`<div class="field">
      <label for="month">${c.reportsMonth}</label>
      <select id="month" aria-invalid=${error ? 'true' : nothing} aria-describedby=${this.describedBy(error)} @change=${this.handleMonthChange}>
        ${months.map((month) => html`<option value=${month} ?selected=${month === chosen}>${calendar.month(month)}</option>`)}
      </select>
    </div>`;
  }

  private renderRangeFields(server: Partial<Record<QueryField, string>>) {
    const c = this.catalog;
    const code = this.rangeError?.code;
    const fromInvalid = code === 'invalid_from' || code === 'reversed' || code === 'too_long' || server.from !== undefined;
    const toInvalid = code === 'invalid_to' || code === 'reversed' || code === 'too_long' || server.to !== undefined;
    const rangeError = this.rangeError ? 'range-error' : undefined;
    return html`<div class="range">
        <div class="field">
          <label for="from">${c.reportsFrom}</label>
          <input
            id="from"
            type="date"
            required
            .value=${live(this.draftFrom)}
            aria-invalid=${fromInvalid ? 'true' : nothing}
            aria-describedby=${this.describedBy('range-hint', fromInvalid && rangeError, server.from !== undefined && 'server-error-from')}
            @input=${this.handleRangeInput}
          />
        </div>
        <div class="field">
          <label for="to">${c.reportsTo}</label>
          <input
            id="to"
            type="date"
            required
            .value=${live(this.draftTo)}
            aria-invalid=${toInvalid ? 'true' : nothing}
            aria-describedby=${this.describedBy('range-hint', toInvalid && rangeError, server.to !== undefined && 'server-error-to')}
            @input=${this.handleRangeInput}
          />
        </div>
      </div>
      <p id="range-hint" class="hint">${c.reportsRangeHint}</p>
      ${this.rangeError ? html`<p id="range-error" class="field-error">${this.rangeErrorText(this.rangeError)}</p>` : nothing}`;
  }

  private rangeErrorText(problem: RangeProblem): string {
    const c = this.catalog;
    switch (problem.code) {
      case 'invalid_from':
        return c.reportsErrorInvalidFrom;
      case 'invalid_to':
        return c.reportsErrorInvalidTo;
      case 'reversed':
        return c.reportsErrorReversed;
      case 'too_long':
        return c.reportsErrorTooLong(formatNumber(problem.days, this.resolvedLocale));
    }
  }

  private renderDownloadButton() {
    const busy = this.downloading;
    // aria-disabled, not disabled: the button keeps focus while it works, and says so.
    return html`<button
        class="button download"
        type="button"
        aria-busy=${busy ? 'true' : 'false'}
        aria-disabled=${busy ? 'true' : nothing}
        @click=${this.handleDownload}
      >
        ${busy ? html`<span class="spinner" aria-hidden="true"></span>${this.catalog.reportsPreparing}` : this.catalog.reportsDownload}
      </button>
      <span class="visually-hidden" role="status">${this.downloadStatus}</span>`;
  }

  private renderReport(data: ReportPickerData) {
    return this.reportTask.render({
      initial: () => (this.rangeError ? nothing : this.renderReportLoading()),
      pending: () => {
        // A new choice dims the report on screen instead of flashing the skeleton.
        const previous = this.reportTask.value as LoadedReport | undefined;
        return previous ? this.renderReportBody(previous.report, data, true) : this.renderReportLoading();
      },
      complete: (loaded) => this.renderReportBody(loaded.report, data, false),
      error: (error) => this.renderReportError(error),
    });
  }

  private renderReportLoading() {
    // The placeholder has the report's shape (title, seven totals, table), so nothing jumps
    // when it arrives; "Loading…" is said by the report status line.
    return html`<div class="report loading" aria-busy="true">
      ${skeleton(['min(18rem, 70%)'])}
      <div class="totals" aria-hidden="true">${TOTALS_PLACEHOLDER.map(() => html`<div class="total">${skeleton(['60%', '80%'])}</div>`)}</div>
      ${skeleton(8)}
    </div>`;
  }

  private renderReportError(error: unknown) {
    const c = this.catalog;
    if (isApiError(error) && error.kind === 'validation') {
      // A 422 names what the server refused: each message sits under the control it blames.
      const fields = Object.entries(error.fields);
      return html`<div class="report report-error" part="error" role="alert">
        <p class="error-title">${c.reportsRejected}</p>
        ${fields.length > 0
          ? html`<ul class="field-messages">
              ${fields.map(
                ([field, message]) =>
                  html`<li id=${(QUERY_FIELDS as readonly string[]).includes(field) ? `server-error-${field}` : nothing}>
                    ${c.reportsRejectedField(this.fieldLabel(field), message)}
                  </li>`,
              )}
            </ul>`
          : html`<p>${error.serverMessage ?? errorMessage(error, c)}</p>`}
      </div>`;
    }
    return html`<div class="report report-error" part="error" role="alert">
      <p class="error-title">${c.reportsLoadFailed}</p>
      <p>${errorMessage(error, c)}</p>
      <button class="button" type="button" @click=${this.handleRetry}>${c.retry}</button>
    </div>`;
  }

  private renderReportBody(report: UsageReport, data: ReportPickerData, stale: boolean) {
    const c = this.catalog;
    const period = this.periodText(report);
    return html`<section class="report" aria-labelledby="report-title" aria-busy=${stale ? 'true' : 'false'}>
      <h3 id="report-title" class="report-title">${this.reportTitle(report, data)}</h3>
      ${report.rows.length === 0
        ? html`<p class="empty">${c.reportsEmpty}</p>`
        : html`${this.renderTotals(report)} ${this.renderTable(report, period)} ${this.renderBreakdown(report)}`}
    </section>`;
  }

  private renderTotals(report: UsageReport) {
    const c = this.catalog;
    const f = this.numbers(this.resolvedLocale, report.currency);
    const { totals } = report;
    // The server's totals, as given; only the rate is derived, for reading.
    const rate = totals.calls > 0 ? f.percent((totals.successfulCalls / totals.calls) * 100) : null;
    const total = (label: string, value: string, note?: string) =>
      html`<div class="total">
        <dt>${label}</dt>
        <dd class="value">${value}</dd>
        ${note ? html`<dd class="note">${note}</dd>` : nothing}
      </div>`;
    return html`<dl part="totals" class="totals">
      ${total(c.reportsCost, f.money(totals.cost), c.reportsCostNote)} ${total(c.reportsCourtesyCredits, f.money(totals.courtesyCredits))}
      ${total(c.reportsCalls, f.count(totals.calls))}
      ${total(c.reportsSuccessfulCalls, f.count(totals.successfulCalls), rate === null ? undefined : c.reportsSuccessRateOf(rate))}
      ${total(c.reportsMessages, f.count(totals.messages))} ${total(c.reportsConversions, f.count(totals.conversions))}
      ${total(c.reportsSelfHealing, f.count(totals.selfHealing))}
    </dl>`;
  }

  private renderTable(report: UsageReport, period: string) {
    const c = this.catalog;
    const locale = this.resolvedLocale;
    const collator = this.collator(locale);
    const groups = this.sorted(this.groups(report.rows, this.groupBy, collator), this.sortKey, this.sortDirection, collator);
    const shown = this.page(groups, this.shownRows);
    const columns = this.groupColumns(c, this.numbers(locale, report.currency), this.groupBy, collator);
    const caption = this.groupBy === 'campaign' ? c.reportsCaptionByCampaign(period) : c.reportsCaptionByAgent(period);
    const count = (n: number) => this.numbers(locale, report.currency).count(n);
    const left = groups.length - shown.length;
    return html`<fieldset class="group-by">
        <legend>${c.reportsGroupBy}</legend>
        ${REPORT_GROUPINGS.map(
          (by) => html`<label class="mode">
            <input type="radio" name="group-by" value=${by} .checked=${live(this.groupBy === by)} @change=${this.handleGroupByChange} />
            ${by === 'campaign' ? c.reportsGroupByCampaign : c.reportsGroupByAgent}
          </label>`,
        )}
      </fieldset>
      <kayse-data-table
        part="table"
        class="groups"
        .caption=${caption}
        .columns=${columns}
        .rows=${shown}
        .sortKey=${this.sortKey ?? ''}
        .sortDirection=${this.sortDirection}
        .locale=${locale}
        .catalog=${c}
        @sort-change=${this.handleSort}
      ></kayse-data-table>
      ${groups.length > PAGE_SIZE
        ? html`<p class="more" tabindex="-1">
            ${c.reportsShowing(count(shown.length), count(groups.length))}
            ${left > 0
              ? html`<button class="button" type="button" @click=${this.handleShowMore}>${c.reportsShowMore(count(Math.min(left, PAGE_SIZE)))}</button>
                  <button class="button" type="button" data-all="true" @click=${this.handleShowMore}>${c.reportsShowAll}</button>`
              : nothing}
          </p>`
        : nothing}`;
  }

  private renderBreakdown(report: UsageReport) {
    const c = this.catalog;
    const locale = this.resolvedLocale;
    const collator = this.collator(locale);
    const groups = this.groups(report.rows, this.groupBy, collator);
    const group = this.breakdownKey === '' ? null : (groups.find((candidate) => candidate.key === this.breakdownKey) ?? null);
    const label = (g: ReportGroup) => c.reportsBreakdownGroup(g.agentName, g.campaignName);
    return html`<div class="breakdown" part="breakdown">
      <button class="button disclosure" type="button" aria-expanded=${this.breakdownOpen ? 'true' : 'false'} aria-controls="breakdown-panel" @click=${this.handleBreakdownToggle}>
        <span class="chevron" aria-hidden="true"></span>${c.reportsBreakdown}
      </button>
      <div id="breakdown-panel" class="breakdown-panel" ?hidden=${!this.breakdownOpen}>
        ${this.breakdownOpen
          ? html`<div class="field">
                <label for="breakdown-of">${c.reportsBreakdownOf}</label>
                <select id="breakdown-of" @change=${this.handleBreakdownChange}>
                  <option value="" ?selected=${group === null}>${c.reportsBreakdownAll}</option>
                  ${groups.map((g) => html`<option value=${g.key} ?selected=${g === group}>${label(g)}</option>`)}
                </select>
              </div>
              <kayse-data-table
                class="days"
                .caption=${c.reportsBreakdownCaption(group === null ? c.reportsBreakdownAll : label(group))}
                .columns=${this.dayColumns(c, this.numbers(locale, report.currency), locale)}
                .rows=${this.days(report.rows, group)}
                .locale=${locale}
                .catalog=${c}
              ></kayse-data-table>`
          : nothing}
      </div>
    </div>`;
  }

  protected override renderReady(data: ReportPickerData): TemplateResult {
    return html`<section part="base" class="base" aria-labelledby="heading">
      <h2 id="heading">${this.catalog.reportsHeading}</h2>
      ${this.renderPicker(data)} ${this.renderReport(data)}
      <p class="visually-hidden" role="status">${this.reportStatusText(data)}</p>
    </section>`;
  }
}
