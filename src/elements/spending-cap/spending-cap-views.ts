import { html, nothing, type TemplateResult } from 'lit';
import type { CurrentUsage, SpendingCap } from '../../api/schemas.js';
import { formatPercent } from '../../core/money.js';
import { capChangeWarning, percentOfCap } from '../../core/usage.js';
import type { CapStrings } from './strings.js';
import type { FormRules } from '../../state/form-controller.js';
import { statusBadge } from '../../ui/kit/status-badge.js';
import type { CapConfirmation, SpendingCapData } from './spending-cap.types.js';

/** The cap as the user has set it; `amount` is null while the field is empty or unreadable. */
export interface CapValues {
  readonly enabled: boolean;
  readonly amount: number | null;
}

/** What the views need beside the data: the words and the money format of the element's locale. */
export interface CapViewContext {
  readonly catalog: CapStrings;
  readonly locale: string;
  readonly money: (minor: number, currency: string) => string;
}

/** Whether saving `values` would change `cap` (an amount typed while the cap is off changes nothing). */
export const capDiffers = (values: CapValues, cap: SpendingCap): boolean => values.enabled !== cap.enabled || (values.enabled && values.amount !== cap.amount);

/** The cap form's rules: the cap within the loaded data, its values, and the body of a save. */
export const CAP_FORM: FormRules<'spendingCap', SpendingCapData, CapValues> = {
  key: 'spendingCap',
  resourceOf: (data) => data.cap,
  valuesOf: (cap) => ({ enabled: cap.enabled, amount: cap.amount }),
  differs: capDiffers,
  // Off is sent as `amount: null`, whatever was typed while the switch was on: the contract stores null.
  bodyOf: (values, base) => ({ enabled: values.enabled, amount: values.enabled ? values.amount : null, version: base.version }),
};

/** What a save of `values` over `base` must ask first, if anything. */
export function capConfirmation(values: CapValues, base: SpendingCap, usage: CurrentUsage | null): CapConfirmation | null {
  if (base.enabled && !values.enabled) return 'remove';
  if (!values.enabled || values.amount === null || !usage) return null;
  if (capChangeWarning(values.amount, usage) !== 'pauses_now') return null;
  return usage.campaignsPaused ? 'stays_paused' : 'pause';
}

/** The warning about the amount typed: pauses at once, or likely reached this month. */
export function renderCapWarning(values: CapValues, currency: string, usage: CurrentUsage | null, view: CapViewContext): TemplateResult | typeof nothing {
  if (!usage || !values.enabled || values.amount === null || values.amount <= 0) return nothing;
  const warning = capChangeWarning(values.amount, usage);
  if (!warning) return nothing;
  const { catalog, money } = view;
  const cap = money(values.amount, currency);
  if (warning === 'likely_reached') {
    return html`<div class="warning likely" part="warning">
      <span class="mark" aria-hidden="true">!</span>
      <p><strong>${catalog.capWarnLikelyTitle}</strong> ${catalog.capWarnLikely(cap, money(usage.projected, usage.currency))}</p>
    </div>`;
  }
  const spent = money(usage.spent, usage.currency);
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

/** This month's spend, projection, cap and status beside the form. */
export function renderCapUsage(data: SpendingCapData, view: CapViewContext): TemplateResult | typeof nothing {
  if (data.usageState === 'hidden') return nothing;
  const { catalog, money } = view;
  const usage = data.usage;
  if (!usage) {
    return html`<section class="card usage" part="usage" aria-labelledby="usage-heading">
      <h3 id="usage-heading" class="card-heading">${catalog.capUsageHeading}</h3>
      <p class="usage-unavailable">${catalog.capUsageUnavailable}</p>
    </section>`;
  }
  const percent = percentOfCap(usage.spent, usage.cap.amount);
  // Truncated to one decimal, as the usage summary shows it, so 79.99 % never reads as 80 %.
  const percentText = percent === null ? undefined : formatPercent(Math.floor(percent * 10) / 10, view.locale, 1);
  return html`<section class="card usage" part="usage" aria-labelledby="usage-heading">
    <div class="usage-head">
      <h3 id="usage-heading" class="card-heading">${catalog.capUsageHeading}</h3>
      ${statusBadge(usage.status, catalog, percentText)}
    </div>
    <dl class="figures">
      <div class="figure">
        <dt>${catalog.capSpent}</dt>
        <dd class="amount spent">${money(usage.spent, usage.currency)}</dd>
      </div>
      <div class="figure">
        <dt>${catalog.capProjected}</dt>
        <dd class="amount projected">${money(usage.projected, usage.currency)}</dd>
      </div>
      <div class="figure">
        <dt>${catalog.capCurrent}</dt>
        <dd class="amount current-cap">${usage.cap.amount === null ? catalog.capNone : money(usage.cap.amount, usage.currency)}</dd>
      </div>
    </dl>
  </section>`;
}

/** The confirmation dialog, saying what the save it asks about will do. */
export function renderCapDialog(asking: CapConfirmation, values: CapValues, currency: string, usage: CurrentUsage | null, view: CapViewContext): TemplateResult {
  const { catalog, money } = view;
  const cap = values.amount === null ? '' : money(values.amount, currency);
  const spent = usage ? money(usage.spent, usage.currency) : '';
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
  const text = texts[asking];
  return html`<kayse-confirm-dialog heading=${text.heading} confirm-label=${text.action} ?danger=${text.danger}
    >${text.body}</kayse-confirm-dialog
  >`;
}
