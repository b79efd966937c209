import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { ApiError } from '../../src/api/api-error.js';
import type { BillingApi, ReportQuery } from '../../src/api/billing-api.js';
import type { UsageReport, UsageReportRow } from '../../src/api/schemas.js';
import '../../src/elements/report-picker/define.js';
import type { KayseReportPicker } from '../../src/elements/report-picker/report-picker.js';
import { KayseDownloadEvent } from '../../src/events/events.js';
import type { KayseDataTable } from '../../src/ui/kit/data-table.js';
import { FakeBillingApi } from '../helpers/fake-api.js';

// The element on a fake client (no provider), with a fixture report whose campaign names
// attack a spreadsheet or a page, and whose accents must survive Excel.

const row = (date: string, campaignId: string, campaignName: string, cost: number, extra: Partial<UsageReportRow> = {}): UsageReportRow => ({
  date,
  agentId: 'ag_1',
  agentName: 'Intake Agent',
  campaignId,
  campaignName,
  calls: 10,
  successfulCalls: 8,
  messages: 20,
  conversions: 1,
  selfHealing: 0,
  courtesyCredits: 0,
  cost,
  ...extra,
});

const HOSTILE_NAMES = ['=HYPERLINK("http://x","y")', 'Smith, "Jones" & Co', 'Line one\nLine two', '<img src=x onerror=alert(1)>', 'Caña José — Ünïcode'];

const FIXTURE: UsageReport = {
  currency: 'USD',
  from: '2026-10-01',
  to: '2026-10-31',
  agentId: null,
  totals: { calls: 60, successfulCalls: 48, messages: 120, conversions: 6, selfHealing: 1, courtesyCredits: 1250, cost: 106_555 },
  rows: [
    row('2026-10-01', 'c_1', HOSTILE_NAMES[0]!, 18450),
    row('2026-10-01', 'c_2', HOSTILE_NAMES[1]!, 5, { courtesyCredits: 1250 }),
    row('2026-10-02', 'c_3', HOSTILE_NAMES[2]!, 0, { selfHealing: 1 }),
    row('2026-10-15', 'c_4', HOSTILE_NAMES[3]!, 100),
    row('2026-10-31', 'c_5', HOSTILE_NAMES[4]!, 88_000, { agentId: 'ag_2', agentName: 'Recepción' }),
    row('2026-10-31', 'c_1', HOSTILE_NAMES[0]!, 0),
  ],
};

const EXPECTED_CSV =
  '\uFEFF' +
  'Date,Agent ID,Agent,Campaign ID,Campaign,Calls,Successful calls,Messages,Conversions,Self-healing activity,Courtesy credits,Cost,Currency\r\n' +
  `2026-10-01,ag_1,Intake Agent,c_1,"'=HYPERLINK(""http://x"",""y"")",10,8,20,1,0,0.00,184.50,USD\r\n` +
  `2026-10-01,ag_1,Intake Agent,c_2,"Smith, ""Jones"" & Co",10,8,20,1,0,12.50,0.05,USD\r\n` +
  `2026-10-02,ag_1,Intake Agent,c_3,"Line one\nLine two",10,8,20,1,1,0.00,0.00,USD\r\n` +
  `2026-10-15,ag_1,Intake Agent,c_4,<img src=x onerror=alert(1)>,10,8,20,1,0,0.00,1.00,USD\r\n` +
  `2026-10-31,ag_2,Recepción,c_5,Caña José — Ünïcode,10,8,20,1,0,0.00,880.00,USD\r\n` +
  `2026-10-31,ag_1,Intake Agent,c_1,"'=HYPERLINK(""http://x"",""y"")",10,8,20,1,0,0.00,0.00,USD\r\n`;

/** The fake client, answering reports with the fixture and able to hold them. */
class ReportApi extends FakeBillingApi {
  readonly queries: ReportQuery[] = [];
  report: UsageReport = structuredClone(FIXTURE);
  private gate: { readonly promise: Promise<void>; readonly open: () => void } | null = null;

  override getAgents: BillingApi['getAgents'] = () => Promise.resolve({ items: [{ id: 'ag_1', name: 'Intake Agent' }, { id: 'ag_2', name: 'Recepción' }] });

  /** How many report requests fail (with a 500) before they answer. */
  failures = 0;

  override getUsageReport: BillingApi['getUsageReport'] = async (query, options) => {
    this.queries.push(query);
    if (this.gate) await this.gate.promise;
    options?.signal?.throwIfAborted();
    if (this.failures > 0) {
      this.failures -= 1;
      throw new ApiError({ kind: 'server', status: 500, code: 'internal', message: 'Internal error' });
    }
    const report = structuredClone(this.report);
    const agentId = query.agentId ?? null;
    return { ...report, agentId, rows: agentId === null ? report.rows : report.rows.filter((r) => r.agentId === agentId) };
  };

  holdReports(): void {
    let open!: () => void;
    const promise = new Promise<void>((resolve) => (open = resolve));
    this.gate = { promise, open };
  }

  releaseReports(): void {
    this.gate?.open();
    this.gate = null;
  }
}

/** Stubs that put everything back after each test. */
const restorers: (() => void)[] = [];
function replace<T extends object, K extends keyof T>(target: T, key: K, value: T[K]): void {
  const original = target[key];
  target[key] = value;
  restorers.push(() => {
    target[key] = original;
  });
}

interface Saved {
  readonly created: Blob[];
  readonly clicked: { href: string; download: string }[];
  readonly revoked: string[];
  readonly delayed: (() => void)[];
}

/** Catches the Blob-link save: object URLs, the link's click, and the delayed revoke. */
function catchSaves(): Saved {
  const saved: Saved = { created: [], clicked: [], revoked: [], delayed: [] };
  replace(URL, 'createObjectURL', (blob: Blob | MediaSource) => {
    saved.created.push(blob as Blob);
    return `blob:test/${saved.created.length}`;
  });
  replace(URL, 'revokeObjectURL', (url: string) => {
    saved.revoked.push(url);
  });
  replace(HTMLAnchorElement.prototype, 'click', function (this: HTMLAnchorElement) {
    saved.clicked.push({ href: this.href, download: this.download });
  });
  const realSetTimeout = window.setTimeout;
  const delaying = ((handler: TimerHandler, timeout?: number, ...rest: unknown[]) => {
    if (timeout === 30_000 && typeof handler === 'function') {
      saved.delayed.push(handler as () => void);
      return 0;
    }
    return realSetTimeout(handler, timeout, ...rest);
  }) as typeof window.setTimeout;
  replace(window, 'setTimeout', delaying);
  return saved;
}

async function mount(attributes: { month?: string; agentId?: string; delimiter?: string; locale?: string } = {}, api = new ReportApi()) {
  const el = await fixture<KayseReportPicker>(html`<kayse-report-picker
    .client=${api}
    month=${attributes.month ?? '2026-10'}
    agent-id=${attributes.agentId ?? ''}
    csv-delimiter=${attributes.delimiter ?? ','}
    locale=${attributes.locale ?? 'en-US'}
  ></kayse-report-picker>`);
  await waitUntil(() => el.matches(':state(ready)') && el.shadowRoot!.querySelector('kayse-data-table'), 'no report');
  return { el, api };
}

const $ = <E extends Element = HTMLElement>(el: KayseReportPicker, selector: string) => el.shadowRoot!.querySelector<E>(selector);
const downloadButton = (el: KayseReportPicker) => $<HTMLButtonElement>(el, '.download')!;

async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

describe('kayse-report-picker on a fake client', () => {
  afterEach(() => {
    while (restorers.length > 0) restorers.pop()!();
  });

  it('is accessible with hostile names on screen and while a download is busy', async () => {
    catchSaves();
    const { el, api } = await mount();
    await expect(el).to.be.accessible();
    api.holdReports();
    $<HTMLSelectElement>(el, '#month')!.value = '2026-09';
    $<HTMLSelectElement>(el, '#month')!.dispatchEvent(new Event('change'));
    downloadButton(el).click();
    await el.updateComplete;
    expect(downloadButton(el).getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    api.releaseReports();
  });

  describe('hostile campaign names', () => {
    it('render as text in the table, never as HTML', async () => {
      const { el } = await mount();
      const table = $<KayseDataTable>(el, 'kayse-data-table.groups')!;
      await table.updateComplete;
      const cells = [...table.shadowRoot!.querySelectorAll('tbody th')].map((th) => th.textContent!.trim());
      expect(cells).to.have.members(HOSTILE_NAMES);
      expect(table.shadowRoot!.querySelector('img')).to.equal(null);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(table.shadowRoot!.querySelector('a')).to.equal(null);
    });

    it('render as text in the breakdown choice too', async () => {
      const { el } = await mount();
      $<HTMLButtonElement>(el, '.disclosure')!.click();
      await el.updateComplete;
      const options = [...$<HTMLSelectElement>(el, '#breakdown-of')!.options].map((option) => option.textContent!.trim());
      expect(options).to.include('<img src=x onerror=alert(1)> (Intake Agent)');
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    });
  });

  describe('CSV download', () => {
    it('writes the fixture byte-exact: UTF-8 with a BOM, RFC 4180, formula-safe', async () => {
      const saved = catchSaves();
      const { el, api } = await mount();
      setTimeout(() => downloadButton(el).click());
      const event = await oneEvent(el, KayseDownloadEvent.eventName);
      expect(event.detail.fileName).to.equal('kayse-usage-2026-10-01_2026-10-31.csv');
      expect(event.detail.rowCount).to.equal(6);
      expect(event.detail.blob.type).to.equal('text/csv;charset=utf-8');
      const bytes = await bytesOf(event.detail.blob);
      expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).to.equal(EXPECTED_CSV);
      expect(bytes).to.deep.equal(new TextEncoder().encode(EXPECTED_CSV));
      // The report on screen was used: the download asked for nothing more.
      expect(api.queries).to.have.length(1);
      await waitUntil(() => saved.clicked.length === 1, 'not saved', { timeout: 4000 });
      expect(saved.created[0]).to.equal(event.detail.blob);
      expect(saved.clicked[0]).to.deep.equal({ href: 'blob:test/1', download: 'kayse-usage-2026-10-01_2026-10-31.csv' });
      expect(el.shadowRoot!.textContent).to.contain('kayse-usage-2026-10-01_2026-10-31.csv is ready, with 6 rows.');
      // The object URL is revoked once the browser has the file.
      expect(saved.revoked).to.deep.equal([]);
      saved.delayed.forEach((revoke) => revoke());
      expect(saved.revoked).to.deep.equal(['blob:test/1']);
    });

    it('uses the csv-delimiter the host sets', async () => {
      catchSaves();
      const { el } = await mount({ delimiter: ';' });
      setTimeout(() => downloadButton(el).click());
      const event = await oneEvent(el, KayseDownloadEvent.eventName);
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await bytesOf(event.detail.blob));
      const lines = text.split('\r\n');
      expect(lines[0]).to.equal('\uFEFFDate;Agent ID;Agent;Campaign ID;Campaign;Calls;Successful calls;Messages;Conversions;Self-healing activity;Courtesy credits;Cost;Currency');
      expect(lines[2]).to.equal('2026-10-01;ag_1;Intake Agent;c_2;"Smith, ""Jones"" & Co";10;8;20;1;0;12,50;0,05;USD');
    });

    it('names the file after the agent it is filtered to', async () => {
      catchSaves();
      const { el, api } = await mount({ agentId: 'ag_2' });
      expect(api.queries).to.deep.equal([{ month: '2026-10', agentId: 'ag_2' }]);
      setTimeout(() => downloadButton(el).click());
      const event = await oneEvent(el, KayseDownloadEvent.eventName);
      expect(event.detail.fileName).to.equal('kayse-usage-2026-10-01_2026-10-31-recepcion.csv');
      expect(event.detail.rowCount).to.equal(1);
    });

    it('a canceled kayse-download leaves the saving to the host', async () => {
      const saved = catchSaves();
      const { el } = await mount();
      el.addEventListener(KayseDownloadEvent.eventName, (event) => event.preventDefault(), { once: true });
      setTimeout(() => downloadButton(el).click());
      const event = await oneEvent(el, KayseDownloadEvent.eventName);
      expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
      await el.updateComplete;
      expect(event.defaultPrevented).to.equal(true);
      expect(saved.created).to.deep.equal([]);
      expect(saved.clicked).to.deep.equal([]);
      expect(el.shadowRoot!.textContent).to.contain('was handed to the page');
    });

    it('downloads what the picker shows, opening it on the way, with one request however often it is pressed', async () => {
      const saved = catchSaves();
      const { el, api } = await mount();
      const events: KayseDownloadEvent[] = [];
      el.addEventListener(KayseDownloadEvent.eventName, (event) => events.push(event));
      api.holdReports();
      const month = $<HTMLSelectElement>(el, '#month')!;
      month.value = '2026-09';
      month.dispatchEvent(new Event('change'));
      const button = downloadButton(el);
      button.click();
      button.click();
      await el.updateComplete;
      button.click();
      expect(button.getAttribute('aria-busy')).to.equal('true');
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(button.textContent!.trim()).to.equal('Preparing CSV…');
      // No invented progress: no percentage, no progressbar.
      expect(el.shadowRoot!.querySelector('[role="progressbar"], progress')).to.equal(null);
      expect(api.queries).to.deep.equal([{ month: '2026-10' }, { month: '2026-09' }]);
      api.releaseReports();
      await waitUntil(() => events.length === 1 && button.getAttribute('aria-busy') === 'false', 'no download');
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(events).to.have.length(1);
      expect(saved.clicked).to.have.length(1);
      expect(api.queries).to.have.length(2);
      expect(el.getAttribute('month')).to.equal('2026-09');
      expect(button.hasAttribute('aria-disabled')).to.equal(false);
    });

    it('a range the rules refuse downloads nothing and asks for nothing', async () => {
      const saved = catchSaves();
      const { el, api } = await mount();
      $<HTMLInputElement>(el, 'input[name="mode"][value="range"]')!.click();
      await el.updateComplete;
      for (const [id, value] of [['from', '2025-01-01'], ['to', '2026-01-02']] as const) {
        const input = $<HTMLInputElement>(el, `#${id}`)!;
        input.value = value;
        input.dispatchEvent(new Event('input'));
      }
      downloadButton(el).click();
      await el.updateComplete;
      expect($(el, '#range-error')).to.exist;
      expect(api.queries).to.have.length(1);
      expect(saved.created).to.deep.equal([]);
      expect(downloadButton(el).getAttribute('aria-busy')).to.equal('false');
    });

    it('after a failed report, Download asks again and saves the answer', async () => {
      const saved = catchSaves();
      const api = new ReportApi();
      api.failures = 1;
      const el = await fixture<KayseReportPicker>(html`<kayse-report-picker .client=${api} month="2026-10"></kayse-report-picker>`);
      await waitUntil(() => el.matches(':state(error)'), 'no error');
      setTimeout(() => downloadButton(el).click());
      const event = await oneEvent(el, KayseDownloadEvent.eventName);
      expect(event.detail.rowCount).to.equal(6);
      expect(api.queries).to.deep.equal([{ month: '2026-10' }, { month: '2026-10' }]);
      await waitUntil(() => saved.clicked.length === 1 && el.matches(':state(ready)'), 'not saved');
    });

    it('a download whose report fails says so, and the button is ready again', async () => {
      const saved = catchSaves();
      const api = new ReportApi();
      api.failures = 2;
      const el = await fixture<KayseReportPicker>(html`<kayse-report-picker .client=${api} month="2026-10"></kayse-report-picker>`);
      await waitUntil(() => el.matches(':state(error)'), 'no error');
      downloadButton(el).click();
      const status = () => $(el, '.download + [role="status"]')?.textContent ?? '';
      await waitUntil(() => status() === 'The CSV could not be prepared. Try again.', `the status says "${status()}"`);
      expect(downloadButton(el).getAttribute('aria-busy')).to.equal('false');
      expect(saved.clicked).to.deep.equal([]);
    });

    it('no-download leaves the button out', async () => {
      const api = new ReportApi();
      const el = await fixture<KayseReportPicker>(html`<kayse-report-picker .client=${api} no-download></kayse-report-picker>`);
      await waitUntil(() => el.matches(':state(ready)'), 'not ready');
      expect($(el, '.download')).to.equal(null);
      expect($(el, 'button[type="submit"]')).to.exist;
    });
  });

  describe('life in the page', () => {
    it('a report cut short by a move in the DOM loads again', async () => {
      const { el, api } = await mount();
      api.holdReports();
      el.month = '2026-09';
      await el.updateComplete;
      const parent = el.parentElement!;
      el.remove();
      api.releaseReports();
      parent.append(el);
      // The fake answers every month with the October fixture: what counts is a fresh, complete answer.
      await waitUntil(() => api.queries.length === 3 && el.matches(':state(ready)'), 'not reloaded');
      expect(el.shadowRoot!.textContent).not.to.contain('cancelled');
      expect(el.matches(':state(ready)')).to.equal(true);
      expect(api.queries).to.deep.equal([{ month: '2026-10' }, { month: '2026-09' }, { month: '2026-09' }]);
    });

    it('reloads the report when the store says reports changed', async () => {
      const { el, api } = await mount();
      el.refresh();
      await waitUntil(() => api.queries.length === 2, 'no reload');
      await waitUntil(() => el.matches(':state(ready)'), 'not ready');
      expect(api.queries[1]).to.deep.equal({ month: '2026-10' });
    });
  });

  describe('numbers in the locale', () => {
    it('formats counts, money and dates for es-MX, with tabular numbers', async () => {
      const { el } = await mount({ locale: 'es-MX' });
      const cost = el.shadowRoot!.querySelector('[part="totals"] .total:first-child dd')!.textContent!;
      expect(cost).to.contain('1,065.55');
      const table = $<KayseDataTable>(el, 'kayse-data-table.groups')!;
      await table.updateComplete;
      const cell = table.shadowRoot!.querySelector('tbody td.end')!;
      expect(getComputedStyle(cell).fontVariantNumeric).to.equal('tabular-nums');
      expect(getComputedStyle(el.shadowRoot!.querySelector('.total dd')!).fontVariantNumeric).to.equal('tabular-nums');
    });
  });
});
