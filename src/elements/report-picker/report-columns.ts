import { compareGroups, isExactSum, type DayTotals, type GroupBy, type ReportGroup, type ReportSortKey, type TableTotals, type UsageMetrics } from '../../core/report-table.js';
import type { ReportStrings } from './strings.js';
import type { DataTableColumn } from '../../ui/kit/data-table.types.js';
import type { CalendarFormats, NumberFormats } from './report-format.js';

type Compare<Row> = (key: ReportSortKey) => (a: Row, b: Row) => number;

function figure<Row extends UsageMetrics>(key: keyof UsageMetrics, label: string, formats: NumberFormats, compare?: Compare<Row>): DataTableColumn<Row> {
  const money = key === 'cost' || key === 'courtesyCredits';
  return {
    key,
    label,
    align: 'end',
    sortable: true,
    ...(compare ? { compare: compare(key) } : {}),
    format: (row) => (money ? formats.money(row[key]) : formats.count(row[key])),
  };
}

/**
 * A row's figures, money last: the table pins its last column (`sticky-end`), so the cost a
 * billing report is read for stays in view beside the row's name however far the activity
 * columns scroll, with the credits it is before next to it. `rates` go after the calls they are
 * a rate of.
 */
function figures<Row extends UsageMetrics>(catalog: ReportStrings, formats: NumberFormats, rates: readonly DataTableColumn<Row>[], compare?: Compare<Row>): DataTableColumn<Row>[] {
  return [
    figure('calls', catalog.reportsCalls, formats, compare),
    figure('successfulCalls', catalog.reportsSuccessfulCalls, formats, compare),
    ...rates,
    figure('messages', catalog.reportsMessages, formats, compare),
    figure('conversions', catalog.reportsConversions, formats, compare),
    figure('selfHealing', catalog.reportsSelfHealingColumn, formats, compare),
    figure('courtesyCredits', catalog.reportsCourtesyCreditsColumn, formats, compare),
    figure('cost', catalog.reportsCost, formats, compare),
  ];
}

/** The columns of the grouped table: the names of a group (campaign and agent, or agent), then its figures. */
export function groupColumns(catalog: ReportStrings, formats: NumberFormats, by: GroupBy, collator: Intl.Collator): DataTableColumn<ReportGroup>[] {
  const compare: Compare<ReportGroup> = (key) => compareGroups(key, collator.compare);
  const agent: DataTableColumn<ReportGroup> = { key: 'agentName', label: catalog.reportsAgentColumn, sortable: true, compare: compare('agentName'), format: (group) => group.agentName };
  const names: DataTableColumn<ReportGroup>[] =
    by === 'campaign'
      ? [
          { key: 'campaignName', label: catalog.reportsCampaignColumn, sortable: true, rowHeader: true, compare: compare('campaignName'), format: (group) => group.campaignName ?? '' },
          agent,
        ]
      : [{ ...agent, rowHeader: true }];
  const rate: DataTableColumn<ReportGroup> = {
    key: 'successRate',
    label: catalog.reportsSuccessRate,
    align: 'end',
    sortable: true,
    compare: compare('successRate'),
    format: (group) => (group.successRate === null ? catalog.reportsNoValue : formats.percent(group.successRate)),
  };
  return [...names, ...figures(catalog, formats, [rate], compare)];
}

/** The columns of the per-day breakdown: the day, then its figures. */
export function dayColumns(catalog: ReportStrings, formats: NumberFormats, calendar: CalendarFormats): DataTableColumn<DayTotals>[] {
  return [
    // ISO days sort as text in calendar order.
    { key: 'date', label: catalog.reportsDateColumn, sortable: true, rowHeader: true, format: (day) => calendar.day(day.date) },
    ...figures<DayTotals>(catalog, formats, []),
  ];
}

/**
 * The text of a table's totals row, by column key: its name under the row-header column
 * (`nameKey`), then every figure summed. A sum too large to be exact shows as "no value" rather
 * than as a rounded amount.
 */
export function totalsFooter(catalog: ReportStrings, formats: NumberFormats, totals: TableTotals, nameKey: string, name: string): Record<string, string> {
  const exact = (value: number, format: (value: number) => string) => (isExactSum(value) ? format(value) : catalog.reportsNoValue);
  return {
    [nameKey]: name,
    calls: exact(totals.calls, formats.count),
    successfulCalls: exact(totals.successfulCalls, formats.count),
    successRate: totals.successRate === null ? catalog.reportsNoValue : formats.percent(totals.successRate),
    messages: exact(totals.messages, formats.count),
    conversions: exact(totals.conversions, formats.count),
    selfHealing: exact(totals.selfHealing, formats.count),
    courtesyCredits: exact(totals.courtesyCredits, formats.money),
    cost: exact(totals.cost, formats.money),
  };
}
