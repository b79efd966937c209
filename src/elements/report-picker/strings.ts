import { combine } from '../../i18n/translations.js';
import { commonStrings } from '../../i18n/parts/common.js';
import { kitStrings } from '../../i18n/parts/kit.js';
import { reportsStrings } from '../../i18n/parts/reports.js';

/** The strings <kayse-report-picker> shows, in every language. */
export const REPORT_STRINGS = combine(commonStrings, kitStrings, reportsStrings);
export type ReportStrings = (typeof REPORT_STRINGS)['en'];
