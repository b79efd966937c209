import { expect } from '@open-wc/testing';
import { ENDPOINTS } from '../../src/api/endpoints.js';
import type { WalletTransaction } from '../../src/api/schemas.js';
import { createMockBackend } from '../../src/mock/index.js';
import { allPages, read } from './helpers.js';

const TODAY = '2026-11-24';

/** Newest first, each balanceAfter is the older item's balanceAfter plus the newer's amount. */
function expectChained(items: readonly WalletTransaction[]): void {
  for (let i = 0; i + 1 < items.length; i++) {
    const newer = items[i];
    const older = items[i + 1];
    if (newer === undefined || older === undefined) throw new Error('Missing item');
    if (newer.balanceAfter !== older.balanceAfter + newer.amount) {
      throw new Error(`Broken chain between ${older.id} and ${newer.id}`);
    }
    if (!(Date.parse(newer.date) > Date.parse(older.date))) throw new Error(`Not newest first at ${newer.id}`);
  }
}

describe('mock backend: wallet transactions', () => {
  describe('a 100 000-transaction history', () => {
    const backend = createMockBackend({ today: TODAY, transactionCount: 100_000 });

    it('pages with limit 100 to its end: 1 000 pages, no duplicates, chained across pages', async function () {
      this.timeout(60_000);
      const pages = await allPages(backend, 'limit=100');
      expect(pages).to.have.length(1000);
      expect(pages.every((page) => page.length === 100)).to.equal(true);
      const items = pages.flat();
      expect(new Set(items.map((item) => item.id)).size).to.equal(100_000);
      expectChained(items);
      const wallet = await read(backend, ENDPOINTS.getWallet);
      expect(items[0]?.balanceAfter, 'the newest balance is the wallet balance').to.equal(wallet.balance);
    });

    it('answers a page far down the history as fast as the first', async () => {
      const first = await read(backend, ENDPOINTS.getWalletTransactions, '?limit=100');
      const start = performance.now();
      let cursor = first.nextCursor;
      for (let i = 0; i < 5 && cursor !== null; i++) {
        cursor = (await read(backend, ENDPOINTS.getWalletTransactions, `?limit=100&cursor=${encodeURIComponent(cursor)}`)).nextCursor;
      }
      expect(performance.now() - start).to.be.lessThan(1000);
    });

    it('pages a type filter the same way, to a null nextCursor', async function () {
      this.timeout(30_000);
      const pages = await allPages(backend, 'limit=100&type=refill');
      const items = pages.flat();
      expect(items.length).to.be.greaterThan(100);
      expect(items.every((item) => item.type === 'refill')).to.equal(true);
      expect(new Set(items.map((item) => item.id)).size).to.equal(items.length);
      expect(pages.slice(0, -1).every((page) => page.length === 100)).to.equal(true);
    });

    it('filters by several types', async () => {
      const page = await read(backend, ENDPOINTS.getWalletTransactions, '?limit=100&type=adjustment,courtesy_credit');
      expect(page.items.length).to.be.greaterThan(0);
      expect(page.items.every((item) => item.type === 'adjustment' || item.type === 'courtesy_credit')).to.equal(true);
    });
  });

  it('has 1 200 transactions by default, 50 to a page, with every contract type', async () => {
    const backend = createMockBackend({ today: TODAY });
    const first = await read(backend, ENDPOINTS.getWalletTransactions);
    expect(first.items).to.have.length(50);
    const items = (await allPages(backend, 'limit=100')).flat();
    expect(items).to.have.length(1200);
    expectChained(items);
    expect(new Set(items.map((item) => item.type))).to.have.keys(['refill', 'usage', 'adjustment', 'courtesy_credit']);
    // Today's postings are the newest (the usage summary counts today's spend too), none later.
    expect(Date.parse(items[0]?.date ?? '')).to.be.lessThan(Date.parse('2026-11-25T06:00:00Z'));
    expect(Date.parse(items[0]?.date ?? '')).to.be.greaterThan(Date.parse('2026-11-24T06:00:00Z'));
  });

  it('clamps the limit to 100', async () => {
    const backend = createMockBackend({ today: TODAY });
    expect((await read(backend, ENDPOINTS.getWalletTransactions, '?limit=500')).items).to.have.length(100);
  });

  it('an unmatched type gives an empty last page', async () => {
    const backend = createMockBackend({ today: TODAY, transactionCount: 300 });
    expect(await read(backend, ENDPOINTS.getWalletTransactions, '?type=chargeback')).to.deep.equal({ items: [], nextCursor: null });
  });

  it('keeps a cursor good while new transactions arrive at the top', async () => {
    const backend = createMockBackend({ today: TODAY, transactionCount: 300 });
    const first = await read(backend, ENDPOINTS.getWalletTransactions, '?limit=10');
    const cursor = first.nextCursor ?? '';
    const before = await read(backend, ENDPOINTS.getWalletTransactions, `?limit=10&cursor=${encodeURIComponent(cursor)}`);
    backend.simulateDays(3);
    const after = await read(backend, ENDPOINTS.getWalletTransactions, `?limit=10&cursor=${encodeURIComponent(cursor)}`);
    expect(after).to.deep.equal(before);
    const top = await read(backend, ENDPOINTS.getWalletTransactions, '?limit=100');
    expectChained(top.items);
  });

  it('keeps the chain when a patch sets the balance', async () => {
    const backend = createMockBackend({ today: TODAY, transactionCount: 300 });
    backend.patch('wallet', { balance: -2500 });
    const page = await read(backend, ENDPOINTS.getWalletTransactions, '?limit=100');
    expect(page.items[0]?.balanceAfter).to.equal(-2500);
    expectChained(page.items);
    expect((await read(backend, ENDPOINTS.getWallet)).balance).to.equal(-2500);
  });
});
