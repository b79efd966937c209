import { combine } from '../../i18n/translations.js';
import { alertsStrings } from '../../i18n/parts/alerts.js';
import { commonStrings } from '../../i18n/parts/common.js';
import { kitStrings } from '../../i18n/parts/kit.js';
import { recipientsStrings } from '../../i18n/parts/recipients.js';

/** The strings <kayse-alert-recipients> shows, in every language. */
export const ALERTS_STRINGS = combine(commonStrings, kitStrings, recipientsStrings, alertsStrings);
export type AlertsStrings = (typeof ALERTS_STRINGS)['en'];
