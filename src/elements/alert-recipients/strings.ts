import { combine } from '../../i18n/localize.js';
import { alertsStrings, commonStrings, kitStrings, recipientsStrings } from '../../i18n/parts.js';

/** The strings <kayse-alert-recipients> shows, in every language. */
export const ALERTS_STRINGS = combine(commonStrings, kitStrings, recipientsStrings, alertsStrings);
export type AlertsStrings = (typeof ALERTS_STRINGS)['en'];
