import { combine } from '../../i18n/translations.js';
import { commonStrings } from '../../i18n/parts/common.js';
import { kitStrings } from '../../i18n/parts/kit.js';
import { spendingCapStrings } from '../../i18n/parts/spending-cap.js';

/** The strings <kayse-spending-cap> shows, in every language. */
export const CAP_STRINGS = combine(commonStrings, kitStrings, spendingCapStrings);
export type CapStrings = (typeof CAP_STRINGS)['en'];
