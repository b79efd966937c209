import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { ApiError } from '../../src/api/api-error.js';
import { storeFor } from '../../src/state/client-factory.js';
import type { TransactionQuery } from '../../src/api/billing-api.js';
import type { FetchLike } from '../../src/api/rest-billing-api.js';
import type { WalletTransaction, WalletTransactionPage } from '../../src/api/schemas.js';
import type { KayseBillingProvider } from '../../src/elements/billing-provider/billing-provider.js';
import '../../src/elements/wallet/define.js';
import type { KayseWallet } from '../../src/elements/wallet/wallet.js';
import type { KayseErrorEvent } from '../../src/events/events.js';
import { createMockBackend, createMockFetch, type MockBackend, type MockBackendOptions } from '../../src/mock/index.js';
import { HistoryController } from '../../src/elements/wallet/history-controller.js';
import { defineTag } from '../../src/ui/define-tag.js';
import type { KayseVirtualList } from '../../src/ui/kit/virtual-list.js';
import { FakeBillingApi } from '../helpers/fake-api.js';

interface Mounted {
  readonly el: KayseWallet;
  readonly backend: MockBackend;
}

interface Attributes {
  readonly pageSize?: string;
  readonly noHistory?: boolean;
}

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const shadow = (el: KayseWallet) => el.shadowRoot!;
const textOf = (el: KayseWallet, selector: string) => squash(shadow(el).querySelector(selector)?.textContent);
const list = (el: KayseWallet) => shadow(el).querySelector<KayseVirtualList<WalletTransaction>>('kayse-virtual-list');
const scroller = (el: KayseWallet) => list(el)!.shadowRoot!.querySelector<HTMLElement>('[role="list"]')!;
const listItems = (el: KayseWallet) => [...(list(el)?.shadowRoot?.querySelectorAll<HTMLElement>('[role="listitem"]') ?? [])];
const cell = (item: HTMLElement, name: string) => squash(item.querySelector(`.tx-${name}`)?.textContent);
const pages = (backend: MockBackend) => backend.requests.filter((request) => request.path === '/wallet/transactions');
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Ready, with no page of the history on its way. */
const settled = (el: KayseWallet) =>
  waitUntil(() => el.matches(':state(ready)') && !shadow(el).querySelector('.history-body[aria-busy="true"]'), 'the history did not settle', {
    timeout: 4000,
  });

/** Waits until the list has laid out rows (the virtualizer renders on animation frames). */
async function rendered(el: KayseWallet): Promise<void> {
  await waitUntil(() => listItems(el).length > 0, 'no rows rendered', { timeout: 3000 });
  for (let i = 0; i < 3; i += 1) await frame();
}

async function mount(options: MockBackendOptions = {}, attributes: Attributes = {}, wrap?: (fetch: FetchLike) => FetchLike): Promise<Mounted> {
  const backend = createMockBackend({ today: '2026-11-24', ...options });
  const mockFetch: FetchLike = createMockFetch({ backend });
  const provider = await fixture<KayseBillingProvider>(html`<kayse-billing-provider base-url="/api/billing" .fetch=${wrap ? wrap(mockFetch) : mockFetch}>
    <kayse-wallet locale="en-US" page-size=${attributes.pageSize ?? '50'} ?no-history=${attributes.noHistory ?? false}></kayse-wallet>
  </kayse-billing-provider>`);
  const el = provider.querySelector('kayse-wallet')!;
  await settled(el);
  return { el, backend };
}

async function pressLoadMore(el: KayseWallet): Promise<void> {
  const button = shadow(el).querySelector<HTMLButtonElement>('.load-more')!;
  button.focus();
  button.click();
  await el.updateComplete;
  await settled(el);
}

const json = (body: unknown, status = 200) => Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));

/** A fetch whose history is exactly this page; everything else comes from the mock. */
const historyOf =
  (page: WalletTransactionPage) =>
  (inner: FetchLike): FetchLike =>
  (url, init) =>
    url.includes('/wallet/transactions') ? json(page) : inner(url, init);

describe('kayse-wallet history', () => {
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach, { suppressErrorLogging: true });

  it('is accessible with rows', async () => {
    const { el } = await mount({ scenario: 'healthy' });
    await rendered(el);
    await expect(el).to.be.accessible();
  });

  describe('rows', () => {
    it('lists type, date, signed amount, balance after and note, newest first, in a named focusable list', async () => {
      const { el, backend } = await mount({ scenario: 'healthy', timezone: 'Asia/Tokyo' });
      await rendered(el);
      const served = (await (await backend.fetch('/api/billing/wallet/transactions?limit=3')).json()) as WalletTransactionPage;
      const [first, second] = listItems(el);
      const zone = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Tokyo' });
      const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', signDisplay: 'exceptZero' });
      const newest = served.items[0]!;
      expect(cell(first!, 'type')).to.equal({ usage: 'Usage', refill: 'Refill', adjustment: 'Adjustment', courtesy_credit: 'Courtesy credit' }[newest.type]);
      expect(first!.querySelector('time')!.getAttribute('datetime')).to.equal(newest.date);
      expect(squash(first!.querySelector('time')!.textContent)).to.equal(squash(zone.format(new Date(newest.date))));
      expect(cell(first!, 'amount')).to.equal(`Amount: ${squash(money.format(newest.amount / 100))}`);
      expect(cell(first!, 'amount')).to.match(/: [+-]\$/);
      // Screen readers hear "Balance after: $…"; the short visible label is for narrow rows only.
      expect(cell(first!, 'balance')).to.equal(`Balance after: Balance ${squash(money.format(newest.balanceAfter / 100)).replace('+', '')}`);
      expect(first!.querySelector('.tx-balance-short')!.getAttribute('aria-hidden')).to.equal('true');
      expect(getComputedStyle(first!.querySelector('.tx-balance-short')!).display).to.equal('none');
      expect(cell(second!, 'balance')).to.contain(squash(money.format(served.items[1]!.balanceAfter / 100)).replace('+', ''));
      expect(new Date(newest.date).getTime()).to.be.greaterThan(new Date(served.items[1]!.date).getTime());
      expect(scroller(el).tabIndex).to.equal(0);
      expect(scroller(el).getAttribute('aria-label')).to.equal('Wallet transactions, newest first');
      expect(first!.getAttribute('aria-setsize')).to.equal('50');
      expect(textOf(el, '.history-status')).to.equal('50 transactions shown. Scroll down or load more for older ones.');
    });

    it('shows an unknown transaction type as the API sent it, and API text never as HTML', async () => {
      const page: WalletTransactionPage = {
        items: [
          { id: 't_3', type: 'cashback_bonus', date: '2026-11-20T15:04:00+01:00', amount: 1250, balanceAfter: 5000, note: '<img src=x onerror="window.walletHacked=1">' },
          { id: 't_2', type: 'toString', date: '2026-11-19T10:00:00Z', amount: -250, balanceAfter: 3750 },
          { id: 't_1', type: 'refill', date: '2026-11-18T10:00:00Z', amount: 4000, balanceAfter: 4000, note: 'Manual refill' },
        ],
        nextCursor: null,
      };
      const { el } = await mount({ scenario: 'healthy' }, {}, historyOf(page));
      await rendered(el);
      const [unknown, inherited, refill] = listItems(el);
      expect(cell(unknown!, 'type')).to.equal('cashback_bonus');
      expect(cell(unknown!, 'amount')).to.equal('Amount: +$12.50');
      expect(cell(unknown!, 'note')).to.equal('<img src=x onerror="window.walletHacked=1">');
      expect(unknown!.querySelector('img')).to.equal(null);
      expect((window as { walletHacked?: number }).walletHacked).to.equal(undefined);
      expect(cell(inherited!, 'type')).to.equal('toString');
      expect(cell(inherited!, 'amount')).to.equal('Amount: -$2.50');
      expect(inherited!.querySelector('.tx-note')).to.equal(null);
      expect(cell(refill!, 'type')).to.equal('Refill');
      expect(textOf(el, '.history-status')).to.equal('3 transactions shown. That is the whole history.');
      await expect(el).to.be.accessible();
    });

    it('shows a row once when a page repeats rows already shown', async () => {
      const row = (n: number): WalletTransaction => ({ id: `t_${n}`, type: 'usage', date: `2026-11-${String(n).padStart(2, '0')}T10:00:00Z`, amount: -100, balanceAfter: n * 100 });
      const { el } = await mount({ scenario: 'healthy' }, {}, (inner) => (url, init) => {
        if (!url.includes('/wallet/transactions')) return inner(url, init);
        // An offset cursor after two new arrivals: the second page starts with the first page's last two rows.
        return url.includes('cursor=') ? json({ items: [row(22), row(21), row(20), row(19)], nextCursor: null }) : json({ items: [row(24), row(23), row(22), row(21)], nextCursor: 'page-2' });
      });
      // Four rows are all near the end: the list asks for the next page at once.
      await waitUntil(() => list(el)?.items.length === 6, 'the second page was not loaded', { timeout: 3000 });
      await rendered(el);
      expect(list(el)!.items.map((row) => row.id)).to.deep.equal(['t_24', 't_23', 't_22', 't_21', 't_20', 't_19']);
      expect(listItems(el)[0]!.getAttribute('aria-setsize')).to.equal('6');
      expect(textOf(el, '.history-status')).to.equal('6 transactions shown. That is the whole history.');
    });

    it('says when there is no transaction yet', async () => {
      const { el } = await mount({ scenario: 'empty', today: '2026-12-01' });
      expect(textOf(el, '.history-empty')).to.equal('No transactions yet.');
      expect(list(el)).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('filter', () => {
    it('asks the server for one type (type=) and lists only it; "All types" asks for every type', async () => {
      // About one refill in 60 transactions: enough history for two pages of refills.
      const { el, backend } = await mount({ scenario: 'healthy', transactionCount: 6000 });
      expect(pages(backend).map((request) => request.query)).to.deep.equal([{ limit: '50' }]);
      const everyType = list(el)!.items;
      backend.clearRequests();
      const select = shadow(el).querySelector('select')!;
      expect([...select.options].map((option) => option.textContent)).to.deep.equal(['All types', 'Refills', 'Usage', 'Adjustments', 'Courtesy credits']);
      select.value = 'refill';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      await settled(el);
      await rendered(el);
      expect(pages(backend).map((request) => request.query)).to.deep.equal([{ limit: '50', type: 'refill' }]);
      expect(listItems(el).every((item) => cell(item, 'type') === 'Refill')).to.equal(true);
      await pressLoadMore(el);
      expect(pages(backend).at(-1)?.query['type']).to.equal('refill');
      expect(pages(backend).at(-1)?.query['cursor']).to.be.a('string');
      const asked = pages(backend).length;
      select.value = '';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      await settled(el);
      // Every type's first page, read on mount, is still in the store: it is listed again without a request.
      expect(pages(backend)).to.have.length(asked);
      expect(list(el)!.items.map((row) => row.id)).to.deep.equal(everyType.map((row) => row.id));
      expect(new Set(list(el)!.items.map((row) => row.type)).size).to.be.greaterThan(1);
      // Until the history is invalidated: then every type is asked for again.
      el.refresh();
      await waitUntil(() => pages(backend).length === asked + 1, 'the history was not asked for again', { timeout: 3000 });
      await settled(el);
      expect(pages(backend).at(-1)?.query).to.deep.equal({ limit: '50' });
    });

    it('says when no transaction has the chosen type', async () => {
      const { el } = await mount({ scenario: 'healthy' }, {}, (inner) => (url, init) =>
        url.includes('type=') ? json({ items: [], nextCursor: null }) : inner(url, init),
      );
      const select = shadow(el).querySelector('select')!;
      select.value = 'adjustment';
      select.dispatchEvent(new Event('change'));
      await waitUntil(() => shadow(el).querySelector('.history-empty') !== null, 'no empty message', { timeout: 3000 });
      expect(textOf(el, '.history-empty')).to.equal('No transactions of this type.');
    });
  });

  describe('paging', () => {
    it('reaches the oldest of 1 200 transactions by cursor, pressing "Load more", with a bounded DOM', async function () {
      // Twelve pages through the whole data path: more than the default five seconds on a busy machine.
      this.timeout(30_000);
      const { el, backend } = await mount({ scenario: 'healthy', transactionCount: 1200 }, { pageSize: '100' });
      for (let page = 1; page < 12; page += 1) {
        expect(textOf(el, '.history-status')).to.contain(`${(page * 100).toLocaleString('en-US')} transactions shown`);
        await pressLoadMore(el);
      }
      await rendered(el);
      const requests = pages(backend);
      expect(requests).to.have.length(12);
      expect(requests.every((request) => request.query['limit'] === '100' && request.status === 200)).to.equal(true);
      const cursors = requests.slice(1).map((request) => request.query['cursor']);
      expect(new Set(cursors).size).to.equal(11);
      expect(requests[0]!.query['cursor']).to.equal(undefined);
      expect(textOf(el, '.history-status')).to.equal('1,200 transactions shown. That is the whole history.');
      expect(shadow(el).querySelector('.load-more')).to.equal(null);
      // Focus was on "Load more"; it is gone, so focus lands on the line that says why.
      expect(shadow(el).activeElement).to.equal(shadow(el).querySelector('.history-status'));
      list(el)!.scrollToIndex(1199);
      await waitUntil(() => listItems(el).some((item) => item.getAttribute('aria-posinset') === '1200'), 'the oldest row never rendered', { timeout: 3000 });
      const oldest = listItems(el).find((item) => item.getAttribute('aria-posinset') === '1200')!;
      expect(list(el)!.items.at(-1)?.id).to.equal('t_1');
      expect(['Refill', 'Usage', 'Adjustment', 'Courtesy credit']).to.include(cell(oldest, 'type'));
      expect(listItems(el).length).to.be.within(5, 150);
    });

    it('loads the next page when the list is scrolled near its end', async () => {
      const { el, backend } = await mount({ scenario: 'healthy', transactionCount: 400 });
      await rendered(el);
      // Scrolled again on every check: the virtualizer may still be settling its measured height.
      await waitUntil(
        () => {
          scroller(el).scrollTop = scroller(el).scrollHeight;
          return pages(backend).length === 2;
        },
        'scrolling did not ask for the next page',
        { timeout: 4000 },
      );
      await settled(el);
      expect(pages(backend)[1]!.query['cursor']).to.be.a('string');
      expect(textOf(el, '.history-status')).to.contain('100 transactions shown');
    });

    it('is reached and scrolled by keyboard, which also loads more', async () => {
      const { el, backend } = await mount({ scenario: 'healthy', transactionCount: 400 });
      await rendered(el);
      shadow(el).querySelector('select')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(list(el)!.shadowRoot!.activeElement).to.equal(scroller(el));
      // End again while the virtualizer still settles its measured height (as in the scrolling test above).
      for (let presses = 0; presses < 20 && pages(backend).length < 2; presses++) {
        await sendKeys({ press: 'End' });
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(pages(backend).length, 'End did not load the next page').to.equal(2);
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement?.classList.contains('load-more')).to.equal(true);
    });

    it('a page that fails keeps the rows, shows an inline retry, reports it, and the retry loads it', async () => {
      const { el, backend } = await mount({ scenario: 'healthy', transactionCount: 400 });
      await rendered(el);
      const errors: KayseErrorEvent[] = [];
      el.addEventListener('kayse-error', (event) => errors.push(event));
      backend.addFault({ route: '/wallet/transactions', status: 500, times: 1 });
      await pressLoadMore(el);
      expect(textOf(el, '.history-problem')).to.equal('Older transactions could not be loaded. The billing service had a problem. Try again in a moment. Try again');
      expect(shadow(el).querySelector('.history-problem')!.getAttribute('role')).to.equal('alert');
      expect(list(el)!.items).to.have.length(50);
      expect(listItems(el).length).to.be.greaterThan(0);
      expect(textOf(el, '.history-status')).to.equal('50 transactions shown.');
      expect(errors.map((event) => [event.detail.section, event.detail.operation, event.detail.error.status])).to.deep.equal([['wallet', 'load', 500]]);
      // "Load more" had focus and gave way to the retry.
      expect(shadow(el).activeElement?.classList.contains('history-retry')).to.equal(true);
      await expect(el).to.be.accessible();
      shadow(el).querySelector<HTMLButtonElement>('.history-retry')!.click();
      await waitUntil(() => list(el)?.items.length === 100, 'the retry did not load the page', { timeout: 3000 });
      expect(shadow(el).querySelector('.history-problem')).to.equal(null);
      const failed = pages(backend).at(-2)!;
      expect(failed.status).to.equal(500);
      expect(pages(backend).at(-1)!.query['cursor']).to.equal(failed.query['cursor']);
    });

    it('a first page that fails leaves the wallet shown, with the retry in the history', async () => {
      const backend = createMockBackend({ today: '2026-11-24' });
      backend.addFault({ route: '/wallet/transactions', status: 500, times: 1 });
      const provider = await fixture<KayseBillingProvider>(
        html`<kayse-billing-provider base-url="/api/billing" .fetch=${createMockFetch({ backend })}><kayse-wallet locale="en-US"></kayse-wallet></kayse-billing-provider>`,
      );
      const el = provider.querySelector('kayse-wallet')!;
      await waitUntil(() => shadow(el).querySelector('.history-problem') !== null, 'no history problem', { timeout: 3000 });
      expect(el.matches(':state(ready)')).to.equal(true);
      expect(textOf(el, '.balance-amount')).to.match(/^\$/);
      expect(textOf(el, '.history-problem')).to.contain('The history could not be loaded.');
      await expect(el).to.be.accessible();
      shadow(el).querySelector<HTMLButtonElement>('.history-retry')!.click();
      await settled(el);
      await rendered(el);
      expect(list(el)!.items).to.have.length(50);
    });
  });

  describe('through the provider’s store', () => {
    it('two wallets on one provider list the history from one request per page', async () => {
      const backend = createMockBackend({ today: '2026-11-24', scenario: 'healthy', transactionCount: 400 });
      const provider = await fixture<KayseBillingProvider>(html`<kayse-billing-provider base-url="/api/billing" .fetch=${createMockFetch({ backend })}>
        <kayse-wallet locale="en-US"></kayse-wallet>
        <kayse-wallet locale="en-US"></kayse-wallet>
      </kayse-billing-provider>`);
      const [first, second] = [...provider.querySelectorAll('kayse-wallet')] as [KayseWallet, KayseWallet];
      await settled(first);
      await settled(second);
      expect(pages(backend).map((request) => request.query)).to.deep.equal([{ limit: '50' }]);
      expect(list(second)!.items.map((row) => row.id)).to.deep.equal(list(first)!.items.map((row) => row.id));
      await pressLoadMore(first);
      await pressLoadMore(second);
      expect(pages(backend)).to.have.length(2);
      expect(list(second)!.items.map((row) => row.id)).to.deep.equal(list(first)!.items.map((row) => row.id));
      expect(list(second)!.items).to.have.length(100);
    });
  });

  describe('attributes', () => {
    it('no-history shows no history and never asks for it', async () => {
      const { el, backend } = await mount({ scenario: 'healthy' }, { noHistory: true });
      expect(shadow(el).querySelector('[part="history"]')).to.equal(null);
      expect(pages(backend)).to.deep.equal([]);
      el.noHistory = false;
      await el.updateComplete;
      await settled(el);
      expect(pages(backend)).to.have.length(1);
    });

    const limits = [
      { pageSize: '25', limit: '25' },
      { pageSize: '500', limit: '100' },
      { pageSize: '0', limit: '50' },
      { pageSize: 'many', limit: '50' },
    ];
    for (const { pageSize, limit } of limits) {
      it(`page-size="${pageSize}" asks for pages of ${limit}`, async () => {
        const { backend } = await mount({ scenario: 'healthy' }, { pageSize });
        expect(pages(backend)[0]!.query['limit']).to.equal(limit);
      });
    }

    it('a new page-size starts the history again', async () => {
      const { el, backend } = await mount({ scenario: 'healthy' });
      el.pageSize = 20;
      await el.updateComplete;
      await settled(el);
      expect(pages(backend).map((request) => request.query)).to.deep.equal([{ limit: '50' }, { limit: '20' }]);
    });
  });
});

/** A host for the history alone, to drive its edge cases without the element around it. */
class HistoryHost extends LitElement {
  readonly errors: ApiError[] = [];
  readonly history = new HistoryController(this, (error) => this.errors.push(error));
  override render() {
    return html`${this.history.rows.length}`;
  }
}
defineTag('test-wallet-history-host', HistoryHost);

interface PendingPage {
  readonly query: TransactionQuery;
  readonly signal: AbortSignal | undefined;
  readonly answer: (page: WalletTransactionPage) => void;
  readonly fail: (error: unknown) => void;
}

describe('HistoryController', () => {
  const row = (n: number): WalletTransaction => ({ id: `t_${n}`, type: 'usage', date: '2026-11-20T10:00:00Z', amount: -100, balanceAfter: n * 100 });
  const rows = (...ns: number[]) => ns.map(row);
  let api: FakeBillingApi;
  let pending: PendingPage[];
  let host: HistoryHost;
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  beforeEach(async () => {
    api = new FakeBillingApi();
    pending = [];
    api.getWalletTransactions = (query = {}, options) =>
      new Promise((answer, fail) => pending.push({ query, signal: options?.signal, answer, fail }));
    host = await fixture<HistoryHost>(html`<test-wallet-history-host></test-wallet-history-host>`);
  });

  it('a newer query supersedes an older one: the old page is aborted and its answer dropped', async () => {
    host.history.reset({ store: storeFor(api), limit: 2, types: [] });
    host.history.reset({ store: storeFor(api), limit: 2, types: ['refill'] });
    expect(pending[0]!.signal?.aborted).to.equal(true);
    expect(pending[1]!.query).to.deep.equal({ limit: 2, cursor: null, types: ['refill'] });
    pending[1]!.answer({ items: rows(9), nextCursor: null });
    pending[0]!.answer({ items: rows(5, 4), nextCursor: 'c' });
    await settle();
    expect(host.history.rows.map((r) => r.id)).to.deep.equal(['t_9']);
    expect(host.history.shownTypes).to.deep.equal(['refill']);
    expect(host.history.generation).to.equal(1);
  });

  it('shows no row before what rows need is loaded; a failure to load it fails the page as a network error, and retry() asks again', async () => {
    let needs = 0;
    let loadList: { resolve: () => void; reject: (error: unknown) => void } | undefined;
    const needing = await fixture<HistoryHost>(html`<test-wallet-history-host></test-wallet-history-host>`);
    const history = new HistoryController(needing, (error) => needing.errors.push(error), () => {
      needs += 1;
      return new Promise<void>((resolve, reject) => (loadList = { resolve, reject }));
    });
    history.reset({ store: storeFor(api), limit: 2, types: [] });
    pending[0]!.answer({ items: rows(5, 4), nextCursor: 'c' });
    await settle();
    expect(history.status, 'rows shown before the list could draw them').to.equal('loading');
    loadList!.reject(new TypeError('Failed to fetch dynamically imported module'));
    await settle();
    expect(history.status).to.equal('failed');
    expect(history.error?.kind).to.equal('network');
    expect(needing.errors).to.have.length(1);
    history.retry();
    loadList!.resolve();
    await settle();
    // The page itself came from the store's cache: one request for it in all.
    expect(pending).to.have.length(1);
    expect(history.rows.map((r) => r.id)).to.deep.equal(['t_5', 't_4']);
    // A next page does not wait for it again.
    history.more();
    expect(needs).to.equal(2);
  });

  it('keeps the rows shown while a new query loads, and replaces them when it arrives', async () => {
    host.history.reset({ store: storeFor(api), limit: 2, types: [] });
    pending[0]!.answer({ items: rows(5, 4), nextCursor: 'c' });
    await settle();
    host.history.reset({ store: storeFor(api), limit: 2, types: ['usage'] });
    expect(host.history.rows).to.have.length(2);
    expect(host.history.stale).to.equal(true);
    pending[1]!.answer({ items: rows(3), nextCursor: null });
    await settle();
    expect(host.history.rows.map((r) => r.id)).to.deep.equal(['t_3']);
    expect(host.history.stale).to.equal(false);
  });

  it('asks for one page at a time, none after a failure until retry(), none past the oldest', async () => {
    host.history.reset({ store: storeFor(api), limit: 2, types: [] });
    host.history.more();
    expect(pending).to.have.length(1);
    pending[0]!.answer({ items: rows(5, 4), nextCursor: 'c2' });
    await settle();
    host.history.more();
    pending[1]!.fail(new ApiError({ kind: 'server', status: 500, message: 'down' }));
    await settle();
    expect(host.history.status).to.equal('failed');
    expect(host.errors.map((error) => error.status)).to.deep.equal([500]);
    host.history.more();
    expect(pending).to.have.length(2);
    host.history.retry();
    expect(pending[2]!.query.cursor).to.equal('c2');
    pending[2]!.answer({ items: rows(3), nextCursor: null });
    await settle();
    host.history.more();
    expect(pending).to.have.length(3);
    expect(host.history.rows.map((r) => r.id)).to.deep.equal(['t_5', 't_4', 't_3']);
  });

  it('follows a few pages that add no row, then waits for the user', async () => {
    host.history.reset({ store: storeFor(api), limit: 2, types: [] });
    pending[0]!.answer({ items: rows(5, 4), nextCursor: 'c1' });
    await settle();
    host.history.more();
    for (let i = 1; i <= 4; i += 1) {
      pending[i]!.answer({ items: rows(4), nextCursor: `c${i + 1}` });
      await settle();
    }
    // The page the user asked for, then three more without asking.
    expect(pending).to.have.length(5);
    expect(host.history.status).to.equal('loaded');
    expect(host.history.nextCursor).to.equal('c5');
  });

  it('reads through its client’s store: histories of one query share a request and its answer until the topic is invalidated', async () => {
    const other = await fixture<HistoryHost>(html`<test-wallet-history-host></test-wallet-history-host>`);
    host.history.reset({ store: storeFor(api), limit: 2, types: [] });
    other.history.reset({ store: storeFor(api), limit: 2, types: [] });
    expect(pending).to.have.length(1);
    pending[0]!.answer({ items: rows(5, 4), nextCursor: null });
    await settle();
    expect(other.history.rows.map((r) => r.id)).to.deep.equal(['t_5', 't_4']);
    host.history.reset({ store: storeFor(api), limit: 2, types: [] });
    await settle();
    expect(pending).to.have.length(1);
    expect(host.history.generation).to.equal(2);
    storeFor(api).invalidate(['walletTransactions']);
    host.history.reset({ store: storeFor(api), limit: 2, types: [] });
    expect(pending).to.have.length(2);
  });

  it('a page cut off by a disconnection is asked for again on reconnection', async () => {
    host.history.reset({ store: storeFor(api), limit: 2, types: [] });
    const parent = host.parentElement!;
    host.remove();
    expect(pending[0]!.signal?.aborted).to.equal(true);
    pending[0]!.fail(new DOMException('Aborted', 'AbortError'));
    await settle();
    expect(host.errors).to.deep.equal([]);
    parent.append(host);
    expect(pending).to.have.length(2);
    pending[1]!.answer({ items: rows(2, 1), nextCursor: null });
    await settle();
    expect(host.history.rows).to.have.length(2);
  });
});
