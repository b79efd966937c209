/** One choice of a `kayse-combobox`. */
export interface ComboboxOption {
  /** What `value` becomes when chosen. */
  readonly value: string;
  /** The visible text, also searched. */
  readonly label: string;
  /** A second, muted line (an email address, a role), also searched. */
  readonly description?: string;
}
