import { expect } from '@open-wc/testing';
import { dateTimeFormat, numberFormat, usableLocale } from '../../src/core/intl-formats.js';

describe('intl-formats', () => {
  it('keeps one formatter per locale and options', () => {
    const usd = { style: 'currency', currency: 'USD' } as const;
    expect(numberFormat('en-US', usd)).to.equal(numberFormat('en-US', { style: 'currency', currency: 'USD' }));
    expect(numberFormat('en-US', usd)).to.not.equal(numberFormat('en-US', { style: 'currency', currency: 'EUR' }));
    expect(numberFormat('en-US', usd)).to.not.equal(numberFormat('de-DE', usd));
    expect(numberFormat('en-US')).to.not.equal(numberFormat('en-US', usd));
    expect(dateTimeFormat('en-US', { timeZone: 'UTC' })).to.equal(dateTimeFormat('en-US', { timeZone: 'UTC' }));
  });

  it('formats as a new formatter would', () => {
    expect(numberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(1234.5)).to.equal(
      new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(1234.5),
    );
    const day = Date.UTC(2026, 11, 4, 12);
    expect(dateTimeFormat('es-ES', { dateStyle: 'medium', timeZone: 'UTC' }).format(day)).to.equal(
      new Intl.DateTimeFormat('es-ES', { dateStyle: 'medium', timeZone: 'UTC' }).format(day),
    );
  });

  it('falls back to en-US for a malformed or unknown locale, without throwing', () => {
    expect(usableLocale('not a locale!')).to.equal('en-US');
    expect(usableLocale('es-MX')).to.equal('es-MX');
    expect(numberFormat('not a locale!').resolvedOptions().locale).to.equal('en-US');
    expect(() => dateTimeFormat('', { timeZone: 'UTC' })).to.not.throw();
  });

  it('still formats after more options than it keeps (the kept set is cleared at its bound)', () => {
    for (let digits = 0; digits < 500; digits += 1) numberFormat('en-US', { minimumIntegerDigits: (digits % 21) + 1, maximumSignificantDigits: (digits % 20) + 1 });
    expect(numberFormat('en-US', { minimumIntegerDigits: 3 }).format(7)).to.equal('007');
  });
});
