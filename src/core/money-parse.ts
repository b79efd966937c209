// Reading typed amounts, apart from formatting: only the elements with a money field load it.
import { usableLocale } from './intl-formats.js';
import { minorUnitDigits } from './money.js';
import { err, ok, type Result } from './result.js';

/** Why a typed amount could not become minor units. */
export type MoneyParseError = 'empty' | 'invalid' | 'too_many_decimals' | 'negative' | 'too_large';

/** A typed, non-negative amount in the locale's notation, as minor units of the currency. */
export function parseMoney(text: string, currency: string, locale: string): Result<number, MoneyParseError> {
  const notation = localeNotation(usableLocale(locale), currency);
  let rest = [...text.replace(BIDI_MARKS, '')].map((ch) => notation.digits.get(ch) ?? ch).join('').trim();
  if (rest === '') return err('empty');

  // A sign may sit outside or inside the currency affix ("-$5", "$-5"), but only one of each.
  let negative = false;
  const takeMinus = (): void => {
    const first = rest.charAt(0);
    if (!negative && first !== '' && notation.minusSigns.has(first)) {
      negative = true;
      rest = rest.slice(1).trim();
    }
  };
  takeMinus();
  const prefix = notation.affixes.find((affix) => rest.slice(0, affix.length).toUpperCase() === affix);
  if (prefix !== undefined) rest = rest.slice(prefix.length).trim();
  takeMinus();
  if (prefix === undefined) {
    const suffix = notation.affixes.find((affix) => rest.slice(-affix.length).toUpperCase() === affix);
    if (suffix !== undefined) rest = rest.slice(0, rest.length - suffix.length).trim();
  }

  const parts = rest.split(notation.decimal);
  if (parts.length > 2) return err('invalid');
  const [integerText = '', fraction = ''] = parts;
  if (integerText === '' && fraction === '') return err('invalid');
  if (!/^[0-9]*$/.test(fraction)) return err('invalid');
  const integer = integerDigits(integerText, notation);
  if (integer === undefined) return err('invalid');
  if (negative) return err('negative');

  const digits = minorUnitDigits(currency);
  if (fraction.length > digits) return err('too_many_decimals');
  // BigInt keeps the comparison exact for inputs far beyond what a Number can hold.
  const minor = BigInt(integer + fraction.padEnd(digits, '0'));
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) return err('too_large');
  return ok(Number(minor));
}

// Formatted output in RTL locales carries these; a pasted value should not fail because of them.
const BIDI_MARKS = /[\u200e\u200f\u061c]/g;
const SPACE_GROUPS = [' ', '\u00a0', '\u202f'];
const APOSTROPHE_GROUPS = ["'", '\u2019'];

interface Notation {
  readonly decimal: string;
  readonly groups: ReadonlySet<string>;
  /** Digits per group counting from the decimal point: the first and the repeating size. */
  readonly grouping: readonly [primary: number, secondary: number];
  readonly minusSigns: ReadonlySet<string>;
  /** Locale digits (Arabic-Indic, say) mapped to ASCII. */
  readonly digits: ReadonlyMap<string, string>;
  /** Upper-cased currency code and symbols, longest first so "US$" wins over "$". */
  readonly affixes: readonly string[];
}

function localeNotation(locale: string, currency: string): Notation {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  const decimal = parts.find((part) => part.type === 'decimal')?.value ?? '.';
  const group = parts.find((part) => part.type === 'group')?.value ?? ',';
  // People type a plain space or apostrophe where the locale prints a special one.
  const groups = SPACE_GROUPS.includes(group) ? SPACE_GROUPS : APOSTROPHE_GROUPS.includes(group) ? APOSTROPHE_GROUPS : [group];

  const grouped = new Intl.NumberFormat(locale)
    .formatToParts(123456789)
    .filter((part) => part.type === 'integer')
    .map((part) => part.value.length);
  const primary = grouped.at(-1) ?? 3;
  const secondary = grouped.at(-2) ?? primary;

  const minus = new Intl.NumberFormat(locale).formatToParts(-1).find((part) => part.type === 'minusSign')?.value ?? '-';
  const localDigits = [...new Intl.NumberFormat(locale, { useGrouping: false }).format(1234567890)];
  const digits = new Map(localDigits.map((digit, i) => [digit, String((i + 1) % 10)]));

  return {
    decimal,
    groups: new Set(groups),
    grouping: [primary, secondary],
    minusSigns: new Set(['-', '\u2212', minus]),
    digits,
    affixes: currencyAffixes(locale, currency),
  };
}

function currencyAffixes(locale: string, currency: string): string[] {
  const affixes = new Set([currency.toUpperCase()]);
  for (const currencyDisplay of ['symbol', 'narrowSymbol'] as const) {
    try {
      const symbol = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay })
        .formatToParts(1)
        .find((part) => part.type === 'currency')?.value;
      if (symbol !== undefined) affixes.add(symbol.toUpperCase());
    } catch {
      // A malformed currency code has no symbol; the code itself is still matched.
    }
  }
  return [...affixes].filter((affix) => affix !== '').sort((a, b) => b.length - a.length);
}

/** The integer part's digits without separators, or undefined when the grouping is not a real one. */
function integerDigits(text: string, notation: Notation): string | undefined {
  if (text === '') return '0';
  const pieces = text.split(new RegExp(`[${[...notation.groups].map(escapeForClass).join('')}]`));
  if (!pieces.every((piece) => /^[0-9]+$/.test(piece))) return undefined;
  if (pieces.length === 1) return text;
  // "1,5" in en-US is more likely a mistyped decimal than fifteen, so groups must have their
  // proper sizes: the locale's own (Indian 12,34,567) or plain thousands.
  const fits = ([primary, secondary]: readonly [number, number]): boolean =>
    pieces.every((piece, i) => {
      if (i === pieces.length - 1) return piece.length === primary;
      return i === 0 ? piece.length <= secondary : piece.length === secondary;
    });
  return fits(notation.grouping) || fits([3, 3]) ? pieces.join('') : undefined;
}

function escapeForClass(ch: string): string {
  return /[\\\]^-]/.test(ch) ? `\\${ch}` : ch;
}
