import { expect } from '@open-wc/testing';
import { ENDPOINTS } from '../../src/api/endpoints.js';
import { createMockBackend } from '../../src/mock/index.js';
import { read, versionOf } from './helpers.js';

describe('mock backend: simulator', () => {
  it('advances today and raises spent by each day’s usage', async () => {
    const backend = createMockBackend({ today: '2026-11-10' });
    const before = await read(backend, ENDPOINTS.getCurrentUsage);
    backend.simulateDays(3);
    expect(backend.state.today).to.equal('2026-11-13');
    const after = await read(backend, ENDPOINTS.getCurrentUsage);
    expect(after.daily).to.have.length(13);
    expect(after.spent).to.be.greaterThan(before.spent);
    expect(after.daily.slice(0, 10)).to.deep.equal(before.daily);
    expect(after.daily.reduce((sum, day) => sum + day.amount, 0)).to.equal(after.spent);
    expect(after.asOf).to.not.equal(before.asOf);
  });

  it('crosses into near_cap, then cap_reached, then pauses campaigns', async () => {
    const backend = createMockBackend({ today: '2026-11-05' });
    const start = await read(backend, ENDPOINTS.getCurrentUsage);
    // A cap a little under the month's pace: reached well before the month ends.
    backend.patch('spendingCap', { enabled: true, amount: Math.round(start.projected * 0.7) });
    expect((await read(backend, ENDPOINTS.getCurrentUsage)).status).to.equal('within_cap');
    const seen: string[] = [];
    for (let day = 0; day < 25; day++) {
      backend.simulateDays(1);
      const usage = await read(backend, ENDPOINTS.getCurrentUsage);
      if (seen.at(-1) !== usage.status) seen.push(usage.status);
    }
    expect(seen).to.deep.equal(['within_cap', 'near_cap', 'cap_reached'].slice(seen[0] === 'within_cap' ? 0 : 1));
    const final = await read(backend, ENDPOINTS.getCurrentUsage);
    expect(final.campaignsPaused).to.equal(true);
    expect(final.daily.at(-1)?.amount, 'nothing runs while paused').to.equal(0);
    expect(final.projected).to.equal(final.spent);
  });

  it('resumes campaigns when the cap is raised', async () => {
    const backend = createMockBackend({ scenario: 'cap_reached', today: '2026-11-10' });
    backend.simulateDays(1);
    expect((await read(backend, ENDPOINTS.getCurrentUsage)).daily.at(-1)?.amount).to.equal(0);
    backend.patch('spendingCap', { enabled: false, amount: null });
    backend.simulateDays(2);
    const usage = await read(backend, ENDPOINTS.getCurrentUsage);
    expect(usage.status).to.equal('no_cap');
    expect(usage.daily.slice(-2).some((day) => day.amount > 0)).to.equal(true);
  });

  it('rolls the period over at the month end', async () => {
    const backend = createMockBackend({ scenario: 'cap_reached', today: '2026-11-29' });
    backend.simulateDays(3);
    const usage = await read(backend, ENDPOINTS.getCurrentUsage);
    expect(usage.period).to.deep.equal({ start: '2026-12-01', end: '2026-12-31' });
    expect(usage.daily.map((day) => day.date)).to.deep.equal(['2026-12-01', '2026-12-02']);
    expect(usage.spent, 'campaigns run again in a new period').to.be.greaterThan(0);
  });

  it('charges the wallet, queues a refill at the threshold and posts it the next day', async () => {
    const backend = createMockBackend({ scenario: 'wallet_low', today: '2026-11-10' });
    let wallet = await read(backend, ENDPOINTS.getWallet);
    const startVersion = wallet.version;
    let pendingSeen = false;
    for (let day = 0; day < 30 && !pendingSeen; day++) {
      backend.simulateDays(1);
      wallet = await read(backend, ENDPOINTS.getWallet);
      pendingSeen = wallet.refillPending;
    }
    expect(pendingSeen, 'the balance reached the threshold').to.equal(true);
    expect(wallet.balance).to.be.at.most(wallet.refillThreshold);
    expect(wallet.estimatedDaysUntilRefill).to.equal(0);
    expect(wallet.version).to.be.greaterThan(startVersion);

    const balanceBefore = wallet.balance;
    backend.simulateDays(1);
    const after = await read(backend, ENDPOINTS.getWallet);
    expect(after.refillPending).to.equal(false);
    // The day's postings: the morning refill first, then each agent's usage (and any credit).
    const page = await read(backend, ENDPOINTS.getWalletTransactions, '?limit=20');
    const day = page.items.slice(0, page.items.findIndex((item) => item.type === 'refill') + 1);
    expect(day.at(-1)?.amount).to.equal(after.refillAmount);
    expect(day.some((item) => item.type === 'usage')).to.equal(true);
    expect(after.balance).to.equal(balanceBefore + day.reduce((sum, item) => sum + item.amount, 0));
    const usage = await read(backend, ENDPOINTS.getCurrentUsage);
    const debits = day.filter((item) => item.type === 'usage').reduce((sum, item) => sum - item.amount, 0);
    expect(debits, "the day's debits are the day's cost").to.equal(usage.daily.at(-1)?.amount);
  });

  it('bumps the wallet version on every change and leaves other versions alone', async () => {
    const backend = createMockBackend({ today: '2026-11-10' });
    const wallet = await versionOf(backend, '/wallet');
    const cap = await versionOf(backend, '/spending-cap');
    backend.simulateDays(2);
    expect(await versionOf(backend, '/wallet')).to.equal(wallet + 2);
    expect(await versionOf(backend, '/spending-cap')).to.equal(cap);
  });

  it('lets the empty company start using the product', async () => {
    const backend = createMockBackend({ scenario: 'empty', today: '2026-11-10' });
    backend.simulateDays(2);
    expect((await read(backend, ENDPOINTS.getCurrentUsage)).spent).to.be.greaterThan(0);
    expect((await read(backend, ENDPOINTS.getWalletTransactions)).items.length).to.be.greaterThan(0);
  });

  it('refuses a non-whole or non-positive number of days', () => {
    const backend = createMockBackend({ today: '2026-11-10' });
    expect(() => backend.simulateDays(0)).to.throw(RangeError);
    expect(() => backend.simulateDays(1.5)).to.throw(RangeError);
  });
});
