import { parseEmailList, type EmailLineError } from '../../core/email-list.js';

/** A typed recipients list, read by the contract's rules. */
export interface ParsedRecipients {
  /** The accepted addresses, trimmed, in the order typed: what a save sends. */
  readonly addresses: readonly string[];
  /** The refused lines, in line order. */
  readonly errors: readonly EmailLineError[];
}

const LINE_BREAK = /\r\n|\n|\r/;

/** The non-blank lines, trimmed: what the user means, whatever blank lines or spaces they typed. */
export function meaningfulLines(text: string): string[] {
  return text
    .split(LINE_BREAK)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Whether the text says the same list as `recipients`, in the same order and case. */
export function sameRecipients(text: string, recipients: readonly string[]): boolean {
  const lines = meaningfulLines(text);
  return lines.length === recipients.length && lines.every((line, index) => line === recipients[index]);
}

/**
 * Parses with the same rules and the same primary address as the email-list editor, so the
 * element's validity, form value and save body agree with the errors the editor shows.
 */
export function parseRecipients(text: string, primaryEmail: string | null): ParsedRecipients {
  return parseEmailList(text, { primaryEmail });
}

/**
 * Splits a 422's `fields` into messages for the editor's lines (`recipients.N`, N an index of
 * the addresses sent) and the rest, each worded by `describe` (which names the field).
 */
export function splitFieldErrors(
  fields: Readonly<Record<string, string>>,
  sent: number,
  describe: (path: string, message: string) => string,
): { readonly lines: Readonly<Record<number, string>>; readonly others: readonly string[] } {
  const lines: Record<number, string> = {};
  const others: string[] = [];
  for (const [path, message] of Object.entries(fields)) {
    const match = /^recipients\.(\d+)$/.exec(path);
    const index = match ? Number(match[1]) : Number.NaN;
    if (Number.isInteger(index) && index < sent) lines[index] = message;
    else others.push(describe(path, message));
  }
  return { lines, others };
}

/** Up to `shown` addresses as a list in the locale's words ("a, b, and 3 more"). */
export function shortList(addresses: readonly string[], locale: string, more: (count: number) => string, shown = 3): string {
  const head = addresses.slice(0, shown);
  const rest = addresses.length - head.length;
  const items = rest > 0 ? [...head, more(rest)] : head;
  try {
    return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}
