/** Preformatted numeric text (a money decimal such as "-5.00"), written as-is, never escaped. */
export type CsvNumeric = { readonly numeric: string };

/** One field of a CSV record; null is an empty field. */
export type CsvCell = string | number | null | CsvNumeric;

/** Options of `toCsv`: the field delimiter (default ",") and a leading byte order mark. */
export type CsvOptions = { delimiter?: ',' | ';' | '\t'; bom?: boolean };

const NUMERIC_TEXT = /^-?\d+(\.\d+)?$/;
// OWASP's list plus the full-width forms, which spreadsheets also read as formula starts.
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const BOM = '\uFEFF';
const RECORD_END = '\r\n';

function checkNumeric(text: string): string {
  // Checked here as well as in toCsv: raw text that is not a number would bypass escaping.
  if (!NUMERIC_TEXT.test(text)) throw new RangeError(`Not numeric CSV text: ${JSON.stringify(text)}`);
  return text;
}

/** Marks preformatted numeric text (a money decimal) so `toCsv` writes it raw. */
export function csvNumeric(text: string): CsvNumeric {
  return { numeric: checkNumeric(text) };
}

/** Defuses CSV injection: text a spreadsheet would run as a formula gets a leading `'`. */
export function escapeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function quoteIfNeeded(text: string, delimiter: string): string {
  const needsQuotes = text.includes(delimiter) || /["\r\n]/.test(text);
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}

function field(cell: CsvCell, delimiter: string): string {
  if (cell === null) return '';
  if (typeof cell === 'number') {
    // A NaN or Infinity written as text would put a wrong figure in a report.
    if (!Number.isFinite(cell)) throw new RangeError(`Not a finite number: ${cell}`);
    return String(cell);
  }
  if (typeof cell === 'string') return quoteIfNeeded(escapeFormula(cell), delimiter);
  return checkNumeric(cell.numeric);
}

/** RFC 4180 text of `rows`: CRLF after every record, fields quoted only when they must be. */
export function toCsv(rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  const body = rows.map((row) => row.map((cell) => field(cell, delimiter)).join(delimiter) + RECORD_END).join('');
  return options.bom === true ? BOM + body : body;
}
