import { combine } from '../../i18n/localize.js';
import { commonStrings, kitStrings, preferencesStrings, usageStrings } from '../../i18n/parts.js';

/** The strings <kayse-billing-preferences> shows, in every language. */
export const PREFERENCES_STRINGS = combine(commonStrings, kitStrings, preferencesStrings, usageStrings);
export type PreferencesStrings = (typeof PREFERENCES_STRINGS)['en'];
