import { minorToDecimalString, minorUnitDigits } from '../../core/money.js';

/** The wallet's formatters for one locale, currency and time zone. */
export interface WalletFormats {
  readonly locale: string;
  readonly currency: string;
  /** The time zone dates are shown in (UTC when the one asked for is unknown to this browser). */
  readonly timeZone: string;
  /** An amount as a balance or a setting: `$1,234.56`, `-$12.00`. */
  money(minor: number): string;
  /** A transaction amount, with its sign always shown: `+$5,000.00`, `-$12.34`, `$0.00`. */
  signed(minor: number): string;
  /** A transaction's instant in the history's time zone. */
  dateTime(instant: string): string;
  /** A whole number in the locale's digits. */
  count(value: number): string;
  /** A percentage given in percent (30 → "30%"). */
  percent(value: number): string;
}

/**
 * Formatters built once per locale, currency and time zone instead of once per call: a history
 * row formats three values and the list renders dozens of rows per scroll frame, where building
 * an `Intl` formatter costs more than using one. Amounts go through their exact decimal string,
 * as `core/money`'s `formatMoney` does, so no amount is rounded through a float.
 */
export function walletFormats(locale: string, currency: string, timeZone: string): WalletFormats {
  const digits = minorUnitDigits(currency);
  const moneyFormat = (signDisplay: 'auto' | 'exceptZero') =>
    new Intl.NumberFormat(locale, { style: 'currency', currency, signDisplay, minimumFractionDigits: digits, maximumFractionDigits: digits });
  const plain = moneyFormat('auto');
  const withSign = moneyFormat('exceptZero');
  const dates = dateFormat(locale, timeZone);
  const counts = new Intl.NumberFormat(locale);
  const percents = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  return {
    locale,
    currency,
    timeZone: dates.resolvedOptions().timeZone,
    money: (minor) => plain.format(minorToDecimalString(minor, currency) as `${number}`),
    signed: (minor) => withSign.format(minorToDecimalString(minor, currency) as `${number}`),
    dateTime: (instant) => dates.format(new Date(instant)),
    count: (value) => counts.format(value),
    percent: (value) => percents.format(value / 100),
  };
}

function dateFormat(locale: string, timeZone: string): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  } catch {
    // A zone this browser does not know: UTC (which the caption then names) beats no dates at all.
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
  }
}

/** The browser's IANA time zone, the history's fallback when the company's is not readable. */
export function browserTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
