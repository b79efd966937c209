import { expect } from '@open-wc/testing';
import { REPORT_CSV_COLUMNS, reportCsv, reportCsvRecords, reportFileName, slugify, type ReportCsvHeader } from '../../src/core/report-csv.js';
import type { UsageRow } from '../../src/core/report-table.js';

const HEADER: ReportCsvHeader = {
  date: 'Date',
  agentId: 'Agent ID',
  agentName: 'Agent',
  campaignId: 'Campaign ID',
  campaignName: 'Campaign',
  calls: 'Calls',
  successfulCalls: 'Successful calls',
  messages: 'Messages',
  conversions: 'Conversions',
  selfHealing: 'Self-healing activity',
  courtesyCredits: 'Courtesy credits',
  cost: 'Cost',
  currency: 'Currency',
};
const HEADER_LINE = 'Date,Agent ID,Agent,Campaign ID,Campaign,Calls,Successful calls,Messages,Conversions,Self-healing activity,Courtesy credits,Cost,Currency\r\n';

const row = (campaignName: string, cost: number, extra: Partial<UsageRow> = {}): UsageRow => ({
  date: '2026-10-01',
  agentId: 'ag_1',
  agentName: 'Intake Agent',
  campaignId: 'c_1',
  campaignName,
  calls: 120,
  successfulCalls: 88,
  messages: 310,
  conversions: 9,
  selfHealing: 2,
  courtesyCredits: 0,
  cost,
  ...extra,
});

// The campaign names a spreadsheet or a page could be attacked with, and names with accents.
const HOSTILE: UsageRow[] = [
  row('=HYPERLINK("http://x","y")', 18450),
  row('Smith, "Jones" & Co', 5, { campaignId: 'c_2', courtesyCredits: 1250 }),
  row('Line one\nLine two', 0, { campaignId: 'c_3', date: '2026-10-02' }),
  row('<img src=x onerror=alert(1)>', 100, { campaignId: 'c_4', date: '2026-10-31' }),
  row('Caña José — Ünïcode', 99999, { campaignId: 'c_5', agentId: 'ag_2', agentName: 'Recepción', date: '2026-10-31' }),
  row('+1 (555) 010', 7, { campaignId: 'c_6', agentName: '@Ops', date: '2026-10-31' }),
];

describe('report-csv', () => {
  describe('reportCsv, byte-exact', () => {
    it('writes the hostile fixture with a comma', () => {
      expect(reportCsv(HOSTILE, 'USD', HEADER)).to.equal(
        '\uFEFF' +
          HEADER_LINE +
          `2026-10-01,ag_1,Intake Agent,c_1,"'=HYPERLINK(""http://x"",""y"")",120,88,310,9,2,0.00,184.50,USD\r\n` +
          `2026-10-01,ag_1,Intake Agent,c_2,"Smith, ""Jones"" & Co",120,88,310,9,2,12.50,0.05,USD\r\n` +
          `2026-10-02,ag_1,Intake Agent,c_3,"Line one\nLine two",120,88,310,9,2,0.00,0.00,USD\r\n` +
          `2026-10-31,ag_1,Intake Agent,c_4,<img src=x onerror=alert(1)>,120,88,310,9,2,0.00,1.00,USD\r\n` +
          `2026-10-31,ag_2,Recepción,c_5,Caña José — Ünïcode,120,88,310,9,2,0.00,999.99,USD\r\n` +
          `2026-10-31,ag_1,'@Ops,c_6,'+1 (555) 010,120,88,310,9,2,0.00,0.07,USD\r\n`,
      );
    });

    it('writes the hostile fixture with a semicolon: commas bare, quotes still quoted, a decimal comma', () => {
      const text = reportCsv(HOSTILE, 'USD', HEADER, ';');
      expect(text).to.equal(
        '\uFEFF' +
          HEADER_LINE.replaceAll(',', ';') +
          `2026-10-01;ag_1;Intake Agent;c_1;"'=HYPERLINK(""http://x"",""y"")";120;88;310;9;2;0,00;184,50;USD\r\n` +
          `2026-10-01;ag_1;Intake Agent;c_2;"Smith, ""Jones"" & Co";120;88;310;9;2;12,50;0,05;USD\r\n` +
          `2026-10-02;ag_1;Intake Agent;c_3;"Line one\nLine two";120;88;310;9;2;0,00;0,00;USD\r\n` +
          `2026-10-31;ag_1;Intake Agent;c_4;<img src=x onerror=alert(1)>;120;88;310;9;2;0,00;1,00;USD\r\n` +
          `2026-10-31;ag_2;Recepción;c_5;Caña José — Ünïcode;120;88;310;9;2;0,00;999,99;USD\r\n` +
          `2026-10-31;ag_1;'@Ops;c_6;'+1 (555) 010;120;88;310;9;2;0,00;0,07;USD\r\n`,
      );
    });

    it('a decimal comma keeps currencies without decimals whole and three-decimal ones exact', () => {
      expect(reportCsv([row('x', 1250)], 'JPY', HEADER, ';').split('\r\n')[1]).to.match(/;0;1250;JPY$/);
      expect(reportCsv([row('x', 1250)], 'KWD', HEADER, ';').split('\r\n')[1]).to.match(/;0,000;1,250;KWD$/);
      expect(() => reportCsvRecords([row('x', -5)], 'USD', HEADER, ',')).to.throw(RangeError);
    });

    it('an empty report is the BOM and the header', () => {
      expect(reportCsv([], 'USD', HEADER)).to.equal(`\uFEFF${HEADER_LINE}`);
    });

    it('header words are escaped like any text (a translation starting with "-")', () => {
      expect(reportCsv([], 'USD', { ...HEADER, date: '-Fecha' }).slice(1, 9)).to.equal("'-Fecha,");
    });
  });

  describe('reportCsvRecords: money in the currency’s units', () => {
    const cases = [
      { currency: 'USD', minor: 0, expected: '0.00' },
      { currency: 'USD', minor: 1, expected: '0.01' },
      { currency: 'USD', minor: 123456789, expected: '1234567.89' },
      { currency: 'JPY', minor: 1250, expected: '1250' },
      { currency: 'KWD', minor: 1250, expected: '1.250' },
      { currency: 'USD', minor: Number.MAX_SAFE_INTEGER, expected: '90071992547409.91' },
    ];
    for (const c of cases) {
      it(`${c.minor} ${c.currency} → ${c.expected}`, () => {
        const records = reportCsvRecords([row('x', c.minor, { courtesyCredits: c.minor })], c.currency, HEADER);
        expect(records[1]?.slice(-3)).to.deep.equal([{ numeric: c.expected }, { numeric: c.expected }, c.currency]);
      });
    }

    it('has one cell per column, in order', () => {
      const records = reportCsvRecords([row('x', 1)], 'USD', HEADER);
      expect(records[0]).to.deep.equal(REPORT_CSV_COLUMNS.map((column) => HEADER[column]));
      expect(records[1]).to.have.length(REPORT_CSV_COLUMNS.length);
    });

    it('refuses a money amount that is not a safe integer rather than write a wrong figure', () => {
      expect(() => reportCsvRecords([row('x', 0.5)], 'USD', HEADER)).to.throw(RangeError);
    });
  });

  describe('slugify', () => {
    const cases = [
      { name: 'Intake Agent', expected: 'intake-agent' },
      { name: 'Caña José — Ünïcode', expected: 'cana-jose-unicode' },
      { name: 'Straße Ærø Łódź', expected: 'strasse-aero-lodz' },
      { name: 'Ｆｕｌｌ ｗｉｄｔｈ', expected: 'full-width' },
      { name: '  --Follow__up--  ', expected: 'follow-up' },
      { name: '<img src=x onerror=alert(1)>', expected: 'img-src-x-onerror-alert-1' },
      { name: '../../etc/passwd', expected: 'etc-passwd' },
      { name: '受付エージェント', expected: '' },
      { name: '', expected: '' },
      { name: 'İstanbul Agent', expected: 'istanbul-agent' },
      { name: 'A very long agent name that goes on and on beyond forty characters', expected: 'a-very-long-agent-name-that-goes-on-and' },
      { name: 'x'.repeat(50), expected: 'x'.repeat(40) },
    ];
    for (const c of cases) {
      it(`"${c.name}" → "${c.expected}"`, () => {
        const slug = slugify(c.name);
        expect(slug).to.equal(c.expected);
        expect(slug).to.match(/^[a-z0-9-]{0,40}$/);
      });
    }
  });

  describe('reportFileName', () => {
    const cases = [
      { from: '2026-10-01', to: '2026-10-31', agent: null, expected: 'kayse-usage-2026-10-01_2026-10-31.csv' },
      { from: '2026-10-01', to: '2026-10-31', agent: { id: 'ag_1', name: 'Intake Agent' }, expected: 'kayse-usage-2026-10-01_2026-10-31-intake-agent.csv' },
      { from: '2028-01-01', to: '2028-12-31', agent: { id: 'ag_2', name: 'Recepción — Mañana' }, expected: 'kayse-usage-2028-01-01_2028-12-31-recepcion-manana.csv' },
      { from: '2026-10-01', to: '2026-10-31', agent: { id: 'ag_7', name: '受付' }, expected: 'kayse-usage-2026-10-01_2026-10-31-ag-7.csv' },
      { from: '2026-10-01', to: '2026-10-31', agent: { id: '受付', name: '受付' }, expected: 'kayse-usage-2026-10-01_2026-10-31.csv' },
    ];
    for (const c of cases) {
      it(c.expected, () => {
        const name = reportFileName(c.from, c.to, c.agent);
        expect(name).to.equal(c.expected);
        expect(name).to.match(/^[\x21-\x7e]+$/);
      });
    }
  });
});
