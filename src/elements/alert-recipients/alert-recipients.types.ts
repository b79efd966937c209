import type { AlertSettings } from '../../api/schemas.js';
import type { SaveDetail } from '../../events/events.js';

/** The alert settings the user can change besides the recipients. */
export type AlertOptions = { readonly thresholdAlertEnabled: boolean };

/** The detail of `<kayse-alert-recipients>`'s `kayse-save`: the section and the settings as the server saved them. */
export type AlertRecipientsSaveDetail = SaveDetail<AlertSettings>;
