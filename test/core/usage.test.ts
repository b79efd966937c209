import { expect } from '@open-wc/testing';
import {
  NEAR_CAP_PERCENT,
  capChangeWarning,
  capCrossingDay,
  cumulativeAmounts,
  percentOfCap,
  usageStatus,
  type CapChangeWarning,
  type UsageStatus,
} from '../../src/core/usage.js';

const MAX = Number.MAX_SAFE_INTEGER;

describe('usage', () => {
  it('puts the near-cap line at 80 %', () => {
    expect(NEAR_CAP_PERCENT).to.equal(80);
  });

  describe('usageStatus', () => {
    const cases: { name: string; spent: number; cap: number | null; expected: UsageStatus }[] = [
      { name: 'nothing spent', spent: 0, cap: 10000, expected: 'within_cap' },
      { name: '79.99 %', spent: 7999, cap: 10000, expected: 'within_cap' },
      { name: '80 %', spent: 8000, cap: 10000, expected: 'near_cap' },
      { name: 'just below 80 % of 600000', spent: 479999, cap: 600000, expected: 'within_cap' },
      { name: 'exactly 80 % of 600000', spent: 480000, cap: 600000, expected: 'near_cap' },
      { name: '99.99 %', spent: 9999, cap: 10000, expected: 'near_cap' },
      { name: '100 %', spent: 10000, cap: 10000, expected: 'cap_reached' },
      { name: 'above the cap', spent: 12000, cap: 10000, expected: 'cap_reached' },
      { name: 'no cap', spent: 12000, cap: null, expected: 'no_cap' },
      { name: 'no cap, nothing spent', spent: 0, cap: null, expected: 'no_cap' },
      { name: 'zero cap (defensive)', spent: 0, cap: 0, expected: 'cap_reached' },
      { name: 'negative cap (defensive)', spent: 0, cap: -5, expected: 'cap_reached' },
      // 80 % of MAX is 7205759403792792.8: float products of these round and lose the line.
      { name: 'huge, one below 80 % of MAX_SAFE', spent: 7205759403792792, cap: MAX, expected: 'within_cap' },
      { name: 'huge, first unit at 80 % of MAX_SAFE', spent: 7205759403792793, cap: MAX, expected: 'near_cap' },
      { name: 'huge, one below the cap', spent: MAX - 1, cap: MAX, expected: 'near_cap' },
      { name: 'huge, at the cap', spent: MAX, cap: MAX, expected: 'cap_reached' },
      { name: 'huge, 80 % of 5e15 exactly', spent: 4e15, cap: 5e15, expected: 'near_cap' },
      { name: 'huge, one below 80 % of 5e15', spent: 4e15 - 1, cap: 5e15, expected: 'within_cap' },
    ];
    for (const c of cases) {
      it(`is ${c.expected} for ${c.name}`, () => {
        expect(usageStatus(c.spent, c.cap)).to.equal(c.expected);
      });
    }

    it('refuses a fractional amount', () => {
      expect(() => usageStatus(1.5, 100)).to.throw(RangeError);
    });
  });

  describe('percentOfCap', () => {
    const cases: { name: string; spent: number; cap: number | null; expected: number | null }[] = [
      { name: 'nothing spent', spent: 0, cap: 10000, expected: 0 },
      { name: '79.999 % floors to 79.99', spent: 79999, cap: 100000, expected: 79.99 },
      { name: 'exactly 80 %', spent: 480000, cap: 600000, expected: 80 },
      { name: '99.999 % floors to 99.99', spent: 99999, cap: 100000, expected: 99.99 },
      { name: 'exactly 100 %', spent: 600000, cap: 600000, expected: 100 },
      { name: 'above the cap', spent: 150000, cap: 100000, expected: 150 },
      { name: 'a third', spent: 1, cap: 3, expected: 33.33 },
      { name: 'two thirds floor, not round', spent: 2, cap: 3, expected: 66.66 },
      { name: 'contract example', spent: 412350, cap: 600000, expected: 68.72 },
      { name: 'no cap', spent: 5000, cap: null, expected: null },
      { name: 'zero cap (defensive)', spent: 5000, cap: 0, expected: 100 },
      { name: 'huge, one below the cap', spent: MAX - 1, cap: MAX, expected: 99.99 },
      { name: 'huge, at the cap', spent: MAX, cap: MAX, expected: 100 },
    ];
    for (const c of cases) {
      it(`is ${String(c.expected)} for ${c.name}`, () => {
        expect(percentOfCap(c.spent, c.cap)).to.equal(c.expected);
      });
    }
  });

  describe('capChangeWarning', () => {
    const usage = { spent: 400000, projected: 500000 };
    const cases: { name: string; newCap: number; expected: CapChangeWarning | null }[] = [
      { name: 'equal to spent', newCap: 400000, expected: 'pauses_now' },
      { name: 'below spent', newCap: 300000, expected: 'pauses_now' },
      { name: 'one above spent', newCap: 400001, expected: 'likely_reached' },
      { name: 'between spent and projected', newCap: 450000, expected: 'likely_reached' },
      { name: 'one below projected', newCap: 499999, expected: 'likely_reached' },
      { name: 'equal to projected', newCap: 500000, expected: null },
      { name: 'above projected', newCap: 600000, expected: null },
    ];
    for (const c of cases) {
      it(`is ${String(c.expected)} for a new cap ${c.name}`, () => {
        expect(capChangeWarning(c.newCap, usage)).to.equal(c.expected);
      });
    }

    it('is pauses_now when projected equals spent and the cap equals both', () => {
      expect(capChangeWarning(100, { spent: 100, projected: 100 })).to.equal('pauses_now');
    });
  });

  describe('capCrossingDay', () => {
    type Input = Parameters<typeof capCrossingDay>[0];
    const cases: { name: string; input: Input; expected: string | null }[] = [
      {
        name: 'crosses mid-month exactly on a day end',
        input: { today: '2026-11-10', periodEnd: '2026-11-30', spent: 100000, projected: 300000, cap: 200000 },
        expected: '2026-11-20',
      },
      {
        name: 'crosses mid-month, one unit past a day end rounds up',
        input: { today: '2026-11-10', periodEnd: '2026-11-30', spent: 100000, projected: 300000, cap: 200001 },
        expected: '2026-11-21',
      },
      {
        name: 'crosses the day after today',
        input: { today: '2026-11-10', periodEnd: '2026-11-30', spent: 100000, projected: 300000, cap: 100001 },
        expected: '2026-11-11',
      },
      {
        name: 'crosses exactly on the last day',
        input: { today: '2026-11-10', periodEnd: '2026-11-30', spent: 100000, projected: 300000, cap: 300000 },
        expected: '2026-11-30',
      },
      {
        name: 'never crosses',
        input: { today: '2026-11-10', periodEnd: '2026-11-30', spent: 100000, projected: 300000, cap: 300001 },
        expected: null,
      },
      {
        name: 'already reached',
        input: { today: '2026-11-10', periodEnd: '2026-11-30', spent: 200000, projected: 300000, cap: 200000 },
        expected: null,
      },
      {
        name: 'no cap',
        input: { today: '2026-11-10', periodEnd: '2026-11-30', spent: 100000, projected: 300000, cap: null },
        expected: null,
      },
      {
        name: 'today is the last day',
        input: { today: '2026-11-30', periodEnd: '2026-11-30', spent: 100000, projected: 300000, cap: 200000 },
        expected: null,
      },
      {
        name: 'today is after the period',
        input: { today: '2026-12-01', periodEnd: '2026-11-30', spent: 100000, projected: 300000, cap: 200000 },
        expected: null,
      },
      {
        name: 'February 2028 (leap), crosses on the 28th',
        input: { today: '2028-02-20', periodEnd: '2028-02-29', spent: 0, projected: 900, cap: 800 },
        expected: '2028-02-28',
      },
      {
        name: 'February 2028 (leap), crosses on the 29th',
        input: { today: '2028-02-20', periodEnd: '2028-02-29', spent: 0, projected: 900, cap: 850 },
        expected: '2028-02-29',
      },
      {
        name: 'across the leap day into March',
        input: { today: '2028-02-27', periodEnd: '2028-03-02', spent: 0, projected: 400, cap: 300 },
        expected: '2028-03-01',
      },
      {
        name: 'across month end in a non-leap February',
        input: { today: '2026-02-27', periodEnd: '2026-03-03', spent: 0, projected: 400, cap: 300 },
        expected: '2026-03-02',
      },
      {
        name: 'a 31-day month, crosses on the 31st',
        input: { today: '2026-12-01', periodEnd: '2026-12-31', spent: 1000, projected: 31000, cap: 31000 },
        expected: '2026-12-31',
      },
      {
        name: 'a 31-day month, crosses on the 30th',
        input: { today: '2026-12-01', periodEnd: '2026-12-31', spent: 1000, projected: 31000, cap: 30000 },
        expected: '2026-12-30',
      },
      {
        name: 'across a year end',
        input: { today: '2026-12-30', periodEnd: '2027-01-02', spent: 0, projected: 300, cap: 200 },
        expected: '2027-01-01',
      },
      {
        // (cap − spent)·r is 2.5e17 here, past 2^53: in floats it rounds up and the
        // crossing slips a day; BigInt keeps it on the 29th.
        name: 'huge amounts, exactly on a day end',
        input: { today: '2026-11-01', periodEnd: '2026-11-30', spent: 0, projected: 8990000000000116, cap: 8680000000000112 },
        expected: '2026-11-29',
      },
      {
        name: 'huge amounts, one unit past a day end',
        input: { today: '2026-11-01', periodEnd: '2026-11-30', spent: 0, projected: 8990000000000116, cap: 8680000000000113 },
        expected: '2026-11-30',
      },
    ];
    for (const c of cases) {
      it(`is ${String(c.expected)} when it ${c.name}`, () => {
        expect(capCrossingDay(c.input)).to.equal(c.expected);
      });
    }

    const badDays = ['2026-02-30', '2026-13-01', '2026-1-05', '', '2026-11-10T00:00:00Z'];
    for (const day of badDays) {
      it(`refuses the day ${JSON.stringify(day)}`, () => {
        expect(() =>
          capCrossingDay({ today: day, periodEnd: '2026-11-30', spent: 0, projected: 10, cap: 5 }),
        ).to.throw(RangeError);
      });
    }
  });

  describe('cumulativeAmounts', () => {
    const cases: {
      name: string;
      daily: { date: string; amount: number }[];
      expected: { date: string; total: number }[];
    }[] = [
      { name: 'no days', daily: [], expected: [] },
      { name: 'one day', daily: [{ date: '2026-11-01', amount: 13200 }], expected: [{ date: '2026-11-01', total: 13200 }] },
      {
        name: 'several days, a zero day included',
        daily: [
          { date: '2026-11-01', amount: 100 },
          { date: '2026-11-02', amount: 0 },
          { date: '2026-11-03', amount: 250 },
        ],
        expected: [
          { date: '2026-11-01', total: 100 },
          { date: '2026-11-02', total: 100 },
          { date: '2026-11-03', total: 350 },
        ],
      },
    ];
    for (const c of cases) {
      it(`totals ${c.name}`, () => {
        expect(cumulativeAmounts(c.daily)).to.deep.equal(c.expected);
      });
    }
  });
});
