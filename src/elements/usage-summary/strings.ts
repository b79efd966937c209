import { combine } from '../../i18n/translations.js';
import { commonStrings } from '../../i18n/parts/common.js';
import { kitStrings } from '../../i18n/parts/kit.js';
import { usageStrings } from '../../i18n/parts/usage.js';

/** The strings <kayse-usage-summary> shows, in every language. */
export const USAGE_STRINGS = combine(commonStrings, kitStrings, usageStrings);
export type UsageStrings = (typeof USAGE_STRINGS)['en'];
