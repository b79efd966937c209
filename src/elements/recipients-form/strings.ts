import { combine } from '../../i18n/localize.js';
import { commonStrings, kitStrings, recipientsStrings } from '../../i18n/parts.js';

/** The strings the recipients forms shows, in every language. */
export const RECIPIENTS_STRINGS = combine(commonStrings, kitStrings, recipientsStrings);
export type RecipientsStrings = (typeof RECIPIENTS_STRINGS)['en'];
