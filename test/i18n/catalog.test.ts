import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/en.js';
import { combine, languageOf } from '../../src/i18n/localize.js';
import { commonStrings, kitStrings, usageStrings } from '../../src/i18n/parts.js';

describe('languages and catalog parts', () => {
  const cases = [
    { locale: 'en-US', expected: 'en' },
    { locale: 'EN', expected: 'en' },
    { locale: 'en_GB', expected: 'en' },
    { locale: 'xx-YY', expected: 'en' },
    { locale: '', expected: 'en' },
    { locale: 'es-MX', expected: 'es' },
  ];
  for (const { locale, expected } of cases) {
    it(`reads "${locale}" as ${expected}`, () => {
      expect(languageOf(locale)).to.equal(expected);
    });
  }

  it('combines parts language by language, each with exactly its parts\' keys', () => {
    const strings = combine(commonStrings, kitStrings, usageStrings);
    expect(strings.es.usageHeading).to.equal(usageStrings.es.usageHeading);
    expect(strings.en.on).to.equal('On');
    expect(Object.keys(strings.en).sort()).to.deep.equal([...Object.keys(commonStrings.en), ...Object.keys(kitStrings.en), ...Object.keys(usageStrings.en)].sort());
    expect(Object.keys(strings.es).sort()).to.deep.equal(Object.keys(strings.en).sort());
  });

  it('every part together is the whole catalog: no key is in two parts, none is left out', async () => {
    const parts = await import('../../src/i18n/parts.js');
    const keys = Object.values(parts).flatMap((part) => (typeof part === 'object' && part !== null && 'en' in part ? Object.keys(part.en) : []));
    expect(keys.length, 'no key in two parts').to.equal(new Set(keys).size);
    expect(keys.sort()).to.deep.equal(Object.keys(en).sort());
  });

  it('formats with arguments', () => {
    expect(en.emailDuplicate(4, 2)).to.equal('Line 4: already entered on line 2.');
    expect(en.moneyTooManyDecimals(0)).to.equal('This currency has no decimals.');
    expect(en.moneyTooManyDecimals(3)).to.equal('Use at most 3 decimal places.');
  });
});
