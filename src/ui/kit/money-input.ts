import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { formatMoney, minorToDecimalString, minorUnitDigits } from '../../core/money.js';
import { parseMoney, type MoneyParseError } from '../../core/money-parse.js';
import { resolveLocale } from '../../i18n/locale.js';
import { baseStyles, tokens } from '../tokens.js';
import { KitChangeEvent, KitInputEvent } from './events.js';
import { fieldStyles } from './field.styles.js';
import { moneyInputStyles } from './money-input.styles.js';
import { LocalizeController } from '../../i18n/localize.js';
import { kitStrings, type KitStrings } from '../../i18n/parts/kit.js';

/**
 * @tag kayse-money-input
 * @summary A money amount field: shows the formatted amount, edits the plain number, parses
 * the locale's notation as the user types into exact minor units, and keeps what was typed
 * whenever it cannot be read.
 *
 * @fires {KitInputEvent<number | null>} input - The user typed; `detail.value` is the parsed amount in minor units, `null` when empty or unreadable.
 * @fires {KitChangeEvent<number | null>} change - The user left the field after changing it; same `detail.value`.
 *
 * @csspart base - The field: label, control, hint and error.
 * @csspart label - The visible label.
 * @csspart control - The bordered box around the currency and the input.
 * @csspart input - The `<input>`.
 * @csspart currency - The currency symbol before or after the amount.
 * @csspart hint - The hint under the field.
 * @csspart error - The error under the field.
 *
 * @cssprop [--kayse-color-danger=light-dark(#b3261e, #ff9a92)] - Border and text of an error.
 *
 * @example
 * ```html
 * <kayse-money-input label="Monthly cap" currency="EUR" locale="de-DE" required></kayse-money-input>
 * ```
 */
export class KayseMoneyInput extends LitElement {
  static override styles = [tokens, baseStyles, fieldStyles, moneyInputStyles];

  // The value this element last set from typing; any other new `value` came from the parent.
  private valueFromUser: number | null | undefined;
  private edited = false;

  @query('input') private input!: HTMLInputElement;

  /** The user's text while it differs from the formatted value (editing, or unreadable); null shows `value`. */
  @state() private typed: string | null = null;
  @state() private errorShown = false;

  /** The visible label, also the input's accessible name. */
  @property() label = '';

  /** ISO 4217 code of the amount; it sets the decimals (JPY none, KWD three) and the symbol. */
  @property() currency = 'USD';

  /** Locale of the notation shown and accepted (BCP 47); else the nearest `lang`, else the browser's. */
  @property() locale?: string;

  /** The amount in minor units (cents), or `null` when empty or unreadable. */
  @property({ type: Number }) value: number | null = null;

  /** Text under the field that explains it. */
  @property() hint = '';

  /** An error from the server (a 422 on this field), shown until the user edits the amount. */
  @property({ attribute: 'server-error' }) serverError: string | null = null;

  /** Whether an empty field is an error. */
  @property({ type: Boolean }) required = false;

  /** Whether the field is shown but cannot be used. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Whether the amount is shown in the field but cannot be changed. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** The piece's words, in the language of the billing element around it. */
  private readonly localize = new LocalizeController(this, kitStrings);

  private get strings(): KitStrings {
    return this.localize.strings;
  }

  /** Why the current text is not an amount, or null when it is one (or is empty and not required). */
  get error(): MoneyParseError | null {
    if (this.typed === null) return this.required && this.value === null ? 'empty' : null;
    const parsed = parseMoney(this.typed, this.currency, this.resolvedLocale);
    if (parsed.ok) return null;
    return parsed.error === 'empty' && !this.required ? null : parsed.error;
  }

  /** The text in the field: what the user typed, verbatim, or the amount in editable form. */
  get text(): string {
    return this.typed ?? (this.value === null ? '' : editableAmount(this.value, this.currency, this.resolvedLocale));
  }

  private get resolvedLocale(): string {
    return resolveLocale(this, this.locale, this.localize.locale);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('value') && this.value !== this.valueFromUser) {
      // A value from the parent (a reset, a reload) replaces the user's unreadable text.
      this.typed = null;
      this.valueFromUser = undefined;
    }
  }

  private readonly handleFocus = async (): Promise<void> => {
    if (this.readonly || this.disabled || this.typed !== null) return;
    // Grouping separators and the symbol get in the way of editing: show the bare number.
    this.typed = this.text;
    await this.updateComplete;
    // Swapping the text drops the selection a tab or click made; with the whole amount
    // selected, what the user types replaces it instead of landing after it.
    if (this.shadowRoot?.activeElement === this.input) this.input.select();
  };

  private readonly handleInput = (event: Event): void => {
    // One `input` per keystroke leaves this element: ours, with the parsed amount.
    event.stopPropagation();
    this.edited = true;
    this.typed = this.input.value;
    this.serverError = null;
    const parsed = parseMoney(this.typed, this.currency, this.resolvedLocale);
    this.value = parsed.ok ? parsed.value : null;
    this.valueFromUser = this.value;
    this.dispatchEvent(new KitInputEvent(this.value));
  };

  private readonly handleChange = (): void => {
    this.dispatchEvent(new KitChangeEvent(this.value));
  };

  private readonly handleBlur = (): void => {
    // Tabbing through an untouched field is not a mistake worth an error.
    if (this.edited) this.errorShown = true;
    // Readable text goes back to the formatted amount; unreadable text stays as typed.
    if (this.typed !== null && this.error === null) this.typed = null;
  };

  /** Moves focus to the input. */
  override focus(options?: FocusOptions): void {
    this.input.focus(options);
  }

  /** Shows the field's error, if any, and says whether the amount is acceptable (the server's verdict aside). */
  validate(): boolean {
    this.errorShown = true;
    return this.error === null;
  }

  private errorMessage(): string {
    const error = this.errorShown ? this.error : null;
    if (error !== null) {
      const messages: Record<MoneyParseError, string> = {
        empty: this.strings.moneyEmpty,
        invalid: this.strings.moneyInvalid,
        too_many_decimals: this.strings.moneyTooManyDecimals(minorUnitDigits(this.currency)),
        negative: this.strings.moneyNegative,
        too_large: this.strings.moneyTooLarge,
      };
      return messages[error];
    }
    return this.serverError ?? '';
  }

  private renderAffix(position: 'prefix' | 'suffix', affix: CurrencyAffix) {
    if (affix.position !== position) return nothing;
    // The symbol is for eyes; the currency's name reaches screen readers as the description.
    return html`<span class="affix ${position}" part="currency" aria-hidden="true">${affix.symbol}</span>`;
  }

  override render() {
    const locale = this.resolvedLocale;
    const affix = currencyAffix(this.currency, locale);
    const message = this.errorMessage();
    const describedBy = ['currency', this.hint ? 'hint' : '', message ? 'error' : ''].filter(Boolean).join(' ');
    const display = this.typed ?? (this.value === null ? '' : formattedAmount(this.value, this.currency, locale, affix.symbol));
    const controlClass = ['control', message ? 'invalid' : '', this.disabled ? 'disabled' : '', this.readonly ? 'readonly' : ''].join(' ');
    return html`<div class="field" part="base">
      <label class="label" for="input" part="label">${this.label}</label>
      <div class=${controlClass} part="control">
        ${this.renderAffix('prefix', affix)}
        <input
          id="input"
          part="input"
          type="text"
          inputmode="decimal"
          autocomplete="off"
          spellcheck="false"
          .value=${live(display)}
          ?required=${this.required}
          ?disabled=${this.disabled}
          ?readonly=${this.readonly}
          aria-invalid=${message ? 'true' : 'false'}
          aria-describedby=${describedBy}
          @focus=${this.handleFocus}
          @input=${this.handleInput}
          @change=${this.handleChange}
          @blur=${this.handleBlur}
        />
        ${this.renderAffix('suffix', affix)}
      </div>
      <span id="currency" class="visually-hidden">${currencyName(this.currency, locale)}</span>
      ${this.hint ? html`<p id="hint" class="hint" part="hint">${this.hint}</p>` : nothing}
      <p id="error" class="error" part="error" aria-live="polite">${message}</p>
    </div>`;
  }
}

interface CurrencyAffix {
  readonly symbol: string;
  readonly position: 'prefix' | 'suffix';
}

function currencyAffix(currency: string, locale: string): CurrencyAffix {
  try {
    const parts = new Intl.NumberFormat(locale, { style: 'currency', currency }).formatToParts(1);
    const index = parts.findIndex((part) => part.type === 'currency');
    const integer = parts.findIndex((part) => part.type === 'integer');
    return { symbol: parts[index]?.value ?? currency, position: index > integer ? 'suffix' : 'prefix' };
  } catch {
    // A malformed code has no symbol; showing the code itself still says what is meant.
    return { symbol: currency, position: 'prefix' };
  }
}

function currencyName(currency: string, locale: string): string {
  try {
    return new Intl.DisplayNames(locale, { type: 'currency' }).of(currency) ?? currency;
  } catch {
    return currency;
  }
}

const EDGE_SPACE = /^[\s\u200e\u200f\u061c]+|[\s\u200e\u200f\u061c]+$/g;

/** The amount as the app formats it everywhere, minus the symbol the field shows beside it. */
function formattedAmount(minor: number, currency: string, locale: string, symbol: string): string {
  try {
    return formatMoney(minor, currency, locale).replace(symbol, '').replace(EDGE_SPACE, '');
  } catch {
    return minorToDecimalString(minor, currency);
  }
}

/** The amount with the locale's decimal mark and no grouping: what a person would type. */
function editableAmount(minor: number, currency: string, locale: string): string {
  const digits = minorUnitDigits(currency);
  const decimal = minorToDecimalString(minor, currency);
  try {
    const format = new Intl.NumberFormat(locale, { useGrouping: false, minimumFractionDigits: digits, maximumFractionDigits: digits });
    // A decimal string is formatted exactly, where a Number above 2^53 / 10^digits would not be.
    return format.format(decimal as `${number}`);
  } catch {
    return decimal;
  }
}
