import { expect } from '@open-wc/testing';
import { meaningfulLines, sameRecipients, shortList, splitFieldErrors } from '../../../src/elements/recipients-form/recipient-lines.js';

describe('recipient lines', () => {
  describe('meaningfulLines', () => {
    const cases = [
      { text: '', expected: [] },
      { text: 'a@x.example', expected: ['a@x.example'] },
      { text: '  a@x.example  \r\n\r\n b@x.example\rc@x.example\n', expected: ['a@x.example', 'b@x.example', 'c@x.example'] },
      { text: '\n \n\t\n', expected: [] },
    ];
    for (const { text, expected } of cases) {
      it(`reads ${JSON.stringify(text)}`, () => expect(meaningfulLines(text)).to.deep.equal(expected));
    }
  });

  describe('sameRecipients', () => {
    const cases = [
      { text: 'a@x.example\n\nb@x.example ', recipients: ['a@x.example', 'b@x.example'], expected: true },
      { text: 'b@x.example\na@x.example', recipients: ['a@x.example', 'b@x.example'], expected: false },
      { text: 'A@x.example', recipients: ['a@x.example'], expected: false },
      { text: '', recipients: [], expected: true },
      { text: 'a@x.example', recipients: ['a@x.example', 'b@x.example'], expected: false },
    ];
    for (const { text, recipients, expected } of cases) {
      it(`${JSON.stringify(text)} ${expected ? 'is' : 'is not'} ${JSON.stringify(recipients)}`, () => expect(sameRecipients(text, recipients)).to.equal(expected));
    }
  });

  describe('splitFieldErrors', () => {
    const describe422 = (path: string, message: string) => `${path}: ${message}`;
    it('maps recipients.N within what was sent to lines and keeps the rest as sentences', () => {
      const result = splitFieldErrors(
        { 'recipients.0': 'Mailbox full', 'recipients.4': 'Blocked', 'recipients.9': 'Out of range', thresholdAlertEnabled: 'Not allowed', recipients: 'At most 50' },
        5,
        describe422,
      );
      expect(result.lines).to.deep.equal({ 0: 'Mailbox full', 4: 'Blocked' });
      expect(result.others).to.deep.equal(['recipients.9: Out of range', 'thresholdAlertEnabled: Not allowed', 'recipients: At most 50']);
    });

    it('treats a malformed index as another field', () => {
      expect(splitFieldErrors({ 'recipients.x': 'Bad' }, 3, describe422).others).to.deep.equal(['recipients.x: Bad']);
    });
  });

  describe('shortList', () => {
    const more = (count: number) => `${count} more`;
    const cases = [
      { addresses: [], locale: 'en-US', expected: '' },
      { addresses: ['a'], locale: 'en-US', expected: 'a' },
      { addresses: ['a', 'b'], locale: 'en-US', expected: 'a and b' },
      { addresses: ['a', 'b', 'c', 'd', 'e'], locale: 'en-US', expected: 'a, b, c, and 2 more' },
      { addresses: ['a', 'b', 'c'], locale: 'es', expected: 'a, b y c' },
      { addresses: ['a', 'b'], locale: 'not a locale!', expected: 'a, b' },
    ];
    for (const { addresses, locale, expected } of cases) {
      it(`${addresses.length} addresses in ${locale}`, () => expect(shortList(addresses, locale, more)).to.equal(expected));
    }
  });
});
