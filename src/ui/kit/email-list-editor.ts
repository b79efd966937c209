import { html, LitElement, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { MAX_RECIPIENTS, parseEmailList, type EmailLineError } from '../../core/email-list.js';
import { baseStyles, tokens } from '../tokens.js';
import { emailListEditorStyles } from './email-list-editor.styles.js';
import { KitInputEvent } from './events.js';
import { fieldStyles } from './field.styles.js';
import { emailLineMessage } from './email-line-message.js';
import { LocalizeController } from '../../i18n/localize.js';
import { kitStrings, type KitStrings } from '../../i18n/parts/kit.js';

/** A message under the field, pinned to the line it is about. */
interface LineMessage {
  readonly line: number;
  readonly text: string;
}

/**
 * @tag kayse-email-list-editor
 * @summary Extra email recipients typed one per line, each line checked (format, length,
 * duplicates, the primary contact, the limit) with the problems listed by line number.
 *
 * @fires {KitInputEvent<string>} input - The user edited the text; `detail.value` is the new text. Read `addresses` and `errors` for the result.
 *
 * @csspart base - The field: label, textarea, hint, counter and errors.
 * @csspart label - The visible label.
 * @csspart control - The bordered box around the textarea.
 * @csspart textarea - The `<textarea>`.
 * @csspart hint - The hint under the field.
 * @csspart count - The "3 of 50 recipients" counter.
 * @csspart errors - The list of line errors.
 * @csspart list - The list of addresses when `readonly`.
 *
 * @cssprop [--kayse-color-danger=light-dark(#b3261e, #ff9a92)] - Border and text of errors.
 *
 * @example
 * ```html
 * <kayse-email-list-editor label="Extra recipients" primary-email="dana@firm.example"></kayse-email-list-editor>
 * ```
 */
export class KayseEmailListEditor extends LitElement {
  static override styles = [tokens, baseStyles, fieldStyles, emailListEditorStyles];

  private parsed: { addresses: string[]; errors: EmailLineError[] } = { addresses: [], errors: [] };
  // The line of each accepted address, in order, so a server error on `recipients.N` finds its line.
  private addressLines: number[] = [];

  @query('textarea') private textarea?: HTMLTextAreaElement;

  @state() private errorsShown = false;

  /** The visible label, also the textarea's accessible name. */
  @property() label = '';

  /** The text: one address per line, blank lines allowed. */
  @property() value = '';

  /** The primary contact's address, which receives these emails anyway, so listing it is an error. */
  @property({ attribute: 'primary-email' }) primaryEmail: string | null = null;

  /** The most addresses accepted. */
  @property({ type: Number }) max = MAX_RECIPIENTS;

  /** Text under the field; the catalog's "One email address per line." when empty. */
  @property() hint = '';

  /**
   * Errors from the server (a 422 with `recipients.N` fields), keyed by the 0-based index of
   * the address in `addresses`; each is shown on that address's line until the user edits.
   */
  @property({ attribute: false }) serverErrors: Readonly<Record<number, string>> = {};

  /** Whether the addresses are shown as a plain list, without the textarea. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** Whether the field is shown but cannot be used. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /**
   * Whether the whole field is in error by a rule of the element around it (scheduled emails
   * on with nobody to receive them); `hint` then says why, and assistive technology hears it.
   */
  @property({ type: Boolean, reflect: true }) invalid = false;

  /** The piece's words, in the language of the billing element around it. */
  private readonly localize = new LocalizeController(this, kitStrings);

  private get strings(): KitStrings {
    return this.localize.strings;
  }

  /** The accepted addresses, trimmed, in the order typed. */
  get addresses(): readonly string[] {
    return this.parsed.addresses;
  }

  /** The refused lines, in line order (whether or not they are shown yet). */
  get errors(): readonly EmailLineError[] {
    return this.parsed.errors;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('value') || changed.has('primaryEmail') || changed.has('max') || !this.hasUpdated) this.parse();
  }

  private readonly handleInput = (event: Event): void => {
    event.stopPropagation();
    const textarea = event.target as HTMLTextAreaElement;
    this.value = textarea.value;
    // The server judged the list it was sent; after an edit its indices point at other lines.
    this.serverErrors = {};
    this.parse();
    this.dispatchEvent(new KitInputEvent(this.value));
  };

  private readonly handleBlur = (): void => {
    this.errorsShown = true;
  };

  /** Moves focus to the textarea. */
  override focus(options?: FocusOptions): void {
    this.textarea?.focus(options);
  }

  /** Shows every line error and says whether the list is acceptable (the server's verdict aside). */
  validate(): boolean {
    this.errorsShown = true;
    return this.parsed.errors.length === 0;
  }

  private parse(): void {
    this.parsed = parseEmailList(this.value, { primaryEmail: this.primaryEmail, max: this.max });
    // parseEmailList accepts or refuses every non-blank line, so the accepted ones are the rest.
    const refused = new Set(this.parsed.errors.map((error) => error.line));
    this.addressLines = this.value
      .split(/\r\n|\n|\r/)
      .flatMap((text, index) => (text.trim() !== '' && !refused.has(index + 1) ? [index + 1] : []));
  }

  private lineMessages(): LineMessage[] {
    const catalog = this.strings;
    const messages: LineMessage[] = this.errorsShown
      ? this.parsed.errors.map((error) => ({ line: error.line, text: emailLineMessage(error, catalog, this.max) }))
      : [];
    // Server errors show at once: the user pressed save and is waiting for the answer.
    for (const [key, message] of Object.entries(this.serverErrors)) {
      const line = this.addressLines[Number(key)];
      if (line !== undefined) messages.push({ line, text: catalog.emailServerError(line, message) });
    }
    return messages.sort((a, b) => a.line - b.line);
  }

  private renderReadonly() {
    const { addresses } = this.parsed;
    return html`<div class="field" part="base">
      <span id="label" class="label" part="label">${this.label}</span>
      ${addresses.length === 0
        ? html`<p class="none">${this.strings.emailListEmpty}</p>`
        : html`<ul class="addresses" part="list" aria-labelledby="label">
            ${addresses.map((address) => html`<li>${address}</li>`)}
          </ul>`}
    </div>`;
  }

  override render() {
    if (this.readonly) return this.renderReadonly();
    const messages = this.lineMessages();
    const invalid = messages.length > 0 || this.invalid;
    const rows = Math.min(Math.max(this.value.split('\n').length + 1, 4), 12);
    return html`<div class="field" part="base">
      <label class="label" for="textarea" part="label">${this.label}</label>
      <div class="control ${invalid ? 'invalid' : ''} ${this.disabled ? 'disabled' : ''}" part="control">
        <textarea
          id="textarea"
          part="textarea"
          rows=${rows}
          autocomplete="off"
          autocapitalize="off"
          spellcheck="false"
          .value=${live(this.value)}
          ?disabled=${this.disabled}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${messages.length > 0 ? 'hint count errors' : 'hint count'}
          @input=${this.handleInput}
          @blur=${this.handleBlur}
        ></textarea>
      </div>
      <div class="meta">
        <p id="hint" class="hint" part="hint">${this.hint || this.strings.emailListHint}</p>
        <p id="count" class="count" part="count">${this.strings.emailCount(this.parsed.addresses.length, this.max)}</p>
      </div>
      <ul id="errors" class="errors" part="errors" aria-live="polite">${messages.map((message) => html`<li>${message.text}</li>`)}</ul>
    </div>`;
  }
}
