import { html, nothing, type TemplateResult } from 'lit';
import { query } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { FREQUENCIES } from '../../api/enums.js';
import type { ScheduledEmails, ScheduledEmailsUpdate } from '../../api/schemas.js';
import { SCHEDULED_EMAILS_STRINGS, type ScheduledEmailsStrings } from './strings.js';
import { kitValue } from '../../ui/kit/kit-value.js';
import type { LoadingItem } from '../../ui/loading-frame.js';
import { RecipientsForm } from '../recipients-form/recipients-form.js';
import { scheduledEmailsStyles } from './scheduled-emails.styles.js';
import { isFrequency, scheduleRecipientsProblem, type Frequency, type ScheduleOptions, type ScheduleRecipientsProblem } from './scheduled-emails.types.js';
import { LocalizeController } from '../../i18n/localize.js';
import { recipientsTexts, type RecipientsTexts } from '../recipients-form/recipients-form-views.js';
import { receiverCount, type Receivers } from '../recipients-form/recipients-rules.js';

const FREQUENCY_LABELS: Readonly<Record<Frequency, (catalog: ScheduledEmailsStrings) => string>> = {
  daily: (catalog) => catalog.scheduledDaily,
  weekly: (catalog) => catalog.scheduledWeekly,
  monthly: (catalog) => catalog.scheduledMonthly,
};

const RECIPIENTS_PROBLEMS: Readonly<Record<ScheduleRecipientsProblem, (catalog: ScheduledEmailsStrings) => string>> = {
  no_recipient: (catalog) => catalog.scheduledNoRecipientError,
};

const FREQUENCY_WHEN: Readonly<Record<Frequency, (catalog: ScheduledEmailsStrings) => string>> = {
  daily: (catalog) => catalog.scheduledEveryDay,
  weekly: (catalog) => catalog.scheduledEveryWeek,
  monthly: (catalog) => catalog.scheduledEveryMonth,
};

/**
 * @tag kayse-scheduled-emails
 * @summary Scheduled billing emails: on or off, daily, weekly or monthly, and the extra
 * recipients besides the primary contact, with a sentence saying who receives them and when.
 *
 * The frequency is a radio group, disabled (its choice kept) while the emails are off. Extra
 * recipients are typed one email per line with the same checks as the alerts: every line before
 * any request, and a server's `recipients.N` error back on line N. Emails switched on with
 * nobody to receive them (no primary contact, no extra recipient) are refused on the recipients
 * field before any request; switched off, they may have nobody. A frequency this version does
 * not know (the API's enums are open) is shown as sent and must be replaced to save.
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
 * @fires {KayseSaveEvent<ScheduledEmails>} kayse-save - The user saved; `detail` is `{ section: 'scheduledEmails', value }`, `value` the settings as the server returned them.
 * @fires {KayseErrorEvent} kayse-error - A failure was shown: loading (`operation: 'load'`) or saving (`operation: 'save'`); `detail.error` is the typed `ApiError`.
 *
 * @csspart base - The whole element once loaded (and its placeholder while loading).
 * @csspart toggles - The schedule: the on/off switch and the frequency radio group.
 * @csspart recipients - The group of recipients: the primary contact and the extra recipients.
 * @csspart error - The message and retry shown when the settings cannot be loaded.
 *
 * @cssprop [--kayse-color-text=light-dark(#1b1f24, #e8eaed)] - Text.
 * @cssprop [--kayse-color-text-muted=light-dark(#525c69, #a9b1bc)] - Intro, notes and hints.
 * @cssprop [--kayse-color-surface=light-dark(#ffffff, #1a1e24)] - The groups' background.
 * @cssprop [--kayse-color-surface-alt=light-dark(#f3f5f7, #232830)] - The primary contact's box and the summary sentence.
 * @cssprop [--kayse-color-border=light-dark(#d5dae0, #3a414b)] - Borders.
 * @cssprop [--kayse-color-accent=light-dark(#2553c9, #8fb0ff)] - The switch when on, the chosen frequency, the Save button.
 * @cssprop [--kayse-color-success=light-dark(#1d7340, #6fd49a)] - "Saved."
 * @cssprop [--kayse-color-warning=light-dark(#8a5300, #f2b65a)] - The edge of the summary when no one would receive the emails.
 * @cssprop [--kayse-color-danger=light-dark(#b3261e, #ff9a92)] - Line errors, emails with no one to receive them, and failed saves.
 * @cssprop [--kayse-color-focus=light-dark(#2553c9, #8fb0ff)] - The focus ring.
 * @cssprop [--kayse-font-family=inherit] - Font.
 * @cssprop [--kayse-radius=0.5rem] - Corner radius.
 * @cssprop [--kayse-space=1rem] - Base spacing.
 *
 * @example
 * ```html
 * <kayse-billing-provider base-url="/api/billing">
 *   <kayse-scheduled-emails></kayse-scheduled-emails>
 * </kayse-billing-provider>
 * ```
 */
export class KayseScheduledEmails extends RecipientsForm<'scheduledEmails', ScheduleOptions, ScheduledEmailsStrings> {
  static override styles = [...RecipientsForm.styles, scheduledEmailsStyles];

  protected readonly localize = new LocalizeController(this, SCHEDULED_EMAILS_STRINGS, () => this.resolvedLocale);

  @query('input[name="frequency"]') private firstFrequency?: HTMLInputElement;

  constructor() {
    super('scheduledEmails');
  }

  private readonly handleEnabledChange = (event: Event): void => {
    const value = kitValue(event);
    if (typeof value === 'boolean') this.setOptions({ enabled: value });
  };

  private readonly handleFrequencyChange = (event: Event): void => {
    const input = event.target;
    if (input instanceof HTMLInputElement && input.checked && isFrequency(input.value)) this.setOptions({ frequency: input.value });
  };

  protected override texts(): RecipientsTexts {
    return recipientsTexts(this.catalog, 'scheduled');
  }

  protected override loadContext(): Promise<null> {
    // Who receives the reports is all in the settings: `primaryContactEmail` is the primary contact's.
    return Promise.resolve(null);
  }

  protected override optionsOf(data: ScheduledEmails): ScheduleOptions {
    return { enabled: data.enabled, frequency: data.frequency };
  }

  protected override bodyOf(options: ScheduleOptions, recipients: string[], version: number): ScheduledEmailsUpdate | null {
    const { enabled, frequency } = options;
    return isFrequency(frequency) ? { enabled, frequency, recipients, version } : null;
  }

  protected override optionsProblem(options: ScheduleOptions): string | null {
    return isFrequency(options.frequency) ? null : this.catalog.scheduledFrequencyRequired;
  }

  protected override recipientsProblem(options: ScheduleOptions, receivers: Receivers): string | null {
    const problem = scheduleRecipientsProblem(options, receivers);
    return problem ? RECIPIENTS_PROBLEMS[problem](this.catalog) : null;
  }

  protected override optionsAnchor(): HTMLElement | undefined {
    return this.firstFrequency;
  }

  protected override optionLabel(path: string): string | undefined {
    if (path === 'enabled') return this.catalog.scheduledEnable;
    if (path === 'frequency') return this.catalog.scheduledFrequencyLegend;
    return undefined;
  }

  protected override describeLatest(latest: ScheduledEmails): string {
    const catalog = this.catalog;
    const schedule = latest.enabled ? this.frequencyLabel(latest.frequency) : catalog.scheduledTheirOff;
    return catalog.scheduledTheirVersion(schedule, this.recipientList(latest.recipients));
  }

  /** The frequency's name; one this version does not know is shown as the server sent it. */
  private frequencyLabel(frequency: string): string {
    return isFrequency(frequency) ? FREQUENCY_LABELS[frequency](this.catalog) : frequency;
  }

  protected override renderToggles(_data: ScheduledEmails, options: ScheduleOptions): TemplateResult {
    const catalog = this.catalog;
    const known = isFrequency(options.frequency);
    // Off keeps the choice but greys it out; an unknown frequency stays choosable even when
    // off, since a save must send one of the three.
    const frequencyDisabled = this.formDisabled || (!options.enabled && known);
    const showRequired = !known && this.attempted;
    const described = [!options.enabled && known ? 'frequency-off' : '', known ? '' : 'frequency-unknown', showRequired ? 'frequency-error' : '']
      .filter(Boolean)
      .join(' ');
    return html`${this.renderSwitch('enable', catalog.scheduledEnable, catalog.scheduledEnableDescription, options.enabled, this.handleEnabledChange)}
      <fieldset class="frequency ${showRequired ? 'invalid' : ''}" ?disabled=${frequencyDisabled} aria-describedby=${described || nothing}>
        <legend class="frequency-legend">${catalog.scheduledFrequencyLegend}</legend>
        <div class="choices">
          ${FREQUENCIES.map(
            (frequency) => html`<label class="choice">
              <input
                type="radio"
                name="frequency"
                value=${frequency}
                .checked=${live(options.frequency === frequency)}
                aria-invalid=${showRequired ? 'true' : 'false'}
                @change=${this.handleFrequencyChange}
              />
              <span>${FREQUENCY_LABELS[frequency](catalog)}</span>
            </label>`,
          )}
        </div>
        ${!options.enabled && known ? html`<p id="frequency-off" class="frequency-note">${catalog.scheduledFrequencyOff}</p>` : nothing}
        ${known ? nothing : html`<p id="frequency-unknown" class="frequency-note">${catalog.scheduledFrequencyUnknown(options.frequency)}</p>`}
        ${showRequired ? html`<p id="frequency-error" class="frequency-error">${catalog.scheduledFrequencyRequired}</p>` : nothing}
      </fieldset>`;
  }

  protected override loadingSettings(): readonly LoadingItem[] {
    const catalog = this.catalog;
    return [
      { row: 'switch', text: [catalog.scheduledEnable, catalog.scheduledEnableDescription] },
      // The legend over the three choices, in the ready classes: they go across or stack at the same widths.
      {
        group: 'frequency',
        rows: [
          { row: 'line', text: catalog.scheduledFrequencyLegend },
          { group: 'choices', rows: FREQUENCIES.map((frequency) => ({ row: 'line', text: FREQUENCY_LABELS[frequency](catalog) })) },
        ],
      },
    ];
  }

  protected override loadingFoot(): readonly LoadingItem[] {
    // The summary sentence's panel, in its own class; its words depend on the settings.
    return [{ group: 'sentence callout', rows: ['line', 'line'] }];
  }

  protected override renderToggleValues(data: ScheduledEmails): TemplateResult {
    const catalog = this.catalog;
    return html`<dl class="values">
      <div class="value-row">
        <dt>${catalog.scheduledEnable}</dt>
        <dd>${data.enabled ? catalog.on : catalog.off}</dd>
      </div>
      <div class="value-row">
        <dt>${catalog.scheduledFrequencyLegend}</dt>
        <dd>${this.frequencyLabel(data.frequency)}</dd>
      </div>
    </dl>`;
  }

  protected override renderSummary(data: ScheduledEmails, options: ScheduleOptions, extraRecipients: number, _editable: boolean): TemplateResult {
    const catalog = this.catalog;
    const primary = data.primaryContactEmail;
    const nobody = options.enabled && receiverCount({ primaryEmail: primary, accepted: extraRecipients }) === 0;
    return html`<p class="sentence callout ${nobody ? 'nobody' : ''}">${this.sentence(options, primary, extraRecipients, catalog)}</p>`;
  }

  private sentence(options: ScheduleOptions, primary: string | null, others: number, catalog: ScheduledEmailsStrings): string {
    if (!options.enabled) return catalog.scheduledOff;
    const when = isFrequency(options.frequency) ? FREQUENCY_WHEN[options.frequency](catalog) : catalog.scheduledEveryOther(options.frequency);
    if (primary) return catalog.scheduledToPrimary(when, primary, others, this.count(others));
    if (others > 0) return catalog.scheduledToOthers(when, others, this.count(others));
    return catalog.scheduledToNoOne;
  }
}
