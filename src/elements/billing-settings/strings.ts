import { combine } from '../../i18n/translations.js';
import { commonStrings } from '../../i18n/parts/common.js';
import { kitStrings } from '../../i18n/parts/kit.js';
import { settingsStrings } from '../../i18n/parts/settings.js';

/** The strings <kayse-billing-settings> shows, in every language. */
export const SETTINGS_STRINGS = combine(commonStrings, kitStrings, settingsStrings);
export type SettingsStrings = (typeof SETTINGS_STRINGS)['en'];
