import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { BILLING_MODES } from '../../api/enums.js';
import type { Contact, Preferences, PreferencesUpdate } from '../../api/schemas.js';
import { formatNumber } from '../../core/money.js';
import type { PreferencesStrings } from './strings.js';
import type { FormRules } from '../../state/form-controller.js';
import type { ComboboxOption } from '../../ui/kit/combobox.types.js';
import { SEARCHABLE_CONTACTS, type BillingMode, type BillingPreferencesData } from './billing-preferences.types.js';

/**
 * The user's edits on top of the preferences they started from. A field they did not touch (or
 * set back as it was) is `undefined`, so "keep my changes" after a 409 applies only what they
 * changed over the other admin's version, never reverting a field the user never looked at.
 */
export interface PreferencesValues {
  readonly contactId?: string | null;
  readonly mode?: BillingMode;
}

/** What the views need beside the data: the words, the locale, and the form's handlers. */
export interface PreferencesViewContext {
  readonly catalog: PreferencesStrings;
  readonly locale: string;
  readonly onContactSelect: (event: Event) => void;
  readonly onContactPick: (event: Event) => void;
  readonly onModeChange: (event: Event) => void;
  /** The combobox's options for these contacts (kept while the contacts are the same, so it does not refilter). */
  readonly optionsOf: (contacts: readonly Contact[]) => readonly ComboboxOption[];
}

const MODE_TEXT: Readonly<Record<BillingMode, { readonly label: (catalog: PreferencesStrings) => string; readonly sentence: (catalog: PreferencesStrings) => string }>> = {
  monthly_invoice: { label: (catalog) => catalog.billingModeMonthlyInvoice, sentence: (catalog) => catalog.prefsModeInvoiceSentence },
  refillable_wallet: { label: (catalog) => catalog.billingModeRefillableWallet, sentence: (catalog) => catalog.prefsModeWalletSentence },
};

export const isBillingMode = (value: string): value is BillingMode => (BILLING_MODES as readonly string[]).includes(value);

export const primaryId = (preferences: Preferences): string | null => preferences.primaryContact?.id ?? null;

/** The contact the form shows as chosen. */
export const chosenContactId = (values: PreferencesValues, base: Preferences): string | null => (values.contactId !== undefined ? values.contactId : primaryId(base));

/** The mode a save of `values` would switch `base` to, if it switches it. */
export const modeChange = (values: PreferencesValues, base: Preferences): BillingMode | null =>
  values.mode !== undefined && values.mode !== base.billingMode ? values.mode : null;

/** Whether saving `values` would change `base`. */
export const preferencesDiffer = (values: PreferencesValues, base: Preferences): boolean =>
  chosenContactId(values, base) !== primaryId(base) || modeChange(values, base) !== null;

/** `values` without the fields that equal `base`: those are the user's no longer. */
export const touchedOnly = (values: PreferencesValues, base: Preferences): PreferencesValues => ({
  contactId: values.contactId !== undefined && values.contactId !== primaryId(base) ? values.contactId : undefined,
  mode: modeChange(values, base) ?? undefined,
});

export function preferencesBody(values: PreferencesValues, base: Preferences): PreferencesUpdate {
  const mode = modeChange(values, base);
  return {
    // Required by the contract: an untouched contact goes back as it was in the version edited.
    primaryContactId: chosenContactId(values, base),
    version: base.version,
    // Only a changed mode is sent: where it is locked, sending even the same value invites a 422.
    ...(mode !== null ? { billingMode: mode } : {}),
  };
}

/** The preferences form's rules. Nothing is the user's until they touch it, so after a 409 an untouched field follows the other admin's version. */
export const PREFERENCES_FORM: FormRules<'preferences', BillingPreferencesData, PreferencesValues> = {
  key: 'preferences',
  resourceOf: (data) => data.preferences,
  valuesOf: () => ({}),
  differs: preferencesDiffer,
  bodyOf: preferencesBody,
};

export const modeLabel = (mode: string, catalog: PreferencesStrings): string => (isBillingMode(mode) ? MODE_TEXT[mode].label(catalog) : mode);

/** A padlock beside "cannot be changed": the sentence says it, the icon only repeats it. */
const lockIcon = html`<svg class="lock" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
  <path
    fill="currentColor"
    d="M8 1a3.5 3.5 0 0 0-3.5 3.5V7H4a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h8a1 1 0 0 0 1-1V8a1 1 0 0 0-1-1h-.5V4.5A3.5 3.5 0 0 0 8 1Zm2 6H6V4.5a2 2 0 1 1 4 0V7Z"
  />
</svg>`;

/** The preferences for a reader: the same values, without a control. */
export function renderValues(preferences: Preferences, catalog: PreferencesStrings): TemplateResult {
  const contact = preferences.primaryContact;
  return html`<div class="cards">
      <section class="card contact" part="contact" aria-labelledby="contact-heading">
        <h3 id="contact-heading" class="card-heading">${catalog.prefsContactLegend}</h3>
        <p class="meaning">${catalog.prefsContactMeaning}</p>
        ${contact ? renderContactCard(contact, catalog) : html`<p class="notice no-contact">${catalog.prefsNoPrimaryReadOnly}</p>`}
      </section>
      <section class="card mode" part="mode" aria-labelledby="mode-heading">
        <h3 id="mode-heading" class="card-heading">${catalog.prefsModeLegend}</h3>
        ${renderModeValue(preferences.billingMode, catalog)}
      </section>
    </div>
    <p class="read-only-note">${catalog.prefsReadOnly}</p>`;
}

/** The primary contact's fieldset: what it means, the picker, the chosen contact, the server's message. */
export function renderContactFieldset(contacts: readonly Contact[], chosenId: string | null, error: string | undefined, view: PreferencesViewContext): TemplateResult {
  const { catalog } = view;
  const chosen = contacts.find((contact) => contact.id === chosenId);
  return html`<fieldset class="card contact" part="contact" aria-describedby=${error ? 'contact-meaning contact-error' : 'contact-meaning'}>
    <legend class="card-heading">${catalog.prefsContactLegend}</legend>
    <p id="contact-meaning" class="meaning">${catalog.prefsContactMeaning}</p>
    ${chosenId === null ? renderNoContactNotice(catalog) : nothing}
    ${contacts.length === 0 ? html`<p class="empty-note">${catalog.prefsNoContacts}</p>` : renderContactPicker(contacts, chosenId, error, view)}
    ${chosen ? renderContactCard(chosen, catalog) : nothing}
    <p id="contact-error" class="field-error" ?hidden=${!error}>${error ?? ''}</p>
  </fieldset>`;
}

function renderNoContactNotice(catalog: PreferencesStrings): TemplateResult {
  // Words first; the mark and the border only repeat them.
  return html`<div class="notice no-contact">
    <span class="notice-mark" aria-hidden="true">!</span>
    <p><strong>${catalog.prefsNoPrimaryTitle}.</strong> ${catalog.prefsNoPrimaryBody}</p>
  </div>`;
}

function renderContactPicker(contacts: readonly Contact[], chosenId: string | null, error: string | undefined, view: PreferencesViewContext): TemplateResult {
  const { catalog } = view;
  if (contacts.length >= SEARCHABLE_CONTACTS) {
    return html`<div class="picker">
      <kayse-combobox
        data-field="primaryContactId"
        label=${catalog.prefsContactLabel}
        placeholder=${catalog.prefsContactSearchPlaceholder}
        .value=${chosenId ?? ''}
        .options=${view.optionsOf(contacts)}
        @change=${view.onContactPick}
      ></kayse-combobox>
      <p class="hint">${catalog.prefsContactSearchHint(formatNumber(contacts.length, view.locale))}</p>
    </div>`;
  }
  return html`<div class="picker">
    <label class="label" for="contact-select">${catalog.prefsContactLabel}</label>
    <select
      id="contact-select"
      data-field="primaryContactId"
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${error ? 'contact-error' : nothing}
      @change=${view.onContactSelect}
    >
      ${chosenId === null ? html`<option value="" disabled .selected=${true}>${catalog.prefsContactChoose}</option>` : nothing}
      ${contacts.map((contact) => html`<option value=${contact.id} .selected=${contact.id === chosenId}>${catalog.prefsContactOption(contact.name, contact.role)}</option>`)}
    </select>
  </div>`;
}

function renderContactCard(contact: Contact, catalog: PreferencesStrings): TemplateResult {
  return html`<div class="contact-card">
    <p class="contact-name">${contact.name}</p>
    <dl class="contact-details">
      <div>
        <dt>${catalog.prefsContactEmail}</dt>
        <dd>${contact.email}</dd>
      </div>
      ${contact.role
        ? html`<div>
            <dt>${catalog.prefsContactRole}</dt>
            <dd>${contact.role}</dd>
          </div>`
        : nothing}
    </dl>
  </div>`;
}

function renderModeValue(mode: string, catalog: PreferencesStrings): TemplateResult {
  return html`<div class="mode-value">
    <p class="mode-name">${modeLabel(mode, catalog)}</p>
    ${isBillingMode(mode) ? html`<p class="mode-sentence">${MODE_TEXT[mode].sentence(catalog)}</p>` : nothing}
  </div>`;
}

/** The two modes to choose from, the current one marked. */
export function renderModeFieldset(preferences: Preferences, chosen: string, error: string | undefined, view: PreferencesViewContext): TemplateResult {
  const { catalog } = view;
  return html`<fieldset class="card mode" part="mode" aria-describedby=${error ? 'mode-error' : nothing}>
    <legend class="card-heading">${catalog.prefsModeLegend}</legend>
    ${isBillingMode(preferences.billingMode) ? nothing : renderModeValue(preferences.billingMode, catalog)}
    <div class="choices">
      ${BILLING_MODES.map(
        (mode) => html`<label class="choice">
          <input
            type="radio"
            name="billing-mode"
            value=${mode}
            .checked=${live(chosen === mode)}
            aria-describedby="mode-${mode}-sentence"
            aria-invalid=${error ? 'true' : 'false'}
            @change=${view.onModeChange}
          />
          <span class="choice-text">
            <span class="choice-name"
              >${MODE_TEXT[mode].label(catalog)} ${mode === preferences.billingMode ? html`<span class="current">${catalog.prefsModeCurrent}</span>` : nothing}</span
            >
            <span id="mode-${mode}-sentence" class="choice-sentence">${MODE_TEXT[mode].sentence(catalog)}</span>
          </span>
        </label>`,
      )}
    </div>
    <p id="mode-error" class="field-error" ?hidden=${!error}>${error ?? ''}</p>
  </fieldset>`;
}

/** The mode where the API says it cannot be changed: the value and why. */
export function renderModeLocked(preferences: Preferences, catalog: PreferencesStrings): TemplateResult {
  return html`<section class="card mode" part="mode" aria-labelledby="mode-heading">
    <h3 id="mode-heading" class="card-heading">${catalog.prefsModeLegend}</h3>
    ${renderModeValue(preferences.billingMode, catalog)}
    <p class="locked-note">${lockIcon}<span>${catalog.prefsModeLocked}</span></p>
  </section>`;
}

/** After a 409: what the other admin saved. */
export function renderTheirVersion(latest: Preferences | null, catalog: PreferencesStrings): TemplateResult | typeof nothing {
  if (!latest) return nothing;
  return html`<p class="their-version">${catalog.prefsTheirVersion(latest.primaryContact?.name ?? null, modeLabel(latest.billingMode, catalog))}</p>`;
}

/** The confirmation of a mode switch, saying that the wallet section appears or disappears. */
export function renderModeDialog(mode: BillingMode | null, catalog: PreferencesStrings): TemplateResult {
  const toWallet = mode !== 'monthly_invoice';
  return html`<kayse-confirm-dialog
    heading=${toWallet ? catalog.prefsConfirmWalletHeading : catalog.prefsConfirmInvoiceHeading}
    confirm-label=${toWallet ? catalog.prefsConfirmWalletAction : catalog.prefsConfirmInvoiceAction}
    >${toWallet ? catalog.prefsConfirmWalletBody : catalog.prefsConfirmInvoiceBody}</kayse-confirm-dialog
  >`;
}
