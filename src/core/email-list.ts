/** The most extra recipients an alert or scheduled email may have. */
export const MAX_RECIPIENTS = 50;

/** The longest address the contract accepts, in characters (code points). */
export const MAX_EMAIL_LENGTH = 254;

/** Why an address (a line of a list, or an item of an array) is refused. */
export type EmailProblem = 'invalid' | 'too_long' | 'duplicate' | 'primary' | 'too_many';

/** A refused line of a typed list; `firstLine` points a duplicate at its first occurrence. */
export type EmailLineError = { line: number; value: string; code: EmailProblem; firstLine?: number };

/** A refused item of a recipients array, for a 422 `recipients.N` path. */
export type RecipientError = { index: number; code: EmailProblem };

const WHITESPACE = /\s/u;
// \d under the u flag stays ASCII 0-9, which is what "digits" means for a domain label.
// Marks (\p{M}) belong to letters: Devanagari vowel signs and decomposed accents are part
// of real internationalised domain names.
const DOMAIN_LABEL = /^[\p{L}\p{M}\d-]+$/u;
const LINE_BREAK = /\r\n|\n|\r/;

// Code points, not UTF-16 units, so a non-BMP letter counts as one character, the way
// JSON Schema's maxLength (and so the published OpenAPI document) counts it.
function isTooLong(text: string): boolean {
  // A string of at most 254 UTF-16 units cannot hold more code points; skips the copy.
  if (text.length <= MAX_EMAIL_LENGTH) return false;
  return Array.from(text).length > MAX_EMAIL_LENGTH;
}

// Plain toLowerCase() is locale-independent, so the browser and the mock server agree on
// what a duplicate is whatever their locales; no Unicode case folding beyond that.
function comparable(address: string): string {
  return address.toLowerCase();
}

/** Whether `address` is valid by the contract's rule (it must already be trimmed). */
export function isValidEmail(address: string): boolean {
  if (isTooLong(address)) return false;
  if (WHITESPACE.test(address)) return false;
  const parts = address.split('@');
  if (parts.length !== 2) return false;
  const [local = '', domain = ''] = parts;
  if (local === '') return false;
  const labels = domain.split('.');
  // At least one dot; an empty label also rules out leading, trailing and doubled dots.
  return labels.length >= 2 && labels.every((label) => DOMAIN_LABEL.test(label));
}

function checkMax(max: number): number {
  if (!Number.isInteger(max) || max < 0) throw new RangeError(`max must be a non-negative integer, got ${max}`);
  return max;
}

/** Parses a one-address-per-line list into the accepted addresses and per-line errors. */
export function parseEmailList(
  text: string,
  options: { primaryEmail?: string | null; max?: number } = {},
): { addresses: string[]; errors: EmailLineError[] } {
  const max = checkMax(options.max ?? MAX_RECIPIENTS);
  const primary = options.primaryEmail ? comparable(options.primaryEmail.trim()) : null;
  const addresses: string[] = [];
  const errors: EmailLineError[] = [];
  // Keyed by the comparable form; a too_many address is remembered too, so a later repeat
  // of it reads as a duplicate, which is what the user would see in the text.
  const firstLines = new Map<string, number>();

  const lines = text.split(LINE_BREAK);
  for (const [index, raw] of lines.entries()) {
    const line = index + 1;
    const value = raw.trim();
    if (value === '') continue;
    // Length first: a 300-character paste is better told "too long" than "invalid".
    if (isTooLong(value)) {
      errors.push({ line, value, code: 'too_long' });
      continue;
    }
    if (!isValidEmail(value)) {
      errors.push({ line, value, code: 'invalid' });
      continue;
    }
    const key = comparable(value);
    // Primary before duplicate, so every copy of the primary address says why it is refused.
    if (key === primary) {
      errors.push({ line, value, code: 'primary' });
      continue;
    }
    const firstLine = firstLines.get(key);
    if (firstLine !== undefined) {
      errors.push({ line, value, code: 'duplicate', firstLine });
      continue;
    }
    firstLines.set(key, line);
    if (addresses.length >= max) {
      errors.push({ line, value, code: 'too_many' });
      continue;
    }
    addresses.push(value);
  }
  return { addresses, errors };
}

/** Checks a recipients array as a server would; one error per refused index, in order. */
export function validateRecipients(
  recipients: readonly string[],
  options: { max?: number; primaryEmail?: string | null } = {},
): RecipientError[] {
  const max = checkMax(options.max ?? MAX_RECIPIENTS);
  // No trimming here: the contract says a sent address is trimmed already.
  const primary = options.primaryEmail ? comparable(options.primaryEmail) : null;
  const errors: RecipientError[] = [];
  const seen = new Set<string>();

  for (const [index, address] of recipients.entries()) {
    if (isTooLong(address)) {
      errors.push({ index, code: 'too_long' });
      continue;
    }
    if (!isValidEmail(address)) {
      errors.push({ index, code: 'invalid' });
      continue;
    }
    const key = comparable(address);
    if (key === primary) {
      errors.push({ index, code: 'primary' });
      continue;
    }
    if (seen.has(key)) {
      errors.push({ index, code: 'duplicate' });
      continue;
    }
    seen.add(key);
    // The array's length is what is limited, so the cut is by index, not by valid count;
    // an item's own problem above is the more useful thing to report for it.
    if (index >= max) errors.push({ index, code: 'too_many' });
  }
  return errors;
}
