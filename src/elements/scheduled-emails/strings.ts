import { combine } from '../../i18n/translations.js';
import { commonStrings } from '../../i18n/parts/common.js';
import { kitStrings } from '../../i18n/parts/kit.js';
import { recipientsStrings } from '../../i18n/parts/recipients.js';
import { scheduledEmailsStrings } from '../../i18n/parts/scheduled-emails.js';

/** The strings <kayse-scheduled-emails> shows, in every language. */
export const SCHEDULED_EMAILS_STRINGS = combine(commonStrings, kitStrings, recipientsStrings, scheduledEmailsStrings);
export type ScheduledEmailsStrings = (typeof SCHEDULED_EMAILS_STRINGS)['en'];
