import { expect } from '@open-wc/testing';
import {
  MAX_RECIPIENTS,
  isValidEmail,
  parseEmailList,
  validateRecipients,
  type EmailLineError,
  type RecipientError,
} from '../../src/core/email-list.js';

// '@example.com' is 12 characters, so these are exactly 254 and 255 long.
const ADDRESS_254 = `${'a'.repeat(242)}@example.com`;
const ADDRESS_255 = `${'a'.repeat(243)}@example.com`;
// A non-BMP letter is one character but two UTF-16 units: 254 characters, 255 units.
const ADDRESS_254_WITH_ASTRAL = `${'a'.repeat(241)}𝒜@example.com`;

const numbered = (count: number): string[] => Array.from({ length: count }, (_, i) => `user${i + 1}@firm.example`);

describe('email-list', () => {
  it('allows 50 recipients', () => {
    expect(MAX_RECIPIENTS).to.equal(50);
  });

  describe('isValidEmail', () => {
    const cases: { name: string; address: string; expected: boolean }[] = [
      { name: 'plain', address: 'ops@firm.example', expected: true },
      { name: 'subdomain', address: 'ops@mail.eu.firm.example', expected: true },
      { name: 'Unicode local part and domain', address: 'josé@bücher.example', expected: true },
      { name: 'non-Latin domain', address: 'info@пример.рф', expected: true },
      { name: 'Devanagari domain with vowel signs', address: 'info@डाटामेल.भारत', expected: true },
      { name: 'decomposed accent in the domain', address: 'a@bu\u0308cher.example', expected: true },
      { name: 'plus addressing', address: 'dana+billing@firm.example', expected: true },
      { name: 'dotted local part', address: 'dana.whit@firm.example', expected: true },
      { name: 'digits in labels', address: 'a1@123.example2', expected: true },
      { name: 'upper case', address: 'Dana@Firm.Example', expected: true },
      { name: 'leading hyphen label', address: 'a@-firm.example', expected: true },
      { name: 'trailing hyphen label', address: 'a@firm-.example', expected: true },
      { name: 'odd but non-space local part', address: '"q!#$%"@firm.example', expected: true },
      { name: 'exactly 254 characters', address: ADDRESS_254, expected: true },
      { name: '254 characters with an astral letter', address: ADDRESS_254_WITH_ASTRAL, expected: true },
      { name: '255 characters', address: ADDRESS_255, expected: false },
      { name: 'empty', address: '', expected: false },
      { name: 'missing @', address: 'ops.firm.example', expected: false },
      { name: 'two @', address: 'ops@team@firm.example', expected: false },
      { name: 'empty local part', address: '@firm.example', expected: false },
      { name: 'empty domain', address: 'ops@', expected: false },
      { name: 'no dot in domain', address: 'ops@localhost', expected: false },
      { name: 'empty label', address: 'a@b..c', expected: false },
      { name: 'trailing dot', address: 'ops@firm.example.', expected: false },
      { name: 'leading dot', address: 'ops@.firm.example', expected: false },
      { name: 'underscore in domain', address: 'ops@my_firm.example', expected: false },
      { name: 'space inside', address: 'dana whit@firm.example', expected: false },
      { name: 'leading space (not trimmed)', address: ' ops@firm.example', expected: false },
      { name: 'trailing newline', address: 'ops@firm.example\n', expected: false },
      { name: 'tab inside', address: 'ops\t@firm.example', expected: false },
      { name: 'no-break space inside', address: 'ops\u00A0x@firm.example', expected: false },
      { name: 'IP literal domain', address: 'ops@[192.168.0.1]', expected: false },
    ];
    for (const c of cases) {
      it(`${c.expected ? 'accepts' : 'refuses'} ${c.name}`, () => {
        expect(isValidEmail(c.address)).to.equal(c.expected);
      });
    }
  });

  describe('parseEmailList', () => {
    const fiftyOne = numbered(51);
    const cases: {
      name: string;
      text: string;
      options?: { primaryEmail?: string | null; max?: number };
      addresses: string[];
      errors: EmailLineError[];
    }[] = [
      { name: 'empty text', text: '', addresses: [], errors: [] },
      { name: 'only blank lines', text: '\n  \n\t\n', addresses: [], errors: [] },
      {
        name: 'one per line, order kept',
        text: 'b@firm.example\na@firm.example\nc@firm.example',
        addresses: ['b@firm.example', 'a@firm.example', 'c@firm.example'],
        errors: [],
      },
      {
        name: 'lines trimmed, blank lines skipped but counted',
        text: '\n  a@firm.example  \n\n\tb@firm.example\n',
        addresses: ['a@firm.example', 'b@firm.example'],
        errors: [],
      },
      {
        name: 'CRLF and lone CR line breaks',
        text: 'a@firm.example\r\nb@firm.example\rc@firm.example\r\n\r\nbad\r\n',
        addresses: ['a@firm.example', 'b@firm.example', 'c@firm.example'],
        errors: [{ line: 5, value: 'bad', code: 'invalid' }],
      },
      {
        name: 'duplicate in another case at its later line',
        text: 'Ops@Firm.example\nother@firm.example\n\nops@firm.EXAMPLE',
        addresses: ['Ops@Firm.example', 'other@firm.example'],
        errors: [{ line: 4, value: 'ops@firm.EXAMPLE', code: 'duplicate', firstLine: 1 }],
      },
      {
        name: 'third copy points at the first',
        text: 'a@firm.example\na@firm.example\nA@FIRM.EXAMPLE',
        addresses: ['a@firm.example'],
        errors: [
          { line: 2, value: 'a@firm.example', code: 'duplicate', firstLine: 1 },
          { line: 3, value: 'A@FIRM.EXAMPLE', code: 'duplicate', firstLine: 1 },
        ],
      },
      {
        name: 'primary contact address, any case',
        text: 'a@firm.example\nDANA@firm.example',
        options: { primaryEmail: 'dana@firm.example' },
        addresses: ['a@firm.example'],
        errors: [{ line: 2, value: 'DANA@firm.example', code: 'primary' }],
      },
      {
        name: 'primary typed twice is primary both times',
        text: 'dana@firm.example\ndana@firm.example',
        options: { primaryEmail: 'dana@firm.example' },
        addresses: [],
        errors: [
          { line: 1, value: 'dana@firm.example', code: 'primary' },
          { line: 2, value: 'dana@firm.example', code: 'primary' },
        ],
      },
      {
        name: 'no primary contact',
        text: 'dana@firm.example',
        options: { primaryEmail: null },
        addresses: ['dana@firm.example'],
        errors: [],
      },
      {
        name: 'invalid and too long lines carry their line numbers',
        text: `ok@firm.example\nnot an address\n${ADDRESS_255}\n\nalso@bad`,
        addresses: ['ok@firm.example'],
        errors: [
          { line: 2, value: 'not an address', code: 'invalid' },
          { line: 3, value: ADDRESS_255, code: 'too_long' },
          { line: 5, value: 'also@bad', code: 'invalid' },
        ],
      },
      {
        name: 'too long even though also malformed',
        text: 'x'.repeat(300),
        addresses: [],
        errors: [{ line: 1, value: 'x'.repeat(300), code: 'too_long' }],
      },
      {
        name: 'a repeated invalid line stays invalid',
        text: 'bad\nbad',
        addresses: [],
        errors: [
          { line: 1, value: 'bad', code: 'invalid' },
          { line: 2, value: 'bad', code: 'invalid' },
        ],
      },
      { name: '50 addresses', text: numbered(50).join('\n'), addresses: numbered(50), errors: [] },
      {
        name: '51 addresses',
        text: fiftyOne.join('\n'),
        addresses: numbered(50),
        errors: [{ line: 51, value: 'user51@firm.example', code: 'too_many' }],
      },
      {
        name: 'errors do not use up the limit',
        text: ['bad', ...numbered(50)].join('\n'),
        addresses: numbered(50),
        errors: [{ line: 1, value: 'bad', code: 'invalid' }],
      },
      {
        name: 'a smaller max, and a repeat of a refused address',
        text: 'a@firm.example\nb@firm.example\nc@firm.example\nd@firm.example\nc@firm.example',
        options: { max: 2 },
        addresses: ['a@firm.example', 'b@firm.example'],
        errors: [
          { line: 3, value: 'c@firm.example', code: 'too_many' },
          { line: 4, value: 'd@firm.example', code: 'too_many' },
          { line: 5, value: 'c@firm.example', code: 'duplicate', firstLine: 3 },
        ],
      },
    ];
    for (const c of cases) {
      it(`parses ${c.name}`, () => {
        expect(parseEmailList(c.text, c.options)).to.deep.equal({ addresses: c.addresses, errors: c.errors });
      });
    }

    it('refuses a negative max', () => {
      expect(() => parseEmailList('a@firm.example', { max: -1 })).to.throw(RangeError);
    });
  });

  describe('validateRecipients', () => {
    const cases: {
      name: string;
      recipients: string[];
      options?: { max?: number; primaryEmail?: string | null };
      expected: RecipientError[];
    }[] = [
      { name: 'none', recipients: [], expected: [] },
      { name: 'all valid', recipients: ['a@firm.example', 'b@firm.example'], expected: [] },
      {
        name: 'invalid and too long items',
        recipients: ['a@firm.example', 'nope', ADDRESS_255, ' b@firm.example'],
        expected: [
          { index: 1, code: 'invalid' },
          { index: 2, code: 'too_long' },
          { index: 3, code: 'invalid' },
        ],
      },
      {
        name: 'duplicate at its later index',
        recipients: ['a@firm.example', 'b@firm.example', 'c@firm.example', 'B@FIRM.example'],
        expected: [{ index: 3, code: 'duplicate' }],
      },
      {
        name: 'primary ignored when not given',
        recipients: ['dana@firm.example'],
        expected: [],
      },
      {
        name: 'primary refused when given',
        recipients: ['a@firm.example', 'Dana@firm.example'],
        options: { primaryEmail: 'dana@firm.example' },
        expected: [{ index: 1, code: 'primary' }],
      },
      { name: '50 items', recipients: numbered(50), expected: [] },
      {
        name: '52 items',
        recipients: numbered(52),
        expected: [
          { index: 50, code: 'too_many' },
          { index: 51, code: 'too_many' },
        ],
      },
      {
        name: 'past max, the item’s own problem wins',
        recipients: ['a@firm.example', 'b@firm.example', 'bad', 'A@firm.example', 'c@firm.example'],
        options: { max: 2 },
        expected: [
          { index: 2, code: 'invalid' },
          { index: 3, code: 'duplicate' },
          { index: 4, code: 'too_many' },
        ],
      },
      {
        name: 'invalid items still count towards the length',
        recipients: ['bad', 'a@firm.example', 'b@firm.example'],
        options: { max: 2 },
        expected: [
          { index: 0, code: 'invalid' },
          { index: 2, code: 'too_many' },
        ],
      },
    ];
    for (const c of cases) {
      it(`reports ${c.name}`, () => {
        expect(validateRecipients(c.recipients, c.options)).to.deep.equal(c.expected);
      });
    }
  });
});
