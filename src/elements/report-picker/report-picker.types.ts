import type { Agent } from '../../api/schemas.js';
import type { Day, Month } from '../../core/calendar.js';
import type { GroupBy } from '../../core/report-table.js';

/** How the period is picked: a calendar month, or a range of days. */
export const REPORT_MODES = ['month', 'range'] as const;
export type ReportMode = (typeof REPORT_MODES)[number];

/** The field delimiters `csv-delimiter` accepts: `,` (RFC 4180, the default) or `;` (Excel in many European locales). */
export const CSV_DELIMITERS = [',', ';'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** The table's groupings, offered as "Rows: by campaign / by agent". */
export const REPORT_GROUPINGS: readonly GroupBy[] = ['campaign', 'agent'];

/** Months offered in the month list, the current one first. */
export const OFFERED_MONTHS = 24;

/** What `<kayse-report-picker>` loads before it shows the picker. */
export interface ReportPickerData {
  /** The agents offered as a filter (from `GET /agents`). */
  readonly agents: readonly Agent[];
  /** IANA zone in which report days are counted. */
  readonly timeZone: string;
  /** Where the zone comes from: the company's (`/usage/current`), or the browser's when usage is not readable. */
  readonly zoneSource: 'company' | 'browser';
  /** Today in that zone. */
  readonly today: Day;
  /** The month a report opens on when none is chosen. */
  readonly currentMonth: Month;
}
