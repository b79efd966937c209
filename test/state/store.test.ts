import { expect } from '@open-wc/testing';
import { BillingStore } from '../../src/state/store.js';
import { FakeBillingApi } from '../helpers/fake-api.js';

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
