import { combine } from '../../i18n/localize.js';
import { commonStrings, kitStrings, recipientsStrings, scheduledEmailsStrings } from '../../i18n/parts.js';

/** The strings <kayse-scheduled-emails> shows, in every language. */
export const SCHEDULED_EMAILS_STRINGS = combine(commonStrings, kitStrings, recipientsStrings, scheduledEmailsStrings);
export type ScheduledEmailsStrings = (typeof SCHEDULED_EMAILS_STRINGS)['en'];
