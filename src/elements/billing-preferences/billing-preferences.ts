import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { BILLING_MODES, Preferences, type Contact, type PreferencesUpdate, type Section } from '../../api/schemas.js';
import { formatNumber } from '../../core/money.js';
import type { Catalog } from '../../i18n/catalog.js';
import { SAVE_AFFECTS, type BillingStore, type Topic } from '../../state/store.js';
import { KayseElement, type Permission } from '../../ui/kayse-element.js';
import type { ComboboxOption } from '../../ui/kit/combobox.types.js';
import type { KayseConfirmDialog } from '../../ui/kit/confirm-dialog.js';
import { KitChangeEvent } from '../../ui/kit/events.js';
import { skeleton } from '../../ui/kit/skeleton.js';
import { SaveController } from '../../ui/save-controller.js';
import { saveStatus, saveStatusStyles } from '../../ui/save-status.js';
import { UnsavedChangesController } from '../../ui/unsaved-changes.js';
import { billingPreferencesStyles } from './billing-preferences.styles.js';
import { SEARCHABLE_CONTACTS, type BillingMode, type BillingPreferencesData, type PreferencesField } from './billing-preferences.types.js';

/**
 * The user's edits on top of the preferences they started from. A field they did not touch is
 * `undefined`, so "keep my changes" after a 409 applies only what they changed over the other
 * admin's version, never reverting a field the user never looked at.
 */
interface Draft {
  /** The preferences they started from: its `version` goes with the save. */
  readonly base: Preferences;
  readonly contactId?: string | null;
  readonly mode?: BillingMode;
}

const FIELDS: readonly PreferencesField[] = ['primaryContactId', 'billingMode'];

const MODE_TEXT: Readonly<Record<BillingMode, { readonly label: (catalog: Catalog) => string; readonly sentence: (catalog: Catalog) => string }>> = {
  monthly_invoice: { label: (catalog) => catalog.billingModeMonthlyInvoice, sentence: (catalog) => catalog.prefsModeInvoiceSentence },
  refillable_wallet: { label: (catalog) => catalog.billingModeRefillableWallet, sentence: (catalog) => catalog.prefsModeWalletSentence },
};

const isBillingMode = (value: string): value is BillingMode => (BILLING_MODES as readonly string[]).includes(value);

const primaryId = (preferences: Preferences): string | null => preferences.primaryContact?.id ?? null;

/** The draft without the fields that equal its base; null when nothing is left to save. */
function normalized(draft: Draft): Draft | null {
  const contactId = draft.contactId !== undefined && draft.contactId !== primaryId(draft.base) ? draft.contactId : undefined;
  const mode = draft.mode !== undefined && draft.mode !== draft.base.billingMode ? draft.mode : undefined;
  return contactId === undefined && mode === undefined ? null : { base: draft.base, contactId, mode };
}

/** A padlock beside "cannot be changed": the sentence says it, the icon only repeats it. */
const lockIcon = html`<svg class="lock" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
  <path
    fill="currentColor"
    d="M8 1a3.5 3.5 0 0 0-3.5 3.5V7H4a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h8a1 1 0 0 0 1-1V8a1 1 0 0 0-1-1h-.5V4.5A3.5 3.5 0 0 0 8 1Zm2 6H6V4.5a2 2 0 1 1 4 0V7Z"
  />
</svg>`;

/**
 * @tag kayse-billing-preferences
 * @summary The company's primary billing contact (who receives billing alerts and scheduled
 * reports by default) and its billing mode, Monthly Invoice or Refillable Wallet.
 *
 * Admins with `edit` access choose the primary contact from the company's contacts (a select,
 * or a search box once there are many) and, where the API says `billingModeEditable`, switch the
 * billing mode after a confirmation that says what changes: the wallet section appears or
 * disappears. A save reloads, under the same provider, access, usage, alerts, scheduled emails
 * and the wallet, so a `<kayse-wallet>` beside it shows or hides at once. With `read` access the
 * element shows the same values without controls and sends nothing; with `hidden` it renders
 * nothing.
 *
 * Unsaved edits survive every failure (a 409 offers the other admin's version or saving over
 * it; a 422 shows its message on the field), the browser warns before the page is left while
 * edits are unsaved, and Reset puts the saved values back.
 *
 * @fires {KayseSaveEvent<Preferences>} kayse-save - The user's change was saved; `detail` is `{ section: 'preferences', value }`, `value` the preferences as the server returned them.
 * @fires {KayseErrorEvent} kayse-error - A failure was shown, loading (`operation: 'load'`) or saving (`operation: 'save'`); `detail.error` is the typed `ApiError`.
 *
 * @csspart base - The whole element once loaded (and its placeholder while loading).
 * @csspart contact - The primary contact: its meaning, the picker and the chosen contact's details.
 * @csspart mode - The billing mode: the two choices, or the current mode when it cannot be changed.
 * @csspart actions - The Save and Reset buttons.
 * @csspart save-status - The line that says how the last save went, with the choice after a conflict.
 * @csspart error - The message and retry shown when the preferences cannot be loaded.
 *
 * @cssprop [--kayse-font-family=inherit] - Font.
 * @cssprop [--kayse-color-text=light-dark(#1b1f24, #e8eaed)] - Text.
 * @cssprop [--kayse-color-text-muted=light-dark(#525c69, #a9b1bc)] - Explanations and labels.
 * @cssprop [--kayse-color-surface=light-dark(#ffffff, #1a1e24)] - Cards and fields.
 * @cssprop [--kayse-color-surface-alt=light-dark(#f3f5f7, #232830)] - The chosen contact and the chosen mode.
 * @cssprop [--kayse-color-border=light-dark(#d5dae0, #3a414b)] - Borders.
 * @cssprop [--kayse-color-accent=light-dark(#2553c9, #8fb0ff)] - The save button and the chosen mode's border.
 * @cssprop [--kayse-color-warning=light-dark(#8a5300, #f2b65a)] - The "No primary contact" notice.
 * @cssprop [--kayse-color-danger=light-dark(#b3261e, #ff9a92)] - Field errors and failed saves.
 * @cssprop [--kayse-color-focus=light-dark(#2553c9, #8fb0ff)] - The focus ring.
 * @cssprop [--kayse-radius=0.5rem] - Corner radius of cards, fields and buttons.
 * @cssprop [--kayse-space=1rem] - Base spacing.
 *
 * @example
 * ```html
 * <kayse-billing-provider base-url="/api/billing">
 *   <kayse-billing-preferences></kayse-billing-preferences>
 *   <kayse-wallet></kayse-wallet>
 * </kayse-billing-provider>
 * <script>
 *   document.addEventListener('kayse-save', (event) => {
 *     if (event.detail.section === 'preferences') console.log('Billing mode', event.detail.value.billingMode);
 *   });
 * </script>
 * ```
 */
export class KayseBillingPreferences extends KayseElement<BillingPreferencesData> {
  static override styles = [...KayseElement.styles, saveStatusStyles, billingPreferencesStyles];

  protected readonly section: Section = 'preferences';
  protected readonly topics: readonly Topic[] = ['preferences', 'contacts'];

  private readonly saver = new SaveController(this, { key: 'preferences', section: 'preferences' });

  private readonly unsaved = new UnsavedChangesController(this);

  /**
   * What this element just saved, with the loaded value it replaces: shown until the reload the
   * save started delivers, so the old values do not flash back while access and the rest reload.
   */
  private justSaved: { readonly value: Preferences; readonly replaces: unknown } | null = null;
  // A save is on its way from the first press (the confirmation included), so a second press does nothing.
  private submitting = false;
  // The combobox refilters when its options change identity; built once per contact list.
  private optionsMemo?: { readonly contacts: readonly Contact[]; readonly catalog: Catalog; readonly options: readonly ComboboxOption[] };
  private contactsMemo?: { readonly loaded: readonly Contact[]; readonly primary: Contact | null; readonly contacts: readonly Contact[] };

  @query('kayse-confirm-dialog') private confirmDialog?: KayseConfirmDialog;
  @query('[data-field="primaryContactId"]') private contactControl?: HTMLElement;

  @state() private draft: Draft | null = null;
  /** The server's 422 messages, each until the user edits its field. */
  @state() private serverErrors: Readonly<Partial<Record<PreferencesField, string>>> = {};
  /** 422 messages on fields this form does not show (a newer server's), so none goes unsaid. */
  @state() private otherErrors: readonly string[] = [];
  @state() private noChanges = false;
  /** The mode the confirmation dialog asks about. */
  @state() private modeAsked: BillingMode = 'refillable_wallet';

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Access can drop to read-only on a reload; edits nobody can save are not worth a leave warning.
    if (this.draft && this.permission !== null && this.permission !== 'edit') this.replaceDraft(null);
  }

  protected override async load(store: BillingStore, signal: AbortSignal): Promise<BillingPreferencesData> {
    const [preferences, contacts] = await Promise.all([store.read('preferences', signal), store.read('contacts', signal)]);
    return { preferences, contacts: contacts.items };
  }

  private readonly handleContactSelect = (event: Event): void => {
    const value = (event.target as HTMLSelectElement).value;
    this.editContact(value === '' ? null : value);
  };

  private readonly handleContactPick = (event: Event): void => {
    if (!(event instanceof KitChangeEvent)) return;
    const value: unknown = event.detail.value;
    if (typeof value === 'string' && value !== '') this.editContact(value);
  };

  private readonly handleModeChange = (event: Event): void => {
    const value = (event.target as HTMLInputElement).value;
    if (isBillingMode(value)) this.editMode(value);
  };

  private readonly handleSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.submit();
  };

  private readonly handleReset = (): void => {
    this.replaceDraft(null);
    this.clearFeedback();
    this.saver.clear();
  };

  private readonly handleLoadLatest = (): void => {
    const latest = this.saver.latest;
    if (!latest) return;
    const before = this.draft?.base ?? null;
    this.replaceDraft(null);
    this.clearFeedback();
    this.saver.clear();
    const store = this.store;
    if (!store) return;
    // Into the shared cache, so every element showing preferences shows the server's version.
    store.put('preferences', latest);
    // Another admin's new mode or contact changed access, the wallet and who receives alerts and reports.
    if (!before || before.billingMode !== latest.billingMode || primaryId(before) !== primaryId(latest)) store.invalidate(SAVE_AFFECTS.preferences);
  };

  private readonly handleSaveOver = (): void => {
    const latest = this.saver.latest;
    const draft = this.draft;
    if (!latest || !draft) return;
    const rebased = normalized({ ...draft, base: latest });
    // Their version already says what this user wanted: nothing of theirs is left to save.
    if (!rebased) {
      this.handleLoadLatest();
      return;
    }
    this.replaceDraft(rebased);
    // The mode change was confirmed before the first attempt; the user has just chosen to keep it.
    void this.save(rebased);
  };

  /** The loaded data, once loaded and visible. */
  private get data(): BillingPreferencesData | null {
    const loaded = this.loadTask.value;
    return loaded && !loaded.hidden ? loaded.data : null;
  }

  /** The newest preferences this element knows: the loaded ones, or the ones it just saved. */
  private preferencesOf(data: BillingPreferencesData): Preferences {
    const held = this.justSaved;
    return held && held.replaces === this.loadTask.value ? held.value : data.preferences;
  }

  /** What the form shows and would save from: the draft's starting point, else the newest preferences. */
  private shownPreferences(data: BillingPreferencesData): Preferences {
    return this.draft?.base ?? this.preferencesOf(data);
  }

  /** The contacts to choose from; the current primary contact is kept even if the list no longer has it. */
  private contactsFor(data: BillingPreferencesData, primary: Contact | null): readonly Contact[] {
    const memo = this.contactsMemo;
    if (memo && memo.loaded === data.contacts && memo.primary === primary) return memo.contacts;
    const contacts = !primary || data.contacts.some((contact) => contact.id === primary.id) ? data.contacts : [...data.contacts, primary];
    this.contactsMemo = { loaded: data.contacts, primary, contacts };
    return contacts;
  }

  private optionsFor(contacts: readonly Contact[]): readonly ComboboxOption[] {
    const catalog = this.catalog;
    const memo = this.optionsMemo;
    if (memo && memo.contacts === contacts && memo.catalog === catalog) return memo.options;
    const options = contacts.map((contact) => ({
      value: contact.id,
      label: contact.name,
      description: catalog.prefsContactDescription(contact.email, contact.role),
    }));
    this.optionsMemo = { contacts, catalog, options };
    return options;
  }

  private editContact(id: string | null): void {
    const data = this.data;
    if (!data) return;
    this.edit({ base: this.shownPreferences(data), contactId: id, mode: this.draft?.mode }, 'primaryContactId');
  }

  private editMode(mode: BillingMode): void {
    const data = this.data;
    if (!data) return;
    this.edit({ base: this.shownPreferences(data), contactId: this.draft?.contactId, mode }, 'billingMode');
  }

  /** A user's edit: the new draft, the edited field's server error gone, the last save's outcome forgotten. */
  private edit(draft: Draft, field: PreferencesField): void {
    this.replaceDraft(normalized(draft));
    if (this.serverErrors[field] !== undefined) {
      const { [field]: _edited, ...others } = this.serverErrors;
      this.serverErrors = others;
    }
    this.noChanges = false;
    // "Saved." or a failure is about the last save; a 409's choice stays until the user makes it.
    if (this.saver.status === 'saved' || this.saver.status === 'failed') this.saver.clear();
  }

  private replaceDraft(draft: Draft | null): void {
    this.draft = draft;
    this.unsaved.dirty = draft !== null;
  }

  private clearFeedback(): void {
    this.serverErrors = {};
    this.otherErrors = [];
    this.noChanges = false;
  }

  private async submit(): Promise<void> {
    if (this.submitting || this.saver.saving) return;
    const draft = this.draft;
    if (!draft) {
      this.noChanges = true;
      return;
    }
    this.submitting = true;
    try {
      if (draft.mode !== undefined && !(await this.confirmMode(draft.mode))) return;
      await this.save(draft);
    } finally {
      this.submitting = false;
    }
  }

  private async confirmMode(mode: BillingMode): Promise<boolean> {
    this.modeAsked = mode;
    // The dialog's heading and body must say this mode before it opens.
    await this.updateComplete;
    return this.confirmDialog ? this.confirmDialog.ask() : false;
  }

  private async save(draft: Draft): Promise<void> {
    const store = this.store;
    if (!store) return;
    const { base } = draft;
    const body: PreferencesUpdate = {
      // Required by the contract: an untouched contact goes back as it was in the version edited.
      primaryContactId: draft.contactId !== undefined ? draft.contactId : primaryId(base),
      version: base.version,
      // Only a changed mode is sent: where it is locked, sending even the same value invites a 422.
      ...(draft.mode !== undefined ? { billingMode: draft.mode } : {}),
    };
    const replaces = this.loadTask.value;
    const saved = await this.saver.save(store, body);
    if (saved) {
      this.justSaved = { value: saved, replaces };
      this.replaceDraft(null);
      this.clearFeedback();
      return;
    }
    const fields = this.saver.fieldErrors;
    const serverErrors: Partial<Record<PreferencesField, string>> = {};
    for (const field of FIELDS) if (fields[field] !== undefined) serverErrors[field] = fields[field];
    this.serverErrors = serverErrors;
    this.otherErrors = Object.entries(fields)
      .filter(([path]) => !(FIELDS as readonly string[]).includes(path))
      .map(([, message]) => message);
    const first = FIELDS.find((field) => serverErrors[field] !== undefined);
    if (first) {
      await this.updateComplete;
      this.focusField(first);
    }
  }

  private focusField(field: PreferencesField): void {
    if (field === 'primaryContactId') {
      this.contactControl?.focus();
      return;
    }
    const radios = [...this.renderRoot.querySelectorAll<HTMLInputElement>('input[name="billing-mode"]')];
    (radios.find((radio) => radio.checked) ?? radios[0])?.focus();
  }

  private modeLabel(mode: string): string {
    return isBillingMode(mode) ? MODE_TEXT[mode].label(this.catalog) : mode;
  }

  protected override renderLoading(): TemplateResult {
    // The ready layout's frame, so nothing moves when the values arrive.
    return html`<div class="preferences is-loading" part="base" role="status" aria-busy="true">
      <span class="visually-hidden">${this.catalog.loading}</span>
      <div class="title-placeholder">${skeleton(['11rem'])}</div>
      <div class="cards">
        <div class="card">${skeleton(['12rem', '95%', '70%', '8rem', '100%', '60%', '75%'])}</div>
        <div class="card">${skeleton(['7rem', '10rem', '90%', '70%', '10rem', '85%', '60%'])}</div>
      </div>
      <div class="actions-placeholder"></div>
    </div>`;
  }

  protected override renderError(error: unknown): TemplateResult {
    // The heading stays, so the user knows which section failed.
    return html`<section class="preferences" part="base" aria-labelledby="heading">
      <h2 id="heading" class="title">${this.catalog.prefsHeading}</h2>
      ${super.renderError(error)}
    </section>`;
  }

  protected override renderReady(data: BillingPreferencesData, permission: Permission): TemplateResult {
    const preferences = this.shownPreferences(data);
    return html`<section class="preferences" part="base" aria-labelledby="heading">
      <h2 id="heading" class="title">${this.catalog.prefsHeading}</h2>
      ${permission === 'edit' ? this.renderForm(data, preferences) : this.renderValues(preferences)}
    </section>`;
  }

  private renderValues(preferences: Preferences): TemplateResult {
    const catalog = this.catalog;
    const contact = preferences.primaryContact;
    return html`<div class="cards">
        <section class="card contact" part="contact" aria-labelledby="contact-heading">
          <h3 id="contact-heading" class="card-heading">${catalog.prefsContactLegend}</h3>
          <p class="meaning">${catalog.prefsContactMeaning}</p>
          ${contact ? this.renderContactCard(contact) : html`<p class="notice no-contact">${catalog.prefsNoPrimaryReadOnly}</p>`}
        </section>
        <section class="card mode" part="mode" aria-labelledby="mode-heading">
          <h3 id="mode-heading" class="card-heading">${catalog.prefsModeLegend}</h3>
          ${this.renderModeValue(preferences.billingMode)}
        </section>
      </div>
      <p class="read-only-note">${catalog.prefsReadOnly}</p>`;
  }

  private renderForm(data: BillingPreferencesData, preferences: Preferences): TemplateResult {
    const catalog = this.catalog;
    return html`<form class="form" novalidate @submit=${this.handleSubmit}>
        <div class="cards">
          ${this.renderContactFieldset(data, preferences)}
          ${preferences.billingModeEditable ? this.renderModeFieldset(preferences) : this.renderModeLocked(preferences)}
        </div>
        ${this.renderTheirVersion()} ${this.renderOtherErrors()}
        <div class="form-actions" part="actions">
          <button class="button primary" type="submit" aria-disabled=${this.saver.saving ? 'true' : 'false'}>${catalog.save}</button>
          ${this.draft
            ? html`<button class="button" type="button" @click=${this.handleReset}>${catalog.reset}</button>
                <p class="unsaved">${catalog.unsavedChanges}</p>`
            : nothing}
          <div class="status-slot" part="save-status">${saveStatus(this.saver, catalog, { loadLatest: this.handleLoadLatest, saveOver: this.handleSaveOver })}</div>
        </div>
        ${this.noChanges ? html`<p class="form-problem quiet" role="status">${catalog.prefsNoChanges}</p>` : nothing}
      </form>
      ${this.renderModeDialog()}`;
  }

  private renderContactFieldset(data: BillingPreferencesData, preferences: Preferences): TemplateResult {
    const catalog = this.catalog;
    const contacts = this.contactsFor(data, preferences.primaryContact);
    const chosenId = this.draft?.contactId !== undefined ? this.draft.contactId : primaryId(preferences);
    const chosen = contacts.find((contact) => contact.id === chosenId);
    const error = this.serverErrors.primaryContactId;
    const describedBy = error ? 'contact-meaning contact-error' : 'contact-meaning';
    return html`<fieldset class="card contact" part="contact" aria-describedby=${describedBy}>
      <legend class="card-heading">${catalog.prefsContactLegend}</legend>
      <p id="contact-meaning" class="meaning">${catalog.prefsContactMeaning}</p>
      ${chosenId === null ? this.renderNoContactNotice() : nothing}
      ${contacts.length === 0 ? html`<p class="empty-note">${catalog.prefsNoContacts}</p>` : this.renderContactPicker(contacts, chosenId, error)}
      ${chosen ? this.renderContactCard(chosen) : nothing}
      <p id="contact-error" class="field-error" ?hidden=${!error}>${error ?? ''}</p>
    </fieldset>`;
  }

  private renderNoContactNotice(): TemplateResult {
    const catalog = this.catalog;
    // Words first; the mark and the border only repeat them.
    return html`<div class="notice no-contact">
      <span class="notice-mark" aria-hidden="true">!</span>
      <p><strong>${catalog.prefsNoPrimaryTitle}.</strong> ${catalog.prefsNoPrimaryBody}</p>
    </div>`;
  }

  private renderContactPicker(contacts: readonly Contact[], chosenId: string | null, error: string | undefined): TemplateResult {
    const catalog = this.catalog;
    if (contacts.length >= SEARCHABLE_CONTACTS) {
      return html`<div class="picker">
        <kayse-combobox
          data-field="primaryContactId"
          label=${catalog.prefsContactLabel}
          placeholder=${catalog.prefsContactSearchPlaceholder}
          .value=${chosenId ?? ''}
          .options=${this.optionsFor(contacts)}
          .catalog=${catalog}
          @change=${this.handleContactPick}
        ></kayse-combobox>
        <p class="hint">${catalog.prefsContactSearchHint(formatNumber(contacts.length, this.resolvedLocale))}</p>
      </div>`;
    }
    return html`<div class="picker">
      <label class="label" for="contact-select">${catalog.prefsContactLabel}</label>
      <select
        id="contact-select"
        data-field="primaryContactId"
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? 'contact-error' : nothing}
        @change=${this.handleContactSelect}
      >
        ${chosenId === null ? html`<option value="" disabled .selected=${true}>${catalog.prefsContactChoose}</option>` : nothing}
        ${contacts.map(
          (contact) => html`<option value=${contact.id} .selected=${contact.id === chosenId}>${catalog.prefsContactOption(contact.name, contact.role)}</option>`,
        )}
      </select>
    </div>`;
  }

  private renderContactCard(contact: Contact): TemplateResult {
    const catalog = this.catalog;
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

  private renderModeValue(mode: string): TemplateResult {
    return html`<div class="mode-value">
      <p class="mode-name">${this.modeLabel(mode)}</p>
      ${isBillingMode(mode) ? html`<p class="mode-sentence">${MODE_TEXT[mode].sentence(this.catalog)}</p>` : nothing}
    </div>`;
  }

  private renderModeFieldset(preferences: Preferences): TemplateResult {
    const catalog = this.catalog;
    const chosen = this.draft?.mode ?? preferences.billingMode;
    const error = this.serverErrors.billingMode;
    return html`<fieldset class="card mode" part="mode" aria-describedby=${error ? 'mode-error' : nothing}>
      <legend class="card-heading">${catalog.prefsModeLegend}</legend>
      ${isBillingMode(preferences.billingMode) ? nothing : this.renderModeValue(preferences.billingMode)}
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
              @change=${this.handleModeChange}
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

  private renderModeLocked(preferences: Preferences): TemplateResult {
    const catalog = this.catalog;
    return html`<section class="card mode" part="mode" aria-labelledby="mode-heading">
      <h3 id="mode-heading" class="card-heading">${catalog.prefsModeLegend}</h3>
      ${this.renderModeValue(preferences.billingMode)}
      <p class="locked-note">${lockIcon}<span>${catalog.prefsModeLocked}</span></p>
    </section>`;
  }

  private renderTheirVersion(): TemplateResult | typeof nothing {
    const latest = this.saver.status === 'conflict' ? this.saver.latest : null;
    if (!latest) return nothing;
    return html`<p class="their-version">${this.catalog.prefsTheirVersion(latest.primaryContact?.name ?? null, this.modeLabel(latest.billingMode))}</p>`;
  }

  private renderOtherErrors(): TemplateResult | typeof nothing {
    if (this.otherErrors.length === 0) return nothing;
    return html`<ul class="other-errors">
      ${this.otherErrors.map((message) => html`<li>${message}</li>`)}
    </ul>`;
  }

  private renderModeDialog(): TemplateResult {
    const catalog = this.catalog;
    const toWallet = this.modeAsked === 'refillable_wallet';
    return html`<kayse-confirm-dialog
      heading=${toWallet ? catalog.prefsConfirmWalletHeading : catalog.prefsConfirmInvoiceHeading}
      confirm-label=${toWallet ? catalog.prefsConfirmWalletAction : catalog.prefsConfirmInvoiceAction}
      .catalog=${catalog}
      >${toWallet ? catalog.prefsConfirmWalletBody : catalog.prefsConfirmInvoiceBody}</kayse-confirm-dialog
    >`;
  }
}
