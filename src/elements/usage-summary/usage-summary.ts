import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Access, CurrentUsage, Preferences, Section } from '../../api/schemas.js';
import { dayOfInstant, formatDay, formatDayRange, formatInstant } from '../../core/calendar.js';
import { formatMoney, formatPercent } from '../../core/money.js';
import { capCrossingDay, percentOfCap } from '../../core/usage.js';
import { KayseNavigateEvent } from '../../events/events.js';
import type { BillingStore, Topic } from '../../state/store.js';
import { KayseElement, type Permission } from '../../ui/kayse-element.js';
import { loadSpendChart } from '../../ui/chart/load-spend-chart.js';
import { statusBadge, statusBadgeStyles } from '../../ui/kit/status-badge.js';
import { styleProps } from '../../ui/style-props.js';
import { usageSummaryStyles } from './usage-summary.styles.js';
import { LocalizeController } from '../../i18n/localize.js';
import { USAGE_STRINGS, type UsageStrings } from './strings.js';

export interface UsageSummaryData {
  readonly usage: CurrentUsage;
  /** Billing mode and primary contact, when this user may read preferences. */
  readonly preferences: Preferences | null;
  /** Whether this user may change the spending cap (the cap-reached notice then links to it). */
  readonly canEditCap: boolean;
}

const readable = (level: string) => level === 'read' || level === 'edit';

/**
 * @tag kayse-usage-summary
 * @summary Current month usage against the spending cap: spend, projection, cap, courtesy
 * credits, status, the day the projection crosses the cap, and a chart of the month.
 *
 * @fires {KayseNavigateEvent} kayse-navigate - The user asked to change the spending cap (detail `{ section: 'spendingCap' }`).
 * @fires {KayseErrorEvent} kayse-error - Loading failed; the element shows the error with a retry (detail `{ section, operation, error }`).
 *
 * @csspart base - The section around everything.
 * @csspart status - The usage status badge.
 * @csspart figures - The list of amounts.
 * @csspart chart - The chart, its summary and its table of days.
 * @csspart error - The error message and retry button.
 *
 * @cssprop [--kayse-font-family=inherit] - Font; inherits the host's by default.
 * @cssprop [--kayse-color-text] - Text colour.
 * @cssprop [--kayse-color-text-muted] - Secondary text.
 * @cssprop [--kayse-color-surface] - Background of cards and badges.
 * @cssprop [--kayse-color-border] - Borders and chart grid.
 * @cssprop [--kayse-color-accent] - Spend and projection lines, buttons.
 * @cssprop [--kayse-color-success] - Within cap.
 * @cssprop [--kayse-color-warning] - Near cap.
 * @cssprop [--kayse-color-danger] - Cap reached and the cap line.
 * @cssprop [--kayse-radius=0.5rem] - Corner radius.
 * @cssprop [--kayse-space=1rem] - Base spacing.
 * @cssprop [--kayse-chart-height=14rem] - Height of the chart.
 *
 * @example
 * ```html
 * <kayse-usage-summary base-url="/api/billing"></kayse-usage-summary>
 * <kayse-usage-summary compact></kayse-usage-summary>
 * ```
 */
export class KayseUsageSummary extends KayseElement<UsageSummaryData, UsageStrings> {
  static override styles = [...KayseElement.styles, statusBadgeStyles, usageSummaryStyles];

  protected readonly section: Section = 'usage';
  protected readonly topics: readonly Topic[] = ['usage', 'preferences'];
  protected readonly localize = new LocalizeController(this, USAGE_STRINGS, () => this.resolvedLocale);
  protected override readonly skeletonLines = 6;

  protected override renderLoading() {
    // The ready layout in its own classes, each figure a box as tall as the real one (courtesy
    // credits, most months have some, included) and the chart's room kept, so the page under
    // the summary does not jump when the figures come.
    const line = (width: string) => html`<span class="skeleton-line" ${styleProps({ width })}></span>`;
    const figure = html`<div class="figure"><dt>${line('60%')}</dt><dd class="amount">${line('45%')}</dd></div>`;
    if (this.compact) return html`<section part="base" class="compact" role="status" aria-busy="true"><span class="visually-hidden">${this.catalog.loading}</span>${line('18rem')}</section>`;
    return html`<section part="base" class="summary loading-frame" role="status" aria-busy="true">
      <span class="visually-hidden">${this.catalog.loading}</span>
      <header aria-hidden="true"><h2>${line('9rem')}</h2>${line('6rem')}</header>
      <p class="period" aria-hidden="true">${line('min(24rem, 90%)')}<span class="narrow-line">${line('40%')}</span></p>
      <dl class="figures" aria-hidden="true">
        ${figure}${figure}${figure}
        <div class="figure credit"><dt>${line('60%')}</dt><dd class="amount">${line('35%')}</dd><dd class="note">${line('80%')}</dd></div>
      </dl>
      <p class="account" aria-hidden="true">${line('min(28rem, 80%)')}<span class="narrow-line">${line('50%')}</span></p>
      ${this.noChart ? nothing : html`<div class="chart-room" aria-hidden="true"></div>`}
    </section>`;
  }

  /** Leaves the chart out (chart.js is then never downloaded). */
  @property({ type: Boolean, attribute: 'no-chart' }) noChart = false;

  /** Figures and status only, on one line, for a header strip. */
  @property({ type: Boolean }) compact = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Asked for beside the figures' request, so the chart's element is defined when they come.
    // A chunk that failed to load is asked for again on the next update; the figures stand alone.
    if (!this.noChart && !this.compact) loadSpendChart().catch(() => undefined);
  }

  protected override async load(store: BillingStore, signal: AbortSignal, _permission: Permission, access: Access): Promise<UsageSummaryData> {
    const preferences = readable(access.sections.preferences)
      ? // The account line is a nicety: failing to load it must not take the figures down.
        store.read('preferences', signal).catch(() => null)
      : Promise.resolve(null);
    const [usage, prefs] = await Promise.all([store.read('usage', signal), preferences]);
    return { usage, preferences: prefs, canEditCap: access.sections.spendingCap === 'edit' };
  }

  protected override isEmpty({ usage }: UsageSummaryData): boolean {
    return usage.spent === 0 && usage.daily.every((day) => day.amount === 0);
  }

  protected override renderEmpty() {
    return html`<section part="base" class="summary" aria-labelledby="heading">
      <h2 id="heading">${this.catalog.usageHeading}</h2>
      <p class="empty">${this.catalog.usageEmpty}</p>
    </section>`;
  }

  private money(usage: CurrentUsage, minor: number): string {
    return formatMoney(minor, usage.currency, this.resolvedLocale);
  }

  private readonly goToCap = () => {
    this.dispatchEvent(new KayseNavigateEvent({ section: 'spendingCap' }));
  };

  private renderStatus(usage: CurrentUsage) {
    const percent = percentOfCap(usage.spent, usage.cap.amount);
    // Truncated to one decimal, so 79.99 % never reads as 80 %.
    const percentText = percent === null ? undefined : formatPercent(Math.floor(percent * 10) / 10, this.resolvedLocale, 1);
    return html`<span part="status" class="status">${statusBadge(usage.status, this.catalog, percentText)}</span>`;
  }

  private renderPeriod(usage: CurrentUsage) {
    const range = formatDayRange(usage.period.start, usage.period.end, this.resolvedLocale);
    const asOf = formatInstant(usage.asOf, this.resolvedLocale, usage.timezone, {
      month: 'short',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'short',
    });
    return html`<p class="period">${this.catalog.usagePeriod(range, asOf)}</p>`;
  }

  private renderNotices(usage: CurrentUsage, canEditCap: boolean) {
    if (usage.status === 'cap_reached' || usage.campaignsPaused) {
      return html`<div class="notice callout paused" role="status">
        <p>${this.catalog.usagePaused}</p>
        ${canEditCap ? html`<button class="button primary" type="button" @click=${this.goToCap}>${this.catalog.usageChangeCap}</button>` : nothing}
      </div>`;
    }
    const crossing = capCrossingDay({
      today: dayOfInstant(usage.asOf, usage.timezone),
      periodEnd: usage.period.end,
      spent: usage.spent,
      projected: usage.projected,
      cap: usage.cap.amount,
    });
    if (crossing === null) return nothing;
    // A long month: an abbreviation's own period ("28. Nov.") would double the sentence's.
    const day = formatDay(crossing, this.resolvedLocale, { month: 'long', day: 'numeric' });
    return html`<p class="notice callout crossing" role="status">${this.catalog.usageCrossing(day)}</p>`;
  }

  private renderFigures(usage: CurrentUsage) {
    return html`<dl part="figures" class="figures">
      <div class="figure">
        <dt>${this.catalog.usageSpent}</dt>
        <dd class="amount">${this.money(usage, usage.spent)}</dd>
      </div>
      <div class="figure">
        <dt>${this.catalog.usageProjected}</dt>
        <dd class="amount">${this.money(usage, usage.projected)}</dd>
      </div>
      <div class="figure">
        <dt>${this.catalog.usageCap}</dt>
        <dd class="amount">${usage.cap.amount === null ? this.catalog.usageNoCap : this.money(usage, usage.cap.amount)}</dd>
      </div>
      ${usage.courtesyCredits > 0
        ? html`<div class="figure credit">
            <dt>${this.catalog.usageCourtesyCredits}</dt>
            <dd class="amount">${formatMoney(usage.courtesyCredits, usage.currency, this.resolvedLocale, { signDisplay: 'always' })}</dd>
            <dd class="note">${this.catalog.usageCreditNote}</dd>
          </div>`
        : nothing}
    </dl>`;
  }

  private billingModeLabel(mode: string): string {
    if (mode === 'monthly_invoice') return this.catalog.billingModeMonthlyInvoice;
    if (mode === 'refillable_wallet') return this.catalog.billingModeRefillableWallet;
    return mode;
  }

  private renderAccount(preferences: Preferences | null) {
    if (!preferences) return nothing;
    return html`<p class="account">
      <span><span class="label">${this.catalog.usageBillingMode}:</span> ${this.billingModeLabel(preferences.billingMode)}</span>
      <span
        ><span class="label">${this.catalog.usagePrimaryContact}:</span>
        ${preferences.primaryContact?.name ?? this.catalog.usageNoPrimaryContact}</span
      >
    </p>`;
  }

  private renderCompact({ usage }: UsageSummaryData) {
    return html`<section part="base" class="compact" aria-label=${this.catalog.usageHeading}>
      ${this.renderStatus(usage)} ${this.renderFigures(usage)}
    </section>`;
  }

  protected override renderReady(data: UsageSummaryData) {
    if (this.compact) return this.renderCompact(data);
    const { usage, preferences, canEditCap } = data;
    return html`<section part="base" class="summary" aria-labelledby="heading">
      <header>
        <h2 id="heading">${this.catalog.usageHeading}</h2>
        ${this.renderStatus(usage)}
      </header>
      ${this.renderPeriod(usage)} ${this.renderNotices(usage, canEditCap)} ${this.renderFigures(usage)} ${this.renderAccount(preferences)}
      ${this.noChart ? nothing : html`<kayse-spend-chart .usage=${usage} .locale=${this.resolvedLocale}></kayse-spend-chart>`}
    </section>`;
  }
}
