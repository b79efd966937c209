import { combine } from '../../i18n/localize.js';
import { commonStrings, kitStrings, reportsStrings } from '../../i18n/parts.js';

/** The strings <kayse-report-picker> shows, in every language. */
export const REPORT_STRINGS = combine(commonStrings, kitStrings, reportsStrings);
export type ReportStrings = (typeof REPORT_STRINGS)['en'];
