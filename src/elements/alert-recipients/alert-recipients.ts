import { html, nothing, type TemplateResult } from 'lit';
import type { Access, AlertSettings, AlertSettingsUpdate } from '../../api/schemas.js';
import { formatPercent } from '../../core/money.js';
import { kitValue } from '../../ui/kit/kit-value.js';
import { RecipientsForm } from '../recipients-form/recipients-form.js';
import { alertRecipientsStyles } from './alert-recipients.styles.js';
import type { AlertOptions } from './alert-recipients.types.js';
import { LocalizeController } from '../../i18n/localize.js';
import { recipientsTexts, type RecipientsTexts } from '../recipients-form/recipients-form-views.js';
import { ALERTS_STRINGS, type AlertsStrings } from './strings.js';
import type { LoadingItem } from '../../ui/loading-frame.js';
import type { BillingStore } from '../../state/store.js';
import { receiverCount } from '../recipients-form/recipients-rules.js';
import { capSource, capStateOf, recipientsHint, thresholdCannotFire, type CapState, type RecipientsHint } from './alert-hints.js';

const RECIPIENTS_HINTS: Readonly<Record<RecipientsHint, { readonly level: string; readonly text: (catalog: AlertsStrings) => string }>> = {
  no_recipient: { level: 'serious', text: (catalog) => catalog.alertsNoRecipient },
  one_recipient: { level: '', text: (catalog) => catalog.alertsOneRecipient },
};

/**
 * @tag kayse-alert-recipients
 * @summary Spending-cap alerts and who receives them: the 80 % threshold alert as a switch,
 * the cap-reached and payment-failed alerts shown on and locked with their reasons, the primary
 * contact as the default recipient, and extra recipients typed one email per line, every line
 * checked before any request.
 *
 * Hints against missed alerts: another recipient is suggested to an editor while only one person
 * (or nobody) would be alerted, and while there is no spending cap the threshold alert says it
 * cannot be sent until one is set. The cap's state is read from the spending cap, else from
 * current usage, whichever the user may read (neither is asked for otherwise); without either,
 * or if it fails to load, there is no such hint.
 *
 * Saves through the shared flow (one request per press, idempotent retries, a 409 keeps the
 * edits and offers the latest version, every failure keeps the text as typed). While edited it
 * warns before the page is left and offers Reset. Users with `read` access see the settings
 * without controls; with `hidden` the element renders nothing.
 *
 * Form-associated: inside a host `<form>` with a `name`, it submits the extra recipients one per
 * line, and the form's validity includes its line errors.
 *
 * @attr {string} name - The name under which a host `<form>` submits the extra recipients (one per line).
 *
 * @fires {KayseSaveEvent<AlertSettings>} kayse-save - The user saved; `detail` is `{ section: 'alerts', value }`, `value` the settings as the server returned them.
 * @fires {KayseErrorEvent} kayse-error - A failure was shown: loading (`operation: 'load'`) or saving (`operation: 'save'`); `detail.error` is the typed `ApiError`.
 *
 * @csspart base - The whole element once loaded (and its placeholder while loading).
 * @csspart toggles - The group of alerts: the threshold switch and the two locked alerts.
 * @csspart recipients - The group of recipients: the primary contact and the extra recipients.
 * @csspart error - The message and retry shown when the settings cannot be loaded.
 *
 * @cssprop [--kayse-color-text=light-dark(#1b1f24, #e8eaed)] - Text.
 * @cssprop [--kayse-color-text-muted=light-dark(#525c69, #a9b1bc)] - Intro, notes and hints.
 * @cssprop [--kayse-color-surface=light-dark(#ffffff, #1a1e24)] - The groups' background.
 * @cssprop [--kayse-color-surface-alt=light-dark(#f3f5f7, #232830)] - The primary contact's box.
 * @cssprop [--kayse-color-border=light-dark(#d5dae0, #3a414b)] - Borders.
 * @cssprop [--kayse-color-accent=light-dark(#2553c9, #8fb0ff)] - Switches that are on, the Save button.
 * @cssprop [--kayse-color-success=light-dark(#1d7340, #6fd49a)] - "Saved."
 * @cssprop [--kayse-color-warning=light-dark(#8a5300, #f2b65a)] - The edge of the one-recipient and no-cap hints.
 * @cssprop [--kayse-color-danger=light-dark(#b3261e, #ff9a92)] - Line errors and failed saves.
 * @cssprop [--kayse-color-focus=light-dark(#2553c9, #8fb0ff)] - The focus ring.
 * @cssprop [--kayse-font-family=inherit] - Font.
 * @cssprop [--kayse-radius=0.5rem] - Corner radius.
 * @cssprop [--kayse-space=1rem] - Base spacing.
 *
 * @example
 * ```html
 * <kayse-billing-provider base-url="/api/billing">
 *   <kayse-alert-recipients></kayse-alert-recipients>
 * </kayse-billing-provider>
 * <script>
 *   document.addEventListener('kayse-save', (event) => {
 *     if (event.detail.section === 'alerts') console.log('Alert recipients', event.detail.value.recipients);
 *   });
 * </script>
 * ```
 */
export class KayseAlertRecipients extends RecipientsForm<'alerts', AlertOptions, AlertsStrings, CapState> {
  static override styles = [...RecipientsForm.styles, alertRecipientsStyles];

  protected readonly localize = new LocalizeController(this, ALERTS_STRINGS, () => this.resolvedLocale);

  constructor() {
    // A cap saved, loaded after a conflict or refreshed changes whether the threshold alert can fire.
    super('alerts', ['spendingCap', 'usage']);
  }

  private readonly handleThresholdChange = (event: Event): void => {
    const value = kitValue(event);
    if (typeof value === 'boolean') this.setOptions({ thresholdAlertEnabled: value });
  };

  protected override texts(): RecipientsTexts {
    return recipientsTexts(this.catalog, 'alerts');
  }

  protected override async loadContext(store: BillingStore, signal: AbortSignal, access: Access): Promise<CapState> {
    const source = capSource(access.sections);
    try {
      if (source === 'spendingCap') return capStateOf(await store.read('spendingCap', signal));
      if (source === 'usage') return capStateOf((await store.read('usage', signal)).cap);
    } catch (error) {
      if (signal.aborted) throw error;
      // The cap failing to load is the cap's element's error to show; the alerts stand without the hint.
    }
    return 'unknown';
  }

  protected override optionsOf(data: AlertSettings): AlertOptions {
    return { thresholdAlertEnabled: data.thresholdAlert.enabled };
  }

  protected override bodyOf(options: AlertOptions, recipients: string[], version: number): AlertSettingsUpdate {
    return { thresholdAlertEnabled: options.thresholdAlertEnabled, recipients, version };
  }

  protected override optionLabel(path: string): string | undefined {
    return path === 'thresholdAlertEnabled' ? this.thresholdLabel(this.connection.data?.settings ?? null) : undefined;
  }

  protected override describeLatest(latest: AlertSettings): string {
    const catalog = this.catalog;
    const threshold = catalog.alertsTheirThreshold(this.percent(latest), latest.thresholdAlert.enabled);
    return catalog.alertsTheirVersion(threshold, this.recipientList(latest.recipients));
  }

  private percent(data: AlertSettings): string {
    return formatPercent(data.thresholdAlert.percent, this.resolvedLocale);
  }

  /** Why the threshold alert, on, cannot be sent (no cap), or null. */
  private capHint(data: AlertSettings, thresholdOn: boolean): string | null {
    return thresholdCannotFire(thresholdOn, this.context ?? 'unknown') ? this.catalog.alertsThresholdNoCap(this.percent(data)) : null;
  }

  private thresholdLabel(data: AlertSettings | null): string {
    // The contract's threshold is 80 %; the label follows whatever the server says it is.
    return this.catalog.alertsThreshold(data ? this.percent(data) : formatPercent(80, this.resolvedLocale));
  }

  /** The always-on alerts, with the reason each is locked. */
  private lockedAlerts(data: AlertSettings): readonly { readonly key: string; readonly label: string; readonly reason: string; readonly alert: AlertSettings['capReachedAlert'] }[] {
    const catalog = this.catalog;
    return [
      { key: 'capReached', label: catalog.alertsCapReached, reason: catalog.alertsCapReachedReason, alert: data.capReachedAlert },
      { key: 'paymentFailed', label: catalog.alertsPaymentFailed, reason: catalog.alertsPaymentFailedReason, alert: data.paymentFailedAlert },
    ];
  }

  protected override loadingSettings(): readonly LoadingItem[] {
    const catalog = this.catalog;
    const switches: readonly (readonly [string, string])[] = [
      [this.thresholdLabel(null), catalog.alertsThresholdDescription],
      [catalog.alertsCapReached, catalog.alertsCapReachedReason],
      [catalog.alertsPaymentFailed, catalog.alertsPaymentFailedReason],
    ];
    return [{ group: 'alert-list', rows: switches.map((text) => ({ row: 'switch', text })) }];
  }

  protected override renderToggles(data: AlertSettings, options: AlertOptions): TemplateResult {
    const catalog = this.catalog;
    // The locked alerts are disabled switches: shown as they are, out of the tab order, and a
    // click or key press does nothing; the contract has no field to change them anyway.
    const capHint = this.capHint(data, options.thresholdAlertEnabled);
    return html`<div class="alert-list">
      ${this.renderSwitch('threshold', this.thresholdLabel(data), catalog.alertsThresholdDescription, options.thresholdAlertEnabled, this.handleThresholdChange)}
      ${capHint ? html`<p class="notice cap-hint">${capHint}</p>` : nothing}
      ${this.lockedAlerts(data).map(
        ({ key, label, reason, alert }) =>
          html`<kayse-switch class="locked" data-alert=${key} label=${label} description=${alert.locked ? reason : ''} .checked=${alert.enabled} disabled></kayse-switch>`,
      )}
    </div>`;
  }

  protected override renderToggleValues(data: AlertSettings): TemplateResult {
    const catalog = this.catalog;
    const state = (on: boolean) => (on ? catalog.on : catalog.off);
    // Plain information for a reader too: it is about the alert, not advice to act on here.
    const capHint = this.capHint(data, data.thresholdAlert.enabled);
    return html`<dl class="values">
      <div class="value-row">
        <dt>${this.thresholdLabel(data)}</dt>
        <dd>${state(data.thresholdAlert.enabled)}</dd>
        ${capHint ? html`<dd class="reason cap-hint">${capHint}</dd>` : nothing}
      </div>
      ${this.lockedAlerts(data).map(
        ({ key, label, reason, alert }) => html`<div class="value-row" data-alert=${key}>
          <dt>${label}</dt>
          <dd>${state(alert.enabled)}</dd>
          ${alert.locked ? html`<dd class="reason">${reason}</dd>` : nothing}
        </div>`,
      )}
    </dl>`;
  }

  protected override renderSummary(data: AlertSettings, _options: AlertOptions, extraRecipients: number, editable: boolean): TemplateResult | typeof nothing {
    const hint = recipientsHint(receiverCount({ primaryEmail: data.primaryContactEmail, accepted: extraRecipients }), editable);
    if (!hint) return nothing;
    const { level, text } = RECIPIENTS_HINTS[hint];
    return html`<p class="notice ${level} recipients-hint">${text(this.catalog)}</p>`;
  }
}
