import { combine } from '../../i18n/translations.js';
import { commonStrings } from '../../i18n/parts/common.js';
import { kitStrings } from '../../i18n/parts/kit.js';
import { preferencesStrings } from '../../i18n/parts/preferences.js';
import { usageStrings } from '../../i18n/parts/usage.js';

/** The strings <kayse-billing-preferences> shows, in every language. */
export const PREFERENCES_STRINGS = combine(commonStrings, kitStrings, preferencesStrings, usageStrings);
export type PreferencesStrings = (typeof PREFERENCES_STRINGS)['en'];
