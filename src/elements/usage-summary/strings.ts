import { combine } from '../../i18n/localize.js';
import { commonStrings, kitStrings, usageStrings } from '../../i18n/parts.js';

/** The strings <kayse-usage-summary> shows, in every language. */
export const USAGE_STRINGS = combine(commonStrings, kitStrings, usageStrings);
export type UsageStrings = (typeof USAGE_STRINGS)['en'];
