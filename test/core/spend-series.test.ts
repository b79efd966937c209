import { expect } from '@open-wc/testing';
import { spendSeries } from '../../src/core/spend-series.js';

describe('spendSeries', () => {
  const cases = [
    {
      name: 'mid-period: totals to today, then a straight line to the projection',
      input: {
        start: '2026-11-01',
        end: '2026-11-05',
        daily: [
          { date: '2026-11-01', amount: 100 },
          { date: '2026-11-02', amount: 200 },
          { date: '2026-11-03', amount: 300 },
        ],
        projected: 1000,
      },
      cumulative: [100, 300, 600, null, null],
      projection: [null, null, 600, 800, 1000],
    },
    {
      name: 'last day: the projection is the total itself',
      input: { start: '2026-02-27', end: '2026-02-28', daily: [{ date: '2026-02-27', amount: 5 }, { date: '2026-02-28', amount: 7 }], projected: 12 },
      cumulative: [5, 12],
      projection: [null, 12],
    },
    {
      name: 'a missing day counts as zero spend',
      input: { start: '2026-11-01', end: '2026-11-03', daily: [{ date: '2026-11-01', amount: 10 }, { date: '2026-11-03', amount: 5 }], projected: 15 },
      cumulative: [10, 10, 15],
      projection: [null, null, 15],
    },
    {
      name: 'no usage yet: nothing to draw',
      input: { start: '2026-11-01', end: '2026-11-03', daily: [], projected: 0 },
      cumulative: [null, null, null],
      projection: [null, null, null],
    },
    {
      name: 'a leap-year February has 29 points',
      input: { start: '2028-02-01', end: '2028-02-29', daily: [{ date: '2028-02-01', amount: 1 }], projected: 29 },
      cumulative: [1, ...Array<null>(28).fill(null)],
      projection: Array.from({ length: 29 }, (_, index) => index + 1),
    },
    {
      name: 'rounds the projection to whole minor units',
      input: { start: '2026-11-01', end: '2026-11-04', daily: [{ date: '2026-11-01', amount: 0 }], projected: 10 },
      cumulative: [0, null, null, null],
      projection: [0, 3, 7, 10],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const series = spendSeries(c.input);
      expect(series.days.length).to.equal(c.cumulative.length);
      expect(series.cumulative).to.deep.equal(c.cumulative);
      expect(series.projection).to.deep.equal(c.projection);
    });
  }
});
