import { expect } from '@open-wc/testing';
import { csvNumeric, escapeFormula, toCsv, type CsvCell, type CsvOptions } from '../../src/core/csv.js';

describe('csv', () => {
  describe('toCsv, byte-exact', () => {
    const cases: { name: string; rows: CsvCell[][]; options?: CsvOptions; expected: string }[] = [
      { name: 'no rows', rows: [], expected: '' },
      { name: 'plain row', rows: [['date', 'agent', 'cost']], expected: 'date,agent,cost\r\n' },
      {
        name: 'two rows, each ending in CRLF',
        rows: [['a', 'b'], ['c', 'd']],
        expected: 'a,b\r\nc,d\r\n',
      },
      { name: 'comma in a field', rows: [['Whit, Dana', 'x']], expected: '"Whit, Dana",x\r\n' },
      { name: 'double quote in a field', rows: [['say "hi"']], expected: '"say ""hi"""\r\n' },
      { name: 'CRLF inside a field', rows: [['line 1\r\nline 2', 'x']], expected: '"line 1\r\nline 2",x\r\n' },
      { name: 'LF inside a field', rows: [['a\nb']], expected: '"a\nb"\r\n' },
      { name: 'lone CR inside a field', rows: [['a\rb']], expected: '"a\rb"\r\n' },
      { name: 'spaces left as they are', rows: [[' padded ', 'x']], expected: ' padded ,x\r\n' },
      { name: 'null is an empty field', rows: [['a', null, 'c']], expected: 'a,,c\r\n' },
      { name: 'empty string', rows: [['', 'b']], expected: ',b\r\n' },
      {
        name: 'semicolon delimiter: comma bare, semicolon quoted',
        rows: [['Whit, Dana', 'a;b', csvNumeric('12.50')]],
        options: { delimiter: ';' },
        expected: 'Whit, Dana;"a;b";12.50\r\n',
      },
      {
        name: 'tab delimiter: tab inside a field quoted',
        rows: [['a b', 'c\td']],
        options: { delimiter: '\t' },
        expected: 'a b\t"c\td"\r\n',
      },
      { name: 'BOM', rows: [['a', 'b']], options: { bom: true }, expected: '\uFEFFa,b\r\n' },
      { name: 'BOM off', rows: [['a']], options: { bom: false }, expected: 'a\r\n' },
      { name: 'BOM with no rows', rows: [], options: { bom: true }, expected: '\uFEFF' },
      { name: 'Unicode text untouched', rows: [['Bücher € 日本']], expected: 'Bücher € 日本\r\n' },
    ];
    for (const c of cases) {
      it(`writes ${c.name}`, () => {
        expect(toCsv(c.rows, c.options)).to.equal(c.expected);
      });
    }
  });

  describe('hostile cells', () => {
    const cases: { name: string; cell: string; escaped: string; field: string }[] = [
      { name: '=SUM(A1)', cell: '=SUM(A1)', escaped: "'=SUM(A1)", field: "'=SUM(A1)" },
      { name: '+1', cell: '+1', escaped: "'+1", field: "'+1" },
      { name: '-1+1', cell: '-1+1', escaped: "'-1+1", field: "'-1+1" },
      { name: '@cmd', cell: '@cmd', escaped: "'@cmd", field: "'@cmd" },
      { name: 'leading tab', cell: '\tx', escaped: "'\tx", field: "'\tx" },
      { name: 'leading CR (quoted for the CR)', cell: '\rx', escaped: "'\rx", field: `"'\rx"` },
      { name: 'full-width equals', cell: '＝1', escaped: "'＝1", field: "'＝1" },
      { name: 'full-width plus', cell: '＋1', escaped: "'＋1", field: "'＋1" },
      { name: 'full-width minus', cell: '－1', escaped: "'－1", field: "'－1" },
      { name: 'full-width at', cell: '＠x', escaped: "'＠x", field: "'＠x" },
      {
        name: 'HYPERLINK (escaped, then quoted for its quotes)',
        cell: '=HYPERLINK("http://x","y")',
        escaped: `'=HYPERLINK("http://x","y")`,
        field: `"'=HYPERLINK(""http://x"",""y"")"`,
      },
      { name: 'a minus sign as text', cell: '-5.00', escaped: "'-5.00", field: "'-5.00" },
      { name: 'formula char later in the text', cell: 'a=b', escaped: 'a=b', field: 'a=b' },
      { name: 'leading space before =', cell: ' =1', escaped: ' =1', field: ' =1' },
      { name: 'empty', cell: '', escaped: '', field: '' },
    ];
    for (const c of cases) {
      it(`escapes ${c.name}`, () => {
        expect(escapeFormula(c.cell)).to.equal(c.escaped);
      });
      it(`writes ${c.name} as a safe field`, () => {
        expect(toCsv([[c.cell]])).to.equal(`${c.field}\r\n`);
      });
    }
  });

  describe('numbers and numeric text', () => {
    const cases: { name: string; cell: CsvCell; expected: string }[] = [
      { name: 'zero', cell: 0, expected: '0' },
      { name: 'negative integer', cell: -5, expected: '-5' },
      { name: 'decimal', cell: 12.5, expected: '12.5' },
      { name: 'MAX_SAFE_INTEGER', cell: Number.MAX_SAFE_INTEGER, expected: '9007199254740991' },
      { name: 'numeric text -5.00', cell: csvNumeric('-5.00'), expected: '-5.00' },
      { name: 'numeric text 184.50', cell: csvNumeric('184.50'), expected: '184.50' },
      { name: 'numeric text integer', cell: csvNumeric('42'), expected: '42' },
    ];
    for (const c of cases) {
      it(`writes ${c.name} untouched`, () => {
        expect(toCsv([[c.cell, 'x']])).to.equal(`${c.expected},x\r\n`);
      });
    }
  });

  describe('refusals', () => {
    const cases: { name: string; run: () => unknown }[] = [
      { name: 'NaN', run: () => toCsv([[Number.NaN]]) },
      { name: 'Infinity', run: () => toCsv([[Number.POSITIVE_INFINITY]]) },
      { name: '-Infinity', run: () => toCsv([['a', Number.NEGATIVE_INFINITY]]) },
      { name: 'csvNumeric of a formula', run: () => csvNumeric('=1+1') },
      { name: 'csvNumeric with a thousands separator', run: () => csvNumeric('1,000.00') },
      { name: 'csvNumeric with a trailing dot', run: () => csvNumeric('5.') },
      { name: 'csvNumeric with a plus sign', run: () => csvNumeric('+5') },
      { name: 'csvNumeric empty', run: () => csvNumeric('') },
      { name: 'a hand-made numeric cell that is not numeric', run: () => toCsv([[{ numeric: '=cmd' }]]) },
    ];
    for (const c of cases) {
      it(`throws a RangeError for ${c.name}`, () => {
        expect(c.run).to.throw(RangeError);
      });
    }
  });
});
