import { expect } from '@open-wc/testing';
import type { BillingApi } from '../../src/api/billing-api.js';
import { BillingStore, reportKey, REPORTS_KEPT, TRANSACTION_PAGES_KEPT, transactionsKey, type Topic } from '../../src/state/store.js';
import { FakeBillingApi } from '../helpers/fake-api.js';

/** One kind of parameterised read: the n-th of many different queries, read through the store. */
interface QueryKind {
  readonly name: string;
  readonly method: keyof BillingApi;
  readonly topic: Topic;
  readonly kept: number;
  readonly read: (store: BillingStore, n: number, signal?: AbortSignal) => Promise<unknown>;
  /** Makes the client's next answers of this kind fail until `restore()`. */
  readonly fail: (api: FakeBillingApi) => () => void;
}

const QUERY_KINDS: readonly QueryKind[] = [
  {
    name: 'usage reports',
    method: 'getUsageReport',
    topic: 'reports',
    kept: REPORTS_KEPT,
    read: (store, n, signal) => store.readReport({ month: `2026-${n}`, agentId: 'ag_1' }, signal),
    fail: (api) => {
      const original = api.getUsageReport;
      api.getUsageReport = () => Promise.reject(new Error('boom'));
      return () => (api.getUsageReport = original);
    },
  },
  {
    name: 'history pages',
    method: 'getWalletTransactions',
    topic: 'walletTransactions',
    kept: TRANSACTION_PAGES_KEPT,
    read: (store, n, signal) => store.readTransactions({ limit: 50, cursor: `c${n}`, types: ['refill'] }, signal),
    fail: (api) => {
      const original = api.getWalletTransactions;
      api.getWalletTransactions = () => Promise.reject(new Error('boom'));
      return () => (api.getWalletTransactions = original);
    },
  },
];

describe('BillingStore', () => {
  let api: FakeBillingApi;
  let store: BillingStore;

  beforeEach(() => {
    api = new FakeBillingApi();
    store = new BillingStore(api);
  });

  describe('reading', () => {
    it('asks once for nine concurrent readers of one resource', async () => {
      const values = await Promise.all(Array.from({ length: 9 }, () => store.read('usage')));
      expect(api.count('getCurrentUsage')).to.equal(1);
      expect(new Set(values).size).to.equal(1);
    });

    it('serves a later read from the cache', async () => {
      await store.read('wallet');
      await store.read('wallet');
      expect(api.count('getWallet')).to.equal(1);
    });

    it('does not cache a failure', async () => {
      let fail = true;
      const original = api.getWallet;
      api.getWallet = (options) => (fail ? Promise.reject(new Error('boom')) : original(options));
      await store.read('wallet').then(
        () => expect.fail('should reject'),
        (error: Error) => expect(error.message).to.equal('boom'),
      );
      fail = false;
      expect((await store.read('wallet')).balance).to.equal(84000);
    });

    it('aborts the shared request only when every reader gave up', async () => {
      api.hold();
      const first = new AbortController();
      const second = new AbortController();
      const a = store.read('usage', first.signal).catch((error: unknown) => error);
      const b = store.read('usage', second.signal);
      first.abort();
      expect(await a).to.be.instanceOf(DOMException);
      expect(api.aborted).to.deep.equal([]);
      api.release();
      expect((await b).spent).to.equal(412350);
    });

    it('aborts the request when its only reader gives up', async () => {
      api.hold();
      const controller = new AbortController();
      const pending = store.read('usage', controller.signal).catch((error: unknown) => error);
      controller.abort();
      await pending;
      expect(api.aborted).to.deep.equal(['getCurrentUsage']);
    });
  });

  describe('saving', () => {
    it('caches the saved cap and reloads usage and alerts, not the rest', async () => {
      await Promise.all([store.read('usage'), store.read('alerts'), store.read('wallet'), store.read('spendingCap')]);
      const notified: string[][] = [];
      store.subscribe((topics) => notified.push([...topics].sort()));
      const saved = await store.save('spendingCap', { enabled: true, amount: 700000, version: 1 });
      expect(saved.amount).to.equal(700000);
      expect(notified).to.deep.equal([['alerts', 'spendingCap', 'usage']]);
      expect(store.peek('spendingCap')).to.equal(saved);
      expect(store.peek('usage')).to.equal(undefined);
      await store.read('usage');
      await store.read('wallet');
      expect(api.count('getCurrentUsage')).to.equal(2);
      expect(api.count('getWallet')).to.equal(1);
    });

    it('reloads access, usage, alerts, scheduled emails and the wallet after preferences', async () => {
      await store.read('access');
      const notified: string[] = [];
      store.subscribe((topics) => notified.push(...topics));
      await store.save('preferences', { primaryContactId: 'u_12', version: 3 });
      expect(notified).to.include.members(['preferences', 'access', 'usage', 'alerts', 'scheduledEmails', 'wallet', 'walletTransactions']);
      await store.read('access');
      expect(api.count('getAccess')).to.equal(2);
    });

    it('passes the idempotency key to the client', async () => {
      await store.save('alerts', { thresholdAlertEnabled: true, recipients: [], version: 2 }, { idempotencyKey: 'k-1' });
      expect(api.calls.at(-1)?.options).to.deep.equal({ idempotencyKey: 'k-1' });
    });
  });

  describe('query keys', () => {
    it('name a report by its period and agent, whatever the order of fields or an absent agent', () => {
      expect(reportKey({ month: '2026-10' })).to.equal(reportKey({ agentId: null, month: '2026-10' }));
      expect(reportKey({ from: '2026-10-01', to: '2026-10-31' })).to.equal(reportKey({ to: '2026-10-31', from: '2026-10-01', agentId: null }));
      const keys = [
        reportKey({ month: '2026-10' }),
        reportKey({ month: '2026-10', agentId: 'ag_1' }),
        reportKey({ month: '2026-09' }),
        reportKey({ from: '2026-10-01', to: '2026-10-31' }),
      ];
      expect(new Set(keys).size).to.equal(keys.length);
    });

    it('name a history page by its size, cursor and types', () => {
      expect(transactionsKey({ limit: 50 })).to.equal(transactionsKey({ cursor: null, limit: 50, types: [] }));
      const keys = [
        transactionsKey({ limit: 50 }),
        transactionsKey({ limit: 20 }),
        transactionsKey({ limit: 50, cursor: 'c1' }),
        transactionsKey({ limit: 50, types: ['refill'] }),
        transactionsKey({ limit: 50, types: ['refill', 'usage'] }),
      ];
      expect(new Set(keys).size).to.equal(keys.length);
    });
  });

  for (const kind of QUERY_KINDS) {
    describe(`reading ${kind.name}`, () => {
      it('asks once for two concurrent readers of one query, and again for another query', async () => {
        const [a, b] = await Promise.all([kind.read(store, 1), kind.read(store, 1)]);
        expect(api.count(kind.method)).to.equal(1);
        expect(a).to.equal(b);
        await kind.read(store, 2);
        expect(api.count(kind.method)).to.equal(2);
      });

      it('serves a later read of the same query from the cache', async () => {
        const first = await kind.read(store, 1);
        expect(await kind.read(store, 1)).to.equal(first);
        expect(api.count(kind.method)).to.equal(1);
      });

      it('does not cancel a reader’s request when another reader gives up', async () => {
        api.hold();
        const first = new AbortController();
        const a = kind.read(store, 1, first.signal).catch((error: unknown) => error);
        const b = kind.read(store, 1, new AbortController().signal);
        first.abort();
        expect(await a).to.be.instanceOf(DOMException);
        expect(api.aborted).to.deep.equal([]);
        api.release();
        expect(await b).to.be.an('object');
        expect(api.count(kind.method)).to.equal(1);
      });

      it('aborts the request when every reader gave up, and the next read asks again', async () => {
        api.hold();
        const readers = [new AbortController(), new AbortController()];
        const reads = readers.map((reader) => kind.read(store, 1, reader.signal).catch((error: unknown) => error));
        for (const reader of readers) reader.abort();
        for (const read of reads) expect(await read).to.be.instanceOf(DOMException);
        expect(api.aborted).to.deep.equal([kind.method]);
        api.release();
        await kind.read(store, 1);
        expect(api.count(kind.method)).to.equal(2);
      });

      it('does not cache a failure', async () => {
        const restore = kind.fail(api);
        await kind.read(store, 1).then(
          () => expect.fail('should reject'),
          (error: Error) => expect(error.message).to.equal('boom'),
        );
        restore();
        expect(await kind.read(store, 1)).to.be.an('object');
        await kind.read(store, 1);
        expect(api.count(kind.method)).to.equal(1);
      });

      it(`asks again once ${kind.topic} is invalidated or everything is refreshed, not for other topics`, async () => {
        await kind.read(store, 1);
        store.invalidate(['usage', 'wallet', 'agents']);
        await kind.read(store, 1);
        expect(api.count(kind.method)).to.equal(1);
        store.invalidate([kind.topic]);
        await kind.read(store, 1);
        expect(api.count(kind.method)).to.equal(2);
        store.refresh();
        await kind.read(store, 1);
        expect(api.count(kind.method)).to.equal(3);
      });

      it(`keeps the ${kind.kept} queries read last`, async () => {
        for (let n = 0; n < kind.kept; n += 1) await kind.read(store, n);
        // Read again, the first query is the newest; the second is now the one read longest ago.
        await kind.read(store, 0);
        await kind.read(store, kind.kept);
        expect(api.count(kind.method)).to.equal(kind.kept + 1);
        await kind.read(store, 0);
        await kind.read(store, kind.kept - 1);
        expect(api.count(kind.method)).to.equal(kind.kept + 1);
        await kind.read(store, 1);
        expect(api.count(kind.method)).to.equal(kind.kept + 2);
      });
    });
  }

  describe('saving and queries', () => {
    it('new refill settings forget the history pages, not the reports', async () => {
      await Promise.all([store.readTransactions({ limit: 50 }), store.readReport({ month: '2026-10' })]);
      await store.save('wallet', { refillAmount: 50000, refillThreshold: 10000, version: 5 });
      await Promise.all([store.readTransactions({ limit: 50 }), store.readReport({ month: '2026-10' })]);
      expect(api.count('getWalletTransactions')).to.equal(2);
      expect(api.count('getUsageReport')).to.equal(1);
    });
  });

  describe('refresh', () => {
    it('forgets every resource and tells subscribers', async () => {
      await store.read('usage');
      const notified: string[] = [];
      store.subscribe((topics) => notified.push(...topics));
      store.refresh();
      expect(notified).to.include.members(['usage', 'access', 'wallet', 'walletTransactions', 'reports']);
      await store.read('usage');
      expect(api.count('getCurrentUsage')).to.equal(2);
    });

    it('stops telling a listener that unsubscribed', () => {
      let heard = 0;
      const unsubscribe = store.subscribe(() => (heard += 1));
      unsubscribe();
      store.refresh();
      expect(heard).to.equal(0);
    });
  });
});
