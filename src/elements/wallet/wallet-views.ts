import { html, nothing, type TemplateResult } from 'lit';
import type { Wallet, WalletSettingsUpdate } from '../../api/schemas.js';
import { LOW_BALANCE_PERCENT, balanceWarning, lowBalanceLevel, validateRefillSettings } from '../../core/wallet.js';
import type { WalletStrings } from './strings.js';
import type { FormProblem, FormRules } from '../../state/form-controller.js';
import { loadingFrame } from '../../ui/loading-frame.js';
import type { WalletFormats } from './wallet-format.js';
import type { RefillField, WalletData } from './wallet.types.js';

/** The refill settings as the user has typed them; `null` is an empty or unreadable field. */
export interface RefillValues {
  readonly refillAmount: number | null;
  readonly refillThreshold: number | null;
}

/** What the views need beside the data: the words, and the formatters of the element's locale, the wallet's currency and the history's time zone. */
export interface WalletViewContext {
  readonly catalog: WalletStrings;
  readonly formats: WalletFormats;
}

export const refillValues = (wallet: Wallet): RefillValues => ({ refillAmount: wallet.refillAmount, refillThreshold: wallet.refillThreshold });

/** Whether saving `values` would change `wallet`'s refill settings. */
export const refillDiffers = (values: RefillValues, wallet: Wallet): boolean =>
  values.refillAmount !== wallet.refillAmount || values.refillThreshold !== wallet.refillThreshold;

/** The settings' PUT body, or null while a field is empty or unreadable (the checks say so first). */
export function refillBody(values: RefillValues, base: Wallet): WalletSettingsUpdate | null {
  const { refillAmount, refillThreshold } = values;
  return refillAmount === null || refillThreshold === null ? null : { refillAmount, refillThreshold, version: base.version };
}

/** The refill settings form's rules. */
export const REFILL_FORM: FormRules<'wallet', WalletData, RefillValues> = {
  key: 'wallet',
  resourceOf: (data) => data.wallet,
  valuesOf: refillValues,
  differs: refillDiffers,
  bodyOf: refillBody,
};

/** The two levels whose order matters: the balance at which the low-balance alert is sent, and at which a refill starts. */
export interface AlertLevels {
  readonly lowBalanceAlert: number;
  readonly refillThreshold: number;
}

/**
 * The levels the settings give: the server's low-balance alert until the amount is edited, then
 * the same rule; null while a field is empty or breaks a rule (its own message says so).
 */
export function alertLevels(wallet: Wallet, values: RefillValues): AlertLevels | null {
  const { refillAmount, refillThreshold } = values;
  const errors = validateRefillSettings(values);
  if (refillAmount === null || refillThreshold === null || errors.refillAmount !== undefined || errors.refillThreshold !== undefined) return null;
  return { lowBalanceAlert: refillAmount === wallet.refillAmount ? wallet.lowBalanceAlert : lowBalanceLevel(refillAmount), refillThreshold };
}

/**
 * Whether the low-balance alert would come too late to help: the balance falls past the
 * threshold first (a refill is then due), so the alert is sent only after a refill should
 * already have started. Equal levels count: the refill is queued as the balance reaches it.
 */
export function alertAfterRefill(levels: AlertLevels | null): levels is AlertLevels {
  return levels !== null && levels.lowBalanceAlert <= levels.refillThreshold;
}

/**
 * The message of a rule `field` breaks, or null. `required` and unreadable text are the money
 * input's own messages; a threshold is compared only with an amount that is itself right.
 */
export function refillRuleMessage(field: RefillField, values: RefillValues, view: WalletViewContext): string | null {
  const { catalog, formats } = view;
  const errors = validateRefillSettings(values);
  const error = errors[field];
  if (error === 'too_large' || error === 'not_integer') return catalog.moneyTooLarge;
  if (error === 'not_positive') return catalog.walletAmountNotPositive;
  if (error === 'negative') return catalog.walletThresholdNegative;
  if (error === 'not_below_amount' && values.refillAmount !== null) return catalog.walletThresholdNotBelow(formats.money(values.refillAmount));
  return null;
}

/** The ready layout's frame while loading, so nothing moves when the figures arrive. */
export function renderWalletLoading(noHistory: boolean, catalog: WalletStrings): TemplateResult {
  return loadingFrame(catalog.loading, {
    frame: 'wallet',
    head: [{ row: 'title', text: catalog.walletHeading }],
    layout: 'overview',
    blocks: [
      {
        class: 'card balance',
        rows: [
          { row: 'figure', text: [catalog.walletBalance] },
          { row: 'line', text: catalog.walletEstimate },
          { row: 'line', text: catalog.walletRefillPending },
          { row: 'line', text: catalog.walletLowBalanceAlert },
          'note',
        ],
      },
      {
        class: 'card settings',
        rows: [
          { row: 'heading', text: catalog.walletSettingsHeading },
          { row: 'note', text: catalog.walletSettingsIntro },
          {
            group: 'fields',
            rows: [
              { row: 'field', text: [catalog.walletRefillAmount] },
              { row: 'field', text: [catalog.walletRefillThreshold, catalog.walletThresholdHint] },
            ],
          },
          'line',
          'actions',
        ],
      },
    ],
    // The history: its heading and time zone, the column names, the list and its foot.
    ...(noHistory ? {} : { foot: [{ row: 'heading', text: catalog.walletHistoryHeading }, 'note', 'note', 'panel', 'actions'] }),
  });
}

/** The balance card: the balance, its warning, a pending refill, the estimate and the low-balance level. */
export function renderBalance(wallet: Wallet, view: WalletViewContext): TemplateResult {
  const { catalog, formats } = view;
  return html`<section class="card balance" part="balance" aria-labelledby="balance-heading">
    <h3 id="balance-heading" class="card-heading">${catalog.walletBalance}</h3>
    <p class="balance-amount ${wallet.balance < 0 ? 'negative' : ''}">${formats.money(wallet.balance)}</p>
    <div class="notices" aria-live="polite">${renderWarning(wallet, view)}${renderPending(wallet, view)}</div>
    <dl class="figures rows">
      ${figure('estimate', catalog.walletEstimate, estimateText(wallet, view))}
      ${figure('pending', catalog.walletRefillPending, wallet.refillPending ? catalog.walletPendingYes : catalog.walletPendingNo)}
      ${figure(
        'low-level',
        catalog.walletLowBalanceAlert,
        formats.money(wallet.lowBalanceAlert),
        catalog.walletLowBalanceAlertNote(formats.percent(LOW_BALANCE_PERCENT)),
      )}
    </dl>
  </section>`;
}

/** The refill settings as values, for a user who may read them but not change them. */
export function renderSettingsValues(wallet: Wallet, view: WalletViewContext): TemplateResult {
  const { catalog, formats } = view;
  return html`<section class="card settings" part="settings" aria-labelledby="settings-heading">
    <h3 id="settings-heading" class="card-heading">${catalog.walletSettingsHeading}</h3>
    <p class="intro">${catalog.walletSettingsIntro}</p>
    <dl class="figures rows">
      ${figure('refill-amount', catalog.walletRefillAmount, formats.money(wallet.refillAmount))}
      ${figure('refill-threshold', catalog.walletRefillThreshold, formats.money(wallet.refillThreshold))}
    </dl>
    ${renderAlertOrder(alertLevels(wallet, refillValues(wallet)), view)}
    <p class="read-only-note">${catalog.walletSettingsReadOnly}</p>
  </section>`;
}

/** The low-balance level the settings give: the server's until the amount is edited, then the same rule, live. */
export function renderDerivedLevel(wallet: Wallet, values: RefillValues, view: WalletViewContext): TemplateResult {
  const { catalog, formats } = view;
  const percent = formats.percent(LOW_BALANCE_PERCENT);
  let text: string;
  if (values.refillAmount === wallet.refillAmount) text = catalog.walletLevelCurrent(formats.money(wallet.lowBalanceAlert), percent);
  else if (values.refillAmount !== null && validateRefillSettings(values).refillAmount === undefined) {
    text = catalog.walletLevelPreview(formats.money(lowBalanceLevel(values.refillAmount)), percent);
  } else text = catalog.walletLevelRule(percent);
  return html`<p class="derived">${text}</p>`;
}

/**
 * Beside the refill settings, when the low-balance alert would be sent only after a refill should
 * have started; the same words for a reader, since it explains the settings rather than asks.
 * Inside a live region that is always there, so a change made while typing is announced.
 */
export function renderAlertOrder(levels: AlertLevels | null, view: WalletViewContext): TemplateResult {
  const { catalog, formats } = view;
  const hint = alertAfterRefill(levels)
    ? html`<div class="notice alert-order-hint">
        <span class="notice-icon" aria-hidden="true">!</span>
        <p>${catalog.walletAlertAfterRefill(formats.money(levels.lowBalanceAlert), formats.money(levels.refillThreshold))}</p>
      </div>`
    : nothing;
  // No white space inside, so the region is :empty (and takes no room) without its hint.
  return html`<div class="alert-order" aria-live="polite">${hint}</div>`;
}

/** After a 409: the settings the other admin saved meanwhile. */
export function renderTheirVersion(latest: Wallet | null, view: WalletViewContext): TemplateResult | typeof nothing {
  if (!latest) return nothing;
  const { catalog, formats } = view;
  return html`<p class="their-version">${catalog.walletTheirVersion(formats.money(latest.refillAmount), formats.money(latest.refillThreshold))}</p>`;
}

/** Why the last press of Save sent nothing. */
export function renderFormProblem(problem: FormProblem | null, catalog: WalletStrings): TemplateResult | typeof nothing {
  if (problem?.kind === 'fix') return html`<p class="form-problem" role="alert">${catalog.walletFixFields}</p>`;
  if (problem?.kind === 'no_changes') return html`<p class="form-problem quiet" role="status">${catalog.walletNoChanges}</p>`;
  return nothing;
}

function figure(name: string, label: string, value: string, note?: string): TemplateResult {
  return html`<div class="figure">
    <dt>${label}</dt>
    <dd class=${name}>${value}${note ? html` <span class="figure-note">${note}</span>` : nothing}</dd>
  </div>`;
}

function renderWarning(wallet: Wallet, view: WalletViewContext): TemplateResult | typeof nothing {
  const warning = balanceWarning(wallet);
  if (!warning) return nothing;
  const { catalog, formats } = view;
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

function renderPending(wallet: Wallet, view: WalletViewContext): TemplateResult | typeof nothing {
  if (!wallet.refillPending) return nothing;
  const { catalog, formats } = view;
  return html`<div class="notice pending-notice">
    <span class="notice-icon" aria-hidden="true">↻</span>
    <p><strong>${catalog.walletRefillPending}:</strong> ${catalog.walletPendingExplained(formats.money(wallet.refillAmount))}</p>
  </div>`;
}

function estimateText(wallet: Wallet, view: WalletViewContext): string {
  const { catalog, formats } = view;
  const days = wallet.estimatedDaysUntilRefill;
  if (days === null) return catalog.walletNoEstimate;
  if (days === 0) return catalog.walletEstimateDue;
  return catalog.walletEstimateDays(days, formats.count(days));
}
