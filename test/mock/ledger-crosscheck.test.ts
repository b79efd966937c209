// The mock's figures add up everywhere: current usage, the month's report and the wallet's
// history are all read from one usage book, in every scenario and after simulated days.
import { expect } from '@open-wc/testing';
import { ENDPOINTS } from '../../src/api/endpoints.js';
import type { CurrentUsage, WalletTransaction } from '../../src/api/schemas.js';
import { dayOfInstant } from '../../src/core/calendar.js';
import { createMockBackend, type MockBackend } from '../../src/mock/index.js';
import { SCENARIOS } from '../../src/mock/scenarios.js';
import { allPages, read } from './helpers.js';

const TODAY = '2026-11-24';

/** The history, newest first, back to (and a little past) the first day of `since`. */
async function historySince(backend: MockBackend, since: string, timezone: string): Promise<WalletTransaction[]> {
  const items: WalletTransaction[] = [];
  let cursor: string | null = null;
  do {
    const suffix: string = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`;
    const page = await read(backend, ENDPOINTS.getWalletTransactions, `?limit=100${suffix}`);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null && dayOfInstant(items.at(-1)!.date, timezone) >= since);
  return items;
}

const inPeriod = (usage: CurrentUsage) => (item: WalletTransaction) => {
  const day = dayOfInstant(item.date, usage.timezone);
  return day >= usage.period.start && day <= usage.period.end;
};
const sum = (items: readonly WalletTransaction[]) => items.reduce((total, item) => total + item.amount, 0);

async function expectFiguresAddUp(backend: MockBackend, label: string): Promise<void> {
  const usage = await read(backend, ENDPOINTS.getCurrentUsage);
  const report = await read(backend, ENDPOINTS.getUsageReport, `?month=${usage.period.start.slice(0, 7)}`);
  expect(report.totals.cost, `${label}: the month's report totals the spend`).to.equal(usage.spent);
  expect(report.totals.courtesyCredits, `${label}: the month's report totals the courtesy credits`).to.equal(usage.courtesyCredits);
  expect(usage.daily.reduce((total, day) => total + day.amount, 0), `${label}: the days add up to the spend`).to.equal(usage.spent);

  const access = await read(backend, ENDPOINTS.getAccess);
  if (access.sections.wallet === 'hidden') return;
  const wallet = await read(backend, ENDPOINTS.getWallet);
  const history = await historySince(backend, usage.period.start, usage.timezone);
  const month = history.filter(inPeriod(usage));
  expect(-sum(month.filter((item) => item.type === 'usage')), `${label}: the month's usage debits are the spend`).to.equal(usage.spent);
  expect(sum(month.filter((item) => item.type === 'courtesy_credit')), `${label}: the month's credits are the usage's`).to.equal(usage.courtesyCredits);
  expect(history[0]?.balanceAfter ?? wallet.balance, `${label}: the newest balance is the wallet's`).to.equal(wallet.balance);
  history.slice(1).forEach((older, i) => {
    const newer = history[i]!;
    expect(newer.balanceAfter, `${label}: ${newer.id} follows from ${older.id}`).to.equal(older.balanceAfter + newer.amount);
  });
}

describe('mock backend: one ledger', () => {
  for (const scenario of SCENARIOS) {
    it(`${scenario}: usage, the month's report and the wallet history agree, today and after 40 simulated days`, async () => {
      const backend = createMockBackend({ scenario, today: TODAY });
      await expectFiguresAddUp(backend, `${scenario} today`);
      backend.simulateDays(40);
      await expectFiguresAddUp(backend, `${scenario} after 40 days`);
    });
  }

  it('refills at different times leave different balances, each after a day that ended at or below the threshold', async () => {
    const backend = createMockBackend({ scenario: 'healthy', today: TODAY, transactionCount: 3000 });
    const wallet = await read(backend, ENDPOINTS.getWallet);
    const items = (await allPages(backend, 'limit=100')).flat();
    const refills = items.filter((item) => item.type === 'refill' && item.note === 'Automatic refill');
    expect(refills.length).to.be.greaterThan(10);
    expect(new Set(refills.map((refill) => refill.balanceAfter)).size, 'distinct balances after refills').to.equal(refills.length);
    for (const refill of refills) expect(refill.balanceAfter - refill.amount, `before ${refill.id}`).to.be.at.most(wallet.refillThreshold);
  });

  it('a pinned daily cost shows in the report and the wallet as in current usage', async () => {
    const backend = createMockBackend({ scenario: 'healthy', today: TODAY });
    backend.patch('usage', { daily: [{ date: '2026-11-20', amount: 123_457 }] });
    const report = await read(backend, ENDPOINTS.getUsageReport, '?from=2026-11-20&to=2026-11-20');
    expect(report.totals.cost).to.equal(123_457);
    await expectFiguresAddUp(backend, 'pinned');
  });
});
