import { combine } from '../../i18n/translations.js';
import { commonStrings } from '../../i18n/parts/common.js';
import { kitStrings } from '../../i18n/parts/kit.js';
import { recipientsStrings } from '../../i18n/parts/recipients.js';

/** The strings the recipients forms shows, in every language. */
export const RECIPIENTS_STRINGS = combine(commonStrings, kitStrings, recipientsStrings);
export type RecipientsStrings = (typeof RECIPIENTS_STRINGS)['en'];
