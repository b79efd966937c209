import type { BILLING_MODES, Contact, Preferences } from '../../api/schemas.js';
import type { SaveDetail } from '../../events/events.js';

/** What `<kayse-billing-preferences>` loads before it shows anything. */
export interface BillingPreferencesData {
  readonly preferences: Preferences;
  /** The company's contacts, any of whom may become the primary contact. */
  readonly contacts: readonly Contact[];
}

/** A billing mode a client may send (the response enum is open, the request enum is not). */
export type BillingMode = (typeof BILLING_MODES)[number];

/** The form's fields, named as the contract's body and its 422 `fields` name them. */
export type PreferencesField = 'primaryContactId' | 'billingMode';

/** The detail of `<kayse-billing-preferences>`'s `kayse-save`: the section and the preferences as the server saved them. */
export type PreferencesSaveDetail = SaveDetail<Preferences>;

/**
 * From this many contacts on, the contact is picked with a searchable combobox; below it, a
 * native select is quicker to scan and works with every assistive technology.
 */
export const SEARCHABLE_CONTACTS = 10;
