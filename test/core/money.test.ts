import { expect } from '@open-wc/testing';
import {
  formatMoney,
  formatNumber,
  formatPercent,
  minorToDecimalString,
  minorUnitDigits,
  type FormatMoneyOptions,
} from '../../src/core/money.js';
import { parseMoney, type MoneyParseError } from '../../src/core/money-parse.js';

// Intl puts NBSP / narrow NBSP between amount and symbol or in groups; which one is a CLDR
// detail, so assertions compare with plain spaces.
const spaces = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');

describe('money: minorUnitDigits', () => {
  const cases: { input: string; expected: number }[] = [
    { input: 'USD', expected: 2 },
    { input: 'EUR', expected: 2 },
    { input: 'usd', expected: 2 },
    { input: 'JPY', expected: 0 },
    { input: 'jpy', expected: 0 },
    { input: 'KRW', expected: 0 },
    { input: 'ISK', expected: 0 },
    { input: 'XOF', expected: 0 },
    { input: 'BHD', expected: 3 },
    { input: 'IQD', expected: 3 },
    { input: 'KWD', expected: 3 },
    { input: 'TND', expected: 3 },
    { input: 'CLF', expected: 4 },
    { input: 'UYW', expected: 4 },
    { input: 'XYZ', expected: 2 },
  ];
  for (const c of cases) {
    it(`${c.input} has ${c.expected} minor digits`, () => {
      expect(minorUnitDigits(c.input)).to.equal(c.expected);
    });
  }
});

describe('money: minorToDecimalString', () => {
  const cases: { minor: number; currency: string; expected: string }[] = [
    { minor: 412350, currency: 'USD', expected: '4123.50' },
    { minor: -5, currency: 'USD', expected: '-0.05' },
    { minor: 0, currency: 'USD', expected: '0.00' },
    { minor: -0, currency: 'USD', expected: '0.00' },
    { minor: 7, currency: 'USD', expected: '0.07' },
    { minor: 100, currency: 'EUR', expected: '1.00' },
    { minor: -412350, currency: 'EUR', expected: '-4123.50' },
    { minor: 1234, currency: 'JPY', expected: '1234' },
    { minor: -1234, currency: 'JPY', expected: '-1234' },
    { minor: 0, currency: 'JPY', expected: '0' },
    { minor: 1234, currency: 'BHD', expected: '1.234' },
    { minor: 5, currency: 'IQD', expected: '0.005' },
    { minor: 12345, currency: 'CLF', expected: '1.2345' },
    { minor: Number.MAX_SAFE_INTEGER, currency: 'USD', expected: '90071992547409.91' },
    { minor: -Number.MAX_SAFE_INTEGER, currency: 'USD', expected: '-90071992547409.91' },
    { minor: Number.MAX_SAFE_INTEGER, currency: 'JPY', expected: '9007199254740991' },
    { minor: Number.MAX_SAFE_INTEGER, currency: 'BHD', expected: '9007199254740.991' },
  ];
  for (const c of cases) {
    it(`${c.minor} ${c.currency} → ${c.expected}`, () => {
      expect(minorToDecimalString(c.minor, c.currency)).to.equal(c.expected);
    });
  }

  const rejected: number[] = [Number.MAX_SAFE_INTEGER + 1, -Number.MAX_SAFE_INTEGER - 1, 1.5, Number.NaN, Infinity];
  for (const input of rejected) {
    it(`throws RangeError for ${input}`, () => {
      expect(() => minorToDecimalString(input, 'USD')).to.throw(RangeError);
    });
  }
});

describe('money: formatMoney', () => {
  const cases: { minor: number; currency: string; locale: string; options?: FormatMoneyOptions; expected: string }[] = [
    { minor: 412350, currency: 'USD', locale: 'en-US', expected: '$4,123.50' },
    { minor: 0, currency: 'USD', locale: 'en-US', expected: '$0.00' },
    { minor: -5, currency: 'USD', locale: 'en-US', expected: '-$0.05' },
    { minor: Number.MAX_SAFE_INTEGER, currency: 'USD', locale: 'en-US', expected: '$90,071,992,547,409.91' },
    { minor: Number.MAX_SAFE_INTEGER, currency: 'JPY', locale: 'en-US', expected: '¥9,007,199,254,740,991' },
    { minor: 412350, currency: 'EUR', locale: 'de-DE', expected: '4.123,50 €' },
    { minor: 412350, currency: 'EUR', locale: 'fr-FR', expected: '4 123,50 €' },
    { minor: 1234, currency: 'JPY', locale: 'en-US', expected: '¥1,234' },
    { minor: 1234, currency: 'BHD', locale: 'en-US', expected: 'BHD 1.234' },
    // ISO says 3 digits for IQD even though Intl's own default is 0.
    { minor: 1234, currency: 'IQD', locale: 'en-US', expected: 'IQD 1.234' },
    { minor: 1200, currency: 'USD', locale: 'en-US', options: { signDisplay: 'always' }, expected: '+$12.00' },
    { minor: 0, currency: 'USD', locale: 'en-US', options: { signDisplay: 'exceptZero' }, expected: '$0.00' },
    { minor: -1200, currency: 'USD', locale: 'en-US', options: { signDisplay: 'exceptZero' }, expected: '-$12.00' },
    { minor: 412350, currency: 'USD', locale: 'en-US', options: { compact: true }, expected: '$4.1K' },
    { minor: 123456750, currency: 'EUR', locale: 'de-DE', options: { compact: true }, expected: '1,2 Mio. €' },
    { minor: 412350, currency: 'USD', locale: 'not a locale!', expected: '$4,123.50' },
    { minor: 412350, currency: 'USD', locale: '', expected: '$4,123.50' },
    { minor: 412350, currency: 'USD', locale: 'en_US', expected: '$4,123.50' },
  ];
  for (const c of cases) {
    it(`${c.minor} ${c.currency} in ${JSON.stringify(c.locale)} ${JSON.stringify(c.options ?? {})} → ${c.expected}`, () => {
      expect(spaces(formatMoney(c.minor, c.currency, c.locale, c.options))).to.equal(c.expected);
    });
  }

  it('throws RangeError for an amount that is not a safe integer', () => {
    expect(() => formatMoney(Number.MAX_SAFE_INTEGER + 1, 'USD', 'en-US')).to.throw(RangeError);
  });
});

describe('money: formatNumber and formatPercent', () => {
  const numberCases: { value: number; locale: string; expected: string }[] = [
    { value: 1234567.5, locale: 'en-US', expected: '1,234,567.5' },
    { value: 1234567.5, locale: 'de-DE', expected: '1.234.567,5' },
    { value: 1234567.5, locale: 'fr-FR', expected: '1 234 567,5' },
    { value: 0, locale: 'en-US', expected: '0' },
    { value: -42, locale: 'en-US', expected: '-42' },
    { value: 1000, locale: '???', expected: '1,000' },
  ];
  for (const c of numberCases) {
    it(`formatNumber ${c.value} in ${c.locale} → ${c.expected}`, () => {
      expect(spaces(formatNumber(c.value, c.locale))).to.equal(c.expected);
    });
  }

  const percentCases: { value: number; locale: string; digits?: number; expected: string }[] = [
    { value: 80, locale: 'en-US', expected: '80%' },
    { value: 0, locale: 'en-US', expected: '0%' },
    { value: 100, locale: 'en-US', expected: '100%' },
    { value: 150, locale: 'en-US', expected: '150%' },
    { value: 80.5, locale: 'fr-FR', digits: 1, expected: '80,5 %' },
    { value: 33.333, locale: 'en-US', digits: 2, expected: '33.33%' },
    { value: 79.6, locale: 'en-US', expected: '80%' },
  ];
  for (const c of percentCases) {
    it(`formatPercent ${c.value} in ${c.locale} (${c.digits ?? 0} digits) → ${c.expected}`, () => {
      expect(spaces(formatPercent(c.value, c.locale, c.digits))).to.equal(c.expected);
    });
  }
});

describe('money: parseMoney', () => {
  type Expected = { value: number } | { error: MoneyParseError };
  const cases: { input: string; currency: string; locale: string; expected: Expected }[] = [
    // en-US
    { input: '1,234.56', currency: 'USD', locale: 'en-US', expected: { value: 123456 } },
    { input: '1234.56', currency: 'USD', locale: 'en-US', expected: { value: 123456 } },
    { input: '  1234.56  ', currency: 'USD', locale: 'en-US', expected: { value: 123456 } },
    { input: '$600', currency: 'USD', locale: 'en-US', expected: { value: 60000 } },
    { input: '$ 600', currency: 'USD', locale: 'en-US', expected: { value: 60000 } },
    { input: 'USD 600', currency: 'USD', locale: 'en-US', expected: { value: 60000 } },
    { input: 'usd 600', currency: 'USD', locale: 'en-US', expected: { value: 60000 } },
    { input: '600 USD', currency: 'USD', locale: 'en-US', expected: { value: 60000 } },
    { input: '600$', currency: 'USD', locale: 'en-US', expected: { value: 60000 } },
    { input: '0', currency: 'USD', locale: 'en-US', expected: { value: 0 } },
    { input: '0.00', currency: 'USD', locale: 'en-US', expected: { value: 0 } },
    { input: '007', currency: 'USD', locale: 'en-US', expected: { value: 700 } },
    { input: '.5', currency: 'USD', locale: 'en-US', expected: { value: 50 } },
    { input: '5.', currency: 'USD', locale: 'en-US', expected: { value: 500 } },
    { input: '12.3', currency: 'USD', locale: 'en-US', expected: { value: 1230 } },
    { input: '1,500', currency: 'USD', locale: 'en-US', expected: { value: 150000 } },
    { input: '1,234,567.89', currency: 'USD', locale: 'en-US', expected: { value: 123456789 } },
    { input: '1,5', currency: 'USD', locale: 'en-US', expected: { error: 'invalid' } },
    { input: '1,23,4.5', currency: 'USD', locale: 'en-US', expected: { error: 'invalid' } },
    { input: '1234,567', currency: 'USD', locale: 'en-US', expected: { error: 'invalid' } },
    { input: ',500', currency: 'USD', locale: 'en-US', expected: { error: 'invalid' } },
    { input: '1,,500', currency: 'USD', locale: 'en-US', expected: { error: 'invalid' } },
    { input: '1,500,', currency: 'USD', locale: 'en-US', expected: { error: 'invalid' } },
    { input: '1.234,56', currency: 'USD', locale: 'en-US', expected: { error: 'invalid' } },
    { input: '1 234', currency: 'USD', locale: 'en-US', expected: { error: 'invalid' } },
    { input: '12.345', currency: 'USD', locale: 'en-US', expected: { error: 'too_many_decimals' } },
    { input: 'abc', currency: 'USD', locale: 'en-US', expected: { error: 'invalid' } },
    { input: '1..2', currency: 'USD', locale: 'en-US', expected: { error: 'invalid' } },
    { input: '1.2.3', currency: 'USD', locale: 'en-US', expected: { error: 'invalid' } },
    { input: '12a', currency: 'USD', locale: 'en-US', expected: { error: 'invalid' } },
    { input: '1e3', currency: 'USD', locale: 'en-US', expected: { error: 'invalid' } },
    { input: '+5', currency: 'USD', locale: 'en-US', expected: { error: 'invalid' } },
    { input: '.', currency: 'USD', locale: 'en-US', expected: { error: 'invalid' } },
    { input: '$', currency: 'USD', locale: 'en-US', expected: { error: 'invalid' } },
    { input: '-', currency: 'USD', locale: 'en-US', expected: { error: 'invalid' } },
    { input: '$600 USD', currency: 'USD', locale: 'en-US', expected: { error: 'invalid' } },
    { input: '€600', currency: 'USD', locale: 'en-US', expected: { error: 'invalid' } },
    { input: '', currency: 'USD', locale: 'en-US', expected: { error: 'empty' } },
    { input: '   ', currency: 'USD', locale: 'en-US', expected: { error: 'empty' } },
    { input: '\u00a0\t', currency: 'USD', locale: 'en-US', expected: { error: 'empty' } },
    // negatives: refused, but only once the text is otherwise a number
    { input: '-5', currency: 'USD', locale: 'en-US', expected: { error: 'negative' } },
    { input: '-$5', currency: 'USD', locale: 'en-US', expected: { error: 'negative' } },
    { input: '$-5', currency: 'USD', locale: 'en-US', expected: { error: 'negative' } },
    { input: '\u22125', currency: 'USD', locale: 'en-US', expected: { error: 'negative' } },
    { input: '-0', currency: 'USD', locale: 'en-US', expected: { error: 'negative' } },
    { input: '--5', currency: 'USD', locale: 'en-US', expected: { error: 'invalid' } },
    { input: '-$-5', currency: 'USD', locale: 'en-US', expected: { error: 'invalid' } },
    { input: '5-', currency: 'USD', locale: 'en-US', expected: { error: 'invalid' } },
    { input: '-abc', currency: 'USD', locale: 'en-US', expected: { error: 'invalid' } },
    // size limits, checked exactly
    { input: '90071992547409.91', currency: 'USD', locale: 'en-US', expected: { value: Number.MAX_SAFE_INTEGER } },
    { input: '90,071,992,547,409.91', currency: 'USD', locale: 'en-US', expected: { value: Number.MAX_SAFE_INTEGER } },
    { input: '90071992547409.92', currency: 'USD', locale: 'en-US', expected: { error: 'too_large' } },
    { input: '99999999999999999999999', currency: 'USD', locale: 'en-US', expected: { error: 'too_large' } },
    { input: '9007199254740991', currency: 'JPY', locale: 'en-US', expected: { value: Number.MAX_SAFE_INTEGER } },
    { input: '9007199254740992', currency: 'JPY', locale: 'en-US', expected: { error: 'too_large' } },
    // other currencies' minor units
    { input: '1,234', currency: 'JPY', locale: 'en-US', expected: { value: 1234 } },
    { input: '¥1,234', currency: 'JPY', locale: 'en-US', expected: { value: 1234 } },
    { input: '12.3', currency: 'JPY', locale: 'en-US', expected: { error: 'too_many_decimals' } },
    { input: '1.234', currency: 'BHD', locale: 'en-US', expected: { value: 1234 } },
    { input: 'BHD 1.5', currency: 'BHD', locale: 'en-US', expected: { value: 1500 } },
    { input: '1.2345', currency: 'BHD', locale: 'en-US', expected: { error: 'too_many_decimals' } },
    { input: '2.005', currency: 'IQD', locale: 'en-US', expected: { value: 2005 } },
    { input: '1.2345', currency: 'CLF', locale: 'en-US', expected: { value: 12345 } },
    // de-DE
    { input: '1.234,56', currency: 'EUR', locale: 'de-DE', expected: { value: 123456 } },
    { input: '1234,5', currency: 'EUR', locale: 'de-DE', expected: { value: 123450 } },
    { input: '1.500', currency: 'EUR', locale: 'de-DE', expected: { value: 150000 } },
    { input: '600 €', currency: 'EUR', locale: 'de-DE', expected: { value: 60000 } },
    { input: '600,00 €', currency: 'EUR', locale: 'de-DE', expected: { value: 60000 } },
    { input: '600,00\u00a0€', currency: 'EUR', locale: 'de-DE', expected: { value: 60000 } },
    { input: 'EUR 600', currency: 'EUR', locale: 'de-DE', expected: { value: 60000 } },
    { input: '1.5', currency: 'EUR', locale: 'de-DE', expected: { error: 'invalid' } },
    { input: '1234.56', currency: 'EUR', locale: 'de-DE', expected: { error: 'invalid' } },
    { input: '1,234.56', currency: 'EUR', locale: 'de-DE', expected: { error: 'invalid' } },
    { input: '1,234', currency: 'EUR', locale: 'de-DE', expected: { error: 'too_many_decimals' } },
    { input: '-1.234,56 €', currency: 'EUR', locale: 'de-DE', expected: { error: 'negative' } },
    // fr-FR: the locale prints U+202F; people type spaces or NBSP
    { input: '1\u202f234,56', currency: 'EUR', locale: 'fr-FR', expected: { value: 123456 } },
    { input: '1\u00a0234,56', currency: 'EUR', locale: 'fr-FR', expected: { value: 123456 } },
    { input: '1 234,56 €', currency: 'EUR', locale: 'fr-FR', expected: { value: 123456 } },
    { input: '1 234 567,8', currency: 'EUR', locale: 'fr-FR', expected: { value: 123456780 } },
    { input: '600,00 €', currency: 'EUR', locale: 'fr-FR', expected: { value: 60000 } },
    { input: '1 23,4', currency: 'EUR', locale: 'fr-FR', expected: { error: 'invalid' } },
    { input: '1.234,56', currency: 'EUR', locale: 'fr-FR', expected: { error: 'invalid' } },
    { input: '12,345', currency: 'EUR', locale: 'fr-FR', expected: { error: 'too_many_decimals' } },
    { input: '600 $US', currency: 'USD', locale: 'fr-FR', expected: { value: 60000 } },
    { input: '600 $', currency: 'USD', locale: 'fr-FR', expected: { value: 60000 } },
    // de-CH: apostrophe groups, either the ASCII or the typographic one
    { input: "1'234.50", currency: 'CHF', locale: 'de-CH', expected: { value: 123450 } },
    { input: '1\u2019234.50', currency: 'CHF', locale: 'de-CH', expected: { value: 123450 } },
    { input: "CHF 1'234.50", currency: 'CHF', locale: 'de-CH', expected: { value: 123450 } },
    // en-IN: the locale's own lakh grouping and plain thousands both read
    { input: '12,34,567.50', currency: 'INR', locale: 'en-IN', expected: { value: 123456750 } },
    { input: '1,234,567.50', currency: 'INR', locale: 'en-IN', expected: { value: 123456750 } },
    { input: '1,2,34,567', currency: 'INR', locale: 'en-IN', expected: { error: 'invalid' } },
    // locale digits, as pasted from a formatted Arabic figure
    { input: '١٬٢٣٤٫٥', currency: 'EGP', locale: 'ar-EG', expected: { value: 123450 } },
    // a junk locale reads as en-US
    { input: '1,234.56', currency: 'USD', locale: 'not a locale!', expected: { value: 123456 } },
  ];
  for (const c of cases) {
    const outcome = 'value' in c.expected ? String(c.expected.value) : c.expected.error;
    it(`${JSON.stringify(c.input)} ${c.currency} ${c.locale} → ${outcome}`, () => {
      const result = parseMoney(c.input, c.currency, c.locale);
      const actual: Expected = result.ok ? { value: result.value } : { error: result.error };
      expect(actual).to.deep.equal(c.expected);
    });
  }

  const roundTrips: { minor: number; currency: string; locale: string }[] = [
    { minor: 412350, currency: 'USD', locale: 'en-US' },
    { minor: 412350, currency: 'EUR', locale: 'de-DE' },
    { minor: 412350, currency: 'EUR', locale: 'fr-FR' },
    { minor: 123456750, currency: 'CHF', locale: 'de-CH' },
    { minor: 1234, currency: 'JPY', locale: 'ja-JP' },
    { minor: 1234, currency: 'BHD', locale: 'en-US' },
    { minor: 123456750, currency: 'INR', locale: 'en-IN' },
    { minor: Number.MAX_SAFE_INTEGER, currency: 'USD', locale: 'en-US' },
  ];
  for (const c of roundTrips) {
    it(`reads back formatMoney(${c.minor}, ${c.currency}, ${c.locale})`, () => {
      const text = formatMoney(c.minor, c.currency, c.locale);
      expect(parseMoney(text, c.currency, c.locale), text).to.deep.equal({ ok: true, value: c.minor });
    });
  }
});
