import { TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Access, Section, Wallet, WalletTransaction } from '../../api/schemas.js';
import { validateRefillSettings } from '../../core/wallet.js';
import { DEFAULT_HISTORY_PAGE_SIZE, historyPageLimit } from '../../core/wallet-history.js';
import { FormController } from '../../state/form-controller.js';
import type { BillingStore, Topic } from '../../state/store.js';
import { KayseElement, type Permission } from '../../ui/kayse-element.js';
import { kitValue } from '../../ui/kit/kit-value.js';
import { loadVirtualList } from '../../ui/kit/load-virtual-list.js';
import type { KayseMoneyInput } from '../../ui/kit/money-input.js';
import { saveStatus, saveStatusStyles } from '../../ui/save-status.js';
import { HistoryController } from './history-controller.js';
import { browserTimeZone, walletFormats, type WalletFormats } from './wallet-format.js';
import { isHistoryFilter, renderHistory, renderTransaction, type HistoryActions } from './wallet-history-views.js';
import {
  REFILL_FORM,
  alertLevels,
  refillRuleMessage,
  refillValues,
  renderAlertOrder,
  renderBalance,
  renderDerivedLevel,
  renderFormProblem,
  renderSettingsValues,
  renderTheirVersion,
  renderWalletLoading,
  type RefillValues,
  type WalletViewContext,
} from './wallet-views.js';
import { walletStyles } from './wallet.styles.js';
import type { RefillField, WalletData, WalletHistoryFilter } from './wallet.types.js';
import { LocalizeController } from '../../i18n/localize.js';
import { WALLET_STRINGS, type WalletStrings } from './strings.js';

const FIELDS: readonly RefillField[] = ['refillAmount', 'refillThreshold'];

/**
 * @tag kayse-wallet
 * @summary The refillable wallet: current balance with low-balance and refill-threshold
 * warnings, estimated days until the next refill, whether a refill is pending, the refill
 * settings (editable with `edit` access), and the full transaction history, paged by cursor
 * through a virtualized list that keeps a constant DOM for any length of history.
 *
 * Beside the refill settings, when the low-balance alert is at or below the refill threshold, a
 * hint says the alert would be sent only after a refill should already have started (for an
 * editor it follows the values as typed; a reader sees it for the saved settings).
 *
 * The history's dates are shown in the company's time zone, taken from current usage when the
 * user may read it (one shared, cached request under a provider); otherwise in the browser's
 * time zone, and the caption above the history says which. Where the billing mode is Monthly
 * Invoice, or the user's role hides the wallet, `Access` says `hidden`: the element renders
 * nothing and requests nothing but `/access`.
 *
 * @fires {KayseSaveEvent<Wallet>} kayse-save - The user saved new refill settings; `detail` is `{ section: 'wallet', value }`, `value` the wallet as the server returned it.
 * @fires {KayseErrorEvent} kayse-error - A failure was shown: loading the wallet or a page of its history (`operation: 'load'`), or saving the settings (`operation: 'save'`); `detail.error` is the typed `ApiError`.
 *
 * @csspart base - The whole wallet once loaded (and its placeholder while loading).
 * @csspart balance - The current balance, its warnings, the refill estimate and the pending refill.
 * @csspart warning - The low-balance or refill-threshold warning, when shown.
 * @csspart settings - The refill settings: the form for editors, the values for readers.
 * @csspart history - The transaction history: filter, list, paging and its status.
 * @csspart history-list - The scrolling list of transactions (a `kayse-virtual-list`).
 * @csspart error - The message and retry shown when the wallet cannot be loaded.
 *
 * @cssprop [--kayse-wallet-history-height=24rem] - Height of the history list once it scrolls.
 * @cssprop [--kayse-color-text=light-dark(#1b1f24, #e8eaed)] - Text.
 * @cssprop [--kayse-color-text-muted=light-dark(#525c69, #a9b1bc)] - Labels, hints and secondary figures.
 * @cssprop [--kayse-color-surface=light-dark(#ffffff, #1a1e24)] - Cards and the list.
 * @cssprop [--kayse-color-surface-alt=light-dark(#f3f5f7, #232830)] - The balance card and column headings.
 * @cssprop [--kayse-color-border=light-dark(#d5dae0, #3a414b)] - Borders and row dividers.
 * @cssprop [--kayse-color-accent=light-dark(#2553c9, #8fb0ff)] - The save button.
 * @cssprop [--kayse-color-success=light-dark(#1d7340, #6fd49a)] - Money added to the wallet.
 * @cssprop [--kayse-color-warning=light-dark(#8a5300, #f2b65a)] - The low-balance warning, and the hint when that alert would come after the refill threshold.
 * @cssprop [--kayse-color-danger=light-dark(#b3261e, #ff9a92)] - The refill-threshold warning and errors.
 * @cssprop [--kayse-color-focus=light-dark(#2553c9, #8fb0ff)] - The focus ring.
 * @cssprop [--kayse-font-family=inherit] - Font.
 * @cssprop [--kayse-radius=0.5rem] - Corner radius of cards, fields and buttons.
 * @cssprop [--kayse-space=1rem] - Base spacing.
 *
 * @example
 * ```html
 * <kayse-billing-provider base-url="/api/billing">
 *   <kayse-wallet page-size="100"></kayse-wallet>
 * </kayse-billing-provider>
 * <script>
 *   document.addEventListener('kayse-save', (event) => {
 *     if (event.detail.section === 'wallet') console.log('New refill amount', event.detail.value.refillAmount);
 *   });
 * </script>
 * ```
 */
export class KayseWallet extends KayseElement<WalletData, WalletStrings> {
  static override styles = [...KayseElement.styles, saveStatusStyles, walletStyles];

  protected readonly section: Section = 'wallet';
  protected readonly topics: readonly Topic[] = ['wallet', 'walletTransactions'];
  protected readonly localize = new LocalizeController(this, WALLET_STRINGS, () => this.resolvedLocale);

  private readonly form = new FormController(this, this.connection, REFILL_FORM, {
    check: (values) => this.check(values),
    focus: (path) => this.focusField(path),
    // After a successful save the checks start afresh, as on a form just loaded.
    afterSave: () => {
      this.checkedFields = new Set();
    },
    afterReset: () => {
      this.checkedFields = new Set();
    },
  });

  private readonly history = new HistoryController(
    this,
    (error) => {
      // With the wallet itself failed, the element shows that error and no history at all.
      if (this.loadTask.status !== TaskStatus.ERROR) this.reportError(error, 'load');
    },
    loadVirtualList,
  );

  private formats?: WalletFormats;
  // The history button that had focus before an update; if the update removes it, focus moves on.
  private focusedHistoryButton: HTMLElement | null = null;

  @query('.load-more') private loadMoreButton?: HTMLButtonElement;
  @query('.history-retry') private historyRetryButton?: HTMLButtonElement;
  @query('.history-status') private historyStatusLine?: HTMLElement;

  /** Fields whose rule errors show: edited ones, the threshold once the amount is committed, both after a save attempt. */
  @state() private checkedFields: ReadonlySet<RefillField> = new Set();
  @state() private typeFilter: WalletHistoryFilter = '';

  /** Hides the transaction history (and never requests it), for a page that shows it elsewhere. */
  @property({ type: Boolean, attribute: 'no-history' }) noHistory = false;

  /** Transactions per history page, 1 to 100 (the contract's clamp); others fall back to 50. */
  @property({ type: Number, attribute: 'page-size' }) pageSize: number = DEFAULT_HISTORY_PAGE_SIZE;

  /** Whether the form holds edits that are not saved (a host asks before leaving the page or section). */
  get dirty(): boolean {
    return this.form.dirty;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Loading starts the history; later changes of these restart or drop it.
    if (this.hasUpdated && this.connection.data && (changed.has('noHistory') || changed.has('pageSize'))) {
      if (this.noHistory) this.history.clear();
      else this.startHistory();
    }
    const active = this.shadowRoot?.activeElement;
    this.focusedHistoryButton = active instanceof HTMLElement && (active === this.loadMoreButton || active === this.historyRetryButton) ? active : null;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const lost = this.focusedHistoryButton;
    this.focusedHistoryButton = null;
    // "Load more" goes away with the last page or a failure, "Try again" while it retries: focus
    // goes to what replaced them (the retry, the button again, or the line that says why), not to the page.
    if (lost && !lost.isConnected) (this.historyRetryButton ?? this.loadMoreButton ?? this.historyStatusLine)?.focus();
  }

  protected override async load(store: BillingStore, signal: AbortSignal, _permission: Permission, access: Access): Promise<WalletData> {
    // The first page is asked for beside the wallet, not after it; its failure stays in the history section.
    if (!this.noHistory) this.startHistory(store);
    const usageReadable = access.sections.usage === 'read' || access.sections.usage === 'edit';
    const [wallet, companyZone] = await Promise.all([
      store.read('wallet', signal),
      usageReadable ? this.companyTimeZone(store, signal) : Promise.resolve(null),
    ]);
    return companyZone
      ? { wallet, timeZone: companyZone, timeZoneSource: 'company' }
      : { wallet, timeZone: browserTimeZone(), timeZoneSource: 'browser' };
  }

  private readonly handleAmountInput = (event: Event): void => this.edit('refillAmount', kitValue(event));

  private readonly handleThresholdInput = (event: Event): void => this.edit('refillThreshold', kitValue(event));

  private readonly handleAmountChange = (): void => {
    // The threshold is checked against the amount once the user is done typing it, not per keystroke.
    this.checkedFields = new Set([...this.checkedFields, 'refillThreshold']);
  };

  private readonly handleFilterChange = (event: Event): void => {
    const value = (event.target as HTMLSelectElement).value;
    if (!isHistoryFilter(value) || value === this.typeFilter) return;
    this.typeFilter = value;
    this.startHistory();
  };

  private readonly handleMore = (): void => this.history.more();

  private readonly handleHistoryRetry = (): void => this.history.retry();

  // A stable function (its identity is a list property) that reads the current formatters.
  private readonly renderRow = (row: WalletTransaction): TemplateResult =>
    this.formats ? renderTransaction(row, { catalog: this.catalog, formats: this.formats }) : html``;

  private async companyTimeZone(store: BillingStore, signal: AbortSignal): Promise<string | null> {
    try {
      return (await store.read('usage', signal)).timezone;
    } catch (error) {
      if (signal.aborted) throw error;
      // Usage failing is the usage element's error to show; here the browser's zone will do.
      return null;
    }
  }

  private startHistory(store: BillingStore | undefined = this.store): void {
    if (!store || this.noHistory) return;
    this.history.reset({ store, limit: historyPageLimit(this.pageSize), types: this.typeFilter ? [this.typeFilter] : [] });
  }

  private formatsFor(data: WalletData): WalletFormats {
    const locale = this.resolvedLocale;
    const { currency } = data.wallet;
    const cached = this.formats;
    if (cached?.locale === locale && cached.currency === currency && cached.timeZone === data.timeZone) return cached;
    this.formats = walletFormats(locale, currency, data.timeZone);
    return this.formats;
  }

  private fieldInput(field: RefillField): KayseMoneyInput | null {
    return this.renderRoot.querySelector<KayseMoneyInput>(`[data-field="${field}"]`);
  }

  private edit(field: RefillField, value: unknown): void {
    if (typeof value !== 'number' && value !== null) return;
    this.checkedFields = new Set([...this.checkedFields, field]);
    this.form.edit(field === 'refillAmount' ? { refillAmount: value } : { refillThreshold: value }, [field]);
  }

  /** The fields with a problem: empty, text their input cannot read, or a rule they break. */
  private failingFields(values: RefillValues): RefillField[] {
    const errors = validateRefillSettings(values);
    return FIELDS.filter((field) => errors[field] !== undefined || (this.fieldInput(field)?.error ?? null) !== null);
  }

  /** Every problem of both fields at once, not only the first; the count of fields with one. */
  private check(values: RefillValues): number {
    for (const field of FIELDS) this.fieldInput(field)?.validate();
    this.checkedFields = new Set(FIELDS);
    return this.failingFields(values).length;
  }

  private focusField(path: string | null): void {
    const values = this.form.values;
    // The server's messages are focused in the form's order, whatever order its answer names them in.
    const field = path === null ? (values ? this.failingFields(values)[0] : undefined) : FIELDS.find((name) => this.form.fieldErrors[name] !== undefined);
    if (field) this.fieldInput(field)?.focus();
  }

  /** The message under a field: a rule it breaks (once checked), else the server's 422 message. */
  private fieldError(field: RefillField, values: RefillValues, view: WalletViewContext): string | null {
    const rule = this.checkedFields.has(field) ? refillRuleMessage(field, values, view) : null;
    return rule ?? this.form.fieldErrors[field] ?? null;
  }

  protected override renderLoading(): TemplateResult {
    return renderWalletLoading(this.noHistory, this.catalog);
  }

  protected override renderReady(data: WalletData, permission: Permission): TemplateResult {
    const view: WalletViewContext = { catalog: this.catalog, formats: this.formatsFor(data) };
    const actions: HistoryActions = {
      filter: this.typeFilter,
      onFilterChange: this.handleFilterChange,
      onMore: this.handleMore,
      onRetry: this.handleHistoryRetry,
      renderRow: this.renderRow,
    };
    return html`<div class="wallet" part="base">
      <h2 class="title">${view.catalog.walletHeading}</h2>
      <div class="overview">
        ${renderBalance(data.wallet, view)} ${permission === 'edit' ? this.renderSettingsForm(this.form.resource ?? data.wallet, view) : renderSettingsValues(data.wallet, view)}
      </div>
      ${this.noHistory ? nothing : renderHistory(data, this.history, actions, view)}
    </div>`;
  }

  private renderMoneyField(field: RefillField, label: string, hint: string | undefined, wallet: Wallet, values: RefillValues, view: WalletViewContext): TemplateResult {
    const amount = field === 'refillAmount';
    return html`<kayse-money-input
      data-field=${field}
      required
      label=${label}
      currency=${wallet.currency}
      locale=${this.resolvedLocale}
      hint=${ifDefined(hint)}
      .value=${amount ? values.refillAmount : values.refillThreshold}
      .serverError=${live(this.fieldError(field, values, view))}
      @input=${amount ? this.handleAmountInput : this.handleThresholdInput}
      @change=${amount ? this.handleAmountChange : nothing}
    ></kayse-money-input>`;
  }

  private renderSettingsForm(wallet: Wallet, view: WalletViewContext): TemplateResult {
    const { catalog } = view;
    const form = this.form;
    const values = form.values ?? refillValues(wallet);
    return html`<section class="card settings" part="settings" aria-labelledby="settings-heading">
      <h3 id="settings-heading" class="card-heading">${catalog.walletSettingsHeading}</h3>
      <p class="intro">${catalog.walletSettingsIntro}</p>
      <form class="settings-form" novalidate @submit=${form.onSubmit}>
        <div class="fields">
          ${this.renderMoneyField('refillAmount', catalog.walletRefillAmount, undefined, wallet, values, view)}
          ${this.renderMoneyField('refillThreshold', catalog.walletRefillThreshold, catalog.walletThresholdHint, wallet, values, view)}
        </div>
        ${renderDerivedLevel(wallet, values, view)} ${renderAlertOrder(alertLevels(wallet, values), view)} ${renderTheirVersion(form.latest, view)}
        <div class="form-actions">
          <button class="button primary" type="submit" aria-disabled=${form.saving ? 'true' : 'false'}>${catalog.save}</button>
          ${form.dirty ? html`<button class="button" type="button" @click=${form.onReset}>${catalog.reset}</button>` : nothing}
        </div>
        ${renderFormProblem(form.problem, catalog)} ${saveStatus(form.outcome, catalog, { loadLatest: form.onLoadLatest, saveOver: form.onSaveOver })}
      </form>
    </section>`;
  }
}
