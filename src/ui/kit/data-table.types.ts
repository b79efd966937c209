/** One column of a `kayse-data-table`. */
export interface DataTableColumn<Row> {
  /** The row property shown (and sorted by, unless `compare` says otherwise); also the sort key in events. */
  readonly key: string;
  /** The header text. */
  readonly label: string;
  /** Text alignment; numbers go to `end`, which is the default when the column holds numbers. */
  readonly align?: 'start' | 'end';
  /** Whether the header is a button that sorts by this column. */
  readonly sortable?: boolean;
  /** Whether the cells name their row (a `<th scope="row">`), such as an agent's name. */
  readonly rowHeader?: boolean;
  /** The cell's text; `String(row[key])` when absent. */
  readonly format?: (row: Row) => string;
  /** Ascending order of two rows; by the raw `row[key]` when absent (numbers by value, text by the locale's collation). */
  readonly compare?: (a: Row, b: Row) => number;
}
