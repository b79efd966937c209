// The CSV writer and its header, a chunk of their own: loaded when a user first downloads.
import type { UsageReport } from '../../api/schemas.js';
import { reportCsv, reportFileName, type ReportCsvHeader } from '../../core/report-csv.js';
import type { CsvDelimiter } from './report-picker.types.js';
import type { ReportStrings } from './strings.js';

/** A report as the CSV file a user downloads. */
export interface ReportFile {
  readonly fileName: string;
  readonly rowCount: number;
  readonly blob: Blob;
}

function csvHeader(c: ReportStrings): ReportCsvHeader {
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

/** The report's CSV in the user's language, named after its period and (by `agentName`) its agent. */
export function reportFile(report: UsageReport, agentName: string, catalog: ReportStrings, delimiter: CsvDelimiter): ReportFile {
  const text = reportCsv(report.rows, report.currency, csvHeader(catalog), delimiter);
  const agent = report.agentId === null ? null : { id: report.agentId, name: agentName };
  return {
    fileName: reportFileName(report.from, report.to, agent),
    rowCount: report.rows.length,
    blob: new Blob([text], { type: 'text/csv;charset=utf-8' }),
  };
}
