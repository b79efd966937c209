import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { baseStyles, tokens } from '../tokens.js';
import { comboboxStyles } from './combobox.styles.js';
import type { ComboboxOption } from './combobox.types.js';
import { KitChangeEvent } from './events.js';
import { fieldStyles } from './field.styles.js';
import { LocalizeController } from '../../i18n/localize.js';
import { kitStrings, type KitStrings } from '../../i18n/parts/kit.js';

/**
 * @tag kayse-combobox
 * @summary A searchable single choice (the ARIA APG combobox with a listbox popup): type to
 * filter, ignoring case and accents, then pick with the arrows and Enter or with a click.
 *
 * @fires {KitChangeEvent<string>} change - The user picked an option; `detail.value` is its `value`. Not fired when code sets `value`.
 *
 * @csspart base - The field: label, input and popup.
 * @csspart label - The visible label.
 * @csspart control - The bordered box around the input.
 * @csspart input - The `<input role="combobox">`.
 * @csspart listbox - The list of options.
 * @csspart option - Each option.
 * @csspart empty - The "No matches" text.
 *
 * @cssprop [--kayse-combobox-max-height=16rem] - Height of the popup before it scrolls.
 * @cssprop [--kayse-color-focus=light-dark(#2553c9, #8fb0ff)] - Outline of the active option.
 *
 * @example
 * ```html
 * <kayse-combobox label="Primary billing contact"></kayse-combobox>
 * <script>
 *   combobox.options = [{ value: 'c1', label: 'Dana Whitfield', description: 'dana@firm.example' }];
 * </script>
 * ```
 */
export class KayseCombobox extends LitElement {
  static override styles = [tokens, baseStyles, fieldStyles, comboboxStyles];
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  // Normalised text of each option, built once per `options`, so a keystroke only compares strings.
  private searchText: string[] = [];
  // Indices into `options` of the options shown for the current search.
  private shown: number[] = [];

  @query('input') private input!: HTMLInputElement;

  /** The user's search while typing; null shows the chosen option's label. */
  @state() private search: string | null = null;
  @state() private expanded = false;
  /** Position in `shown` of the option the arrows are on, or -1. */
  @state() private active = -1;

  /** The visible label, also the input's accessible name. */
  @property() label = '';

  /** The chosen option's `value`; empty for none. */
  @property() value = '';

  /** Text in the empty input, a hint of what to type (never a replacement for the label). */
  @property() placeholder = '';

  /** Whether the field is shown but cannot be used. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** The choices, in the order shown. */
  @property({ attribute: false }) options: readonly ComboboxOption[] = [];

  /** The piece's words, in the language of the billing element around it. */
  private readonly localize = new LocalizeController(this, kitStrings);

  private get strings(): KitStrings {
    return this.localize.strings;
  }

  // Untyped keys: `search` is private, which `PropertyValues<this>` cannot name.
  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('options')) this.searchText = this.options.map((option) => normalize(`${option.label}\n${option.description ?? ''}`));
    if (changed.has('options') || changed.has('search')) this.shown = this.filter();
  }

  protected override updated(): void {
    if (this.expanded && this.active >= 0) {
      this.renderRoot.querySelector('.active')?.scrollIntoView({ block: 'nearest' });
    }
  }

  private readonly handleInput = (event: Event): void => {
    event.stopPropagation();
    this.search = this.input.value;
    this.expanded = true;
    // No option is picked for the user while typing; Enter takes a sole match.
    this.active = -1;
  };

  private readonly handleKeydown = (event: KeyboardEvent): void => {
    const last = this.shown.length - 1;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!this.expanded) this.openAt(event.altKey ? -1 : this.selectedPosition(0));
        else this.active = Math.min(this.active + 1, last);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!this.expanded) this.openAt(event.altKey ? -1 : this.selectedPosition(last));
        else if (event.altKey) this.pickActive();
        else this.active = this.active === -1 ? last : Math.max(this.active - 1, 0);
        break;
      case 'Home':
      case 'End':
        // Without an active option they move the caret, as in any text field.
        if (!this.expanded || this.active === -1) return;
        event.preventDefault();
        this.active = event.key === 'Home' ? 0 : last;
        break;
      case 'Enter':
        if (!this.expanded) return;
        event.preventDefault();
        this.pickActive();
        break;
      case 'Escape':
        if (!this.expanded && this.search === null) return;
        // Handled here, so a dialog around the field stays open.
        event.preventDefault();
        event.stopPropagation();
        if (this.expanded) this.close();
        else this.search = null;
        break;
      case 'Tab':
        this.close();
        break;
    }
  };

  private readonly handleInputClick = (): void => {
    if (this.expanded) this.close();
    else this.openAt(this.selectedPosition(-1));
  };

  private readonly handleBlur = (): void => {
    this.close();
    this.search = null;
  };

  private readonly handleOptionClick = (event: Event): void => {
    const index = Number((event.currentTarget as HTMLElement).dataset.index);
    this.pick(index);
  };

  // Keeps focus in the input, where the keyboard and screen reader are.
  private readonly keepFocus = (event: Event): void => event.preventDefault();

  // An arrow field like the handlers: the manifest analyzer lists an event dispatched from a
  // method a second time, without its name.
  private readonly pick = (index: number): void => {
    const option = this.options[index];
    if (!option) return;
    this.search = null;
    this.close();
    if (option.value === this.value) return;
    this.value = option.value;
    this.dispatchEvent(new KitChangeEvent(option.value));
  };

  /** Moves focus to the input. */
  override focus(options?: FocusOptions): void {
    this.input.focus(options);
  }

  private filter(): number[] {
    const terms = normalize(this.search ?? '').split(/\s+/).filter(Boolean);
    const all = this.options.map((_, index) => index);
    if (terms.length === 0) return all;
    return all.filter((index) => terms.every((term) => this.searchText[index]?.includes(term)));
  }

  /** Position of the chosen option in `shown`, or `fallback`. */
  private selectedPosition(fallback: number): number {
    const position = this.shown.findIndex((index) => this.options[index]?.value === this.value);
    return position === -1 ? fallback : position;
  }

  private openAt(position: number): void {
    this.expanded = true;
    this.active = position;
  }

  private close(): void {
    this.expanded = false;
    this.active = -1;
  }

  private pickActive(): void {
    const position = this.active !== -1 ? this.active : this.shown.length === 1 ? 0 : -1;
    const index = this.shown[position];
    if (index === undefined) this.close();
    else this.pick(index);
  }

  private renderOption(index: number, position: number) {
    const option = this.options[index];
    if (!option) return nothing;
    const selected = option.value === this.value;
    return html`<li
      id="option-${index}"
      role="option"
      part="option"
      class=${position === this.active ? 'active' : ''}
      aria-selected=${selected ? 'true' : 'false'}
      data-index=${index}
      @click=${this.handleOptionClick}
    >
      <span class="check" aria-hidden="true">${selected ? '✓' : ''}</span>
      <span class="option-label">${option.label}</span>
      ${option.description ? html`<span class="option-description">${option.description}</span>` : nothing}
    </li>`;
  }

  private renderStatus() {
    // Said once per search, so a screen reader user knows whether typing found anything.
    if (!this.expanded || this.search === null) return nothing;
    return this.shown.length === 0 ? this.strings.noMatches : this.strings.optionsCount(this.shown.length);
  }

  override render() {
    const selected = this.options.find((option) => option.value === this.value);
    const activeIndex = this.expanded ? this.shown[this.active] : undefined;
    const empty = this.shown.length === 0;
    return html`<div class="field" part="base">
      <label id="label" class="label" for="input" part="label">${this.label}</label>
      <div class="anchor">
        <div class="control ${this.disabled ? 'disabled' : ''}" part="control">
          <input
            id="input"
            part="input"
            type="text"
            role="combobox"
            autocomplete="off"
            spellcheck="false"
            aria-autocomplete="list"
            aria-expanded=${this.expanded ? 'true' : 'false'}
            aria-controls="listbox"
            aria-activedescendant=${activeIndex === undefined ? nothing : `option-${activeIndex}`}
            placeholder=${this.placeholder || nothing}
            .value=${live(this.search ?? selected?.label ?? '')}
            ?disabled=${this.disabled}
            @input=${this.handleInput}
            @keydown=${this.handleKeydown}
            @click=${this.handleInputClick}
            @blur=${this.handleBlur}
          />
          <span class="indicator" aria-hidden="true">▾</span>
        </div>
        <div class="popup" ?hidden=${!this.expanded} @pointerdown=${this.keepFocus}>
          <ul id="listbox" role="listbox" part="listbox" aria-labelledby="label" ?hidden=${empty}>
            ${repeat(this.shown, (index) => index, (index, position) => this.renderOption(index, position))}
          </ul>
          ${empty ? html`<p class="empty" part="empty">${this.strings.noMatches}</p>` : nothing}
        </div>
      </div>
      <div class="visually-hidden" role="status">${this.renderStatus()}</div>
    </div>`;
  }
}

/** Lower case without accents: "José" and "jose" match, as do "Ångström" and "angstrom". */
function normalize(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
