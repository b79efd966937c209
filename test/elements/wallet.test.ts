import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { FetchLike } from '../../src/api/rest-billing-api.js';
import type { Wallet, WalletTransaction } from '../../src/api/schemas.js';
import type { KayseBillingProvider } from '../../src/elements/billing-provider/billing-provider.js';
import '../../src/elements/wallet/define.js';
import type { KayseWallet } from '../../src/elements/wallet/wallet.js';
import type { KayseErrorEvent, KayseSaveEvent } from '../../src/events/events.js';
import { createMockBackend, createMockFetch, type MockBackend, type MockBackendOptions } from '../../src/mock/index.js';
import type { KayseMoneyInput } from '../../src/ui/kit/money-input.js';
import type { KayseVirtualList } from '../../src/ui/kit/virtual-list.js';

type Field = 'refillAmount' | 'refillThreshold';

interface Mounted {
  readonly el: KayseWallet;
  readonly backend: MockBackend;
  readonly provider: KayseBillingProvider;
}

const usd = (minor: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(minor / 100);
const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const shadow = (el: KayseWallet) => el.shadowRoot!;
const textOf = (el: KayseWallet, selector: string) => squash(shadow(el).querySelector(selector)?.textContent);
const moneyInput = (el: KayseWallet, field: Field) => shadow(el).querySelector<KayseMoneyInput>(`[data-field="${field}"]`);
const innerInput = (el: KayseWallet, field: Field) => moneyInput(el, field)!.shadowRoot!.querySelector('input')!;
const fieldMessage = (el: KayseWallet, field: Field) => squash(moneyInput(el, field)!.shadowRoot!.querySelector('.error')?.textContent);
const list = (el: KayseWallet) => shadow(el).querySelector<KayseVirtualList<WalletTransaction>>('kayse-virtual-list');
const puts = (backend: MockBackend) => backend.requests.filter((request) => request.method === 'PUT');

/** Ready (or hidden, or failed) with the history's first page settled. */
const settled = (el: KayseWallet) =>
  waitUntil(
    () =>
      el.matches(':state(hidden)') ||
      el.matches(':state(error)') ||
      (el.matches(':state(ready)') && !shadow(el).querySelector('.history-body[aria-busy="true"]')),
    'the wallet did not settle',
    { timeout: 4000 },
  );

/** The wallet as the mock backend serves it now (read outside the element, then forgotten). */
async function served(backend: MockBackend): Promise<Wallet> {
  const wallet = (await (await backend.fetch('/api/billing/wallet')).json()) as Wallet;
  backend.clearRequests();
  return wallet;
}

async function mount(options: MockBackendOptions = {}, wrap?: (fetch: FetchLike) => FetchLike): Promise<Mounted> {
  const backend = createMockBackend({ today: '2026-11-24', transactionCount: 120, ...options });
  const mockFetch: FetchLike = createMockFetch({ backend });
  const provider = await fixture<KayseBillingProvider>(html`<kayse-billing-provider base-url="/api/billing" .fetch=${wrap ? wrap(mockFetch) : mockFetch}>
    <kayse-wallet locale="en-US"></kayse-wallet>
  </kayse-billing-provider>`);
  const el = provider.querySelector('kayse-wallet')!;
  await settled(el);
  return { el, backend, provider };
}

/** Types as a person would: focus, select what is there, type, leave the field. */
async function type(el: KayseWallet, field: Field, text: string): Promise<void> {
  const input = innerInput(el, field);
  input.focus();
  // Focus shows the bare number; select it once it is there, so typing replaces it.
  await moneyInput(el, field)!.updateComplete;
  input.select();
  await sendKeys({ type: text });
  input.blur();
  await el.updateComplete;
  await moneyInput(el, field)!.updateComplete;
}

async function pressSave(el: KayseWallet): Promise<void> {
  shadow(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await el.updateComplete;
  await waitUntil(() => !textOf(el, '.save-status').includes('Saving'), 'the save did not finish', { timeout: 3000 });
  await el.updateComplete;
}

/** A fetch that answers PUT /wallet/settings with this 422, and passes everything else on. */
const refusingSettings =
  (fields: Record<string, string>) =>
  (inner: FetchLike): FetchLike =>
  (url, init) =>
    url.includes('/wallet/settings') && init.method === 'PUT'
      ? Promise.resolve(
          new Response(JSON.stringify({ error: { code: 'validation_failed', message: 'Invalid settings', fields } }), {
            status: 422,
            headers: { 'Content-Type': 'application/json' },
          }),
        )
      : inner(url, init);

describe('kayse-wallet', () => {
  // Benign in browsers, but mocha would count the virtualizer's resize-loop notice as an error.
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach, { suppressErrorLogging: true });

  it('is accessible for an editor', async () => {
    const { el } = await mount({ scenario: 'healthy' });
    await expect(el).to.be.accessible();
  });

  describe('defaults', () => {
    it('shows the history, pages of 50, every type', async () => {
      const { el, backend } = await mount({ scenario: 'healthy' });
      expect(el.noHistory).to.equal(false);
      expect(el.pageSize).to.equal(50);
      const page = backend.requests.find((request) => request.path === '/wallet/transactions');
      expect(page?.query).to.deep.equal({ limit: '50' });
    });

    it('reads /access, then the wallet, usage (for the time zone) and the first page, once each', async () => {
      const { backend } = await mount({ scenario: 'healthy' });
      expect(backend.requests.map((request) => `${request.method} ${request.path}`).sort()).to.deep.equal([
        'GET /access',
        'GET /usage/current',
        'GET /wallet',
        'GET /wallet/transactions',
      ]);
      expect(backend.requests[0]?.path).to.equal('/access');
    });

    it('has a heading per part and the parts a host can style', async () => {
      const { el } = await mount({ scenario: 'healthy' });
      expect([...shadow(el).querySelectorAll('h2, h3')].map((heading) => `${heading.tagName} ${squash(heading.textContent)}`)).to.deep.equal([
        'H2 Wallet',
        'H3 Current balance',
        'H3 Refill settings',
        'H3 History',
      ]);
      for (const part of ['base', 'balance', 'settings', 'history', 'history-list']) {
        expect(shadow(el).querySelector(`[part~="${part}"]`), part).to.not.equal(null);
      }
    });
  });

  describe('figures and warnings', () => {
    it('healthy: balance, estimate, no pending refill, the low-balance level, the settings, no warning', async () => {
      const backend = createMockBackend({ scenario: 'healthy', today: '2026-11-24' });
      const wallet = await served(backend);
      const { el } = await mount({ scenario: 'healthy' });
      expect(wallet.estimatedDaysUntilRefill).to.be.greaterThan(1);
      expect(textOf(el, '.balance-amount')).to.equal(usd(wallet.balance));
      expect(textOf(el, 'dd.estimate')).to.equal(`About ${wallet.estimatedDaysUntilRefill} days`);
      expect(textOf(el, 'dd.pending')).to.equal('No');
      expect(textOf(el, 'dd.low-level')).to.equal(`${usd(wallet.lowBalanceAlert)} 30% of the refill amount`);
      expect(moneyInput(el, 'refillAmount')!.value).to.equal(wallet.refillAmount);
      expect(moneyInput(el, 'refillThreshold')!.value).to.equal(wallet.refillThreshold);
      expect(innerInput(el, 'refillAmount').value).to.equal('5,000.00');
      expect(innerInput(el, 'refillThreshold').value).to.equal('1,000.00');
      expect(textOf(el, '.derived')).to.equal('Low-balance alert: $1,500.00 (30% of the refill amount).');
      expect(shadow(el).querySelector('[part="warning"]')).to.equal(null);
      expect(shadow(el).querySelector('.pending-notice')).to.equal(null);
    });

    it('wallet low: says the balance is at or below the low-balance level, in words, in a live region', async () => {
      const { el } = await mount({ scenario: 'wallet_low' });
      await expect(el).to.be.accessible();
      const warning = shadow(el).querySelector('[part="warning"]')!;
      expect(warning.classList.contains('low')).to.equal(true);
      expect(squash(warning.textContent)).to.equal('! Low balance: The balance is at or below the low-balance alert level of $1,500.00.');
      expect(warning.closest('[aria-live="polite"]')).to.not.equal(null);
      expect(textOf(el, 'dd.pending')).to.equal('No');
      expect(textOf(el, 'dd.estimate')).to.match(/^About \d+ days?$|^Due now$/);
      expect(shadow(el).querySelector('.pending-notice')).to.equal(null);
    });

    it('refill pending: a distinct threshold warning, what pending means, due now', async () => {
      const { el } = await mount({ scenario: 'refill_pending' });
      await expect(el).to.be.accessible();
      const warning = shadow(el).querySelector('[part="warning"]')!;
      expect(warning.classList.contains('threshold')).to.equal(true);
      expect(squash(warning.textContent)).to.equal('! Refill threshold reached: The balance is at or below the refill threshold of $1,000.00.');
      expect(textOf(el, '.pending-notice')).to.equal('↻ Refill pending: A refill of $5,000.00 has been requested and is waiting to be processed.');
      expect(textOf(el, 'dd.pending')).to.equal('Yes');
      expect(textOf(el, 'dd.estimate')).to.equal('Due now');
    });

    it('follows the simulator: days of usage until a refill is pending, then the refill in the history', async function () {
      this.timeout(15_000);
      const { el, backend, provider } = await mount({ scenario: 'healthy' });
      let days = 0;
      while (!(await served(backend)).refillPending && days < 60) {
        backend.simulateDays(1);
        days += 1;
      }
      provider.refresh();
      await waitUntil(() => textOf(el, 'dd.pending') === 'Yes', 'the pending refill was not shown', { timeout: 3000 });
      await settled(el);
      expect(shadow(el).querySelector('[part="warning"]')!.classList.contains('threshold')).to.equal(true);
      expect(textOf(el, 'dd.estimate')).to.equal('Due now');
      // The next simulated day processes the refill.
      backend.simulateDays(1);
      provider.refresh();
      await waitUntil(() => textOf(el, 'dd.pending') === 'No', 'the refill was not processed', { timeout: 3000 });
      await settled(el);
      expect(shadow(el).querySelector('.pending-notice')).to.equal(null);
      expect(list(el)!.items.slice(0, 10).some((row) => row.type === 'refill' && row.note === 'Automatic refill' && row.amount === 500000)).to.equal(true);
    });

    it('says when there is not enough usage to estimate, and 1 day in the singular', async () => {
      const { el: none } = await mount({ scenario: 'healthy', patch: { wallet: { estimatedDaysUntilRefill: null } } });
      expect(textOf(none, 'dd.estimate')).to.equal('Not enough usage to estimate');
      const { el: one } = await mount({ scenario: 'healthy', patch: { wallet: { estimatedDaysUntilRefill: 1 } } });
      expect(textOf(one, 'dd.estimate')).to.equal('About 1 day');
    });

    it('shows a negative balance with its sign and the threshold warning', async () => {
      const { el } = await mount({ scenario: 'healthy', patch: { wallet: { balance: -2500 } } });
      expect(textOf(el, '.balance-amount')).to.equal('-$25.00');
      expect(shadow(el).querySelector('[part="warning"]')!.classList.contains('threshold')).to.equal(true);
    });

    it('formats amounts in the wallet currency and the locale', async () => {
      const wallet = await served(createMockBackend({ scenario: 'healthy', today: '2026-11-24', currency: 'EUR' }));
      const { el } = await mount({ scenario: 'healthy', currency: 'EUR' });
      el.locale = 'de-DE';
      await el.updateComplete;
      const euros = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(wallet.balance / 100);
      expect(textOf(el, '.balance-amount')).to.equal(squash(euros));
      expect(textOf(el, '.balance-amount')).to.match(/^[\d.]+,\d\d\s€$/);
    });
  });

  describe('read-only', () => {
    it('shows the settings as values, with no inputs or buttons to save, and sends no PUT', async () => {
      const { el, backend } = await mount({ scenario: 'read_only' });
      await expect(el).to.be.accessible();
      expect(shadow(el).querySelector('kayse-money-input, form, button[type="submit"]')).to.equal(null);
      expect(textOf(el, 'dd.refill-amount')).to.equal('$5,000.00');
      expect(textOf(el, 'dd.refill-threshold')).to.equal('$1,000.00');
      expect(textOf(el, 'dd.low-level')).to.contain('$1,500.00');
      expect(textOf(el, '.read-only-note')).to.equal('You can see the refill settings but not change them.');
      expect(puts(backend)).to.deep.equal([]);
    });
  });

  describe('hidden', () => {
    for (const scenario of ['wallet_hidden', 'invoice_mode'] as const) {
      it(`${scenario}: renders nothing and requests nothing but /access`, async () => {
        const { el, backend } = await mount({ scenario });
        await expect(el).to.be.accessible();
        expect(el.matches(':state(hidden)')).to.equal(true);
        expect(getComputedStyle(el).display).to.equal('none');
        expect(shadow(el).querySelector('.wallet')).to.equal(null);
        expect(backend.requests.map((request) => request.path)).to.deep.equal(['/access']);
      });
    }
  });

  describe('load states', () => {
    it('shows the layout frame while loading, busy and named', async () => {
      const backend = createMockBackend({ latencyMs: 60_000 });
      const provider = await fixture<KayseBillingProvider>(
        html`<kayse-billing-provider base-url="/api/billing" .fetch=${createMockFetch({ backend })}><kayse-wallet></kayse-wallet></kayse-billing-provider>`,
      );
      const el = provider.querySelector('kayse-wallet')!;
      await el.updateComplete;
      expect(el.matches(':state(loading)')).to.equal(true);
      const frame = shadow(el).querySelector('[part="base"]')!;
      expect(frame.getAttribute('aria-busy')).to.equal('true');
      expect(frame.querySelector('.loading-panel')).to.not.equal(null);
      await expect(el).to.be.accessible();
      provider.remove();
    });

    it('a wallet that fails to load shows an error with a retry, reports it, and recovers', async () => {
      const backend = createMockBackend({ today: '2026-11-24', transactionCount: 60 });
      backend.addFault({ route: '/wallet', status: 500, times: 1 });
      const heard: KayseErrorEvent[] = [];
      const provider = await fixture<KayseBillingProvider>(html`<kayse-billing-provider
        base-url="/api/billing"
        .fetch=${createMockFetch({ backend })}
        @kayse-error=${(event: KayseErrorEvent) => heard.push(event)}
        ><kayse-wallet></kayse-wallet
      ></kayse-billing-provider>`);
      const el = provider.querySelector('kayse-wallet')!;
      await waitUntil(() => el.matches(':state(error)'), 'no error state', { timeout: 3000 });
      await expect(el).to.be.accessible();
      expect(textOf(el, '[part="error"]')).to.contain('The billing service had a problem');
      expect(heard.map((event) => [event.detail.section, event.detail.operation, event.detail.error.status])).to.deep.equal([['wallet', 'load', 500]]);
      shadow(el).querySelector<HTMLButtonElement>('[part="error"] button')!.click();
      await waitUntil(() => el.matches(':state(ready)'), 'the retry did not load the wallet', { timeout: 3000 });
      expect(textOf(el, '.balance-amount')).to.match(/^\$[\d,]+\.\d\d$/);
    });

    it('a malformed wallet is an error, never a wrong figure', async () => {
      const { el } = await mount({ scenario: 'healthy' }, (inner) => (url, init) =>
        url.endsWith('/wallet')
          ? Promise.resolve(new Response(JSON.stringify({ currency: 'USD', balance: 'lots' }), { status: 200, headers: { 'Content-Type': 'application/json' } }))
          : inner(url, init),
      );
      expect(el.matches(':state(error)')).to.equal(true);
      expect(squash(shadow(el).textContent)).to.not.match(/NaN|undefined|lots/);
    });
  });

  describe('time zone', () => {
    it('shows dates in the company time zone when usage is readable, and says so', async () => {
      const { el } = await mount({ scenario: 'healthy', timezone: 'Asia/Tokyo' });
      expect(textOf(el, '.zone')).to.equal("Times in the company's time zone (Asia/Tokyo).");
    });

    it("falls back to the browser's time zone when usage is hidden, without asking for usage", async () => {
      const { el, backend } = await mount({ scenario: 'healthy', timezone: 'Asia/Tokyo', patch: { access: { sections: { usage: 'hidden' } } } });
      const zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
      expect(textOf(el, '.zone')).to.equal(`Times in your time zone (${zone}).`);
      expect(backend.requests.some((request) => request.path === '/usage/current')).to.equal(false);
    });

    it("falls back to the browser's time zone when usage fails, and still shows the wallet", async () => {
      const { el } = await mount({ scenario: 'healthy', timezone: 'Asia/Tokyo' }, (inner) => (url, init) =>
        url.includes('/usage/current') ? Promise.resolve(new Response('{}', { status: 403 })) : inner(url, init),
      );
      expect(el.matches(':state(ready)')).to.equal(true);
      expect(textOf(el, '.zone')).to.contain('your time zone');
    });
  });

  describe('refill settings', () => {
    it('previews the low-balance level live as the amount is typed', async () => {
      const { el } = await mount({ scenario: 'healthy' });
      await type(el, 'refillAmount', '6000');
      expect(textOf(el, '.derived')).to.equal('Low-balance alert after saving: $1,800.00 (30% of the new refill amount).');
      await type(el, 'refillAmount', '33.35');
      expect(textOf(el, '.derived')).to.contain('$10.01');
      // The server's figure stays in the balance card until a save.
      expect(textOf(el, 'dd.low-level')).to.contain('$1,500.00');
    });

    it('parses the locale notation', async () => {
      const { el } = await mount({ scenario: 'healthy' });
      el.locale = 'de-DE';
      await el.updateComplete;
      await type(el, 'refillAmount', '6.000,50');
      expect(moneyInput(el, 'refillAmount')!.value).to.equal(600050);
    });

    it('refuses a threshold at or above the amount before any request, on the threshold field', async () => {
      const { el, backend } = await mount({ scenario: 'healthy' });
      await type(el, 'refillAmount', '2000');
      await type(el, 'refillThreshold', '2000');
      // Checked as you type: the rule shows before any save.
      expect(fieldMessage(el, 'refillThreshold')).to.equal('Enter a threshold below the refill amount ($2,000.00).');
      await pressSave(el);
      expect(puts(backend)).to.deep.equal([]);
      expect(textOf(el, '.form-problem')).to.equal('Fix the highlighted fields, then save again.');
      expect(moneyInput(el, 'refillThreshold')!.shadowRoot!.activeElement).to.equal(innerInput(el, 'refillThreshold'));
      expect(innerInput(el, 'refillThreshold').getAttribute('aria-invalid')).to.equal('true');
      await expect(el).to.be.accessible();
      // Fixing the amount clears the threshold's error at once.
      await type(el, 'refillAmount', '3000');
      expect(fieldMessage(el, 'refillThreshold')).to.equal('');
    });

    it('refuses a zero amount and unreadable text, and keeps what was typed', async () => {
      const { el, backend } = await mount({ scenario: 'healthy' });
      await type(el, 'refillAmount', '0');
      expect(fieldMessage(el, 'refillAmount')).to.equal('Enter a refill amount above zero.');
      await type(el, 'refillThreshold', 'lots');
      await pressSave(el);
      expect(puts(backend)).to.deep.equal([]);
      expect(fieldMessage(el, 'refillThreshold')).to.equal('Enter an amount as a number, such as 1,234.56.');
      expect(innerInput(el, 'refillThreshold').value).to.equal('lots');
    });

    it('saves through the shared flow: the PUT, kayse-save with the saved wallet, the new figures', async () => {
      const { el, backend, provider } = await mount({ scenario: 'healthy' });
      const saves: KayseSaveEvent[] = [];
      provider.addEventListener('kayse-save', (event) => saves.push(event));
      backend.clearRequests();
      await type(el, 'refillAmount', '6000');
      await type(el, 'refillThreshold', '1500');
      await pressSave(el);
      expect(puts(backend).map((request) => `${request.path} ${request.status}`)).to.deep.equal(['/wallet/settings 200']);
      expect(saves).to.have.length(1);
      const detail = saves[0]!.detail as KayseSaveEvent<Wallet>['detail'];
      expect(detail.section).to.equal('wallet');
      expect(detail.value).to.include({ refillAmount: 600000, refillThreshold: 150000, lowBalanceAlert: 180000, version: 6 });
      await settled(el);
      expect(textOf(el, '.save-status')).to.equal('Saved.');
      expect(textOf(el, 'dd.low-level')).to.contain('$1,800.00');
      expect(innerInput(el, 'refillAmount').value).to.equal('6,000.00');
      expect(shadow(el).querySelector('.form-actions button[type="button"]')).to.equal(null);
      // The saved wallet came with the PUT; only the history is asked for again.
      expect(backend.requests.filter((request) => request.method === 'GET').map((request) => request.path)).to.deep.equal(['/wallet/transactions']);
    });

    it('sends nothing when nothing changed, and says so', async () => {
      const { el, backend } = await mount({ scenario: 'healthy' });
      await pressSave(el);
      await type(el, 'refillAmount', '5000');
      await pressSave(el);
      expect(puts(backend)).to.deep.equal([]);
      expect(textOf(el, '.form-problem')).to.equal('Nothing to save: these are the current settings.');
    });

    it('puts a server 422 on its field, keeps the typed values, and clears it when the field is edited', async () => {
      const { el } = await mount({ scenario: 'healthy' }, refusingSettings({ refillThreshold: 'The threshold must be at least $100.00' }));
      const errors: KayseErrorEvent[] = [];
      el.addEventListener('kayse-error', (event) => errors.push(event));
      await type(el, 'refillAmount', '6000');
      await type(el, 'refillThreshold', '50');
      await pressSave(el);
      expect(fieldMessage(el, 'refillThreshold')).to.equal('The threshold must be at least $100.00');
      expect(fieldMessage(el, 'refillAmount')).to.equal('');
      expect(moneyInput(el, 'refillAmount')!.value).to.equal(600000);
      expect(moneyInput(el, 'refillThreshold')!.value).to.equal(5000);
      expect(moneyInput(el, 'refillThreshold')!.shadowRoot!.activeElement).to.equal(innerInput(el, 'refillThreshold'));
      expect(errors.map((event) => [event.detail.operation, event.detail.error.kind])).to.deep.equal([['save', 'validation']]);
      await expect(el).to.be.accessible();
      await type(el, 'refillThreshold', '150');
      expect(fieldMessage(el, 'refillThreshold')).to.equal('');
    });

    it('a 409 keeps the typed values, shows their version, and saves over it when asked', async () => {
      const { el, backend } = await mount({ scenario: 'healthy' });
      // Another admin saves while this one types.
      backend.patch('wallet', { refillAmount: 700000, refillThreshold: 200000 });
      backend.clearRequests();
      await type(el, 'refillAmount', '6000');
      await type(el, 'refillThreshold', '1500');
      await pressSave(el);
      expect(puts(backend).map((request) => request.status)).to.deep.equal([409]);
      expect(moneyInput(el, 'refillAmount')!.value).to.equal(600000);
      expect(moneyInput(el, 'refillThreshold')!.value).to.equal(150000);
      expect(textOf(el, '.their-version')).to.equal('Their version, saved meanwhile: refill amount $7,000.00, threshold $2,000.00.');
      await expect(el).to.be.accessible();
      const keepMine = [...shadow(el).querySelectorAll<HTMLButtonElement>('.save-actions button')].find((button) => button.textContent?.includes('Keep my changes'))!;
      keepMine.click();
      await waitUntil(() => textOf(el, '.save-status') === 'Saved.', 'not saved over', { timeout: 3000 });
      expect(puts(backend).map((request) => request.status)).to.deep.equal([409, 200]);
      await settled(el);
      expect(moneyInput(el, 'refillAmount')!.value).to.equal(600000);
    });

    it('a 409 offers their version, which replaces the typed values without a request', async () => {
      const { el, backend } = await mount({ scenario: 'healthy' });
      backend.patch('wallet', { refillAmount: 700000, refillThreshold: 200000 });
      await type(el, 'refillAmount', '6000');
      await pressSave(el);
      backend.clearRequests();
      const loadTheirs = [...shadow(el).querySelectorAll<HTMLButtonElement>('.save-actions button')].find((button) => button.textContent?.includes('Load their version'))!;
      loadTheirs.click();
      await waitUntil(() => moneyInput(el, 'refillAmount')?.value === 700000, 'their version was not loaded', { timeout: 3000 });
      await settled(el);
      expect(moneyInput(el, 'refillThreshold')!.value).to.equal(200000);
      expect(textOf(el, 'dd.low-level')).to.contain('$2,100.00');
      expect(puts(backend)).to.deep.equal([]);
      expect(backend.requests.some((request) => request.path === '/wallet')).to.equal(false);
    });

    it('reset brings back the saved values', async () => {
      const { el } = await mount({ scenario: 'healthy' });
      await type(el, 'refillAmount', '6000');
      shadow(el).querySelector<HTMLButtonElement>('.form-actions button[type="button"]')!.click();
      await el.updateComplete;
      expect(moneyInput(el, 'refillAmount')!.value).to.equal(500000);
      expect(innerInput(el, 'refillAmount').value).to.equal('5,000.00');
    });

    it('a failed save keeps the typed values and says why', async () => {
      const { el, backend } = await mount({ scenario: 'healthy' });
      backend.addFault({ route: '/wallet/settings', method: 'PUT', status: 500, times: 1 });
      await type(el, 'refillAmount', '6000');
      await pressSave(el);
      expect(textOf(el, '.save-status')).to.contain('Your changes were not saved.');
      expect(moneyInput(el, 'refillAmount')!.value).to.equal(600000);
      await pressSave(el);
      expect(textOf(el, '.save-status')).to.equal('Saved.');
    });
  });

  describe('unsaved edits', () => {
    const resetButton = (el: KayseWallet) => shadow(el).querySelector<HTMLButtonElement>('.form-actions button[type="button"]');

    it('is dirty from an edit until Reset', async () => {
      const { el } = await mount({ scenario: 'healthy' });
      expect(el.dirty).to.equal(false);
      await type(el, 'refillThreshold', '1200');
      expect(el.dirty).to.equal(true);
      resetButton(el)!.click();
      await el.updateComplete;
      expect(el.dirty).to.equal(false);
      expect(moneyInput(el, 'refillThreshold')!.value).to.equal(100000);
    });

    it('is not dirty once the edits are saved, nor when the saved values are typed back', async () => {
      const { el } = await mount({ scenario: 'healthy' });
      await type(el, 'refillAmount', '6000');
      expect(el.dirty).to.equal(true);
      await pressSave(el);
      expect(textOf(el, '.save-status')).to.equal('Saved.');
      expect(el.dirty).to.equal(false);
      await type(el, 'refillAmount', '7000');
      expect(el.dirty).to.equal(true);
      await type(el, 'refillAmount', '6000');
      expect(el.dirty).to.equal(false);
      expect(resetButton(el)).to.equal(null);
    });

    it('Enter in a money field saves the form', async () => {
      const { el, backend } = await mount({ scenario: 'healthy' });
      const input = innerInput(el, 'refillAmount');
      input.focus();
      await moneyInput(el, 'refillAmount')!.updateComplete;
      input.select();
      await sendKeys({ type: '6000' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => textOf(el, '.save-status') === 'Saved.', 'Enter did not save', { timeout: 3000 });
      expect(puts(backend).map((request) => `${request.path} ${request.status}`)).to.deep.equal(['/wallet/settings 200']);
      expect((await served(backend)).refillAmount).to.equal(600000);
      expect(el.dirty).to.equal(false);
    });

    it('Enter with a problem sends nothing and says what to fix', async () => {
      const { el, backend } = await mount({ scenario: 'healthy' });
      const input = innerInput(el, 'refillThreshold');
      input.focus();
      await moneyInput(el, 'refillThreshold')!.updateComplete;
      input.select();
      await sendKeys({ type: '9000' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(textOf(el, '.form-problem')).to.equal('Fix the highlighted fields, then save again.');
      expect(fieldMessage(el, 'refillThreshold')).to.equal('Enter a threshold below the refill amount ($5,000.00).');
      expect(puts(backend)).to.deep.equal([]);
    });
  });
});
