import { combine } from '../../i18n/localize.js';
import { commonStrings, kitStrings, spendingCapStrings } from '../../i18n/parts.js';

/** The strings <kayse-spending-cap> shows, in every language. */
export const CAP_STRINGS = combine(commonStrings, kitStrings, spendingCapStrings);
export type CapStrings = (typeof CAP_STRINGS)['en'];
