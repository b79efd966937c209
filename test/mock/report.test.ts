import { expect } from '@open-wc/testing';
import { ENDPOINTS } from '../../src/api/endpoints.js';
import type { UsageReport, UsageReportRow, UsageTotals } from '../../src/api/schemas.js';
import { createMockBackend } from '../../src/mock/index.js';
import { read } from './helpers.js';

const TODAY = '2026-11-24';
const METRICS = ['calls', 'successfulCalls', 'messages', 'conversions', 'selfHealing', 'courtesyCredits', 'cost'] as const satisfies readonly (keyof UsageTotals)[];

function sums(rows: readonly UsageReportRow[]): UsageTotals {
  const totals: UsageTotals = { calls: 0, successfulCalls: 0, messages: 0, conversions: 0, selfHealing: 0, courtesyCredits: 0, cost: 0 };
  for (const row of rows) for (const metric of METRICS) totals[metric] += row[metric];
  return totals;
}

function orderKey(row: UsageReportRow): [string, string, string] {
  return [row.date, row.agentName, row.campaignName];
}

function expectOrdered(report: UsageReport): void {
  report.rows.forEach((row, i) => {
    const next = report.rows[i + 1];
    if (next === undefined) return;
    const a = orderKey(row);
    const b = orderKey(next);
    const before = a[0] < b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && a[2] < b[2])));
    if (!before) throw new Error(`Rows ${i} and ${i + 1} are out of order: ${a.join(' / ')} then ${b.join(' / ')}`);
  });
}

function expectSensible(rows: readonly UsageReportRow[]): void {
  for (const row of rows) {
    if (row.successfulCalls > row.calls || row.conversions > row.successfulCalls || row.cost <= 0) {
      throw new Error(`Implausible row: ${JSON.stringify(row)}`);
    }
  }
}

describe('mock backend: usage reports', () => {
  it('a high-density month reaches 10 000+ rows, totals equal the sums, rows in order', async function () {
    this.timeout(20_000);
    const backend = createMockBackend({ today: TODAY, reportDensity: 60 });
    const report = await read(backend, ENDPOINTS.getUsageReport, '?month=2026-10');
    expect(report.rows.length).to.be.greaterThan(10_000);
    expect(report.totals).to.deep.equal(sums(report.rows));
    expectOrdered(report);
    expectSensible(report.rows);
    expect(new Set(report.rows.map((row) => `${row.date} ${row.campaignId}`)).size, 'one row per day × campaign').to.equal(report.rows.length);
  });

  it('a default month has realistic rows for several agents and campaigns', async () => {
    const backend = createMockBackend({ today: TODAY });
    const report = await read(backend, ENDPOINTS.getUsageReport, '?month=2026-10');
    expect(report).to.deep.include({ currency: 'USD', from: '2026-10-01', to: '2026-10-31', agentId: null });
    expect(new Set(report.rows.map((row) => row.agentName)).size).to.be.at.least(3);
    expect(new Set(report.rows.map((row) => row.campaignName)).size).to.be.at.least(8);
    expect(report.totals).to.deep.equal(sums(report.rows));
    expectOrdered(report);
    expectSensible(report.rows);
  });

  it('has more than 14 months of history', async () => {
    const backend = createMockBackend({ today: TODAY });
    for (const month of ['2025-08', '2025-09', '2026-01', '2026-06']) {
      expect((await read(backend, ENDPOINTS.getUsageReport, `?month=${month}`)).rows.length, month).to.be.greaterThan(100);
    }
  });

  it('this month’s report costs add up to the current spend', async () => {
    const backend = createMockBackend({ today: TODAY });
    const usage = await read(backend, ENDPOINTS.getCurrentUsage);
    const report = await read(backend, ENDPOINTS.getUsageReport, '?month=2026-11');
    expect(report.totals.cost).to.equal(usage.spent);
    expect(report.totals.courtesyCredits).to.equal(usage.courtesyCredits);
    expect(report.rows.at(-1)?.date).to.equal(TODAY);
  });

  it('a range counts both ends', async () => {
    const backend = createMockBackend({ today: TODAY });
    const report = await read(backend, ENDPOINTS.getUsageReport, '?from=2026-10-05&to=2026-10-06');
    const days = new Set(report.rows.map((row) => row.date));
    expect([...days].sort()).to.deep.equal(['2026-10-05', '2026-10-06']);
  });

  it('scales amounts to currencies with other minor units', async () => {
    const usd = await read(createMockBackend({ today: TODAY }), ENDPOINTS.getUsageReport, '?month=2026-10');
    const jpy = await read(createMockBackend({ today: TODAY, currency: 'JPY' }), ENDPOINTS.getUsageReport, '?month=2026-10');
    const kwd = await read(createMockBackend({ today: TODAY, currency: 'KWD' }), ENDPOINTS.getUsageReport, '?month=2026-10');
    expect(jpy.currency).to.equal('JPY');
    expect(jpy.totals.cost).to.equal(usd.totals.cost);
    expect(kwd.totals.cost).to.equal(usd.totals.cost * 10);
    const wallet = await read(createMockBackend({ today: TODAY, currency: 'KWD' }), ENDPOINTS.getWallet);
    expect(wallet.currency).to.equal('KWD');
    expect(wallet.refillAmount % 10).to.equal(0);
  });
});
