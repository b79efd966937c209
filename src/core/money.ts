import { numberFormat } from './intl-formats.js';

/** Display options for {@link formatMoney}. */
export interface FormatMoneyOptions {
  signDisplay?: 'auto' | 'always' | 'exceptZero';
  /** Short notation ("$4.1K") for chart axes, where exact cents would be noise. */
  compact?: boolean;
}

// ISO 4217 is the authority here, not Intl: CLDR (which Intl follows) gives display digits
// that differ from the standard for IQD, ISK and a few more, and the API counts ISO units.
const MINOR_UNIT_EXCEPTIONS: ReadonlyMap<string, number> = new Map([
  ...['BIF', 'CLP', 'DJF', 'GNF', 'ISK', 'JPY', 'KMF', 'KRW', 'PYG', 'RWF', 'UGX', 'UYI', 'VND', 'VUV', 'XAF', 'XOF', 'XPF'].map(
    (code) => [code, 0] as const,
  ),
  ...['BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND'].map((code) => [code, 3] as const),
  ...['CLF', 'UYW'].map((code) => [code, 4] as const),
]);

/** ISO 4217 minor-unit digits of a currency code (case-insensitive); 2 when not listed. */
export function minorUnitDigits(currency: string): number {
  return MINOR_UNIT_EXCEPTIONS.get(currency.toUpperCase()) ?? 2;
}

/** The exact decimal string of an amount in minor units, e.g. 412350 USD → "4123.50". */
export function minorToDecimalString(minor: number, currency: string): string {
  if (!Number.isSafeInteger(minor)) {
    throw new RangeError(`Money amount must be a safe integer of minor units, got ${String(minor)}`);
  }
  const digits = minorUnitDigits(currency);
  // Safe integers print exactly, so string slicing keeps every digit a float division would lose.
  const magnitude = String(Math.abs(minor)).padStart(digits + 1, '0');
  const sign = minor < 0 ? '-' : '';
  if (digits === 0) return sign + magnitude;
  const cut = magnitude.length - digits;
  return `${sign}${magnitude.slice(0, cut)}.${magnitude.slice(cut)}`;
}

/** A money amount in minor units, formatted for a locale with the currency's ISO digits. */
export function formatMoney(minor: number, currency: string, locale: string, options: FormatMoneyOptions = {}): string {
  const digits = minorUnitDigits(currency);
  const compact = options.compact === true;
  const format = numberFormat(locale, {
    style: 'currency',
    currency,
    signDisplay: options.signDisplay ?? 'auto',
    notation: compact ? 'compact' : 'standard',
    minimumFractionDigits: compact ? 0 : digits,
    maximumFractionDigits: compact ? 1 : digits,
  });
  // A decimal string is formatted exactly; a Number above 2^53 / 10^digits would not be.
  return format.format(minorToDecimalString(minor, currency) as `${number}`);
}

/** A plain number in the locale's digits and separators. */
export function formatNumber(value: number, locale: string): string {
  return numberFormat(locale).format(value);
}

/** A percentage given on a 0–100 scale (80 → "80%"), with a fixed number of fraction digits. */
export function formatPercent(value: number, locale: string, fractionDigits = 0): string {
  return numberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value / 100);
}
