import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { query, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import { SpendingCap, type Access, type CurrentUsage, type Section, type SpendingCapUpdate } from '../../api/schemas.js';
import { formatMoney, formatPercent } from '../../core/money.js';
import { capChangeWarning, percentOfCap } from '../../core/usage.js';
import { SAVE_AFFECTS, type BillingStore, type Topic } from '../../state/store.js';
import { KayseElement, type Permission } from '../../ui/kayse-element.js';
import type { KayseConfirmDialog } from '../../ui/kit/confirm-dialog.js';
import { KitChangeEvent, KitInputEvent } from '../../ui/kit/events.js';
import type { KayseMoneyInput } from '../../ui/kit/money-input.js';
import { skeleton } from '../../ui/kit/skeleton.js';
import { statusBadge, statusBadgeStyles } from '../../ui/kit/status-badge.js';
import { SaveController } from '../../ui/save-controller.js';
import { saveStatus, saveStatusStyles } from '../../ui/save-status.js';
import { UnsavedChangesController } from '../../ui/unsaved-changes.js';
import { spendingCapStyles } from './spending-cap.styles.js';
import type { CapConfirmation, CapField, CapUsageState, SpendingCapData } from './spending-cap.types.js';

/** The cap as the user has set it; `amount` is null while the field is empty or unreadable. */
interface CapValues {
  readonly enabled: boolean;
  readonly amount: number | null;
}

/**
 * The user's edits, kept through every failure until they save, reset or load the latest. The
 * amount stays while the switch is off, so turning it back on shows what they typed.
 */
interface Draft extends CapValues {
  /** The cap they started from: its `version` goes with the save. */
  readonly base: SpendingCap;
}

type FormProblem = 'fix_fields' | 'no_changes';

const FIELDS: readonly CapField[] = ['enabled', 'amount'];

/** Whether saving `values` would change `cap` (an amount typed while the cap is off changes nothing). */
const differs = (values: CapValues, cap: SpendingCap): boolean => values.enabled !== cap.enabled || (values.enabled && values.amount !== cap.amount);

/** The value a kit event carries, or undefined for an event that is not the kit's. */
function kitValue(event: Event): unknown {
  if (!(event instanceof KitInputEvent || event instanceof KitChangeEvent)) return undefined;
  const value: unknown = event.detail.value;
  return value;
}

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
export class KayseSpendingCap extends KayseElement<SpendingCapData> {
  static override styles = [...KayseElement.styles, statusBadgeStyles, saveStatusStyles, spendingCapStyles];

  protected readonly section: Section = 'spendingCap';
  protected readonly topics: readonly Topic[] = ['spendingCap', 'usage'];

  private readonly saver = new SaveController(this, { key: 'spendingCap', section: 'spendingCap' });

  private readonly unsaved = new UnsavedChangesController(this);

  /**
   * What this element just saved, with the loaded value it replaces: shown until the reload the
   * save started (usage is asked again) delivers, so the old cap does not flash back meanwhile.
   */
  private justSaved: { readonly value: SpendingCap; readonly replaces: unknown } | null = null;
  // A save is on its way from the first press (the confirmation included), so a second press does nothing.
  private submitting = false;

  @query('kayse-confirm-dialog') private confirmDialog?: KayseConfirmDialog;
  @query('kayse-money-input') private amountInput?: KayseMoneyInput;

  @state() private draft: Draft | null = null;
  /** Whether the amount's own rule (above zero) shows: after the user leaves the field or presses Save. */
  @state() private amountChecked = false;
  /** The server's 422 messages, each until the user edits its field. */
  @state() private serverErrors: Readonly<Partial<Record<CapField, string>>> = {};
  /** 422 messages on fields this form does not show (a newer server's), so none goes unsaid. */
  @state() private otherErrors: readonly string[] = [];
  @state() private formProblem: FormProblem | null = null;
  /** What the confirmation dialog asks. */
  @state() private asking: CapConfirmation = 'pause';
  /** Bumped to recreate the amount field on Reset, so unreadable text the user typed goes too. */
  @state() private fieldGeneration = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Access can drop to read-only on a reload; edits nobody can save are not worth a leave warning.
    if (this.draft && this.permission !== null && this.permission !== 'edit') this.replaceDraft(null);
  }

  protected override async load(store: BillingStore, signal: AbortSignal, _permission: Permission, access: Access): Promise<SpendingCapData> {
    const usageReadable = access.sections.usage === 'read' || access.sections.usage === 'edit';
    const [cap, usage] = await Promise.all([store.read('spendingCap', signal), usageReadable ? this.readUsage(store, signal) : Promise.resolve(null)]);
    const usageState: CapUsageState = !usageReadable ? 'hidden' : usage ? 'shown' : 'failed';
    return { cap, usage, usageState };
  }

  private readonly handleSwitch = (event: Event): void => {
    const value = kitValue(event);
    if (typeof value === 'boolean') this.edit({ enabled: value }, 'enabled');
  };

  private readonly handleAmountInput = (event: Event): void => {
    const value = kitValue(event);
    if (typeof value === 'number' || value === null) this.edit({ amount: value }, 'amount');
  };

  private readonly handleAmountChange = (): void => {
    // "Above zero" is said once the user is done typing, not at the first keystroke.
    this.amountChecked = true;
  };

  private readonly handleSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.submit();
  };

  private readonly handleReset = (): void => {
    this.replaceDraft(null);
    this.clearFeedback();
    this.saver.clear();
    this.fieldGeneration += 1;
  };

  private readonly handleLoadLatest = (): void => {
    const latest = this.saver.latest;
    if (!latest) return;
    this.handleReset();
    const store = this.store;
    if (!store) return;
    // Into the shared cache, so every element showing the cap shows the server's version; the
    // other admin's cap changed the usage status and alerts too, which the cache may predate.
    store.put('spendingCap', latest);
    store.invalidate(SAVE_AFFECTS.spendingCap);
  };

  private readonly handleSaveOver = (): void => {
    const latest = this.saver.latest;
    const draft = this.draft;
    if (!latest || !draft) return;
    const rebased: Draft = { ...draft, base: latest };
    this.replaceDraft(rebased);
    // Anything this cap pauses was confirmed before the first attempt; the user has just chosen to keep it.
    void this.save(rebased, latest);
  };

  /** The loaded data, once loaded and visible. */
  private get data(): SpendingCapData | null {
    const loaded = this.loadTask.value;
    return loaded && !loaded.hidden ? loaded.data : null;
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

  /** The newest cap this element knows: the loaded one, or the one it just saved. */
  private capOf(data: SpendingCapData): SpendingCap {
    const held = this.justSaved;
    return held && held.replaces === this.loadTask.value ? held.value : data.cap;
  }

  /** What the form shows and would save from: the draft's starting point, else the newest cap. */
  private shownCap(data: SpendingCapData): SpendingCap {
    return this.draft?.base ?? this.capOf(data);
  }

  private values(cap: SpendingCap): CapValues {
    return this.draft ?? { enabled: cap.enabled, amount: cap.amount };
  }

  private money(minor: number, currency: string): string {
    return formatMoney(minor, currency, this.resolvedLocale);
  }

  /** A user's edit: the new draft, the edited field's server error gone, the last save's outcome forgotten. */
  private edit(patch: Partial<CapValues>, field: CapField): void {
    const data = this.data;
    if (!data) return;
    const base = this.shownCap(data);
    this.replaceDraft({ ...this.values(base), ...patch, base });
    if (this.serverErrors[field] !== undefined) {
      const { [field]: _edited, ...others } = this.serverErrors;
      this.serverErrors = others;
    }
    this.formProblem = null;
    // "Saved." or a failure is about the last save; a 409's choice stays until the user makes it.
    if (this.saver.status === 'saved' || this.saver.status === 'failed') this.saver.clear();
  }

  private replaceDraft(draft: Draft | null): void {
    this.draft = draft;
    this.unsaved.dirty = draft !== null && differs(draft, draft.base);
  }

  private clearFeedback(): void {
    this.amountChecked = false;
    this.serverErrors = {};
    this.otherErrors = [];
    this.formProblem = null;
  }

  private async submit(): Promise<void> {
    const data = this.data;
    if (!data || this.submitting || this.saver.saving) return;
    const base = this.shownCap(data);
    const values = this.values(base);
    if (values.enabled) {
      const readable = this.amountInput?.validate() ?? true;
      this.amountChecked = true;
      if (!readable || values.amount === null || values.amount <= 0) {
        this.formProblem = 'fix_fields';
        await this.updateComplete;
        this.amountInput?.focus();
        return;
      }
    }
    if (!differs(values, base)) {
      this.formProblem = 'no_changes';
      return;
    }
    this.formProblem = null;
    this.submitting = true;
    try {
      const question = this.confirmationFor(values, base, data.usage);
      if (question && !(await this.confirm(question))) return;
      await this.save(values, base);
    } finally {
      this.submitting = false;
    }
  }

  private confirmationFor(values: CapValues, base: SpendingCap, usage: CurrentUsage | null): CapConfirmation | null {
    if (base.enabled && !values.enabled) return 'remove';
    if (!values.enabled || values.amount === null || !usage) return null;
    if (capChangeWarning(values.amount, usage) !== 'pauses_now') return null;
    return usage.campaignsPaused ? 'stays_paused' : 'pause';
  }

  private async confirm(question: CapConfirmation): Promise<boolean> {
    this.asking = question;
    // The dialog's heading and body must say this before it opens.
    await this.updateComplete;
    return this.confirmDialog ? this.confirmDialog.ask() : false;
  }

  private async save(values: CapValues, base: SpendingCap): Promise<void> {
    const store = this.store;
    if (!store) return;
    // Off is sent as `amount: null`, whatever was typed while the switch was on: the contract stores null.
    const body: SpendingCapUpdate = { enabled: values.enabled, amount: values.enabled ? values.amount : null, version: base.version };
    const replaces = this.loadTask.value;
    const saved = await this.saver.save(store, body);
    if (saved) {
      this.justSaved = { value: saved, replaces };
      this.replaceDraft(null);
      this.clearFeedback();
      return;
    }
    const fields = this.saver.fieldErrors;
    const serverErrors: Partial<Record<CapField, string>> = {};
    for (const field of FIELDS) if (fields[field] !== undefined) serverErrors[field] = fields[field];
    this.serverErrors = serverErrors;
    this.otherErrors = Object.entries(fields)
      .filter(([path]) => !(FIELDS as readonly string[]).includes(path))
      .map(([, message]) => message);
    if (serverErrors.amount !== undefined || serverErrors.enabled !== undefined) {
      await this.updateComplete;
      if (serverErrors.amount !== undefined && values.enabled) this.amountInput?.focus();
      else this.renderRoot.querySelector<HTMLElement>('kayse-switch')?.focus();
    }
  }

  /** The message under the amount: its rule once checked, else the server's 422 message. */
  private amountError(values: CapValues): string | null {
    if (this.amountChecked && values.enabled && values.amount !== null && values.amount <= 0) return this.catalog.capAmountNotPositive;
    return this.serverErrors.amount ?? null;
  }

  protected override renderLoading(): TemplateResult {
    // The ready layout's frame, so nothing moves when the figures arrive.
    return html`<div class="spending-cap is-loading" part="base" role="status" aria-busy="true">
      <span class="visually-hidden">${this.catalog.loading}</span>
      <div class="head">
        <div class="title-placeholder">${skeleton(['12rem'])}</div>
        <div class="intro-placeholder">${skeleton(['85%', '30%'])}</div>
      </div>
      <div class="cards">
        <div class="card">${skeleton(['10rem', '14rem', '6rem', '100%', '70%', '8rem'])}</div>
        <div class="card">${skeleton(['9rem', '70%', '85%'])}</div>
      </div>
    </div>`;
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
    const cap = this.shownCap(data);
    return html`<section class="spending-cap" part="base" aria-labelledby="heading">
      <div class="head">
        <h2 id="heading" class="title">${catalog.capHeading}</h2>
        <p class="intro">${catalog.capIntro}</p>
      </div>
      ${data.usage?.campaignsPaused ? this.renderPausedNotice() : nothing}
      <div class="cards ${data.usageState === 'hidden' ? 'single' : ''}">
        ${permission === 'edit' ? this.renderForm(data, cap) : this.renderValue(cap)} ${this.renderUsage(data)}
      </div>
      ${permission === 'edit' ? this.renderDialog(this.values(cap), cap.currency, data.usage) : nothing}
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
      <p class="cap-value">${cap.enabled && cap.amount !== null ? this.money(cap.amount, cap.currency) : catalog.capOffValue}</p>
      <p class="read-only-note">${catalog.capReadOnly}</p>
    </section>`;
  }

  private renderForm(data: SpendingCapData, cap: SpendingCap): TemplateResult {
    const catalog = this.catalog;
    const values = this.values(cap);
    const dirty = differs(values, cap);
    return html`<form class="card settings" part="settings" novalidate aria-labelledby="heading" @submit=${this.handleSubmit}>
      <kayse-switch
        data-field="enabled"
        label=${catalog.capEnabledLabel}
        description=${catalog.capEnabledDescription}
        .checked=${values.enabled}
        .catalog=${catalog}
        @change=${this.handleSwitch}
      ></kayse-switch>
      ${this.serverErrors.enabled ? html`<p class="field-error">${this.serverErrors.enabled}</p>` : nothing}
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
          .catalog=${catalog}
          .value=${values.amount}
          .serverError=${live(this.amountError(values))}
          @input=${this.handleAmountInput}
          @change=${this.handleAmountChange}
        ></kayse-money-input>`,
      )}
      <div class="warnings" aria-live="polite">${dirty ? this.renderWarning(values, cap.currency, data.usage) : nothing}</div>
      ${this.renderTheirVersion()} ${this.renderOtherErrors()}
      <div class="form-actions" part="actions">
        <button class="button primary" type="submit" aria-disabled=${this.saver.saving ? 'true' : 'false'}>${catalog.save}</button>
        ${dirty
          ? html`<button class="button" type="button" @click=${this.handleReset}>${catalog.reset}</button>
              <p class="unsaved">${catalog.unsavedChanges}</p>`
          : nothing}
        <div class="status-slot" part="save-status">${saveStatus(this.saver, catalog, { loadLatest: this.handleLoadLatest, saveOver: this.handleSaveOver })}</div>
      </div>
      ${this.renderFormProblem()}
    </form>`;
  }

  private renderWarning(values: CapValues, currency: string, usage: CurrentUsage | null): TemplateResult | typeof nothing {
    if (!usage || !values.enabled || values.amount === null || values.amount <= 0) return nothing;
    const warning = capChangeWarning(values.amount, usage);
    if (!warning) return nothing;
    const catalog = this.catalog;
    const cap = this.money(values.amount, currency);
    if (warning === 'likely_reached') {
      return html`<div class="warning likely" part="warning">
        <span class="mark" aria-hidden="true">!</span>
        <p><strong>${catalog.capWarnLikelyTitle}</strong> ${catalog.capWarnLikely(cap, this.money(usage.projected, usage.currency))}</p>
      </div>`;
    }
    const spent = this.money(usage.spent, usage.currency);
    // Words first; the mark, the border's weight and the colour only repeat them.
    return html`<div class="warning pauses" part="warning">
      <span class="mark" aria-hidden="true">!!</span>
      <p>
        ${usage.campaignsPaused
          ? html`<strong>${catalog.capWarnStaysPausedTitle}</strong> ${catalog.capWarnStaysPaused(cap, spent)}`
          : html`<strong>${catalog.capWarnPausesTitle}</strong> ${catalog.capWarnPauses(cap, spent)}`}
      </p>
    </div>`;
  }

  private renderTheirVersion(): TemplateResult | typeof nothing {
    const latest = this.saver.status === 'conflict' ? this.saver.latest : null;
    if (!latest) return nothing;
    const amount = latest.enabled && latest.amount !== null ? this.money(latest.amount, latest.currency) : null;
    return html`<p class="their-version">${this.catalog.capTheirVersion(amount)}</p>`;
  }

  private renderOtherErrors(): TemplateResult | typeof nothing {
    if (this.otherErrors.length === 0) return nothing;
    return html`<ul class="other-errors">
      ${this.otherErrors.map((message) => html`<li>${message}</li>`)}
    </ul>`;
  }

  private renderFormProblem(): TemplateResult | typeof nothing {
    if (!this.formProblem) return nothing;
    const catalog = this.catalog;
    return this.formProblem === 'fix_fields'
      ? html`<p class="form-problem" role="alert">${catalog.capFixFields}</p>`
      : html`<p class="form-problem quiet" role="status">${catalog.capNoChanges}</p>`;
  }

  private renderUsage(data: SpendingCapData): TemplateResult | typeof nothing {
    if (data.usageState === 'hidden') return nothing;
    const catalog = this.catalog;
    const usage = data.usage;
    if (!usage) {
      return html`<section class="card usage" part="usage" aria-labelledby="usage-heading">
        <h3 id="usage-heading" class="card-heading">${catalog.capUsageHeading}</h3>
        <p class="usage-unavailable">${catalog.capUsageUnavailable}</p>
      </section>`;
    }
    const percent = percentOfCap(usage.spent, usage.cap.amount);
    // Truncated to one decimal, as the usage summary shows it, so 79.99 % never reads as 80 %.
    const percentText = percent === null ? undefined : formatPercent(Math.floor(percent * 10) / 10, this.resolvedLocale, 1);
    return html`<section class="card usage" part="usage" aria-labelledby="usage-heading">
      <div class="usage-head">
        <h3 id="usage-heading" class="card-heading">${catalog.capUsageHeading}</h3>
        ${statusBadge(usage.status, catalog, percentText)}
      </div>
      <dl class="figures">
        <div class="figure">
          <dt>${catalog.capSpent}</dt>
          <dd class="amount spent">${this.money(usage.spent, usage.currency)}</dd>
        </div>
        <div class="figure">
          <dt>${catalog.capProjected}</dt>
          <dd class="amount projected">${this.money(usage.projected, usage.currency)}</dd>
        </div>
        <div class="figure">
          <dt>${catalog.capCurrent}</dt>
          <dd class="amount current-cap">${usage.cap.amount === null ? catalog.capNone : this.money(usage.cap.amount, usage.currency)}</dd>
        </div>
      </dl>
    </section>`;
  }

  private renderDialog(values: CapValues, currency: string, usage: CurrentUsage | null): TemplateResult {
    const catalog = this.catalog;
    const cap = values.amount === null ? '' : this.money(values.amount, currency);
    const spent = usage ? this.money(usage.spent, usage.currency) : '';
    const texts: Readonly<Record<CapConfirmation, { heading: string; body: string; action: string; danger: boolean }>> = {
      pause: { heading: catalog.capConfirmPauseHeading, body: catalog.capConfirmPauseBody(cap, spent), action: catalog.capConfirmPauseAction, danger: true },
      stays_paused: {
        heading: catalog.capConfirmStaysPausedHeading,
        body: catalog.capConfirmStaysPausedBody(cap, spent),
        action: catalog.capConfirmStaysPausedAction,
        danger: false,
      },
      remove: {
        heading: catalog.capConfirmRemoveHeading,
        body: usage?.campaignsPaused ? catalog.capConfirmRemovePausedBody : catalog.capConfirmRemoveBody,
        action: catalog.capConfirmRemoveAction,
        danger: true,
      },
    };
    const text = texts[this.asking];
    return html`<kayse-confirm-dialog heading=${text.heading} confirm-label=${text.action} ?danger=${text.danger} .catalog=${catalog}
      >${text.body}</kayse-confirm-dialog
    >`;
  }
}
