import type { PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { KayseElement } from '../../ui/kayse-element.js';
import type { RecipientsStrings } from './strings.js';

/** Why a form field's value cannot be submitted, and the control the browser points at. */
export interface FieldProblem {
  readonly message: string;
  readonly anchor: HTMLElement | undefined;
}

/**
 * The host-form side of the recipients forms: a form-associated element whose value is the
 * recipients, one per line, and whose validity is their problems, with the interface of a
 * native input (`name`, `form`, `value`, `validity`, `checkValidity()` …). The value and the
 * validity are told to the host form after every render, when the anchor controls are drawn.
 */
export abstract class RecipientsFormField<T, S extends RecipientsStrings> extends KayseElement<T, S> {
  // Inherited by both elements: `customElements.define` reads it through the constructor chain.
  static formAssociated = true;

  /** A host `<fieldset disabled>` (or form) disabled this element. */
  @state() protected formDisabled = false;

  /** The name under which a host `<form>` submits the recipients; the `name` attribute, as on native inputs. */
  get name(): string {
    return this.getAttribute('name') ?? '';
  }

  set name(value: string) {
    // An attribute, not a Lit property: the form's data set reads the attribute.
    this.setAttribute('name', value);
  }

  /** The host `<form>` this element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The recipients as the form submits them: the accepted addresses, trimmed, one per line. */
  get value(): string {
    return this.formValue() ?? '';
  }

  /** Whether the typed recipients (and settings) can be saved, as constraint validation sees it. */
  get validity(): ValidityState {
    return this.internals.validity;
  }

  /** Why the element is invalid (the first refused line and how many there are), or `''`. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  /** Whether a host form's constraint validation looks at this element. */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** Checks the recipients as a host form would, showing no message. */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  /** Checks the recipients and, when they are not acceptable, shows the browser's message on the field. */
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** Called by a host `<form>` reset: back to the loaded values, like Reset. */
  formResetCallback(): void {
    this.formReset();
  }

  /** Called when a host `<fieldset disabled>` or form disables or enables this element. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** The value a host form submits, or null before there is one. */
  protected abstract formValue(): string | null;

  /** Why the value cannot be submitted, or null. */
  protected abstract fieldProblem(): FieldProblem | null;

  /** Back to the loaded values. */
  protected abstract formReset(): void;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncForm();
  }

  /** Tells a host form the value and validity. */
  protected syncForm(): void {
    this.internals.setFormValue(this.formValue());
    const problem = this.fieldProblem();
    if (problem) this.internals.setValidity({ customError: true }, problem.message, problem.anchor);
    else this.internals.setValidity({});
  }
}
