import { expect } from '@open-wc/testing';
import { catalogFor } from '../../src/i18n/catalog.js';
import { en } from '../../src/i18n/en.js';

describe('catalogFor', () => {
  const cases = [
    { locale: 'en-US', expected: en },
    { locale: 'EN', expected: en },
    { locale: 'en_GB', expected: en },
    { locale: 'xx-YY', expected: en },
    { locale: '', expected: en },
  ];
  for (const { locale, expected } of cases) {
    it(`gives the right catalog for "${locale}"`, () => {
      expect(catalogFor(locale)).to.equal(expected);
    });
  }

  it('formats with arguments', () => {
    expect(en.emailDuplicate(4, 2)).to.equal('Line 4: already entered on line 2.');
    expect(en.moneyTooManyDecimals(0)).to.equal('This currency has no decimals.');
    expect(en.moneyTooManyDecimals(3)).to.equal('Use at most 3 decimal places.');
  });
});
