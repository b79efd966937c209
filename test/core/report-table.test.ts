import { expect } from '@open-wc/testing';
import {
  compareCodeUnits,
  compareGroups,
  dailyBreakdown,
  groupKey,
  groupRows,
  isExactSum,
  netCost,
  sortGroups,
  successRate,
  tableTotals,
  type GroupBy,
  type ReportGroup,
  type ReportSortKey,
  type UsageRow,
} from '../../src/core/report-table.js';

const metrics = (calls: number, cost: number, extra: Partial<UsageRow> = {}) => ({
  calls,
  successfulCalls: Math.floor(calls / 2),
  messages: calls * 2,
  conversions: calls > 10 ? 1 : 0,
  selfHealing: 0,
  courtesyCredits: 0,
  cost,
  ...extra,
});

const row = (date: string, agentId: string, agentName: string, campaignId: string, campaignName: string, calls: number, cost: number, extra: Partial<UsageRow> = {}): UsageRow => ({
  date,
  agentId,
  agentName,
  campaignId,
  campaignName,
  ...metrics(calls, cost, extra),
});

// In the server's order: by date, then agent name, then campaign name.
const ROWS: UsageRow[] = [
  row('2026-10-01', 'ag_2', 'Follow-up Agent', 'c_5', 'Unsigned retainer', 4, 500),
  row('2026-10-01', 'ag_1', 'Intake Agent', 'c_1', 'Web lead callback', 12, 1500),
  row('2026-10-01', 'ag_1', 'Intake Agent', 'c_2', 'Álvaro intake', 3, 250, { selfHealing: 1, courtesyCredits: 100 }),
  row('2026-10-02', 'ag_1', 'Intake Agent', 'c_1', 'Web lead callback', 8, 1000),
  row('2026-10-31', 'ag_2', 'Follow-up Agent', 'c_5', 'Unsigned retainer', 0, 0),
  row('2026-10-31', 'ag_1', 'Intake Agent', 'c_2', 'Álvaro intake', 1, 90),
];

const collator = new Intl.Collator('en-US', { numeric: true, sensitivity: 'base' });
const keys = (groups: readonly ReportGroup[]) => groups.map((group) => (group.campaignId === null ? group.agentId : `${group.agentId}/${group.campaignId}`));

describe('report-table', () => {
  describe('successRate', () => {
    const cases = [
      { calls: 0, successfulCalls: 0, expected: null },
      { calls: 120, successfulCalls: 88, expected: (88 / 120) * 100 },
      { calls: 10, successfulCalls: 10, expected: 100 },
      { calls: 10, successfulCalls: 0, expected: 0 },
      { calls: 3, successfulCalls: 1, expected: 100 / 3 },
      { calls: 1e12, successfulCalls: 8e11, expected: 80 },
    ];
    for (const c of cases) {
      it(`${c.successfulCalls} of ${c.calls} calls → ${String(c.expected)}`, () => {
        const rate = successRate(c);
        if (c.expected === null) expect(rate).to.equal(null);
        else expect(rate).to.be.closeTo(c.expected, 1e-9);
      });
    }
  });

  describe('netCost', () => {
    const cases = [
      { name: 'no cost, no credits', cost: 0, courtesyCredits: 0, expected: 0 },
      { name: 'no credits', cost: 18_450, courtesyCredits: 0, expected: 18_450 },
      { name: 'credits under the cost', cost: 106_556, courtesyCredits: 1_750, expected: 104_806 },
      { name: 'credits equal to the cost', cost: 1_250, courtesyCredits: 1_250, expected: 0 },
      { name: 'credits over the cost: negative', cost: 500, courtesyCredits: 1_250, expected: -750 },
      { name: 'the largest exact cost', cost: Number.MAX_SAFE_INTEGER, courtesyCredits: 1, expected: 9_007_199_254_740_990 },
      { name: 'only credits, as large as can be', cost: 0, courtesyCredits: Number.MAX_SAFE_INTEGER, expected: -Number.MAX_SAFE_INTEGER },
    ];
    for (const c of cases) {
      it(`${c.name} → ${c.expected}`, () => {
        const net = netCost(c);
        expect(net).to.equal(c.expected);
        expect(Number.isSafeInteger(net)).to.equal(true);
      });
    }
  });

  describe('tableTotals', () => {
    it('sums every figure of the rows, with the rate of the sums (not the mean of rates)', () => {
      const totals = tableTotals(groupRows(ROWS, 'campaign'));
      expect(totals).to.deep.equal({
        calls: 28,
        // Each row's successful calls are half its calls, rounded down: 2 + 6 + 1 + 4 + 0 + 0.
        successfulCalls: 13,
        messages: 56,
        conversions: 1,
        selfHealing: 1,
        courtesyCredits: 100,
        cost: 3340,
        successRate: (13 / 28) * 100,
      });
    });

    it('groups and days of the same rows add up to the same totals', () => {
      expect(tableTotals(groupRows(ROWS, 'agent'))).to.deep.equal(tableTotals(dailyBreakdown(ROWS)));
    });

    it('cents add up without float drift (10 + 20 is 30, where 0.1 + 0.2 is not 0.3)', () => {
      const rows = [row('2026-10-01', 'a', 'A', 'c', 'C', 1, 10), row('2026-10-02', 'a', 'A', 'c', 'C', 1, 20)];
      expect(tableTotals(rows).cost).to.equal(30);
    });

    it('no rows: zeros and no rate', () => {
      expect(tableTotals([])).to.deep.equal({ calls: 0, successfulCalls: 0, messages: 0, conversions: 0, selfHealing: 0, courtesyCredits: 0, cost: 0, successRate: null });
    });

    it('a sum up to 2^53 − 1 is exact; past it, it says so', () => {
      const half = 2 ** 52;
      const exact = tableTotals([row('2026-10-01', 'a', 'A', 'c', 'C', 1, half - 1), row('2026-10-02', 'a', 'A', 'c', 'C', 1, half)]);
      expect(exact.cost).to.equal(Number.MAX_SAFE_INTEGER);
      expect(isExactSum(exact.cost)).to.equal(true);
      const past = tableTotals([row('2026-10-01', 'a', 'A', 'c', 'C', 1, Number.MAX_SAFE_INTEGER), row('2026-10-02', 'a', 'A', 'c', 'C', 1, 1)]);
      expect(isExactSum(past.cost)).to.equal(false);
    });
  });

  describe('isExactSum', () => {
    const cases: [number, boolean][] = [
      [0, true],
      [-750, true],
      [Number.MAX_SAFE_INTEGER, true],
      [Number.MAX_SAFE_INTEGER + 1, false],
      [-Number.MAX_SAFE_INTEGER - 1, false],
      [0.5, false],
      [Number.NaN, false],
    ];
    for (const [value, expected] of cases) {
      it(`${value} → ${String(expected)}`, () => {
        expect(isExactSum(value)).to.equal(expected);
      });
    }
  });

  describe('groupRows', () => {
    it('sums each agent and campaign, ordered by agent then campaign in the locale', () => {
      const groups = groupRows(ROWS, 'campaign', collator.compare);
      expect(keys(groups)).to.deep.equal(['ag_2/c_5', 'ag_1/c_2', 'ag_1/c_1']);
      const web = groups.find((group) => group.campaignId === 'c_1')!;
      expect(web).to.deep.include({ agentName: 'Intake Agent', campaignName: 'Web lead callback', calls: 20, successfulCalls: 10, messages: 40, conversions: 1, cost: 2500, activeDays: 2 });
      expect(web.successRate).to.equal(50);
      const alvaro = groups.find((group) => group.campaignId === 'c_2')!;
      expect(alvaro).to.deep.include({ calls: 4, selfHealing: 1, courtesyCredits: 100, cost: 340, activeDays: 2 });
    });

    it('a day with rows but no calls has no success rate', () => {
      const groups = groupRows([ROWS[4]!], 'campaign');
      expect(groups[0]!.successRate).to.equal(null);
      expect(groups[0]!.activeDays).to.equal(1);
    });

    it('code-unit order by default, where "Á" sorts after "W"', () => {
      expect(keys(groupRows(ROWS, 'campaign'))).to.deep.equal(['ag_2/c_5', 'ag_1/c_1', 'ag_1/c_2']);
    });

    it('one line per agent, without campaign', () => {
      const groups = groupRows(ROWS, 'agent', collator.compare);
      expect(keys(groups)).to.deep.equal(['ag_2', 'ag_1']);
      expect(groups[1]).to.deep.include({ campaignId: null, campaignName: null, calls: 24, cost: 2840, activeDays: 3 });
    });

    it('no rows, no groups', () => {
      for (const by of ['agent', 'campaign'] as GroupBy[]) expect(groupRows([], by)).to.deep.equal([]);
    });

    it('campaigns of the same name under two agents stay apart; equal names keep an order by id', () => {
      const rows = [row('2026-10-01', 'ag_9', 'Same', 'c_2', 'Same', 1, 1), row('2026-10-01', 'ag_8', 'Same', 'c_1', 'Same', 2, 2)];
      expect(keys(groupRows(rows, 'campaign'))).to.deep.equal(['ag_8/c_1', 'ag_9/c_2']);
    });

    it('ids with any characters cannot collide', () => {
      expect(groupKey({ agentId: 'a","b', campaignId: 'c' }, 'campaign')).not.to.equal(groupKey({ agentId: 'a', campaignId: 'b","c' }, 'campaign'));
      const rows = [row('2026-10-01', 'a\u0000b', 'A', 'c', 'C', 1, 1), row('2026-10-01', 'a', 'A', 'b\u0000c', 'C', 1, 1)];
      expect(groupRows(rows, 'campaign')).to.have.length(2);
    });

    it('large sums stay exact integers up to 2^53', () => {
      const big = Math.floor(Number.MAX_SAFE_INTEGER / 4);
      const rows = [row('2026-10-01', 'a', 'A', 'c', 'C', 1, big), row('2026-10-02', 'a', 'A', 'c', 'C', 1, big)];
      expect(groupRows(rows, 'campaign')[0]!.cost).to.equal(big * 2);
    });

    it('groups 100 000 rows in well under a second', () => {
      const many: UsageRow[] = [];
      for (let i = 0; i < 100_000; i++) many.push(row(`2026-10-${String((i % 31) + 1).padStart(2, '0')}`, `ag_${i % 4}`, `Agent ${i % 4}`, `c_${i % 600}`, `Campaign ${i % 600}`, 3, 120));
      const start = performance.now();
      const groups = groupRows(many, 'campaign', collator.compare);
      expect(performance.now() - start).to.be.below(1000);
      expect(groups).to.have.length(600);
      expect(groups.reduce((sum, group) => sum + group.calls, 0)).to.equal(300_000);
    });
  });

  describe('sortGroups', () => {
    const groups = groupRows(ROWS, 'campaign', collator.compare);
    const cases: { key: ReportSortKey; direction: 'ascending' | 'descending'; expected: string[] }[] = [
      { key: 'cost', direction: 'ascending', expected: ['ag_1/c_2', 'ag_2/c_5', 'ag_1/c_1'] },
      { key: 'cost', direction: 'descending', expected: ['ag_1/c_1', 'ag_2/c_5', 'ag_1/c_2'] },
      // 4 calls each for two groups: the tie keeps the (agent, campaign) order.
      { key: 'calls', direction: 'descending', expected: ['ag_1/c_1', 'ag_2/c_5', 'ag_1/c_2'] },
      { key: 'calls', direction: 'ascending', expected: ['ag_2/c_5', 'ag_1/c_2', 'ag_1/c_1'] },
      { key: 'campaignName', direction: 'ascending', expected: ['ag_1/c_2', 'ag_2/c_5', 'ag_1/c_1'] },
      { key: 'agentName', direction: 'descending', expected: ['ag_1/c_2', 'ag_1/c_1', 'ag_2/c_5'] },
      // Follow-up: 2 of 4 = 50 %, Álvaro: 1 of 4 (2 + 0, rounding down each row) = 25 %, Web: 50 %.
      { key: 'successRate', direction: 'ascending', expected: ['ag_1/c_2', 'ag_2/c_5', 'ag_1/c_1'] },
      { key: 'courtesyCredits', direction: 'descending', expected: ['ag_1/c_2', 'ag_2/c_5', 'ag_1/c_1'] },
    ];
    for (const c of cases) {
      it(`by ${c.key}, ${c.direction}`, () => {
        expect(keys(sortGroups(groups, c.key, c.direction, collator.compare))).to.deep.equal(c.expected);
      });
    }

    it('ties keep their row order in both directions (stable, flipped not reversed)', () => {
      // Follow-up and Web lead both have a 50 % rate.
      const ascending = keys(sortGroups(groups, 'successRate', 'ascending', collator.compare));
      const descending = keys(sortGroups(groups, 'successRate', 'descending', collator.compare));
      expect(ascending.indexOf('ag_2/c_5')).to.be.below(ascending.indexOf('ag_1/c_1'));
      expect(descending.indexOf('ag_2/c_5')).to.be.below(descending.indexOf('ag_1/c_1'));
    });

    it('no rate counts lowest; no campaign name counts lowest', () => {
      const withNull = [...groups, ...groupRows([row('2026-10-01', 'ag_3', 'Zed', 'c_9', 'Zed', 0, 0)], 'campaign')];
      expect(keys(sortGroups(withNull, 'successRate', 'ascending'))[0]).to.equal('ag_3/c_9');
      expect(keys(sortGroups(withNull, 'successRate', 'descending')).at(-1)).to.equal('ag_3/c_9');
      const byAgent = groupRows(ROWS, 'agent');
      expect(compareGroups('campaignName')(byAgent[0]!, byAgent[1]!)).to.equal(0);
    });

    it('no key keeps the order, and the input is never changed', () => {
      const before = keys(groups);
      expect(keys(sortGroups(groups, null, 'descending'))).to.deep.equal(before);
      sortGroups(groups, 'cost', 'descending');
      expect(keys(groups)).to.deep.equal(before);
    });

    it('code units compare as the server orders', () => {
      expect(['b', 'B', 'a', 'Á'].sort(compareCodeUnits)).to.deep.equal(['B', 'a', 'b', 'Á']);
    });
  });

  describe('dailyBreakdown', () => {
    const cases: { name: string; filter: Parameters<typeof dailyBreakdown>[1]; expected: [string, number, number][] }[] = [
      { name: 'every row', filter: null, expected: [['2026-10-01', 19, 2250], ['2026-10-02', 8, 1000], ['2026-10-31', 1, 90]] },
      { name: 'one agent', filter: { agentId: 'ag_1' }, expected: [['2026-10-01', 15, 1750], ['2026-10-02', 8, 1000], ['2026-10-31', 1, 90]] },
      { name: 'one campaign', filter: { agentId: 'ag_1', campaignId: 'c_2' }, expected: [['2026-10-01', 3, 250], ['2026-10-31', 1, 90]] },
      { name: 'an agent with a null campaign means all its campaigns', filter: { agentId: 'ag_2', campaignId: null }, expected: [['2026-10-01', 4, 500], ['2026-10-31', 0, 0]] },
      { name: 'an unknown agent', filter: { agentId: 'ag_0' }, expected: [] },
    ];
    for (const c of cases) {
      it(`per day of ${c.name}, oldest first`, () => {
        expect(dailyBreakdown(ROWS, c.filter).map((day) => [day.date, day.calls, day.cost])).to.deep.equal(c.expected);
      });
    }

    it('orders leap days and year ends by the calendar, whatever the input order', () => {
      const rows = [
        row('2029-01-01', 'a', 'A', 'c', 'C', 1, 1),
        row('2028-02-29', 'a', 'A', 'c', 'C', 2, 2),
        row('2028-12-31', 'a', 'A', 'c', 'C', 3, 3),
        row('2028-03-01', 'a', 'A', 'c', 'C', 4, 4),
      ];
      expect(dailyBreakdown(rows).map((day) => day.date)).to.deep.equal(['2028-02-29', '2028-03-01', '2028-12-31', '2029-01-01']);
    });

    it('no rows, no days', () => {
      expect(dailyBreakdown([])).to.deep.equal([]);
    });
  });
});
