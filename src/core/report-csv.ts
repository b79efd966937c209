// A usage report as a CSV file: the records, the text and the file name. Pure: structural
// types, no DOM, no I/O. The writer (RFC 4180, formula escaping, BOM) is `csv.ts`.
import { csvNumeric, toCsv, type CsvCell, type CsvOptions } from './csv.js';
import { minorToDecimalString } from './money.js';
import type { UsageRow } from './report-table.js';

/** The CSV's columns, in order. */
export const REPORT_CSV_COLUMNS = [
  'date',
  'agentId',
  'agentName',
  'campaignId',
  'campaignName',
  'calls',
  'successfulCalls',
  'messages',
  'conversions',
  'selfHealing',
  'courtesyCredits',
  'cost',
  'currency',
] as const;
export type ReportCsvColumn = (typeof REPORT_CSV_COLUMNS)[number];

/** The header row's text per column (the element passes its catalog's words). */
export type ReportCsvHeader = Readonly<Record<ReportCsvColumn, string>>;

/** The delimiters a report CSV may use: `,` (RFC 4180), or `;` where Excel expects it. */
export type ReportCsvDelimiter = NonNullable<CsvOptions['delimiter']>;

/** The decimal mark of money in a report CSV. */
export type ReportCsvDecimal = '.' | ',';

/**
 * An amount as the exact decimal in the currency's units: "184.50", "1250" for JPY, or
 * "184,50" with a decimal comma. Never a float, never grouped.
 */
function moneyCell(minor: number, currency: string, decimal: ReportCsvDecimal): CsvCell {
  const text = minorToDecimalString(minor, currency);
  if (decimal === '.') return csvNumeric(text);
  // Report amounts are never negative (the contract's money), so this text starts with a
  // digit and the writer's formula guard leaves it as it is.
  if (minor < 0) throw new RangeError(`A report amount cannot be negative, got ${String(minor)}`);
  return text.replace('.', ',');
}

/**
 * The CSV records of a report: the header, then one record per row in the report's order.
 * Dates stay `YYYY-MM-DD`; counts are plain integers; money is the exact decimal in the
 * currency's units beside an ISO 4217 currency column, never a float and never grouped, so
 * a spreadsheet reads the number itself.
 */
export function reportCsvRecords(rows: readonly UsageRow[], currency: string, header: ReportCsvHeader, decimal: ReportCsvDecimal = '.'): CsvCell[][] {
  const records: CsvCell[][] = [REPORT_CSV_COLUMNS.map((column) => header[column])];
  for (const row of rows) {
    records.push([
      row.date,
      row.agentId,
      row.agentName,
      row.campaignId,
      row.campaignName,
      row.calls,
      row.successfulCalls,
      row.messages,
      row.conversions,
      row.selfHealing,
      moneyCell(row.courtesyCredits, currency, decimal),
      moneyCell(row.cost, currency, decimal),
      currency,
    ]);
  }
  return records;
}

/**
 * The report's CSV text: RFC 4180 (CRLF, quotes only where needed), formula-injection safe,
 * with a UTF-8 byte order mark so Excel reads accents right. With `;` (the list separator of
 * Excel where the decimal mark is a comma: most of Europe and Latin America) amounts take a
 * decimal comma too, so that Excel reads "184,50" as a number rather than "184.50" as text,
 * or "1.250" KWD as 1250.
 */
export function reportCsv(
  rows: readonly UsageRow[],
  currency: string,
  header: ReportCsvHeader,
  delimiter: ReportCsvDelimiter = ',',
): string {
  return toCsv(reportCsvRecords(rows, currency, header, delimiter === ';' ? ',' : '.'), { delimiter, bom: true });
}

// Letters NFKD does not take apart into a base letter and marks.
const FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ı: 'i',
  ł: 'l',
  þ: 'th',
};
const MAX_SLUG = 40;

/**
 * An ASCII file-name part of a name: accents dropped, lower case, every other run of
 * characters one hyphen, no hyphen at either end, at most 40 characters (cut at a hyphen
 * when there is one). Empty when nothing of the name is ASCII-writable ("受付").
 */
export function slugify(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\u0000-\u007f]/g, (ch) => FOLDS[ch] ?? '-');
  const slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/g, '');
}

/** The agent a report is filtered to, for its file name. */
export interface ReportFileAgent {
  readonly id: string;
  readonly name: string;
}

/**
 * The file name of a report: `kayse-usage-<from>_<to>[-<agent-slug>].csv`, ASCII only. The
 * agent part is the slug of its name, else of its id, else left out.
 */
export function reportFileName(from: string, to: string, agent: ReportFileAgent | null = null): string {
  const agentSlug = agent === null ? '' : slugify(agent.name) || slugify(agent.id);
  const range = `${slugify(from)}_${slugify(to)}`;
  return `kayse-usage-${range}${agentSlug === '' ? '' : `-${agentSlug}`}.csv`;
}
