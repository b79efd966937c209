import type { UsageReport, UsageReportRow } from '../api/schemas.js';
import { eachDay, type Day } from '../core/calendar.js';
import { sumMetrics } from '../core/report-table.js';
import type { MockState } from './state.js';

/** A report's range and filter, already checked. */
export interface ReportRequest {
  readonly from: Day;
  readonly to: Day;
  readonly agentId: string | null;
}

/** The usage report of a range: days after today are simply empty. */
export function buildReport(state: MockState, request: ReportRequest): UsageReport {
  const lastDay = request.to < state.today ? request.to : state.today;
  const rows: UsageReportRow[] = [];
  if (request.from <= lastDay) {
    for (const day of eachDay(request.from, lastDay)) {
      for (const row of state.usage.rows(day)) {
        if (request.agentId === null || row.agentId === request.agentId) rows.push(row);
      }
    }
  }
  return { currency: state.currency, from: request.from, to: request.to, agentId: request.agentId, totals: sumMetrics(rows), rows };
}
