import { expect } from '@open-wc/testing';
import {
  LOW_BALANCE_PERCENT,
  balanceWarning,
  estimateDaysUntilRefill,
  lowBalanceLevel,
  validateRefillSettings,
  type BalanceWarning,
  type RefillSettingsErrors,
} from '../../src/core/wallet.js';

const MAX = Number.MAX_SAFE_INTEGER;

describe('wallet', () => {
  it('sets the low-balance level at 30 %', () => {
    expect(LOW_BALANCE_PERCENT).to.equal(30);
  });

  describe('lowBalanceLevel', () => {
    const cases: { name: string; refillAmount: number; expected: number }[] = [
      { name: 'contract example 200000', refillAmount: 200000, expected: 60000 },
      { name: '5 (1.5 rounds up)', refillAmount: 5, expected: 2 },
      { name: '1 (0.3 rounds down)', refillAmount: 1, expected: 0 },
      { name: '15 (4.5 rounds up)', refillAmount: 15, expected: 5 },
      { name: '10 (exact 3)', refillAmount: 10, expected: 3 },
      { name: '11 (3.3 rounds down)', refillAmount: 11, expected: 3 },
      { name: '12 (3.6 rounds up)', refillAmount: 12, expected: 4 },
      { name: '0', refillAmount: 0, expected: 0 },
      // 30 % of MAX is 2702159776422297.3; float math on MAX·30 has already lost the units.
      { name: 'MAX_SAFE_INTEGER', refillAmount: MAX, expected: 2702159776422297 },
      { name: 'MAX_SAFE_INTEGER − 4 (…296.1 → …296)', refillAmount: MAX - 4, expected: 2702159776422296 },
      { name: 'huge, …295.5 rounds half up', refillAmount: 9007199254740985, expected: 2702159776422296 },
    ];
    for (const c of cases) {
      it(`is ${c.expected} for ${c.name}`, () => {
        expect(lowBalanceLevel(c.refillAmount)).to.equal(c.expected);
      });
    }

    it('refuses a fractional amount', () => {
      expect(() => lowBalanceLevel(10.5)).to.throw(RangeError);
    });
  });

  describe('balanceWarning', () => {
    const cases: {
      name: string;
      balance: number;
      refillThreshold: number;
      lowBalanceAlert: number;
      expected: BalanceWarning | null;
    }[] = [
      { name: 'well above both', balance: 84000, refillThreshold: 50000, lowBalanceAlert: 60000, expected: null },
      { name: 'one above the low level', balance: 60001, refillThreshold: 50000, lowBalanceAlert: 60000, expected: null },
      { name: 'at the low level', balance: 60000, refillThreshold: 50000, lowBalanceAlert: 60000, expected: 'low' },
      { name: 'between threshold and low level', balance: 55000, refillThreshold: 50000, lowBalanceAlert: 60000, expected: 'low' },
      { name: 'at the threshold', balance: 50000, refillThreshold: 50000, lowBalanceAlert: 60000, expected: 'at_or_below_threshold' },
      { name: 'below the threshold', balance: 100, refillThreshold: 50000, lowBalanceAlert: 60000, expected: 'at_or_below_threshold' },
      { name: 'negative balance', balance: -2500, refillThreshold: 0, lowBalanceAlert: 60000, expected: 'at_or_below_threshold' },
      { name: 'zero balance, zero threshold', balance: 0, refillThreshold: 0, lowBalanceAlert: 3, expected: 'at_or_below_threshold' },
      { name: 'threshold above the low level', balance: 70000, refillThreshold: 80000, lowBalanceAlert: 60000, expected: 'at_or_below_threshold' },
      { name: 'above a threshold that exceeds the low level', balance: 90000, refillThreshold: 80000, lowBalanceAlert: 60000, expected: null },
    ];
    for (const c of cases) {
      it(`is ${String(c.expected)} for ${c.name}`, () => {
        const { balance, refillThreshold, lowBalanceAlert } = c;
        expect(balanceWarning({ balance, refillThreshold, lowBalanceAlert })).to.equal(c.expected);
      });
    }
  });

  describe('validateRefillSettings', () => {
    const cases: {
      name: string;
      refillAmount: number | null;
      refillThreshold: number | null;
      expected: RefillSettingsErrors;
    }[] = [
      { name: 'contract example', refillAmount: 200000, refillThreshold: 50000, expected: {} },
      { name: 'zero threshold', refillAmount: 1, refillThreshold: 0, expected: {} },
      { name: 'threshold one below amount', refillAmount: 200000, refillThreshold: 199999, expected: {} },
      { name: 'largest safe amount', refillAmount: MAX, refillThreshold: MAX - 1, expected: {} },
      { name: 'both missing', refillAmount: null, refillThreshold: null, expected: { refillAmount: 'required', refillThreshold: 'required' } },
      { name: 'amount missing', refillAmount: null, refillThreshold: 50000, expected: { refillAmount: 'required' } },
      { name: 'threshold missing', refillAmount: 200000, refillThreshold: null, expected: { refillThreshold: 'required' } },
      { name: 'zero amount', refillAmount: 0, refillThreshold: 0, expected: { refillAmount: 'not_positive' } },
      { name: 'negative amount', refillAmount: -100, refillThreshold: 0, expected: { refillAmount: 'not_positive' } },
      { name: 'fractional amount', refillAmount: 100.5, refillThreshold: 0, expected: { refillAmount: 'not_integer' } },
      { name: 'NaN amount', refillAmount: Number.NaN, refillThreshold: 0, expected: { refillAmount: 'not_integer' } },
      { name: 'amount past MAX_SAFE', refillAmount: MAX + 1, refillThreshold: 0, expected: { refillAmount: 'too_large' } },
      { name: 'infinite amount', refillAmount: Number.POSITIVE_INFINITY, refillThreshold: 0, expected: { refillAmount: 'too_large' } },
      { name: 'negative threshold', refillAmount: 200000, refillThreshold: -1, expected: { refillThreshold: 'negative' } },
      { name: 'fractional threshold', refillAmount: 200000, refillThreshold: 0.5, expected: { refillThreshold: 'not_integer' } },
      { name: 'threshold past MAX_SAFE', refillAmount: 200000, refillThreshold: MAX + 1, expected: { refillThreshold: 'too_large' } },
      { name: 'threshold equal to amount', refillAmount: 200000, refillThreshold: 200000, expected: { refillThreshold: 'not_below_amount' } },
      { name: 'threshold above amount', refillAmount: 200000, refillThreshold: 300000, expected: { refillThreshold: 'not_below_amount' } },
      {
        name: 'threshold above an invalid amount (not blamed)',
        refillAmount: -5,
        refillThreshold: 300000,
        expected: { refillAmount: 'not_positive' },
      },
      {
        name: 'threshold above a missing amount (not blamed)',
        refillAmount: null,
        refillThreshold: 300000,
        expected: { refillAmount: 'required' },
      },
      {
        name: 'both wrong on their own',
        refillAmount: 0.5,
        refillThreshold: -1,
        expected: { refillAmount: 'not_integer', refillThreshold: 'negative' },
      },
    ];
    for (const c of cases) {
      it(`gives ${JSON.stringify(c.expected)} for ${c.name}`, () => {
        const { refillAmount, refillThreshold } = c;
        expect(validateRefillSettings({ refillAmount, refillThreshold })).to.deep.equal(c.expected);
      });
    }
  });

  describe('estimateDaysUntilRefill', () => {
    const cases: {
      name: string;
      balance: number;
      refillThreshold: number;
      averageDailyUsage: number;
      refillPending: boolean;
      expected: number | null;
    }[] = [
      { name: 'contract example (34000 headroom at 8000/day)', balance: 84000, refillThreshold: 50000, averageDailyUsage: 8000, refillPending: false, expected: 4 },
      { name: 'exact whole days', balance: 90000, refillThreshold: 50000, averageDailyUsage: 10000, refillPending: false, expected: 4 },
      { name: 'less than a day left', balance: 50001, refillThreshold: 50000, averageDailyUsage: 10000, refillPending: false, expected: 0 },
      { name: 'fractional average usage', balance: 1000, refillThreshold: 0, averageDailyUsage: 333.5, refillPending: false, expected: 2 },
      { name: 'at the threshold', balance: 50000, refillThreshold: 50000, averageDailyUsage: 10000, refillPending: false, expected: 0 },
      { name: 'below the threshold', balance: 100, refillThreshold: 50000, averageDailyUsage: 10000, refillPending: false, expected: 0 },
      { name: 'negative balance', balance: -500, refillThreshold: 0, averageDailyUsage: 10000, refillPending: false, expected: 0 },
      { name: 'refill pending', balance: 84000, refillThreshold: 50000, averageDailyUsage: 8000, refillPending: true, expected: 0 },
      { name: 'refill pending without usage', balance: 84000, refillThreshold: 50000, averageDailyUsage: 0, refillPending: true, expected: 0 },
      { name: 'below threshold without usage', balance: 100, refillThreshold: 50000, averageDailyUsage: 0, refillPending: false, expected: 0 },
      { name: 'no usage', balance: 84000, refillThreshold: 50000, averageDailyUsage: 0, refillPending: false, expected: null },
      { name: 'negative usage', balance: 84000, refillThreshold: 50000, averageDailyUsage: -10, refillPending: false, expected: null },
      { name: 'NaN usage', balance: 84000, refillThreshold: 50000, averageDailyUsage: Number.NaN, refillPending: false, expected: null },
      // 3·3002399751580330 = MAX − 1, so one unit less headroom must already be a day less.
      { name: 'huge headroom, exact', balance: MAX - 1, refillThreshold: 0, averageDailyUsage: 3002399751580330, refillPending: false, expected: 3 },
      { name: 'huge headroom, one unit short', balance: MAX - 2, refillThreshold: 0, averageDailyUsage: 3002399751580330, refillPending: false, expected: 2 },
    ];
    for (const c of cases) {
      it(`is ${String(c.expected)} for ${c.name}`, () => {
        const { balance, refillThreshold, averageDailyUsage, refillPending } = c;
        expect(estimateDaysUntilRefill({ balance, refillThreshold, averageDailyUsage, refillPending })).to.equal(c.expected);
      });
    }
  });
});
