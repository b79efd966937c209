import { expect } from '@open-wc/testing';
import { nobodyReceives, receiverCount, sameOptions, type Receivers } from '../../../src/elements/recipients-form/recipients-rules.js';

const PRIMARY = 'dana@firm.example';
const receivers = (primaryEmail: string | null, accepted: number, refused = 0): Receivers => ({ primaryEmail, accepted, refused });

describe('recipients rules', () => {
  describe('receiverCount: the primary contact, if any, plus each accepted extra address', () => {
    const cases: [string | null, number, number][] = [
      [null, 0, 0],
      [PRIMARY, 0, 1],
      [null, 1, 1],
      [PRIMARY, 1, 2],
      [PRIMARY, 50, 51],
      // An empty address is no primary contact.
      ['', 0, 0],
      // A nonsense count never makes the total smaller than the primary contact alone.
      [PRIMARY, -3, 1],
    ];
    for (const [primaryEmail, accepted, expected] of cases) {
      it(`${primaryEmail === null ? 'no primary' : JSON.stringify(primaryEmail)} and ${accepted} extra → ${expected}`, () => {
        expect(receiverCount({ primaryEmail, accepted })).to.equal(expected);
      });
    }
  });

  describe('nobodyReceives: switched on, and no one at all', () => {
    const cases: [string, boolean, Receivers, boolean][] = [
      ['on, no primary contact, no extra recipient', true, receivers(null, 0), true],
      ['off, no primary contact, no extra recipient (nothing is sent)', false, receivers(null, 0), false],
      ['on, the primary contact only', true, receivers(PRIMARY, 0), false],
      ['on, one extra recipient and no primary contact', true, receivers(null, 1), false],
      ['on, no one accepted but a refused line (its own error says what to fix)', true, receivers(null, 0, 1), false],
      ['on, the primary contact and a refused line', true, receivers(PRIMARY, 0, 2), false],
    ];
    for (const [name, enabled, who, expected] of cases) {
      it(`${name} → ${expected}`, () => {
        expect(nobodyReceives(enabled, who)).to.equal(expected);
      });
    }
  });

  describe('sameOptions: the same settings key by key', () => {
    const cases: [Record<string, string | boolean>, Record<string, string | boolean>, boolean][] = [
      [{}, {}, true],
      [{ enabled: true, frequency: 'weekly' }, { frequency: 'weekly', enabled: true }, true],
      [{ enabled: true }, { enabled: false }, false],
      [{ enabled: true }, { enabled: true, frequency: 'weekly' }, false],
      [{ frequency: 'weekly' }, { frequency: 'Weekly' }, false],
      // A string "true" is not the switch's `true`.
      [{ enabled: true }, { enabled: 'true' }, false],
    ];
    for (const [a, b, expected] of cases) {
      it(`${JSON.stringify(a)} vs ${JSON.stringify(b)} → ${expected}`, () => {
        expect(sameOptions(a, b)).to.equal(expected);
        expect(sameOptions(b, a)).to.equal(expected);
      });
    }
  });
});
