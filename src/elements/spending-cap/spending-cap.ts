import { html, nothing, type TemplateResult } from 'lit';
import { query, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import type { Access, CurrentUsage, Section, SpendingCap } from '../../api/schemas.js';
import { formatMoney, formatPercent } from '../../core/money.js';
import { FormController } from '../../state/form-controller.js';
import type { BillingStore, Topic } from '../../state/store.js';
import { KayseElement, type Permission } from '../../ui/kayse-element.js';
import { askConfirmation } from '../../ui/kit/ask-confirmation.js';
import { kitValue } from '../../ui/kit/kit-value.js';
import type { KayseMoneyInput } from '../../ui/kit/money-input.js';
import { statusBadgeStyles } from '../../ui/kit/status-badge.js';
import { loadingFrame } from '../../ui/loading-frame.js';
import { saveStatus, saveStatusStyles } from '../../ui/save-status.js';
import { CAP_FORM, capConfirmation, capDiffers, renderCapDialog, renderCapUsage, renderCapWarning, type CapValues, type CapViewContext } from './spending-cap-views.js';
import { spendingCapStyles } from './spending-cap.styles.js';
import type { CapConfirmation, CapField, CapUsageState, SpendingCapData } from './spending-cap.types.js';
import { LocalizeController } from '../../i18n/localize.js';
import { CAP_STRINGS, type CapStrings } from './strings.js';

const FIELDS: readonly string[] = ['enabled', 'amount'] satisfies readonly CapField[];

/**
 * @tag kayse-spending-cap
 * @summary The monthly spending cap: a switch to limit monthly spend and the amount in the
 * company's currency, beside this month's spend, projection and usage status.
 *
 * Before a save it warns in words: a cap at or below this month's spend pauses campaigns at once
 * (the user confirms), a cap below the projected total will likely be reached this month, and
 * turning the cap off asks for confirmation. Those warnings need the usage section: where the
 * user may not read it, nothing is asked of `/usage/current` and the server's 422 says what is
 * wrong instead. A save reloads usage and alerts under the same provider, so a
 * `<kayse-usage-summary>` beside it shows the new status at once, with one request.
 *
 * With `read` access the element shows the cap without controls and sends nothing; with
 * `hidden` it renders nothing. Unsaved edits survive every failure (a 409 offers the other
 * admin's version or saving over it; a 422 shows its message on the field), the browser warns
 * before the page is left while edits are unsaved, and Reset puts the saved cap back.
 *
 * @fires {KayseSaveEvent<SpendingCap>} kayse-save - The user's new cap was saved; `detail` is `{ section: 'spendingCap', value }`, `value` the cap as the server returned it (`amount: null` when off).
 * @fires {KayseErrorEvent} kayse-error - A failure was shown, loading the cap or this month's usage (`operation: 'load'`) or saving (`operation: 'save'`); `detail.error` is the typed `ApiError`.
 *
 * @csspart base - The whole element once loaded (and its placeholder while loading).
 * @csspart notice - The "campaigns are paused" notice, while they are.
 * @csspart settings - The cap: the form for editors, the value for readers.
 * @csspart warning - The warning about the amount typed (pauses at once, or likely reached this month).
 * @csspart actions - The Save and Reset buttons.
 * @csspart save-status - The line that says how the last save went, with the choice after a conflict.
 * @csspart usage - This month's spend, projection, cap and status.
 * @csspart error - The message and retry shown when the cap cannot be loaded.
 *
 * @cssprop [--kayse-font-family=inherit] - Font.
 * @cssprop [--kayse-color-text=light-dark(#1b1f24, #e8eaed)] - Text.
 * @cssprop [--kayse-color-text-muted=light-dark(#525c69, #a9b1bc)] - Explanations, labels and hints.
 * @cssprop [--kayse-color-surface=light-dark(#ffffff, #1a1e24)] - Cards and fields.
 * @cssprop [--kayse-color-surface-alt=light-dark(#f3f5f7, #232830)] - The usage card.
 * @cssprop [--kayse-color-border=light-dark(#d5dae0, #3a414b)] - Borders.
 * @cssprop [--kayse-color-accent=light-dark(#2553c9, #8fb0ff)] - The switch when on and the save button.
 * @cssprop [--kayse-color-on-accent=light-dark(#ffffff, #0b1530)] - Text on accent, warning and danger fills.
 * @cssprop [--kayse-color-success=light-dark(#1d7340, #6fd49a)] - The "within cap" status.
 * @cssprop [--kayse-color-warning=light-dark(#8a5300, #f2b65a)] - The "likely reached" warning and the "near cap" status.
 * @cssprop [--kayse-color-danger=light-dark(#b3261e, #ff9a92)] - The "pauses at once" warning, the paused notice, errors.
 * @cssprop [--kayse-color-focus=light-dark(#2553c9, #8fb0ff)] - The focus ring.
 * @cssprop [--kayse-radius=0.5rem] - Corner radius of cards, fields and buttons.
 * @cssprop [--kayse-space=1rem] - Base spacing.
 *
 * @example
 * ```html
 * <kayse-billing-provider base-url="/api/billing">
 *   <kayse-usage-summary></kayse-usage-summary>
 *   <kayse-spending-cap></kayse-spending-cap>
 * </kayse-billing-provider>
 * <script>
 *   document.addEventListener('kayse-save', (event) => {
 *     if (event.detail.section === 'spendingCap') console.log('New cap', event.detail.value.amount);
 *   });
 * </script>
 * ```
 */
export class KayseSpendingCap extends KayseElement<SpendingCapData, CapStrings> {
  static override styles = [...KayseElement.styles, statusBadgeStyles, saveStatusStyles, spendingCapStyles];

  protected readonly section: Section = 'spendingCap';
  protected readonly topics: readonly Topic[] = ['spendingCap', 'usage'];
  protected readonly localize = new LocalizeController(this, CAP_STRINGS, () => this.resolvedLocale);

  private readonly form = new FormController(this, this.connection, CAP_FORM, {
    check: (values) => this.check(values),
    confirm: (values, base) => this.confirm(capConfirmation(values, base, this.connection.data?.usage ?? null)),
    focus: (path) => this.focusField(path),
    afterReset: () => {
      this.amountChecked = false;
      // The amount field is made anew, so unreadable text the user typed goes too.
      this.fieldGeneration += 1;
    },
  });

  @query('kayse-money-input') private amountInput?: KayseMoneyInput;

  /** Whether the amount's own rule (above zero) shows: after the user leaves the field or presses Save. */
  @state() private amountChecked = false;
  /** What the confirmation dialog asks. */
  @state() private asking: CapConfirmation = 'pause';
  @state() private fieldGeneration = 0;

  /** Whether the form holds edits that are not saved (a host asks before leaving the page or section). */
  get dirty(): boolean {
    return this.form.dirty;
  }

  protected override async load(store: BillingStore, signal: AbortSignal, _permission: Permission, access: Access): Promise<SpendingCapData> {
    const usageReadable = access.sections.usage === 'read' || access.sections.usage === 'edit';
    const [cap, usage] = await Promise.all([store.read('spendingCap', signal), usageReadable ? this.readUsage(store, signal) : Promise.resolve(null)]);
    const usageState: CapUsageState = !usageReadable ? 'hidden' : usage ? 'shown' : 'failed';
    return { cap, usage, usageState };
  }

  private readonly handleSwitch = (event: Event): void => {
    const value = kitValue(event);
    if (typeof value === 'boolean') this.form.edit({ enabled: value }, ['enabled']);
  };

  private readonly handleAmountInput = (event: Event): void => {
    const value = kitValue(event);
    if (typeof value === 'number' || value === null) this.form.edit({ amount: value }, ['amount']);
  };

  private readonly handleAmountChange = (): void => {
    // "Above zero" is said once the user is done typing, not at the first keystroke.
    this.amountChecked = true;
  };

  private get view(): CapViewContext {
    const locale = this.resolvedLocale;
    return { catalog: this.catalog, locale, money: (minor, currency) => formatMoney(minor, currency, locale) };
  }

  private async readUsage(store: BillingStore, signal: AbortSignal): Promise<CurrentUsage | null> {
    try {
      return await store.read('usage', signal);
    } catch (error) {
      if (signal.aborted) throw error;
      // The cap can still be changed without it; the usage card says why its figures are missing.
      this.reportError(error, 'load');
      return null;
    }
  }

  /** The amount's problems, shown at once; the count of them. */
  private check(values: CapValues): number {
    if (!values.enabled) return 0;
    const readable = this.amountInput?.validate() ?? true;
    this.amountChecked = true;
    return !readable || values.amount === null || values.amount <= 0 ? 1 : 0;
  }

  private async confirm(question: CapConfirmation | null): Promise<boolean> {
    if (!question) return true;
    // The dialog's heading and body say this once rendered, before it opens.
    this.asking = question;
    return askConfirmation(this);
  }

  private focusField(path: string | null): void {
    if (path === null || (path === 'amount' && this.form.values?.enabled)) this.amountInput?.focus();
    else if (path === 'enabled' || path === 'amount') this.renderRoot.querySelector<HTMLElement>('kayse-switch')?.focus();
  }

  /** The message under the amount: its rule once checked, else the server's 422 message. */
  private amountError(values: CapValues): string | null {
    if (this.amountChecked && values.enabled && values.amount !== null && values.amount <= 0) return this.catalog.capAmountNotPositive;
    return this.form.fieldErrors['amount'] ?? null;
  }

  protected override renderLoading(): TemplateResult {
    // The ready layout's frame, so nothing moves when the figures arrive.
    const catalog = this.catalog;
    return loadingFrame(catalog.loading, {
      frame: 'spending-cap',
      head: [
        { row: 'title', text: catalog.capHeading },
        { row: 'note', text: catalog.capIntro },
      ],
      blocks: [
        {
          class: 'card settings',
          rows: [
            { row: 'switch', text: [catalog.capEnabledLabel, catalog.capEnabledDescription] },
            { row: 'field', text: [catalog.capAmountLabel, catalog.capAmountHint] },
            'actions',
          ],
        },
        {
          class: 'card usage',
          rows: [
            { group: 'usage-head', rows: [{ row: 'heading', text: catalog.capUsageHeading }, { row: 'badge', text: this.usualBadge() }] },
            {
              group: 'figures',
              rows: [catalog.capSpent, catalog.capProjected, catalog.capCurrent].map((label) => ({ row: 'figure', text: [label] }) as const),
            },
          ],
        },
      ],
    });
  }

  /** A badge's usual words (within the cap, a percent with a decimal), for the frame's badge to be as wide. */
  private usualBadge(): string {
    return `${this.catalog.statusWithinCap} ${this.catalog.percentOfCap(formatPercent(10.5, this.resolvedLocale, 1))}`;
  }

  protected override renderError(error: unknown): TemplateResult {
    // The heading stays, so the user knows which section failed.
    return html`<section class="spending-cap" part="base" aria-labelledby="heading">
      <div class="head"><h2 id="heading" class="title">${this.catalog.capHeading}</h2></div>
      ${super.renderError(error)}
    </section>`;
  }

  protected override renderReady(data: SpendingCapData, permission: Permission): TemplateResult {
    const catalog = this.catalog;
    const cap = this.form.resource ?? data.cap;
    const values = this.form.values ?? cap;
    return html`<section class="spending-cap" part="base" aria-labelledby="heading">
      <div class="head">
        <h2 id="heading" class="title">${catalog.capHeading}</h2>
        <p class="intro">${catalog.capIntro}</p>
      </div>
      ${data.usage?.campaignsPaused ? this.renderPausedNotice() : nothing}
      <div class="cards ${data.usageState === 'hidden' ? 'single' : ''}">
        ${permission === 'edit' ? this.renderForm(data, cap, values) : this.renderValue(cap)} ${renderCapUsage(data, this.view)}
      </div>
      ${permission === 'edit' ? renderCapDialog(this.asking, values, cap.currency, data.usage, this.view) : nothing}
    </section>`;
  }

  private renderPausedNotice(): TemplateResult {
    return html`<div class="notice paused" part="notice">
      <span class="mark" aria-hidden="true">!!</span>
      <p>${this.catalog.capPausedNotice}</p>
    </div>`;
  }

  private renderValue(cap: SpendingCap): TemplateResult {
    const catalog = this.catalog;
    return html`<section class="card settings" part="settings" aria-labelledby="settings-heading">
      <h3 id="settings-heading" class="card-heading">${catalog.capAmountLabel}</h3>
      <p class="cap-value">${cap.enabled && cap.amount !== null ? this.view.money(cap.amount, cap.currency) : catalog.capOffValue}</p>
      <p class="read-only-note">${catalog.capReadOnly}</p>
    </section>`;
  }

  private renderForm(data: SpendingCapData, cap: SpendingCap, values: CapValues): TemplateResult {
    const catalog = this.catalog;
    const form = this.form;
    const dirty = capDiffers(values, cap);
    const enabledError = form.fieldErrors['enabled'];
    return html`<form class="card settings" part="settings" novalidate aria-labelledby="heading" @submit=${form.onSubmit}>
      <kayse-switch
        data-field="enabled"
        label=${catalog.capEnabledLabel}
        description=${catalog.capEnabledDescription}
        .checked=${values.enabled}
        @change=${this.handleSwitch}
      ></kayse-switch>
      ${enabledError ? html`<p class="field-error">${enabledError}</p>` : nothing}
      ${keyed(
        this.fieldGeneration,
        html`<kayse-money-input
          data-field="amount"
          label=${catalog.capAmountLabel}
          currency=${cap.currency}
          locale=${this.resolvedLocale}
          hint=${values.enabled ? catalog.capAmountHint : catalog.capAmountOffHint}
          ?required=${values.enabled}
          ?disabled=${!values.enabled}
          .value=${values.amount}
          .serverError=${live(this.amountError(values))}
          @input=${this.handleAmountInput}
          @change=${this.handleAmountChange}
        ></kayse-money-input>`,
      )}
      <div class="warnings" aria-live="polite">${dirty ? renderCapWarning(values, cap.currency, data.usage, this.view) : nothing}</div>
      ${this.renderTheirVersion()} ${this.renderOtherErrors()}
      <div class="form-actions" part="actions">
        <button class="button primary" type="submit" aria-disabled=${form.saving ? 'true' : 'false'}>${catalog.save}</button>
        ${dirty
          ? html`<button class="button" type="button" @click=${form.onReset}>${catalog.reset}</button>
              <p class="unsaved">${catalog.unsavedChanges}</p>`
          : nothing}
        <div class="status-slot" part="save-status">${saveStatus(form.outcome, catalog, { loadLatest: form.onLoadLatest, saveOver: form.onSaveOver })}</div>
      </div>
      ${this.renderFormProblem()}
    </form>`;
  }

  private renderTheirVersion(): TemplateResult | typeof nothing {
    const latest = this.form.latest;
    if (!latest) return nothing;
    const amount = latest.enabled && latest.amount !== null ? this.view.money(latest.amount, latest.currency) : null;
    return html`<p class="their-version">${this.catalog.capTheirVersion(amount)}</p>`;
  }

  private renderOtherErrors(): TemplateResult | typeof nothing {
    const others = this.form.otherErrors((path) => FIELDS.includes(path));
    if (others.length === 0) return nothing;
    return html`<ul class="other-errors">
      ${others.map((message) => html`<li>${message}</li>`)}
    </ul>`;
  }

  private renderFormProblem(): TemplateResult | typeof nothing {
    const problem = this.form.problem;
    if (!problem) return nothing;
    const catalog = this.catalog;
    return problem.kind === 'fix'
      ? html`<p class="form-problem" role="alert">${catalog.capFixFields}</p>`
      : html`<p class="form-problem quiet" role="status">${catalog.capNoChanges}</p>`;
  }
}
