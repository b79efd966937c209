import { html, LitElement } from 'lit';
import { property, query } from 'lit/decorators.js';
import { baseStyles, tokens } from '../tokens.js';
import { confirmDialogStyles } from './confirm-dialog.styles.js';
import { LocalizeController } from '../../i18n/localize.js';
import { kitStrings, type KitStrings } from '../../i18n/parts/kit.js';

const CONFIRMED = 'confirm';

/**
 * @tag kayse-confirm-dialog
 * @summary A modal question with a confirm and a cancel button: `await dialog.ask()` opens it
 * and resolves `true` on confirm, `false` on cancel or Escape; focus then returns to where it was.
 *
 * @slot - The body: what happens on confirm, in a sentence or two.
 *
 * @csspart dialog - The native `<dialog>`.
 * @csspart heading - The heading, the dialog's accessible name.
 * @csspart body - The body around the slot, the dialog's description.
 * @csspart actions - The row of buttons.
 * @csspart confirm - The confirm button.
 * @csspart cancel - The cancel button.
 *
 * @cssprop [--kayse-color-danger=light-dark(#b3261e, #ff9a92)] - The confirm button when `danger`.
 *
 * @example
 * ```html
 * <kayse-confirm-dialog heading="Pause campaigns now?" confirm-label="Save the cap" danger>
 *   The cap is below this month's spend, so campaigns pause as soon as you save.
 * </kayse-confirm-dialog>
 * <script>
 *   if (await document.querySelector('kayse-confirm-dialog').ask()) save();
 * </script>
 * ```
 */
export class KayseConfirmDialog extends LitElement {
  static override styles = [tokens, baseStyles, confirmDialogStyles];

  private pending?: { readonly promise: Promise<boolean>; readonly resolve: (confirmed: boolean) => void };
  private opener: HTMLElement | null = null;

  @query('dialog') private dialog!: HTMLDialogElement;
  @query('.confirm') private confirmButton!: HTMLButtonElement;
  @query('.cancel') private cancelButton!: HTMLButtonElement;

  /** The question, as the dialog's heading and accessible name. */
  @property() heading = '';

  /** The confirm button's text, naming the action ("Save the cap"); the catalog's "Confirm" when empty. */
  @property({ attribute: 'confirm-label' }) confirmLabel = '';

  /** The cancel button's text; the catalog's "Cancel" when empty. */
  @property({ attribute: 'cancel-label' }) cancelLabel = '';

  /** Whether confirming is destructive: the confirm button turns to the danger style and Cancel gets the first focus. */
  @property({ type: Boolean }) danger = false;

  /** The piece's words, in the language of the billing element around it. */
  private readonly localize = new LocalizeController(this, kitStrings);

  private get strings(): KitStrings {
    return this.localize.strings;
  }

  /** Whether the dialog is showing. */
  get open(): boolean {
    return this.pending !== undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A dialog removed while asking has been answered: no.
    this.settle(false);
  }

  private readonly handleClose = (): void => {
    // Every way out (the buttons, Escape, a form's dialog method) passes through `close`.
    this.settle(this.dialog.returnValue === CONFIRMED);
  };

  private readonly handleConfirm = (): void => {
    this.dialog.close(CONFIRMED);
  };

  private readonly handleCancel = (): void => {
    this.dialog.close('');
  };

  /** Opens the dialog and resolves with the answer; asking while it is open returns the pending answer. */
  ask(): Promise<boolean> {
    if (this.pending) return this.pending.promise;
    // Taken now, before the first render can move focus anywhere.
    this.opener = deepActiveElement();
    let resolve!: (confirmed: boolean) => void;
    const promise = new Promise<boolean>((done) => (resolve = done));
    this.pending = { promise, resolve };
    void this.updateComplete.then(() => this.show());
    return promise;
  }

  private show(): void {
    if (!this.pending || !this.isConnected) return;
    this.dialog.returnValue = '';
    this.dialog.showModal();
    // The safe answer first when the action is destructive, so a stray Enter does no harm.
    (this.danger ? this.cancelButton : this.confirmButton).focus();
  }

  private settle(confirmed: boolean): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = undefined;
    if (this.dialog?.open) this.dialog.close();
    const opener = this.opener;
    this.opener = null;
    if (opener?.isConnected) opener.focus();
    pending.resolve(confirmed);
  }

  override render() {
    return html`<dialog part="dialog" aria-labelledby="heading" aria-describedby="body" @close=${this.handleClose}>
      <h2 id="heading" part="heading">${this.heading}</h2>
      <div id="body" class="body" part="body"><slot></slot></div>
      <div class="actions" part="actions">
        <button class="button cancel" part="cancel" type="button" @click=${this.handleCancel}>${this.cancelLabel || this.strings.cancel}</button>
        <button class="button confirm ${this.danger ? 'danger' : 'primary'}" part="confirm" type="button" @click=${this.handleConfirm}>
          ${this.confirmLabel || this.strings.confirm}
        </button>
      </div>
    </dialog>`;
  }
}

/** The focused element, looking inside shadow roots, so focus goes back to the real opener. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}
