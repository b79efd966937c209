import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/en.js';
import { languageOf } from '../../src/i18n/localize.js';
import { combine, part } from '../../src/i18n/translations.js';
import { alertsStrings } from '../../src/i18n/parts/alerts.js';
import { preferencesStrings } from '../../src/i18n/parts/preferences.js';
import { recipientsStrings } from '../../src/i18n/parts/recipients.js';
import { reportsStrings } from '../../src/i18n/parts/reports.js';
import { scheduledEmailsStrings } from '../../src/i18n/parts/scheduled-emails.js';
import { settingsStrings } from '../../src/i18n/parts/settings.js';
import { spendingCapStrings } from '../../src/i18n/parts/spending-cap.js';
import { walletStrings } from '../../src/i18n/parts/wallet.js';
import { commonStrings } from '../../src/i18n/parts/common.js';
import { kitStrings } from '../../src/i18n/parts/kit.js';
import { usageStrings } from '../../src/i18n/parts/usage.js';

// Every part module in src/i18n/parts/ (a new part is added here and to the catalog).
const ALL_PARTS = [commonStrings, kitStrings, usageStrings, walletStrings, reportsStrings, alertsStrings, recipientsStrings, scheduledEmailsStrings, preferencesStrings, spendingCapStrings, settingsStrings];

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

  it('combines parts language by language, each with exactly its parts\' keys', async () => {
    const strings = combine(commonStrings, kitStrings, usageStrings);
    const es = await strings.load('es');
    expect(es.usageHeading).to.equal((await usageStrings.load('es')).usageHeading);
    expect(strings.get('es')).to.equal(es);
    expect(strings.en.on).to.equal('On');
    expect(Object.keys(strings.en).sort()).to.deep.equal([...Object.keys(commonStrings.en), ...Object.keys(kitStrings.en), ...Object.keys(usageStrings.en)].sort());
    expect(Object.keys(es).sort()).to.deep.equal(Object.keys(strings.en).sort());
  });

  it('every part together is the whole catalog: no key is in two parts, none is left out', () => {
    const keys = ALL_PARTS.flatMap((part) => Object.keys(part.en));
    expect(keys.length, 'no key in two parts').to.equal(new Set(keys).size);
    expect(keys.sort()).to.deep.equal(Object.keys(en).sort());
  });

  it('loads a language once for every part that asks, has it at hand afterwards, and asks again after a failure', async () => {
    let calls = 0;
    let fail = true;
    const greeting = part({ hello: 'Hello' }, {
      es: () => {
        calls += 1;
        return fail ? Promise.reject(new TypeError('offline')) : Promise.resolve({ hello: 'Hola' });
      },
    });
    expect(greeting.get('es')).to.equal(undefined);
    const first = greeting.load('es');
    expect(greeting.load('es')).to.equal(first);
    await first.then(
      () => expect.fail('should have failed'),
      (error: unknown) => expect(error).to.be.instanceOf(TypeError),
    );
    fail = false;
    expect((await greeting.load('es')).hello).to.equal('Hola');
    expect(greeting.get('es')?.hello).to.equal('Hola');
    await greeting.load('es');
    expect(calls).to.equal(2);
  });

  it('formats with arguments', () => {
    expect(en.emailDuplicate(4, 2)).to.equal('Line 4: already entered on line 2.');
    expect(en.moneyTooManyDecimals(0)).to.equal('This currency has no decimals.');
    expect(en.moneyTooManyDecimals(3)).to.equal('Use at most 3 decimal places.');
  });
});
