import { html, LitElement, nothing } from 'lit';
import { property, query } from 'lit/decorators.js';
import { baseStyles, tokens } from '../tokens.js';
import { KitChangeEvent } from './events.js';
import { switchStyles } from './switch.styles.js';
import { LocalizeController } from '../../i18n/localize.js';
import { kitStrings, type KitStrings } from '../../i18n/parts/kit.js';

/**
 * @tag kayse-switch
 * @summary An on/off switch: a real `<button role="switch">` with its visible label,
 * an optional description and the state in words beside it.
 *
 * @fires {KitChangeEvent<boolean>} change - The user toggled it; `detail.value` is the new `checked`. Not fired when code sets `checked`.
 *
 * @csspart base - The grid holding the control, the texts and the state.
 * @csspart control - The `<button role="switch">`.
 * @csspart track - The track behind the thumb.
 * @csspart thumb - The moving thumb.
 * @csspart label - The visible label.
 * @csspart description - The description under the label.
 * @csspart state - The "On" / "Off" text.
 *
 * @cssprop [--kayse-switch-width=2.75rem] - Width of the track.
 * @cssprop [--kayse-switch-height=1.5rem] - Height of the track.
 * @cssprop [--kayse-color-accent=light-dark(#2553c9, #8fb0ff)] - The track when on.
 *
 * @example
 * ```html
 * <kayse-switch label="Alert at 80 % of the cap" description="Emails every recipient once a month." checked></kayse-switch>
 * ```
 */
export class KayseSwitch extends LitElement {
  static override styles = [tokens, baseStyles, switchStyles];
  // `focus()` on the host lands on the button, so a parent can move focus here like to an input.
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  @query('button') private control!: HTMLButtonElement;

  /** Whether the switch is on. */
  @property({ type: Boolean, reflect: true }) checked = false;

  /** Whether the user cannot toggle it. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** The visible label; it is also the switch's accessible name. */
  @property() label = '';

  /** A longer explanation under the label, read as the switch's description. */
  @property() description = '';

  /** Hides the "On" / "Off" text beside the switch (keep it unless the label already says the state). */
  @property({ type: Boolean, attribute: 'no-state-text' }) noStateText = false;

  /** The piece's words, in the language of the billing element around it. */
  private readonly localize = new LocalizeController(this, kitStrings);

  private get strings(): KitStrings {
    return this.localize.strings;
  }

  private readonly handleClick = (): void => {
    if (this.disabled) return;
    this.checked = !this.checked;
    this.dispatchEvent(new KitChangeEvent(this.checked));
  };

  /** Moves focus to the switch. */
  override focus(options?: FocusOptions): void {
    this.control.focus(options);
  }

  private renderState() {
    if (this.noStateText) return nothing;
    // aria-checked already tells assistive technology; the words are for eyes, beside colour and position.
    return html`<span class="state" part="state" aria-hidden="true">${this.checked ? this.strings.on : this.strings.off}</span>`;
  }

  override render() {
    return html`<div class="base" part="base">
      <button
        id="control"
        class="control"
        part="control"
        type="button"
        role="switch"
        aria-checked=${this.checked ? 'true' : 'false'}
        aria-labelledby="label"
        aria-describedby=${this.description ? 'description' : nothing}
        ?disabled=${this.disabled}
        @click=${this.handleClick}
      >
        <span class="track" part="track"><span class="thumb" part="thumb"></span></span>
      </button>
      <span class="text">
        <label id="label" for="control" part="label">${this.label}</label>
        ${this.description ? html`<span id="description" class="description" part="description">${this.description}</span>` : nothing}
      </span>
      ${this.renderState()}
    </div>`;
  }
}
