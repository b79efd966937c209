// The wallet's hint beside its refill settings: a low-balance alert at or below the refill
// threshold would be sent only after a refill should already have started.
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Wallet } from '../../src/api/schemas.js';
import type { KayseBillingProvider } from '../../src/elements/billing-provider/billing-provider.js';
import '../../src/elements/wallet/define.js';
import type { KayseWallet } from '../../src/elements/wallet/wallet.js';
import { alertAfterRefill, alertLevels, type AlertLevels, type RefillValues } from '../../src/elements/wallet/wallet-views.js';
import { en } from '../../src/i18n/en.js';
import { es } from '../../src/i18n/es.js';
import { createMockBackend, createMockFetch, type MockBackend, type MockBackendOptions } from '../../src/mock/index.js';
import type { KayseMoneyInput } from '../../src/ui/kit/money-input.js';

type Field = 'refillAmount' | 'refillThreshold';

// The mock's wallet: a $5,000 refill at $1,000, so the low-balance alert (30 %) is at $1,500.
const WALLET: Wallet = {
  currency: 'USD',
  balance: 300_000,
  refillAmount: 500_000,
  refillThreshold: 100_000,
  lowBalanceAlert: 150_000,
  estimatedDaysUntilRefill: 10,
  refillPending: false,
  version: 5,
};

const usd = (minor: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(minor / 100);
const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const shadow = (el: KayseWallet) => el.shadowRoot!;
const hint = (el: KayseWallet) => shadow(el).querySelector('.alert-order-hint');
const hintText = (el: KayseWallet) => squash(hint(el)?.querySelector('p')?.textContent) || null;
const moneyInput = (el: KayseWallet, field: Field) => shadow(el).querySelector<KayseMoneyInput>(`[data-field="${field}"]`)!;

async function mount(options: MockBackendOptions, locale = 'en-US'): Promise<{ readonly el: KayseWallet; readonly backend: MockBackend }> {
  const backend = createMockBackend({ today: '2026-11-24', transactionCount: 20, ...options });
  const provider = await fixture<KayseBillingProvider>(html`<kayse-billing-provider base-url="/api/billing" .fetch=${createMockFetch({ backend })}>
    <kayse-wallet locale=${locale} no-history></kayse-wallet>
  </kayse-billing-provider>`);
  const el = provider.querySelector('kayse-wallet')!;
  await waitUntil(() => el.matches(':state(ready)'), 'the wallet did not load', { timeout: 4000 });
  await el.updateComplete;
  return { el, backend };
}

/** Types as a person would: focus, select what is there, type, leave the field. */
async function type(el: KayseWallet, field: Field, text: string): Promise<void> {
  const input = moneyInput(el, field).shadowRoot!.querySelector('input')!;
  input.focus();
  await moneyInput(el, field).updateComplete;
  input.select();
  await sendKeys({ type: text });
  input.blur();
  await el.updateComplete;
  await moneyInput(el, field).updateComplete;
}

describe('wallet: the low-balance alert and the refill threshold', () => {
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach, { suppressErrorLogging: true });

  describe('alertLevels: the levels the settings give', () => {
    const cases: [string, RefillValues, AlertLevels | null][] = [
      ['as saved: the server’s low-balance alert', { refillAmount: 500_000, refillThreshold: 100_000 }, { lowBalanceAlert: 150_000, refillThreshold: 100_000 }],
      ['the threshold edited', { refillAmount: 500_000, refillThreshold: 200_000 }, { lowBalanceAlert: 150_000, refillThreshold: 200_000 }],
      ['the amount edited: 30 % of it, rounded half up', { refillAmount: 3_335, refillThreshold: 0 }, { lowBalanceAlert: 1_001, refillThreshold: 0 }],
      ['an empty amount', { refillAmount: null, refillThreshold: 100_000 }, null],
      ['an empty threshold', { refillAmount: 500_000, refillThreshold: null }, null],
      ['a zero amount', { refillAmount: 0, refillThreshold: 0 }, null],
      ['a negative threshold', { refillAmount: 500_000, refillThreshold: -1 }, null],
      ['a threshold at the amount (its own error)', { refillAmount: 500_000, refillThreshold: 500_000 }, null],
      ['an unsafe amount', { refillAmount: Number.MAX_SAFE_INTEGER + 2, refillThreshold: 0 }, null],
    ];
    for (const [name, values, expected] of cases) {
      it(name, () => {
        expect(alertLevels(WALLET, values)).to.deep.equal(expected);
      });
    }
  });

  describe('alertAfterRefill: the alert at or below the threshold', () => {
    const cases: [AlertLevels | null, boolean][] = [
      [{ lowBalanceAlert: 150_000, refillThreshold: 100_000 }, false],
      [{ lowBalanceAlert: 150_000, refillThreshold: 149_999 }, false],
      // Equal: the refill is queued as the balance reaches the level the alert waits for.
      [{ lowBalanceAlert: 150_000, refillThreshold: 150_000 }, true],
      [{ lowBalanceAlert: 150_000, refillThreshold: 150_001 }, true],
      [{ lowBalanceAlert: 0, refillThreshold: 0 }, true],
      [null, false],
    ];
    for (const [levels, expected] of cases) {
      it(`${JSON.stringify(levels)} → ${expected}`, () => {
        expect(alertAfterRefill(levels)).to.equal(expected);
      });
    }
  });

  describe('the element', () => {
    it('healthy (alert $1,500 over a $1,000 threshold): no hint, an empty live region kept in place', async () => {
      const { el } = await mount({ scenario: 'healthy' });
      expect(hint(el)).to.equal(null);
      const region = shadow(el).querySelector('.settings-form .alert-order')!;
      expect(region.getAttribute('aria-live')).to.equal('polite');
      expect(region.matches(':empty'), 'takes no room').to.equal(true);
    });

    it('a threshold at the alert level: the hint, in money, beside the settings (accessible)', async () => {
      const { el } = await mount({ scenario: 'healthy', patch: { wallet: { refillThreshold: 150_000 } } });
      expect(hintText(el)).to.equal(en.walletAlertAfterRefill(usd(150_000), usd(150_000)));
      expect(hint(el)!.closest('[part="settings"]')).to.not.equal(null);
      expect(hint(el)!.closest('[aria-live="polite"]')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });

    it('follows the values as typed, and sends nothing', async () => {
      const { el, backend } = await mount({ scenario: 'healthy' });
      await type(el, 'refillThreshold', '2000');
      expect(hintText(el)).to.equal(en.walletAlertAfterRefill('$1,500.00', '$2,000.00'));
      // A larger refill raises the alert above the threshold again ($3,000).
      await type(el, 'refillAmount', '10000');
      expect(hint(el)).to.equal(null);
      // A smaller one lowers it under ($900).
      await type(el, 'refillAmount', '3000');
      expect(hintText(el)).to.equal(en.walletAlertAfterRefill('$900.00', '$2,000.00'));
      // A threshold the rules refuse has its own message instead.
      await type(el, 'refillThreshold', '3500');
      expect(hint(el)).to.equal(null);
      expect(backend.requests.filter((request) => request.method !== 'GET')).to.deep.equal([]);
    });

    it('a reader sees it too, as information about the saved settings', async () => {
      const { el } = await mount({ scenario: 'read_only', patch: { wallet: { refillThreshold: 200_000 } } });
      expect(shadow(el).querySelector('kayse-money-input')).to.equal(null);
      expect(hintText(el)).to.equal(en.walletAlertAfterRefill('$1,500.00', '$2,000.00'));
      expect(hint(el)!.closest('[part="settings"]')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });

    it('a reader with the usual settings: no hint', async () => {
      const { el } = await mount({ scenario: 'read_only' });
      expect(hint(el)).to.equal(null);
    });

    it('in Spanish, with the wallet’s money format', async () => {
      const { el } = await mount({ scenario: 'healthy', patch: { wallet: { refillThreshold: 150_000 } } }, 'es');
      const money = new Intl.NumberFormat('es', { style: 'currency', currency: 'USD' }).format(1_500);
      const expected = squash(es.walletAlertAfterRefill(money, money));
      await waitUntil(() => hintText(el) === expected, `no Spanish hint: ${String(hintText(el))}`, { timeout: 4000 });
    });
  });
});
