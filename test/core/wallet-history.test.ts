import { expect } from '@open-wc/testing';
import { DEFAULT_HISTORY_PAGE_SIZE, MAX_HISTORY_PAGE_SIZE, freshRows, historyPageLimit } from '../../src/core/wallet-history.js';

describe('wallet history', () => {
  it('follows the contract: 50 by default, at most 100', () => {
    expect(DEFAULT_HISTORY_PAGE_SIZE).to.equal(50);
    expect(MAX_HISTORY_PAGE_SIZE).to.equal(100);
  });

  describe('historyPageLimit', () => {
    const cases: { name: string; pageSize: number | null | undefined; expected: number }[] = [
      { name: 'unset', pageSize: undefined, expected: 50 },
      { name: 'null (attribute removed)', pageSize: null, expected: 50 },
      { name: 'the smallest page, 1', pageSize: 1, expected: 1 },
      { name: 'an ordinary 25', pageSize: 25, expected: 25 },
      { name: '99', pageSize: 99, expected: 99 },
      { name: 'the largest page, 100', pageSize: 100, expected: 100 },
      { name: '101, clamped like the server does', pageSize: 101, expected: 100 },
      { name: 'huge, clamped', pageSize: Number.MAX_SAFE_INTEGER, expected: 100 },
      { name: 'zero', pageSize: 0, expected: 50 },
      { name: 'negative', pageSize: -20, expected: 50 },
      { name: 'a fraction', pageSize: 12.5, expected: 50 },
      { name: 'NaN (a mistyped attribute)', pageSize: Number.NaN, expected: 50 },
      { name: 'Infinity', pageSize: Number.POSITIVE_INFINITY, expected: 50 },
    ];
    for (const c of cases) {
      it(`asks for ${c.expected} when the page size is ${c.name}`, () => {
        expect(historyPageLimit(c.pageSize)).to.equal(c.expected);
      });
    }
  });

  describe('freshRows', () => {
    const row = (id: string) => ({ id, amount: Number(id.slice(2)) });
    const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id);
    const cases: { name: string; page: string[]; shown: string[]; expected: string[] }[] = [
      { name: 'an empty page', page: [], shown: ['t_9'], expected: [] },
      { name: 'the first page', page: ['t_9', 't_8'], shown: [], expected: ['t_9', 't_8'] },
      { name: 'a page after the last one shown', page: ['t_7', 't_6'], shown: ['t_9', 't_8'], expected: ['t_7', 't_6'] },
      { name: 'a page shifted by two new arrivals', page: ['t_8', 't_7', 't_6', 't_5'], shown: ['t_10', 't_9', 't_8', 't_7'], expected: ['t_6', 't_5'] },
      { name: 'a page shown entirely already', page: ['t_8', 't_7'], shown: ['t_9', 't_8', 't_7'], expected: [] },
      { name: 'a row repeated within the page', page: ['t_5', 't_5', 't_4'], shown: [], expected: ['t_5', 't_4'] },
      { name: 'an id that differs only in case (ids are opaque)', page: ['T_5'], shown: ['t_5'], expected: ['T_5'] },
    ];
    for (const c of cases) {
      it(`keeps ${JSON.stringify(c.expected)} of ${c.name}`, () => {
        expect(ids(freshRows(c.page.map(row), new Set(c.shown)))).to.deep.equal(c.expected);
      });
    }

    it('keeps page order and the rows themselves', () => {
      const page = [row('t_3'), row('t_2'), row('t_1')];
      const fresh = freshRows(page, new Set(['t_2']));
      expect(fresh).to.deep.equal([page[0], page[2]]);
      expect(fresh[0]).to.equal(page[0]);
    });

    it('leaves the shown ids alone', () => {
      const shown = new Set(['t_2']);
      freshRows([row('t_1')], shown);
      expect([...shown]).to.deep.equal(['t_2']);
    });

    it('stays linear on a long history (a page against 100 000 shown ids)', () => {
      const shown = new Set(Array.from({ length: 100_000 }, (_, i) => `t_${i + 101}`));
      const page = Array.from({ length: 100 }, (_, i) => row(`t_${100 - i}`));
      const started = performance.now();
      expect(freshRows(page, shown)).to.have.length(100);
      expect(performance.now() - started).to.be.below(50);
    });
  });
});
