import { combine } from '../../i18n/localize.js';
import { commonStrings, kitStrings, settingsStrings } from '../../i18n/parts.js';

/** The strings <kayse-billing-settings> shows, in every language. */
export const SETTINGS_STRINGS = combine(commonStrings, kitStrings, settingsStrings);
export type SettingsStrings = (typeof SETTINGS_STRINGS)['en'];
