import { TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import { styleProps } from '../../ui/style-props.js';
import { Wallet, type Access, type Section, type WalletTransaction } from '../../api/schemas.js';
import { LOW_BALANCE_PERCENT, balanceWarning, lowBalanceLevel, validateRefillSettings, type RefillSettingsErrors } from '../../core/wallet.js';
import { DEFAULT_HISTORY_PAGE_SIZE, historyPageLimit } from '../../core/wallet-history.js';
import type { Catalog } from '../../i18n/catalog.js';
import type { BillingStore, Topic } from '../../state/store.js';
import { errorMessage } from '../../ui/error-message.js';
import { KayseElement, type Permission } from '../../ui/kayse-element.js';
import { KitChangeEvent, KitInputEvent } from '../../ui/kit/events.js';
import type { KayseMoneyInput } from '../../ui/kit/money-input.js';
import { skeleton } from '../../ui/kit/skeleton.js';
import { SaveController } from '../../ui/save-controller.js';
import { saveStatus, saveStatusStyles } from '../../ui/save-status.js';
import { HistoryController } from './history-controller.js';
import { browserTimeZone, walletFormats, type WalletFormats } from './wallet-format.js';
import { historyRowStyles, walletStyles } from './wallet.styles.js';
import { WALLET_HISTORY_FILTERS, type RefillField, type WalletData, type WalletHistoryFilter } from './wallet.types.js';

/** The refill settings as the user has typed them; `null` is an empty or unreadable field. */
interface RefillValues {
  readonly refillAmount: number | null;
  readonly refillThreshold: number | null;
}

/** The user's edits, kept through every failure until they save, reset or load the latest. */
interface Draft extends RefillValues {
  /** The wallet they started from: its `version` goes with the save, so a change made meanwhile is a 409. */
  readonly base: Wallet;
}

type FormProblem = 'fix_fields' | 'no_changes';

const FIELDS: readonly RefillField[] = ['refillAmount', 'refillThreshold'];

// Labels of the types this version knows; any other type (the API's enums are open) is shown as sent.
const TYPE_LABELS: Readonly<Record<string, (catalog: Catalog) => string>> = {
  refill: (catalog) => catalog.walletTypeRefill,
  usage: (catalog) => catalog.walletTypeUsage,
  adjustment: (catalog) => catalog.walletTypeAdjustment,
  courtesy_credit: (catalog) => catalog.walletTypeCourtesyCredit,
};

const FILTER_LABELS: Readonly<Record<WalletHistoryFilter, (catalog: Catalog) => string>> = {
  '': (catalog) => catalog.walletFilterAll,
  refill: (catalog) => catalog.walletFilterRefill,
  usage: (catalog) => catalog.walletFilterUsage,
  adjustment: (catalog) => catalog.walletFilterAdjustment,
  courtesy_credit: (catalog) => catalog.walletFilterCourtesyCredit,
};

const isFilter = (value: string): value is WalletHistoryFilter => (WALLET_HISTORY_FILTERS as readonly string[]).includes(value);

// Below this many rows, with nothing more to load, the list is as tall as its rows: a fixed-height
// box around three rows would be mostly empty.
const SHORT_HISTORY = 8;

/** The amount a money input reported, or undefined for an event that is not the kit's. */
function amountFrom(event: Event): number | null | undefined {
  if (!(event instanceof KitInputEvent || event instanceof KitChangeEvent)) return undefined;
  const value: unknown = event.detail.value;
  return typeof value === 'number' || value === null ? value : undefined;
}

const hasErrors = (errors: RefillSettingsErrors) => errors.refillAmount !== undefined || errors.refillThreshold !== undefined;

/**
 * @tag kayse-wallet
 * @summary The refillable wallet: current balance with low-balance and refill-threshold
 * warnings, estimated days until the next refill, whether a refill is pending, the refill
 * settings (editable with `edit` access), and the full transaction history, paged by cursor
 * through a virtualized list that keeps a constant DOM for any length of history.
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
 * @cssprop [--kayse-color-warning=light-dark(#8a5300, #f2b65a)] - The low-balance warning.
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
export class KayseWallet extends KayseElement<WalletData> {
  static override styles = [...KayseElement.styles, saveStatusStyles, walletStyles];

  protected readonly section: Section = 'wallet';
  protected readonly topics: readonly Topic[] = ['wallet', 'walletTransactions'];

  private readonly saver = new SaveController(this, { key: 'wallet', section: 'wallet' });

  private readonly history = new HistoryController(this, (error) => {
    // With the wallet itself failed, the element shows that error and no history at all.
    if (this.loadTask.status !== TaskStatus.ERROR) this.reportError(error, 'load');
  });

  private formats?: WalletFormats;
  // The history button that had focus before an update; if the update removes it, focus moves on.
  private focusedHistoryButton: HTMLElement | null = null;

  @query('[data-field="refillAmount"]') private amountInput?: KayseMoneyInput;
  @query('[data-field="refillThreshold"]') private thresholdInput?: KayseMoneyInput;
  @query('.load-more') private loadMoreButton?: HTMLButtonElement;
  @query('.history-retry') private historyRetryButton?: HTMLButtonElement;
  @query('.history-status') private historyStatusLine?: HTMLElement;

  @state() private draft: Draft | null = null;
  /** Fields whose rule errors show: edited ones, the threshold once the amount is committed, both after a save attempt. */
  @state() private checkedFields: ReadonlySet<RefillField> = new Set();
  /** The server's 422 messages, each until the user edits its field. */
  @state() private serverErrors: Readonly<Partial<Record<RefillField, string>>> = {};
  @state() private formProblem: FormProblem | null = null;
  @state() private typeFilter: WalletHistoryFilter = '';

  /** Hides the transaction history (and never requests it), for a page that shows it elsewhere. */
  @property({ type: Boolean, attribute: 'no-history' }) noHistory = false;

  /** Transactions per history page, 1 to 100 (the contract's clamp); others fall back to 50. */
  @property({ type: Number, attribute: 'page-size' }) pageSize: number = DEFAULT_HISTORY_PAGE_SIZE;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Loading starts the history; later changes of these restart or drop it.
    if (this.hasUpdated && this.data && (changed.has('noHistory') || changed.has('pageSize'))) {
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

  private readonly handleAmountInput = (event: Event): void => this.edit('refillAmount', amountFrom(event));

  private readonly handleThresholdInput = (event: Event): void => this.edit('refillThreshold', amountFrom(event));

  private readonly handleAmountChange = (): void => {
    // The threshold is checked against the amount once the user is done typing it, not per keystroke.
    this.checkedFields = new Set([...this.checkedFields, 'refillThreshold']);
  };

  private readonly handleSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.submit();
  };

  private readonly handleReset = (): void => {
    this.draft = null;
    this.clearFormFeedback();
    this.saver.clear();
  };

  private readonly handleLoadLatest = (): void => {
    const latest = this.saver.latest;
    if (!latest) return;
    this.draft = null;
    this.clearFormFeedback();
    this.saver.clear();
    // Into the shared cache, so every element showing the wallet shows the server's version.
    this.store?.put('wallet', latest);
  };

  private readonly handleSaveOver = (): void => {
    const latest = this.saver.latest;
    if (!latest || !this.draft) return;
    this.draft = { ...this.draft, base: latest };
    void this.save(this.draft, latest.version);
  };

  private readonly handleFilterChange = (event: Event): void => {
    const value = (event.target as HTMLSelectElement).value;
    if (!isFilter(value) || value === this.typeFilter) return;
    this.typeFilter = value;
    this.startHistory();
  };

  private readonly handleMore = (): void => this.history.more();

  private readonly handleHistoryRetry = (): void => this.history.retry();

  /** The wallet as loaded, once loaded and visible. */
  private get data(): WalletData | null {
    const loaded = this.loadTask.value;
    return loaded && !loaded.hidden ? loaded.data : null;
  }

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
    this.history.reset({ api: store.api, limit: historyPageLimit(this.pageSize), types: this.typeFilter ? [this.typeFilter] : [] });
  }

  private formatsFor(data: WalletData): WalletFormats {
    const locale = this.resolvedLocale;
    const { currency } = data.wallet;
    const cached = this.formats;
    if (cached?.locale === locale && cached.currency === currency && cached.timeZone === data.timeZone) return cached;
    this.formats = walletFormats(locale, currency, data.timeZone);
    return this.formats;
  }

  private values(wallet: Wallet): RefillValues {
    return this.draft ?? { refillAmount: wallet.refillAmount, refillThreshold: wallet.refillThreshold };
  }

  private edit(field: RefillField, value: number | null | undefined): void {
    const data = this.data;
    if (value === undefined || !data) return;
    const base = this.draft ?? { refillAmount: data.wallet.refillAmount, refillThreshold: data.wallet.refillThreshold, base: data.wallet };
    this.draft = { ...base, [field]: value };
    this.checkedFields = new Set([...this.checkedFields, field]);
    if (this.serverErrors[field] !== undefined) {
      const { [field]: _edited, ...others } = this.serverErrors;
      this.serverErrors = others;
    }
    this.formProblem = null;
    // "Saved." or a failure is about the last save; a 409's choice stays until the user makes it.
    if (this.saver.status === 'saved' || this.saver.status === 'failed') this.saver.clear();
  }

  private clearFormFeedback(): void {
    this.checkedFields = new Set();
    this.serverErrors = {};
    this.formProblem = null;
  }

  private async submit(): Promise<void> {
    const data = this.data;
    if (!data || this.saver.saving) return;
    const values = this.values(data.wallet);
    // Both fields, not the first failing one: every problem shows at once.
    const readable = [this.amountInput?.validate() ?? true, this.thresholdInput?.validate() ?? true];
    this.checkedFields = new Set(FIELDS);
    const errors = validateRefillSettings(values);
    if (readable.includes(false) || hasErrors(errors)) {
      this.formProblem = 'fix_fields';
      await this.updateComplete;
      this.focusField(readable[0] === false || errors.refillAmount !== undefined ? 'refillAmount' : 'refillThreshold');
      return;
    }
    const draft = this.draft;
    if (!draft || (values.refillAmount === data.wallet.refillAmount && values.refillThreshold === data.wallet.refillThreshold)) {
      this.formProblem = 'no_changes';
      return;
    }
    this.formProblem = null;
    await this.save(draft, draft.base.version);
  }

  private async save(values: RefillValues, version: number): Promise<void> {
    const store = this.store;
    const { refillAmount, refillThreshold } = values;
    if (!store || refillAmount === null || refillThreshold === null) return;
    const saved = await this.saver.save(store, { refillAmount, refillThreshold, version });
    if (saved) {
      this.draft = null;
      this.clearFormFeedback();
      return;
    }
    const fields = this.saver.fieldErrors;
    const serverErrors: Partial<Record<RefillField, string>> = {};
    for (const field of FIELDS) if (fields[field] !== undefined) serverErrors[field] = fields[field];
    this.serverErrors = serverErrors;
    const first = FIELDS.find((field) => serverErrors[field] !== undefined);
    if (first) {
      await this.updateComplete;
      this.focusField(first);
    }
  }

  private focusField(field: RefillField): void {
    (field === 'refillAmount' ? this.amountInput : this.thresholdInput)?.focus();
  }

  /** The message under a field: a rule it breaks (once checked), else the server's 422 message. */
  private fieldError(field: RefillField, errors: RefillSettingsErrors, formats: WalletFormats, values: RefillValues): string | null {
    const catalog = this.catalog;
    const shown = this.checkedFields.has(field);
    // `required` and unreadable text are the money input's own messages; here only the rules.
    if (shown && field === 'refillAmount') {
      if (errors.refillAmount === 'not_positive') return catalog.walletAmountNotPositive;
      if (errors.refillAmount === 'too_large' || errors.refillAmount === 'not_integer') return catalog.moneyTooLarge;
    }
    if (shown && field === 'refillThreshold') {
      if (errors.refillThreshold === 'negative') return catalog.walletThresholdNegative;
      if (errors.refillThreshold === 'too_large' || errors.refillThreshold === 'not_integer') return catalog.moneyTooLarge;
      if (errors.refillThreshold === 'not_below_amount' && values.refillAmount !== null) {
        return catalog.walletThresholdNotBelow(formats.money(values.refillAmount));
      }
    }
    return this.serverErrors[field] ?? null;
  }

  protected override renderLoading(): unknown {
    // The ready layout's frame, so nothing moves when the figures arrive.
    return html`<div class="wallet is-loading" part="base" role="status" aria-busy="true">
      <span class="visually-hidden">${this.catalog.loading}</span>
      <div class="title-placeholder">${skeleton(['7rem'])}</div>
      <div class="overview">
        <div class="card balance">${skeleton(['8rem', '12rem', '60%', '80%', '70%', '55%'])}</div>
        <div class="card">${skeleton(6)}</div>
      </div>
      ${this.noHistory
        ? nothing
        : html`<div class="history-placeholder">
            <div class="history-head-placeholder">${skeleton(['6rem', '16rem'])}</div>
            <div class="columns-placeholder"></div>
            <div class="list-placeholder"></div>
            <div class="foot-placeholder"></div>
          </div>`}
    </div>`;
  }

  protected override renderReady(data: WalletData, permission: Permission): TemplateResult {
    const formats = this.formatsFor(data);
    return html`<div class="wallet" part="base">
      <h2 class="title">${this.catalog.walletHeading}</h2>
      <div class="overview">
        ${this.renderBalance(data, formats)} ${permission === 'edit' ? this.renderSettingsForm(data, formats) : this.renderSettingsValues(data, formats)}
      </div>
      ${this.noHistory ? nothing : this.renderHistory(data, formats)}
    </div>`;
  }

  private renderBalance(data: WalletData, formats: WalletFormats): TemplateResult {
    const { wallet } = data;
    const catalog = this.catalog;
    return html`<section class="card balance" part="balance" aria-labelledby="balance-heading">
      <h3 id="balance-heading" class="card-heading">${catalog.walletBalance}</h3>
      <p class="balance-amount ${wallet.balance < 0 ? 'negative' : ''}">${formats.money(wallet.balance)}</p>
      <div class="notices" aria-live="polite">${this.renderWarning(wallet, formats)}${this.renderPending(wallet, formats)}</div>
      <dl class="figures rows">
        ${this.renderFigure('estimate', catalog.walletEstimate, this.estimateText(wallet, formats))}
        ${this.renderFigure('pending', catalog.walletRefillPending, wallet.refillPending ? catalog.walletPendingYes : catalog.walletPendingNo)}
        ${this.renderFigure(
          'low-level',
          catalog.walletLowBalanceAlert,
          formats.money(wallet.lowBalanceAlert),
          catalog.walletLowBalanceAlertNote(formats.percent(LOW_BALANCE_PERCENT)),
        )}
      </dl>
    </section>`;
  }

  private renderFigure(name: string, label: string, value: string, note?: string): TemplateResult {
    return html`<div class="figure">
      <dt>${label}</dt>
      <dd class=${name}>${value}${note ? html` <span class="figure-note">${note}</span>` : nothing}</dd>
    </div>`;
  }

  private renderWarning(wallet: Wallet, formats: WalletFormats): TemplateResult | typeof nothing {
    const warning = balanceWarning(wallet);
    if (!warning) return nothing;
    const catalog = this.catalog;
    const atThreshold = warning === 'at_or_below_threshold';
    // Words first; the icon, border weight and colour only repeat what they say.
    return html`<div class="notice warning ${atThreshold ? 'threshold' : 'low'}" part="warning">
      <span class="notice-icon" aria-hidden="true">!</span>
      <p>
        <strong>${atThreshold ? catalog.walletWarningThresholdTitle : catalog.walletWarningLowTitle}:</strong>
        ${atThreshold ? catalog.walletWarningThreshold(formats.money(wallet.refillThreshold)) : catalog.walletWarningLow(formats.money(wallet.lowBalanceAlert))}
      </p>
    </div>`;
  }

  private renderPending(wallet: Wallet, formats: WalletFormats): TemplateResult | typeof nothing {
    if (!wallet.refillPending) return nothing;
    return html`<div class="notice pending-notice">
      <span class="notice-icon" aria-hidden="true">↻</span>
      <p><strong>${this.catalog.walletRefillPending}:</strong> ${this.catalog.walletPendingExplained(formats.money(wallet.refillAmount))}</p>
    </div>`;
  }

  private estimateText(wallet: Wallet, formats: WalletFormats): string {
    const days = wallet.estimatedDaysUntilRefill;
    if (days === null) return this.catalog.walletNoEstimate;
    if (days === 0) return this.catalog.walletEstimateDue;
    return this.catalog.walletEstimateDays(days, formats.count(days));
  }

  private renderSettingsValues(data: WalletData, formats: WalletFormats): TemplateResult {
    const { wallet } = data;
    const catalog = this.catalog;
    return html`<section class="card settings" part="settings" aria-labelledby="settings-heading">
      <h3 id="settings-heading" class="card-heading">${catalog.walletSettingsHeading}</h3>
      <p class="intro">${catalog.walletSettingsIntro}</p>
      <dl class="figures rows">
        ${this.renderFigure('refill-amount', catalog.walletRefillAmount, formats.money(wallet.refillAmount))}
        ${this.renderFigure('refill-threshold', catalog.walletRefillThreshold, formats.money(wallet.refillThreshold))}
      </dl>
      <p class="read-only-note">${catalog.walletSettingsReadOnly}</p>
    </section>`;
  }

  /** The low-balance level the settings give: the server's until the amount is edited, then the same rule, live. */
  private renderDerivedLevel(wallet: Wallet, values: RefillValues, errors: RefillSettingsErrors, formats: WalletFormats): TemplateResult {
    const catalog = this.catalog;
    const percent = formats.percent(LOW_BALANCE_PERCENT);
    const edited = this.draft !== null && values.refillAmount !== wallet.refillAmount;
    let text: string;
    if (!edited) text = catalog.walletLevelCurrent(formats.money(wallet.lowBalanceAlert), percent);
    else if (values.refillAmount !== null && errors.refillAmount === undefined) text = catalog.walletLevelPreview(formats.money(lowBalanceLevel(values.refillAmount)), percent);
    else text = catalog.walletLevelRule(percent);
    return html`<p class="derived">${text}</p>`;
  }

  private renderSettingsForm(data: WalletData, formats: WalletFormats): TemplateResult {
    const { wallet } = data;
    const catalog = this.catalog;
    const values = this.values(wallet);
    const errors = validateRefillSettings(values);
    return html`<section class="card settings" part="settings" aria-labelledby="settings-heading">
      <h3 id="settings-heading" class="card-heading">${catalog.walletSettingsHeading}</h3>
      <p class="intro">${catalog.walletSettingsIntro}</p>
      <form class="settings-form" novalidate @submit=${this.handleSubmit}>
        <div class="fields">
          <kayse-money-input
            data-field="refillAmount"
            required
            label=${catalog.walletRefillAmount}
            currency=${wallet.currency}
            locale=${this.resolvedLocale}
            .catalog=${catalog}
            .value=${values.refillAmount}
            .serverError=${live(this.fieldError('refillAmount', errors, formats, values))}
            @input=${this.handleAmountInput}
            @change=${this.handleAmountChange}
          ></kayse-money-input>
          <kayse-money-input
            data-field="refillThreshold"
            required
            label=${catalog.walletRefillThreshold}
            currency=${wallet.currency}
            locale=${this.resolvedLocale}
            hint=${catalog.walletThresholdHint}
            .catalog=${catalog}
            .value=${values.refillThreshold}
            .serverError=${live(this.fieldError('refillThreshold', errors, formats, values))}
            @input=${this.handleThresholdInput}
          ></kayse-money-input>
        </div>
        ${this.renderDerivedLevel(wallet, values, errors, formats)}
        ${this.renderConflictComparison(formats)}
        <div class="form-actions">
          <button class="button primary" type="submit" aria-disabled=${this.saver.saving ? 'true' : 'false'}>${catalog.save}</button>
          ${this.draft ? html`<button class="button" type="button" @click=${this.handleReset}>${catalog.reset}</button>` : nothing}
        </div>
        ${this.renderFormProblem()}
        ${saveStatus(this.saver, catalog, { loadLatest: this.handleLoadLatest, saveOver: this.handleSaveOver })}
      </form>
    </section>`;
  }

  private renderFormProblem(): TemplateResult | typeof nothing {
    if (!this.formProblem) return nothing;
    const catalog = this.catalog;
    return this.formProblem === 'fix_fields'
      ? html`<p class="form-problem" role="alert">${catalog.walletFixFields}</p>`
      : html`<p class="form-problem quiet" role="status">${catalog.walletNoChanges}</p>`;
  }

  private renderConflictComparison(formats: WalletFormats): TemplateResult | typeof nothing {
    const latest = this.saver.status === 'conflict' ? this.saver.latest : null;
    if (!latest) return nothing;
    return html`<p class="their-version">${this.catalog.walletTheirVersion(formats.money(latest.refillAmount), formats.money(latest.refillThreshold))}</p>`;
  }

  private renderHistory(data: WalletData, formats: WalletFormats): TemplateResult {
    const catalog = this.catalog;
    const history = this.history;
    const busy = history.status === 'loading';
    return html`<section class="history" part="history" aria-labelledby="history-heading">
      <div class="history-head">
        <div class="history-title">
          <h3 id="history-heading" class="card-heading">${catalog.walletHistoryHeading}</h3>
          <p class="zone">${data.timeZoneSource === 'company' ? catalog.walletZoneCompany(formats.timeZone) : catalog.walletZoneBrowser(formats.timeZone)}</p>
        </div>
        <label class="filter">
          <span>${catalog.walletFilterLabel}</span>
          <select @change=${this.handleFilterChange}>
            ${WALLET_HISTORY_FILTERS.map((filter) => html`<option value=${filter} ?selected=${filter === this.typeFilter}>${FILTER_LABELS[filter](catalog)}</option>`)}
          </select>
        </label>
      </div>
      <div class="history-body ${history.stale ? 'stale' : ''}" aria-busy=${busy ? 'true' : 'false'}>${this.renderHistoryBody(formats)}</div>
      <div class="history-foot">${this.renderHistoryFoot(formats)}</div>
    </section>`;
  }

  private renderHistoryBody(formats: WalletFormats): unknown {
    const catalog = this.catalog;
    const { rows, status, nextCursor, generation } = this.history;
    const columns = html`<div class="columns" aria-hidden="true">
      <span>${catalog.walletColumnDate}</span>
      <span>${catalog.walletColumnType}</span>
      <span>${catalog.walletColumnNote}</span>
      <span class="end">${catalog.walletColumnAmount}</span>
      <span class="end">${catalog.walletColumnBalanceAfter}</span>
    </div>`;
    // The first page on its way: the list's frame, as tall as the list will be.
    if (generation === 0 && status !== 'failed') return html`${columns}<div class="list-placeholder">${skeleton(4)}</div>`;
    if (rows.length === 0) {
      if (generation === 0) return nothing;
      return html`<p class="history-empty">${this.history.shownTypes.length > 0 ? catalog.walletHistoryEmptyFiltered : catalog.walletHistoryEmpty}</p>`;
    }
    const short = rows.length <= SHORT_HISTORY && nextCursor === null;
    return html`${columns}
      ${keyed(
        `${generation}:${formats.locale}:${formats.timeZone}`,
        html`<kayse-virtual-list
          part="history-list"
          ${styleProps({ '--kayse-virtual-list-height': short ? 'auto' : 'var(--_history-height)' })}
          label=${catalog.walletHistoryLabel}
          .items=${rows}
          .keyFunction=${transactionKey}
          .renderItem=${this.renderRow}
          .itemStyles=${historyRowStyles}
          @near-end=${this.handleMore}
        ></kayse-virtual-list>`,
      )}`;
  }

  // A stable function (its identity is a list property) that reads the current formatters.
  private readonly renderRow = (row: WalletTransaction): TemplateResult => {
    const formats = this.formats;
    const catalog = this.catalog;
    if (!formats) return html``;
    const label = Object.hasOwn(TYPE_LABELS, row.type) ? TYPE_LABELS[row.type] : undefined;
    return html`<div class="tx ${row.amount > 0 ? 'credit' : row.amount < 0 ? 'debit' : ''} ${label ? '' : 'unknown'}">
      <span class="tx-type">${label ? label(catalog) : row.type}</span>
      <span class="tx-date"><span class="visually-hidden">${catalog.walletColumnDate}: </span><time datetime=${row.date}>${formats.dateTime(row.date)}</time></span>
      ${row.note ? html`<span class="tx-note">${row.note}</span>` : nothing}
      <span class="tx-amount"><span class="visually-hidden">${catalog.walletColumnAmount}: </span>${formats.signed(row.amount)}</span>
      <span class="tx-balance"
        ><span class="visually-hidden">${catalog.walletColumnBalanceAfter}: </span
        ><span class="tx-balance-short" aria-hidden="true">${catalog.walletBalanceShort} </span>${formats.money(row.balanceAfter)}</span
      >
    </div>`;
  };

  private renderHistoryFoot(formats: WalletFormats): TemplateResult {
    const catalog = this.catalog;
    const { rows, status, nextCursor, error, generation } = this.history;
    const problem =
      status === 'failed'
        ? html`<div class="history-problem" role="alert">
            <p><strong>${generation === 0 || this.history.stale ? catalog.walletHistoryFailed : catalog.walletHistoryPageFailed}</strong> ${errorMessage(error, catalog)}</p>
            <button class="button history-retry" type="button" @click=${this.handleHistoryRetry}>${catalog.retry}</button>
          </div>`
        : nothing;
    const canLoadMore = status === 'loaded' && nextCursor !== null;
    return html`<p class="history-status" role="status" tabindex="-1">${this.historyStatusText(formats)}</p>
      ${problem}
      ${canLoadMore || (status === 'loading' && rows.length > 0 && !this.history.stale)
        ? html`<button class="button load-more" type="button" aria-disabled=${canLoadMore ? 'false' : 'true'} @click=${this.handleMore}>${catalog.loadMore}</button>`
        : nothing}`;
  }

  private historyStatusText(formats: WalletFormats): string {
    const catalog = this.catalog;
    const { rows, status, nextCursor, generation } = this.history;
    if (status === 'loading') return catalog.walletHistoryLoading;
    if (generation === 0 || rows.length === 0) return '';
    const shown = catalog.walletHistoryShown(rows.length, formats.count(rows.length));
    if (status === 'failed') return shown;
    return `${shown} ${nextCursor === null ? catalog.walletHistoryEnd : catalog.walletHistoryMore}`;
  }
}

const transactionKey = (row: WalletTransaction): string => row.id;
