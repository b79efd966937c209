import { html, nothing, type TemplateResult } from 'lit';
import { query } from 'lit/decorators.js';
import type { Contact, Section } from '../../api/schemas.js';
import { FormController } from '../../state/form-controller.js';
import type { BillingStore, Topic } from '../../state/store.js';
import { KayseElement, type Permission } from '../../ui/kayse-element.js';
import type { ComboboxOption } from '../../ui/kit/combobox.types.js';
import { askConfirmation } from '../../ui/kit/ask-confirmation.js';
import { kitValue } from '../../ui/kit/kit-value.js';
import { loadingFrame } from '../../ui/loading-frame.js';
import { saveStatus, saveStatusStyles } from '../../ui/save-status.js';
import {
  chosenContactId,
  isBillingMode,
  modeChange,
  PREFERENCES_FORM,
  renderContactFieldset,
  renderModeDialog,
  renderModeFieldset,
  renderModeLocked,
  renderTheirVersion,
  renderValues,
  touchedOnly,
  type PreferencesValues,
  type PreferencesViewContext,
} from './billing-preferences-views.js';
import { billingPreferencesStyles } from './billing-preferences.styles.js';
import type { BillingPreferencesData, PreferencesField } from './billing-preferences.types.js';
import { LocalizeController } from '../../i18n/localize.js';
import { PREFERENCES_STRINGS, type PreferencesStrings } from './strings.js';

const FIELDS: readonly string[] = ['primaryContactId', 'billingMode'] satisfies readonly PreferencesField[];

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
export class KayseBillingPreferences extends KayseElement<BillingPreferencesData, PreferencesStrings> {
  static override styles = [...KayseElement.styles, saveStatusStyles, billingPreferencesStyles];

  protected readonly section: Section = 'preferences';
  protected readonly topics: readonly Topic[] = ['preferences', 'contacts'];
  protected readonly localize = new LocalizeController(this, PREFERENCES_STRINGS, () => this.resolvedLocale);

  private readonly form = new FormController(this, this.connection, PREFERENCES_FORM, {
    confirm: async (values, base) => {
      if (modeChange(values, base) === null) return true;
      // The dialog says the mode these values switch to, once rendered, before it opens.
      return askConfirmation(this);
    },
    focus: () => this.focusFirstError(),
  });

  // The combobox refilters when its options change identity; built once per contact list.
  private optionsMemo?: { readonly contacts: readonly Contact[]; readonly catalog: PreferencesStrings; readonly options: readonly ComboboxOption[] };
  private contactsMemo?: { readonly loaded: readonly Contact[]; readonly primary: Contact | null; readonly contacts: readonly Contact[] };

  @query('[data-field="primaryContactId"]') private contactControl?: HTMLElement;

  /** Whether the form holds edits that are not saved (a host asks before leaving the page or section). */
  get dirty(): boolean {
    return this.form.dirty;
  }

  protected override async load(store: BillingStore, signal: AbortSignal): Promise<BillingPreferencesData> {
    const [preferences, contacts] = await Promise.all([store.read('preferences', signal), store.read('contacts', signal)]);
    return { preferences, contacts: contacts.items };
  }

  private readonly handleContactSelect = (event: Event): void => {
    const value = (event.target as HTMLSelectElement).value;
    this.edit({ contactId: value === '' ? null : value }, 'primaryContactId');
  };

  private readonly handleContactPick = (event: Event): void => {
    const value = kitValue(event);
    if (typeof value === 'string' && value !== '') this.edit({ contactId: value }, 'primaryContactId');
  };

  private readonly handleModeChange = (event: Event): void => {
    const value = (event.target as HTMLInputElement).value;
    if (isBillingMode(value)) this.edit({ mode: value }, 'billingMode');
  };

  private get view(): PreferencesViewContext {
    return {
      catalog: this.catalog,
      locale: this.resolvedLocale,
      onContactSelect: this.handleContactSelect,
      onContactPick: this.handleContactPick,
      onModeChange: this.handleModeChange,
      optionsOf: (contacts) => this.optionsFor(contacts),
    };
  }

  /** A user's edit of one field; a field set back as it was in the version edited is no longer theirs. */
  private edit(change: PreferencesValues, field: PreferencesField): void {
    const base = this.form.resource;
    const values = this.form.values;
    if (base && values) this.form.edit(touchedOnly({ ...values, ...change }, base), [field]);
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

  /** The first field the server refused, in the form's order, whatever order its 422 named them in. */
  private focusFirstError(): void {
    const field = FIELDS.find((name) => this.form.fieldErrors[name] !== undefined);
    if (field === 'primaryContactId') {
      this.contactControl?.focus();
    } else if (field === 'billingMode') {
      const radios = [...this.renderRoot.querySelectorAll<HTMLInputElement>('input[name="billing-mode"]')];
      (radios.find((radio) => radio.checked) ?? radios[0])?.focus();
    }
  }

  protected override renderLoading(): TemplateResult {
    // The ready layout's frame, so nothing moves when the values arrive.
    const catalog = this.catalog;
    return loadingFrame(catalog.loading, {
      frame: 'preferences',
      head: [{ row: 'title', text: catalog.prefsHeading }],
      blocks: [
        {
          rows: [
            { row: 'heading', text: catalog.prefsContactLegend },
            { row: 'note', text: catalog.prefsContactMeaning },
            { row: 'select', text: catalog.prefsContactLabel },
            'callout',
          ],
        },
        {
          rows: [
            { row: 'heading', text: catalog.prefsModeLegend },
            { row: 'choice', text: [catalog.billingModeMonthlyInvoice, catalog.prefsModeInvoiceSentence] },
            { row: 'choice', text: [catalog.billingModeRefillableWallet, catalog.prefsModeWalletSentence] },
          ],
        },
      ],
      foot: ['actions'],
    });
  }

  protected override renderError(error: unknown): TemplateResult {
    // The heading stays, so the user knows which section failed.
    return html`<section class="preferences" part="base" aria-labelledby="heading">
      <h2 id="heading" class="title">${this.catalog.prefsHeading}</h2>
      ${super.renderError(error)}
    </section>`;
  }

  protected override renderReady(data: BillingPreferencesData, permission: Permission): TemplateResult {
    const preferences = this.form.resource ?? data.preferences;
    return html`<section class="preferences" part="base" aria-labelledby="heading">
      <h2 id="heading" class="title">${this.catalog.prefsHeading}</h2>
      ${permission === 'edit' ? this.renderForm(data, this.form.values ?? {}) : renderValues(preferences, this.catalog)}
    </section>`;
  }

  private renderForm(data: BillingPreferencesData, values: PreferencesValues): TemplateResult {
    const catalog = this.catalog;
    const view = this.view;
    const form = this.form;
    const preferences = form.resource ?? data.preferences;
    const others = form.otherErrors((path) => FIELDS.includes(path));
    return html`<form class="form" novalidate @submit=${form.onSubmit}>
        <div class="cards">
          ${renderContactFieldset(this.contactsFor(data, preferences.primaryContact), chosenContactId(values, preferences), form.fieldErrors['primaryContactId'], view)}
          ${preferences.billingModeEditable
            ? renderModeFieldset(preferences, values.mode ?? preferences.billingMode, form.fieldErrors['billingMode'], view)
            : renderModeLocked(preferences, catalog)}
        </div>
        ${renderTheirVersion(form.latest, catalog)}
        ${others.length > 0 ? html`<ul class="other-errors">${others.map((message) => html`<li>${message}</li>`)}</ul>` : nothing}
        <div class="form-actions" part="actions">
          <button class="button primary" type="submit" aria-disabled=${form.saving ? 'true' : 'false'}>${catalog.save}</button>
          ${form.dirty
            ? html`<button class="button" type="button" @click=${form.onReset}>${catalog.reset}</button>
                <p class="unsaved">${catalog.unsavedChanges}</p>`
            : nothing}
          <div class="status-slot" part="save-status">${saveStatus(form.outcome, catalog, { loadLatest: form.onLoadLatest, saveOver: form.onSaveOver })}</div>
        </div>
        ${form.problem?.kind === 'no_changes' ? html`<p class="form-problem quiet" role="status">${catalog.prefsNoChanges}</p>` : nothing}
      </form>
      ${renderModeDialog(modeChange(values, preferences), catalog)}`;
  }
}
