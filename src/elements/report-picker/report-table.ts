import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { UsageReport } from '../../api/schemas.js';
import {
  dailyBreakdown,
  groupRows,
  sortGroups,
  tableTotals,
  type GroupBy,
  type ReportGroup,
  type ReportSortDirection,
  type ReportSortKey,
} from '../../core/report-table.js';
import type { ReportStrings } from './strings.js';
import type { SortChangeEvent } from '../../ui/kit/events.js';
import { memoizeLast } from './memo.js';
import { dayColumns, groupColumns, totalsFooter } from './report-columns.js';
import type { CalendarFormats, NumberFormats } from './report-format.js';
import { REPORT_GROUPINGS } from './report-picker.types.js';

/** Rows of the grouped table rendered at first, and added by "Show more". */
const PAGE_SIZE = 100;
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

const isSortKey = (key: string): key is ReportSortKey => SORT_KEYS.includes(key);

/** What a report's tables are drawn with. */
export interface ReportTableContext {
  readonly report: UsageReport;
  /** The report's period in words, for the caption. */
  readonly period: string;
  /** The name of the agent the report is filtered to; null for every agent's report. */
  readonly agent: string | null;
  readonly catalog: ReportStrings;
  readonly locale: string;
  readonly numbers: NumberFormats;
  readonly calendar: CalendarFormats;
}

/**
 * The report as tables: rows grouped by campaign or by agent, sorted by any column, shown a page
 * at a time, with a per-day breakdown of the whole report or of one group. The view's choices
 * outlive the report, so a newer period opens the way the last one was read. Each step is
 * remembered, so a render that changes nothing here neither regroups nor re-sorts 10 000 rows.
 */
export class ReportTableView {
  private groupBy: GroupBy = 'campaign';
  private sortKey: ReportSortKey | null = null;
  private sortDirection: ReportSortDirection = 'ascending';
  private shownRows = PAGE_SIZE;
  private breakdownOpen = false;
  /** The group whose days the breakdown shows; empty for the whole report. */
  private breakdownKey = '';

  private readonly collator = memoizeLast((locale: string) => new Intl.Collator(locale, { numeric: true, sensitivity: 'base' }));
  private readonly groups = memoizeLast((rows: UsageReport['rows'], by: GroupBy, collator: Intl.Collator) => groupRows(rows, by, collator.compare));
  private readonly sorted = memoizeLast(
    (groups: readonly ReportGroup[], key: ReportSortKey | null, direction: ReportSortDirection, collator: Intl.Collator) =>
      sortGroups(groups, key, direction, collator.compare),
  );
  private readonly page = memoizeLast((rows: readonly ReportGroup[], count: number) => rows.slice(0, count));
  private readonly days = memoizeLast((rows: UsageReport['rows'], group: ReportGroup | null) =>
    dailyBreakdown(rows, group === null ? null : { agentId: group.agentId, campaignId: group.campaignId }),
  );
  private readonly groupColumns = memoizeLast(groupColumns);
  private readonly dayColumns = memoizeLast(dayColumns);
  private readonly groupTotals = memoizeLast(tableTotals);
  private readonly dayTotals = memoizeLast(tableTotals);
  // A new footer object would redraw the table: the same totals and words give the same one.
  private readonly groupFooter = memoizeLast(totalsFooter);
  private readonly dayFooter = memoizeLast(totalsFooter);

  constructor(private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode }) {}

  render(context: ReportTableContext): TemplateResult {
    return html`${this.renderGroups(context)} ${this.renderBreakdown(context)}`;
  }

  private readonly handleGroupByChange = (event: Event): void => {
    this.groupBy = (event.target as HTMLInputElement).value === 'agent' ? 'agent' : 'campaign';
    if (this.groupBy === 'agent' && this.sortKey === 'campaignName') this.sortKey = null;
    this.breakdownKey = '';
    this.shownRows = PAGE_SIZE;
    this.host.requestUpdate();
  };

  private readonly handleSort = (event: SortChangeEvent): void => {
    if (!isSortKey(event.detail.key)) return;
    this.sortKey = event.detail.key;
    this.sortDirection = event.detail.direction;
    this.host.requestUpdate();
  };

  private readonly handleShowMore = async (event: Event): Promise<void> => {
    const all = (event.currentTarget as HTMLElement).dataset.all === 'true';
    this.shownRows = all ? Number.POSITIVE_INFINITY : this.shownRows + PAGE_SIZE;
    this.host.requestUpdate();
    await this.host.updateComplete;
    // The button is gone once every row shows; focus stays nearby instead of falling to the page.
    const root = this.host.renderRoot;
    if (!root.querySelector('.more button')) root.querySelector<HTMLElement>('.more')?.focus();
  };

  private readonly handleBreakdownToggle = (): void => {
    this.breakdownOpen = !this.breakdownOpen;
    this.host.requestUpdate();
  };

  private readonly handleBreakdownChange = (event: Event): void => {
    this.breakdownKey = (event.target as HTMLSelectElement).value;
    this.host.requestUpdate();
  };

  private renderGroups({ report, period, catalog: c, locale, numbers }: ReportTableContext) {
    const collator = this.collator(locale);
    const groups = this.sorted(this.groups(report.rows, this.groupBy, collator), this.sortKey, this.sortDirection, collator);
    const shown = this.page(groups, this.shownRows);
    const caption = this.groupBy === 'campaign' ? c.reportsCaptionByCampaign(period) : c.reportsCaptionByAgent(period);
    const left = groups.length - shown.length;
    // The totals are the whole table's, also while a page of it shows: the label says so.
    const totalName = left > 0 ? c.reportsTotalOfRows(numbers.count(groups.length)) : c.reportsTotalRow;
    const nameKey = this.groupBy === 'campaign' ? 'campaignName' : 'agentName';
    const footer = this.groupFooter(c, numbers, this.groupTotals(groups), nameKey, totalName);
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
        .columns=${this.groupColumns(c, numbers, this.groupBy, collator)}
        .rows=${shown}
        .footer=${footer}
        sticky-end
        .sortKey=${this.sortKey ?? ''}
        .sortDirection=${this.sortDirection}
        .locale=${locale}
        @sort-change=${this.handleSort}
      ></kayse-data-table>
      ${groups.length > PAGE_SIZE
        ? html`<p class="more" tabindex="-1">
            ${c.reportsShowing(numbers.count(shown.length), numbers.count(groups.length))}
            ${left > 0
              ? html`<button class="button" type="button" @click=${this.handleShowMore}>${c.reportsShowMore(numbers.count(Math.min(left, PAGE_SIZE)))}</button>
                  <button class="button" type="button" data-all="true" @click=${this.handleShowMore}>${c.reportsShowAll}</button>`
              : nothing}
          </p>`
        : nothing}`;
  }

  private renderBreakdown({ report, agent, catalog: c, locale, numbers, calendar }: ReportTableContext) {
    const groups = this.groups(report.rows, this.groupBy, this.collator(locale));
    const group = this.breakdownKey === '' ? null : (groups.find((candidate) => candidate.key === this.breakdownKey) ?? null);
    const label = (g: ReportGroup) => c.reportsBreakdownGroup(g.agentName, g.campaignName);
    // "Every row" of a report filtered to one agent is that agent's campaigns, not every agent's.
    const all = agent === null ? c.reportsBreakdownAll : c.reportsBreakdownAgentAll(agent);
    const days = this.breakdownOpen ? this.days(report.rows, group) : [];
    return html`<div class="breakdown" part="breakdown">
      <button class="button disclosure" type="button" aria-expanded=${this.breakdownOpen ? 'true' : 'false'} aria-controls="breakdown-panel" @click=${this.handleBreakdownToggle}>
        <span class="chevron" aria-hidden="true"></span>${c.reportsBreakdown}
      </button>
      <div id="breakdown-panel" class="breakdown-panel" ?hidden=${!this.breakdownOpen}>
        ${this.breakdownOpen
          ? html`<div class="field">
                <label for="breakdown-of">${c.reportsBreakdownOf}</label>
                <select id="breakdown-of" @change=${this.handleBreakdownChange}>
                  <option value="" ?selected=${group === null}>${all}</option>
                  ${groups.map((g) => html`<option value=${g.key} ?selected=${g === group}>${label(g)}</option>`)}
                </select>
              </div>
              <kayse-data-table
                class="days"
                .caption=${c.reportsBreakdownCaption(group === null ? all : label(group))}
                .columns=${this.dayColumns(c, numbers, calendar)}
                .rows=${days}
                .footer=${this.dayFooter(c, numbers, this.dayTotals(days), 'date', c.reportsTotalRow)}
                sticky-end
                .locale=${locale}
              ></kayse-data-table>`
          : nothing}
      </div>
    </div>`;
  }
}
