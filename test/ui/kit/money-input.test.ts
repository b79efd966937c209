import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MoneyParseError } from '../../../src/core/money-parse.js';
import { en } from '../../../src/i18n/en.js';
import { KitChangeEvent, KitInputEvent } from '../../../src/ui/kit/events.js';
import '../../../src/ui/kit/define.js';
import type { KayseMoneyInput } from '../../../src/ui/kit/money-input.js';

const input = (el: KayseMoneyInput) => el.shadowRoot!.querySelector('input')!;
const errorText = (el: KayseMoneyInput) => el.shadowRoot!.querySelector('#error')!.textContent!.trim();
const currencyText = (el: KayseMoneyInput) => el.shadowRoot!.querySelector('[part="currency"]')!.textContent!.trim();

/** Focuses the field, replaces its text by typing like a person, and leaves it. */
async function typeAndLeave(el: KayseMoneyInput, text: string): Promise<void> {
  await typeInto(el, text);
  input(el).blur();
  await el.updateComplete;
}

async function typeInto(el: KayseMoneyInput, text: string): Promise<void> {
  el.focus();
  input(el).select();
  if (text === '') await sendKeys({ press: 'Backspace' });
  else await sendKeys({ type: text });
  await el.updateComplete;
}

/** The ids in aria-describedby, each resolved in the element's own shadow root. */
function describedBy(el: KayseMoneyInput): (string | undefined)[] {
  const ids = (input(el).getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => el.shadowRoot!.getElementById(id)?.textContent?.trim());
}

describe('kayse-money-input', () => {
  it('is accessible, empty and with an error', async () => {
    const el = await fixture<KayseMoneyInput>(html`<kayse-money-input label="Monthly cap" hint="Campaigns pause at the cap."></kayse-money-input>`);
    await expect(el).to.be.accessible();
    await typeAndLeave(el, 'abc');
    await expect(el).to.be.accessible();
  });

  describe('defaults', () => {
    it('is an empty, optional USD field with a decimal keyboard', async () => {
      const el = await fixture<KayseMoneyInput>(html`<kayse-money-input label="Cap" locale="en-US"></kayse-money-input>`);
      expect(el.value).to.equal(null);
      expect(el.text).to.equal('');
      expect(el.error).to.equal(null);
      expect(el.currency).to.equal('USD');
      expect(input(el).inputMode).to.equal('decimal');
      expect(input(el).getAttribute('aria-invalid')).to.equal('false');
      expect(currencyText(el)).to.equal('$');
      expect(el.validate()).to.equal(true);
    });

    it('is named by its label and described by the currency name', async () => {
      const el = await fixture<KayseMoneyInput>(html`<kayse-money-input label="Cap" locale="en-US"></kayse-money-input>`);
      expect(input(el).labels?.[0]?.textContent).to.equal('Cap');
      expect(describedBy(el)).to.deep.equal(['US Dollar']);
    });
  });

  describe('properties', () => {
    const shown: { name: string; locale: string; currency: string; value: number; display: string; editing: string; symbol: string; side: 'prefix' | 'suffix' }[] = [
      { name: 'USD in en-US', locale: 'en-US', currency: 'USD', value: 123456, display: '1,234.56', editing: '1234.56', symbol: '$', side: 'prefix' },
      { name: 'EUR in de-DE', locale: 'de-DE', currency: 'EUR', value: 123456, display: '1.234,56', editing: '1234,56', symbol: '€', side: 'suffix' },
      { name: 'JPY (no decimals)', locale: 'en-US', currency: 'JPY', value: 1234, display: '1,234', editing: '1234', symbol: '¥', side: 'prefix' },
      { name: 'KWD (three decimals)', locale: 'en-US', currency: 'KWD', value: 1234567, display: '1,234.567', editing: '1234.567', symbol: 'KWD', side: 'prefix' },
      { name: 'zero', locale: 'en-US', currency: 'USD', value: 0, display: '0.00', editing: '0.00', symbol: '$', side: 'prefix' },
    ];
    for (const c of shown) {
      it(`shows ${c.name} formatted, and plain while editing`, async () => {
        const el = await fixture<KayseMoneyInput>(
          html`<kayse-money-input label="Cap" locale=${c.locale} currency=${c.currency} .value=${c.value}></kayse-money-input>`,
        );
        expect(input(el).value).to.equal(c.display);
        expect(currencyText(el)).to.equal(c.symbol);
        expect(el.shadowRoot!.querySelector('[part="currency"]')!.classList.contains(c.side)).to.equal(true);
        el.focus();
        await el.updateComplete;
        expect(input(el).value).to.equal(c.editing);
        input(el).blur();
        await el.updateComplete;
        expect(input(el).value).to.equal(c.display);
      });
    }

    it('takes a new value from the parent', async () => {
      const el = await fixture<KayseMoneyInput>(html`<kayse-money-input label="Cap" locale="en-US" .value=${100}></kayse-money-input>`);
      el.value = 250000;
      await el.updateComplete;
      expect(input(el).value).to.equal('2,500.00');
      expect(el.text).to.equal('2500.00');
    });

    it('server-error marks the field invalid and describes it', async () => {
      const el = await fixture<KayseMoneyInput>(html`<kayse-money-input label="Cap" locale="en-US" .value=${100}></kayse-money-input>`);
      el.serverError = 'The cap must be at least $10.00.';
      await el.updateComplete;
      expect(input(el).getAttribute('aria-invalid')).to.equal('true');
      expect(errorText(el)).to.equal('The cap must be at least $10.00.');
      expect(describedBy(el)).to.include('The cap must be at least $10.00.');
      await expect(el).to.be.accessible();
    });

    it('readonly shows the amount and does not switch to editing', async () => {
      const el = await fixture<KayseMoneyInput>(html`<kayse-money-input label="Cap" locale="en-US" .value=${123456} readonly></kayse-money-input>`);
      expect(input(el).readOnly).to.equal(true);
      el.focus();
      await el.updateComplete;
      expect(input(el).value).to.equal('1,234.56');
    });

    it('disabled disables the input', async () => {
      const el = await fixture<KayseMoneyInput>(html`<kayse-money-input label="Cap" disabled></kayse-money-input>`);
      expect(input(el).disabled).to.equal(true);
    });

    it('required makes empty an error on validate()', async () => {
      const el = await fixture<KayseMoneyInput>(html`<kayse-money-input label="Cap" required></kayse-money-input>`);
      expect(errorText(el)).to.equal('');
      expect(el.validate()).to.equal(false);
      await el.updateComplete;
      expect(el.error).to.equal('empty');
      expect(errorText(el)).to.equal(en.moneyEmpty);
      expect(input(el).getAttribute('aria-invalid')).to.equal('true');
    });

    it('follows the nearest lang when it has no locale', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="de-DE"><kayse-money-input label="Cap" currency="EUR" .value=${123456}></kayse-money-input></div>`);
      const el = wrapper.querySelector('kayse-money-input')!;
      await el.updateComplete;
      expect(input(el).value).to.equal('1.234,56');
    });
  });

  describe('user actions', () => {
    it('replaces the amount when the user tabs in and types, without selecting first', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><button>before</button><kayse-money-input label="Cap" locale="en-US" currency="USD" .value=${790000}></kayse-money-input></div>`,
      );
      const el = wrapper.querySelector<KayseMoneyInput>('kayse-money-input')!;
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      await sendKeys({ type: '100' });
      await el.updateComplete;
      expect(el.text).to.equal('100');
      expect(el.value).to.equal(10000);
    });

    it('parses as the user types', async () => {
      const el = await fixture<KayseMoneyInput>(html`<kayse-money-input label="Cap" locale="en-US"></kayse-money-input>`);
      await typeInto(el, '1,234.5');
      expect(el.value).to.equal(123450);
      expect(el.text).to.equal('1,234.5');
      expect(input(el).value).to.equal('1,234.5');
    });

    it('formats the amount after leaving the field', async () => {
      const el = await fixture<KayseMoneyInput>(html`<kayse-money-input label="Cap" locale="en-US"></kayse-money-input>`);
      await typeAndLeave(el, '1234.5');
      expect(input(el).value).to.equal('1,234.50');
      expect(el.value).to.equal(123450);
    });

    it('shows no error while the user is still typing, then shows it after blur', async () => {
      const el = await fixture<KayseMoneyInput>(html`<kayse-money-input label="Cap" locale="en-US"></kayse-money-input>`);
      await typeInto(el, '12x');
      expect(el.error).to.equal('invalid');
      expect(errorText(el)).to.equal('');
      expect(input(el).getAttribute('aria-invalid')).to.equal('false');
      input(el).blur();
      await el.updateComplete;
      expect(errorText(el)).to.equal(en.moneyInvalid);
    });

    it('updates a shown error live and clears it once fixed', async () => {
      const el = await fixture<KayseMoneyInput>(html`<kayse-money-input label="Cap" locale="en-US"></kayse-money-input>`);
      await typeAndLeave(el, '12.345');
      expect(errorText(el)).to.equal(en.moneyTooManyDecimals(2));
      el.focus();
      await sendKeys({ press: 'End' });
      await sendKeys({ press: 'Backspace' });
      await el.updateComplete;
      expect(el.value).to.equal(1234);
      expect(errorText(el)).to.equal('');
      expect(input(el).getAttribute('aria-invalid')).to.equal('false');
    });

    it('tabbing through an untouched required field shows no error', async () => {
      const el = await fixture<KayseMoneyInput>(html`<kayse-money-input label="Cap" required></kayse-money-input>`);
      el.focus();
      input(el).blur();
      await el.updateComplete;
      expect(errorText(el)).to.equal('');
    });

    it('editing clears a server error', async () => {
      const el = await fixture<KayseMoneyInput>(html`<kayse-money-input label="Cap" locale="en-US" server-error="Too low."></kayse-money-input>`);
      await typeInto(el, '50');
      expect(el.serverError).to.equal(null);
      expect(errorText(el)).to.equal('');
    });

    it('focus() moves focus to the input', async () => {
      const el = await fixture<KayseMoneyInput>(html`<kayse-money-input label="Cap"></kayse-money-input>`);
      el.focus();
      expect(el.shadowRoot!.activeElement).to.equal(input(el));
    });
  });

  describe('events', () => {
    it('fires one input per keystroke with the parsed value, and no inner native input', async () => {
      const el = await fixture<KayseMoneyInput>(html`<kayse-money-input label="Cap" locale="en-US"></kayse-money-input>`);
      const heard: Event[] = [];
      el.addEventListener('input', (event) => heard.push(event));
      // "1." is already one dollar: a trailing decimal mark is allowed while typing.
      await typeInto(el, '1.5');
      expect(heard).to.have.length(3);
      expect(heard.every((event) => event instanceof KitInputEvent)).to.equal(true);
      expect(heard.map((event) => (event as KitInputEvent<number | null>).detail.value)).to.deep.equal([100, 100, 150]);
    });

    it('fires change with the parsed value when the user leaves after editing', async () => {
      const el = await fixture<KayseMoneyInput>(html`<kayse-money-input label="Cap" locale="en-US"></kayse-money-input>`);
      await typeInto(el, '42');
      const heard = oneEvent<KitChangeEvent<number | null>>(el, 'change');
      input(el).blur();
      const event = await heard;
      expect(event).to.be.instanceOf(KitChangeEvent);
      expect(event.detail.value).to.equal(4200);
      expect(event.composed).to.equal(false);
    });

    it('fires nothing when code sets the value', async () => {
      const el = await fixture<KayseMoneyInput>(html`<kayse-money-input label="Cap"></kayse-money-input>`);
      const heard: Event[] = [];
      el.addEventListener('input', (event) => heard.push(event));
      el.addEventListener('change', (event) => heard.push(event));
      el.value = 500;
      await el.updateComplete;
      expect(heard).to.deep.equal([]);
    });
  });

  describe('bad input', () => {
    const cases: { text: string; locale: string; currency: string; value: number | null; error: MoneyParseError | null; message: string }[] = [
      { text: 'abc', locale: 'en-US', currency: 'USD', value: null, error: 'invalid', message: en.moneyInvalid },
      { text: '12.345', locale: 'en-US', currency: 'USD', value: null, error: 'too_many_decimals', message: en.moneyTooManyDecimals(2) },
      { text: '1.234,56', locale: 'de-DE', currency: 'EUR', value: 123456, error: null, message: '' },
      { text: '1,234.56', locale: 'de-DE', currency: 'EUR', value: null, error: 'invalid', message: en.moneyInvalid },
      { text: '12.5', locale: 'ja-JP', currency: 'JPY', value: null, error: 'too_many_decimals', message: en.moneyTooManyDecimals(0) },
      { text: '-5', locale: 'en-US', currency: 'USD', value: null, error: 'negative', message: en.moneyNegative },
      { text: '99999999999999999', locale: 'en-US', currency: 'USD', value: null, error: 'too_large', message: en.moneyTooLarge },
      { text: '1,5', locale: 'en-US', currency: 'USD', value: null, error: 'invalid', message: en.moneyInvalid },
      { text: '$ 7.25', locale: 'en-US', currency: 'USD', value: 725, error: null, message: '' },
    ];
    for (const c of cases) {
      it(`"${c.text}" in ${c.currency} ${c.locale}: ${c.error ?? 'accepted'}`, async () => {
        const el = await fixture<KayseMoneyInput>(html`<kayse-money-input label="Cap" locale=${c.locale} currency=${c.currency}></kayse-money-input>`);
        await typeAndLeave(el, c.text);
        expect(el.value).to.equal(c.value);
        expect(el.error).to.equal(c.error);
        expect(errorText(el)).to.equal(c.message);
        expect(el.validate()).to.equal(c.error === null);
        await el.updateComplete;
        expect(input(el).getAttribute('aria-invalid')).to.equal(c.error === null ? 'false' : 'true');
        if (c.error !== null) {
          // What the user typed stays exactly as typed, to be fixed rather than retyped.
          expect(el.text).to.equal(c.text);
          expect(input(el).value).to.equal(c.text);
          expect(describedBy(el)).to.include(c.message);
        }
      });
    }

    it('every aria-describedby id resolves inside the shadow root', async () => {
      const el = await fixture<KayseMoneyInput>(html`<kayse-money-input label="Cap" hint="At least $10." locale="en-US"></kayse-money-input>`);
      await typeAndLeave(el, 'abc');
      expect(describedBy(el)).to.deep.equal(['US Dollar', 'At least $10.', en.moneyInvalid]);
    });

    it('keeps unreadable text when the parent re-renders with the same value', async () => {
      const el = await fixture<KayseMoneyInput>(html`<kayse-money-input label="Cap" locale="en-US" .value=${100}></kayse-money-input>`);
      await typeAndLeave(el, '1O0');
      el.value = null;
      await el.updateComplete;
      expect(input(el).value).to.equal('1O0');
    });

    it('a reset from the parent replaces unreadable text', async () => {
      const el = await fixture<KayseMoneyInput>(html`<kayse-money-input label="Cap" locale="en-US"></kayse-money-input>`);
      await typeAndLeave(el, 'abc');
      el.value = 500;
      await el.updateComplete;
      expect(input(el).value).to.equal('5.00');
      expect(el.error).to.equal(null);
    });
  });
});
