// CSV of a 100 000-row usage report: our writer (`core/csv.ts` through `core/report-csv.ts`)
// against papaparse's `unparse` on the same records, in the same run, alternating so neither
// gets a warmer machine. Papaparse is a dev dependency for this comparison only.
import Papa from 'papaparse';
import type { CsvCell } from '../src/core/csv.js';
import { toCsv } from '../src/core/csv.js';
import { reportCsv, reportCsvRecords, type ReportCsvHeader } from '../src/core/report-csv.js';
import { groupRows, type UsageRow } from '../src/core/report-table.js';
import { en } from '../src/i18n/en.js';

const ROWS = 100_000;
const RUNS = 7;

const HEADER: ReportCsvHeader = {
  date: en.reportsCsvDate,
  agentId: en.reportsCsvAgentId,
  agentName: en.reportsCsvAgent,
  campaignId: en.reportsCsvCampaignId,
  campaignName: en.reportsCsvCampaign,
  calls: en.reportsCsvCalls,
  successfulCalls: en.reportsCsvSuccessfulCalls,
  messages: en.reportsCsvMessages,
  conversions: en.reportsCsvConversions,
  selfHealing: en.reportsCsvSelfHealing,
  courtesyCredits: en.reportsCsvCourtesyCredits,
  cost: en.reportsCsvCost,
  currency: en.reportsCsvCurrency,
};

// Mostly plain names, with the ones that need quoting or escaping mixed in.
const CAMPAIGNS = [
  'Personal injury intake',
  'Workers’ comp intake',
  'Smith, "Jones" & Co',
  '=HYPERLINK("http://x","y")',
  'Line one\nLine two',
  'Caña José — Ünïcode',
  'Unsigned retainer follow-up',
  'Consultation booking',
];
const AGENTS = ['Intake Agent', 'Follow-up Agent', 'Reviews Agent', 'Scheduling Agent'];

function makeRows(count: number): UsageRow[] {
  const rows: UsageRow[] = [];
  let seed = 1;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648);
  for (let i = 0; i < count; i++) {
    const calls = next() % 60;
    rows.push({
      date: `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      agentId: `ag_${i % AGENTS.length}`,
      agentName: AGENTS[i % AGENTS.length]!,
      campaignId: `c_${i % 640}`,
      campaignName: `${CAMPAIGNS[i % CAMPAIGNS.length]!} · wave ${i % 80}`,
      calls,
      successfulCalls: Math.floor(calls * 0.7),
      messages: calls * 2,
      conversions: calls % 5,
      selfHealing: calls % 3,
      courtesyCredits: i % 50 === 0 ? 500 : 0,
      cost: next() % 100_000,
    });
  }
  return rows;
}

/** Papaparse takes plain values: the numeric marks become their text. */
function plain(records: readonly (readonly CsvCell[])[]): (string | number | null)[][] {
  return records.map((record) => record.map((cell) => (cell !== null && typeof cell === 'object' ? cell.numeric : cell)));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

export async function measure(): Promise<Record<string, string | number>> {
  const rows = makeRows(ROWS);
  const records = reportCsvRecords(rows, 'USD', HEADER);
  const plainRecords = plain(records);
  const papaOptions = { delimiter: ',', newline: '\r\n', escapeFormulae: true } as const;

  const ours: number[] = [];
  const papa: number[] = [];
  const pipeline: number[] = [];
  const building: number[] = [];
  let ourText = '';
  let papaText = '';
  for (let run = 0; run < RUNS; run++) {
    ours.push(time(() => (ourText = toCsv(records, { bom: true }))));
    papa.push(time(() => (papaText = Papa.unparse(plainRecords, papaOptions))));
    building.push(time(() => reportCsvRecords(rows, 'USD', HEADER)));
    pipeline.push(time(() => reportCsv(rows, 'USD', HEADER)));
  }
  const grouping: number[] = [];
  for (let run = 0; run < RUNS; run++) grouping.push(time(() => groupRows(rows, 'campaign')));

  // Both files read back to the same fields (papaparse quotes every escaped formula and ends
  // without a final CRLF, so the bytes differ while the data does not).
  const readBack = (text: string) => Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { newline: '\r\n', skipEmptyLines: true }).data;
  const sameFields = JSON.stringify(readBack(ourText)) === JSON.stringify(readBack(papaText));
  const ourMs = median(ours);
  const papaMs = median(papa);
  const bytes = new TextEncoder().encode(ourText).length;

  return {
    rows: ROWS,
    'csv size (MB, UTF-8 with BOM)': (bytes / 1_048_576).toFixed(2),
    'ours: toCsv, median ms': ourMs.toFixed(1),
    'papaparse unparse, median ms': papaMs.toFixed(1),
    'ours vs papaparse': `${(papaMs / ourMs).toFixed(2)}× papaparse's speed`,
    'ours: rows/s': Math.round(ROWS / (ourMs / 1000)).toLocaleString('en-US'),
    'ours: report rows → records (money as decimals), median ms': median(building).toFixed(1),
    'ours: report rows → CSV text (records + toCsv), median ms': median(pipeline).toFixed(1),
    'same fields read back': sameFields ? 'yes' : 'NO',
    'groupRows by campaign (100 000 rows → 640 groups), median ms': median(grouping).toFixed(1),
    runs: RUNS,
  };
}
