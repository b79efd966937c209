import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { KayseBillingProvider } from '../../src/elements/billing-provider/billing-provider.js';
import '../../src/elements/report-picker/define.js';
import type { KayseReportPicker } from '../../src/elements/report-picker/report-picker.js';
import { KayseErrorEvent } from '../../src/events/events.js';
import { createMockBackend, createMockFetch, type MockBackend, type MockBackendOptions } from '../../src/mock/index.js';
import type { KayseDataTable } from '../../src/ui/kit/data-table.js';

// The whole path on the mock backend: provider → REST client → mock fetch → Hono app, with
// requests asserted by their query strings. Today is pinned: 2026-11-24, America/Chicago.

const TODAY = '2026-11-24';

interface Mounted {
  readonly el: KayseReportPicker;
  readonly backend: MockBackend;
}

async function mount(template: TemplateResult, options: MockBackendOptions & { beforeMount?: (backend: MockBackend) => void } = {}): Promise<Mounted> {
  const { beforeMount, ...backendOptions } = options;
  const backend = createMockBackend({ today: TODAY, ...backendOptions });
  beforeMount?.(backend);
  const provider = await fixture<KayseBillingProvider>(
    html`<kayse-billing-provider base-url="/api/billing" .fetch=${createMockFetch({ backend })}>${template}</kayse-billing-provider>`,
  );
  const el = provider.querySelector('kayse-report-picker')!;
  await settled(el);
  return { el, backend };
}

const root = (el: KayseReportPicker) => el.shadowRoot!;
const $ = <E extends Element = HTMLElement>(el: KayseReportPicker, selector: string) => root(el).querySelector<E>(selector);
const text = (el: KayseReportPicker) => root(el).textContent?.replace(/\s+/g, ' ') ?? '';
const isSettled = (el: KayseReportPicker) =>
  ['ready', 'empty', 'error', 'hidden'].some((name) => el.matches(`:state(${name})`)) && !$(el, '.report[aria-busy="true"]');

async function settled(el: KayseReportPicker): Promise<void> {
  await waitUntil(() => isSettled(el), 'the report picker did not settle', { timeout: 4000 });
  await el.updateComplete;
}

const reportQueries = (backend: MockBackend) => backend.requests.filter((request) => request.path === '/reports/usage').map((request) => request.query);
const groupsTable = (el: KayseReportPicker) => $<KayseDataTable>(el, 'kayse-data-table.groups')!;
const tableRows = (table: KayseDataTable) => [...table.shadowRoot!.querySelectorAll('tbody tr')];
const columnText = (table: KayseDataTable, label: string) => {
  const headers = [...table.shadowRoot!.querySelectorAll('thead th')];
  const index = headers.findIndex((th) => th.textContent!.trim().startsWith(label));
  return tableRows(table).map((tr) => tr.children[index]!.textContent!.trim());
};

function choose(el: KayseReportPicker, selector: string, value: string): void {
  const control = $<HTMLSelectElement | HTMLInputElement>(el, selector)!;
  control.value = value;
  control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

async function pickMode(el: KayseReportPicker, mode: 'month' | 'range'): Promise<void> {
  $<HTMLInputElement>(el, `input[name="mode"][value="${mode}"]`)!.click();
  await el.updateComplete;
}

async function open(el: KayseReportPicker): Promise<void> {
  $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
  await el.updateComplete;
}

async function openRange(el: KayseReportPicker, from: string, to: string): Promise<void> {
  await pickMode(el, 'range');
  choose(el, '#from', from);
  choose(el, '#to', to);
  await open(el);
}

describe('kayse-report-picker on the mock backend', () => {
  describe('accessibility', () => {
    it('is accessible with a month open', async () => {
      const { el } = await mount(html`<kayse-report-picker></kayse-report-picker>`);
      await expect(el).to.be.accessible();
    });

    it('is accessible with a range, its error, the agent grouping and the daily breakdown', async () => {
      const { el } = await mount(html`<kayse-report-picker from="2026-09-15" to="2026-11-14"></kayse-report-picker>`);
      $<HTMLInputElement>(el, 'input[name="group-by"][value="agent"]')!.click();
      $<HTMLButtonElement>(el, '.disclosure')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      choose(el, '#to', '2027-11-14');
      await open(el);
      expect($(el, '#range-error')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('is accessible while loading, empty, failed, refused (422) and read-only', async () => {
      const loading = await fixture<KayseBillingProvider>(
        html`<kayse-billing-provider base-url="/api/billing" .fetch=${createMockFetch({ today: TODAY, latencyMs: 60_000 })}>
          <kayse-report-picker></kayse-report-picker>
        </kayse-billing-provider>`,
      );
      const loadingPicker = loading.querySelector('kayse-report-picker')!;
      expect(loadingPicker.matches(':state(loading)')).to.equal(true);
      await expect(loadingPicker).to.be.accessible();

      const slowReport = await mountUnsettled(html`<kayse-report-picker></kayse-report-picker>`, (backend) =>
        backend.addFault({ route: '/reports/usage', latencyMs: 60_000 }),
      );
      await waitUntil(() => $(slowReport, '.report.loading'), 'no report skeleton');
      expect(slowReport.matches(':state(loading)')).to.equal(true);
      await expect(slowReport).to.be.accessible();

      const empty = await mount(html`<kayse-report-picker></kayse-report-picker>`, { scenario: 'empty', today: '2026-12-01' });
      expect(empty.el.matches(':state(empty)')).to.equal(true);
      await expect(empty.el).to.be.accessible();

      const failed = await mount(html`<kayse-report-picker></kayse-report-picker>`, { beforeMount: (backend) => backend.addFault({ route: '/reports/usage', status: 500 }) });
      expect(failed.el.matches(':state(error)')).to.equal(true);
      await expect(failed.el).to.be.accessible();

      const refused = await mount(html`<kayse-report-picker agent-id="ag_404"></kayse-report-picker>`);
      expect(refused.el.matches(':state(error)')).to.equal(true);
      await expect(refused.el).to.be.accessible();

      const readOnly = await mount(html`<kayse-report-picker></kayse-report-picker>`, { scenario: 'read_only' });
      await expect(readOnly.el).to.be.accessible();
    });
  });

  describe('defaults', () => {
    it('opens the current month of the company, for every agent', async () => {
      const { el, backend } = await mount(html`<kayse-report-picker></kayse-report-picker>`);
      expect(reportQueries(backend)).to.deep.equal([{ month: '2026-11' }]);
      expect(el.matches(':state(ready)')).to.equal(true);
      const month = $<HTMLSelectElement>(el, '#month')!;
      expect(month.value).to.equal('2026-11');
      expect(month.options).to.have.length(24);
      expect(month.options[0]!.textContent!.trim()).to.equal('November 2026');
      expect(month.options[23]!.value).to.equal('2024-12');
      expect($<HTMLSelectElement>(el, '#agent')!.value).to.equal('');
      expect($(el, '#report-title')!.textContent).to.equal('November 2026 · All agents');
      expect($(el, '.base > [role="status"]')!.textContent).to.equal('Report open: November 2026 · All agents.');
      expect(text(el)).to.contain('Days are counted in the America/Chicago time zone.');
      // The default is not written back: no attribute means "the current month".
      expect(el.hasAttribute('month')).to.equal(false);
    });

    it('labels every control and groups the period in a fieldset with a legend', async () => {
      const { el } = await mount(html`<kayse-report-picker></kayse-report-picker>`);
      expect($(el, 'fieldset.period > legend')!.textContent).to.equal('Period');
      expect($(el, 'label[for="month"]')!.textContent).to.equal('Month');
      expect($(el, 'label[for="agent"]')!.textContent).to.equal('AI agent');
      await pickMode(el, 'range');
      expect($(el, 'label[for="from"]')!.textContent).to.equal('From');
      expect($(el, 'label[for="to"]')!.textContent).to.equal('To');
      // A range starts as the month on screen, up to today in the current month.
      expect($<HTMLInputElement>(el, '#from')!.value).to.equal('2026-11-01');
      expect($<HTMLInputElement>(el, '#to')!.value).to.equal('2026-11-24');
      // A past month's whole range; February of a leap year ends on the 29th.
      const other = await mount(html`<kayse-report-picker month="2028-02"></kayse-report-picker>`);
      await pickMode(other.el, 'range');
      expect($<HTMLInputElement>(other.el, '#from')!.value).to.equal('2028-02-01');
      expect($<HTMLInputElement>(other.el, '#to')!.value).to.equal('2028-02-29');
    });

    it('shows the totals the server sent, in the locale', async () => {
      const { el } = await mount(html`<kayse-report-picker locale="de-DE" month="2026-10"></kayse-report-picker>`);
      const totals = [...root(el).querySelectorAll('[part="totals"] .total')].map((total) => total.querySelector('dt')!.textContent);
      expect(totals).to.deep.equal(['Cost', 'Courtesy credits', 'Net cost', 'Calls', 'Successful calls', 'Messages', 'Conversions', 'Self-healing activity']);
      const cost = root(el).querySelector('[part="totals"] .total:first-child dd')!.textContent!;
      expect(cost).to.match(/^[\d.]+,\d{2}\s\$$/);
      expect($(el, '#report-title')!.textContent).to.equal('Oktober 2026 · All agents');
    });

    it('counts days in the browser’s zone when usage is not readable, and says so', async () => {
      const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      const { el, backend } = await mount(html`<kayse-report-picker></kayse-report-picker>`, { patch: { access: { sections: { usage: 'hidden' } } } });
      expect(backend.requests.some((request) => request.path === '/usage/current')).to.equal(false);
      expect(text(el)).to.contain(`Days are counted in your browser’s time zone, ${zone}.`);
      expect(reportQueries(backend)).to.have.length(1);
    });
  });

  describe('requests carry the right query', () => {
    it('a month attribute', async () => {
      const { el, backend } = await mount(html`<kayse-report-picker month="2026-09"></kayse-report-picker>`);
      expect(reportQueries(backend)).to.deep.equal([{ month: '2026-09' }]);
      expect($<HTMLSelectElement>(el, '#month')!.value).to.equal('2026-09');
    });

    it('a month older than the list is offered too', async () => {
      const { el, backend } = await mount(html`<kayse-report-picker month="2023-02"></kayse-report-picker>`);
      expect(reportQueries(backend)).to.deep.equal([{ month: '2023-02' }]);
      const month = $<HTMLSelectElement>(el, '#month')!;
      expect(month.value).to.equal('2023-02');
      expect(month.options).to.have.length(25);
    });

    it('from and to attributes, which win over month', async () => {
      const { el, backend } = await mount(html`<kayse-report-picker month="2026-09" from="2026-09-15" to="2026-11-14"></kayse-report-picker>`);
      expect(reportQueries(backend)).to.deep.equal([{ from: '2026-09-15', to: '2026-11-14' }]);
      expect($<HTMLInputElement>(el, 'input[value="range"]')!.checked).to.equal(true);
      expect($<HTMLInputElement>(el, '#from')!.value).to.equal('2026-09-15');
      expect($(el, '#report-title')!.textContent).to.equal('Sep 15 – Nov 14, 2026 · All agents');
    });

    it('a month the user opens, reflected to the month attribute', async () => {
      const { el, backend } = await mount(html`<kayse-report-picker></kayse-report-picker>`);
      choose(el, '#month', '2026-08');
      // Nothing is asked before the user opens it.
      expect(reportQueries(backend)).to.have.length(1);
      await open(el);
      await settled(el);
      expect(reportQueries(backend)).to.deep.equal([{ month: '2026-11' }, { month: '2026-08' }]);
      expect(el.getAttribute('month')).to.equal('2026-08');
      expect(el.hasAttribute('from')).to.equal(false);
    });

    it('a range the user opens, reflected to from and to (and month removed)', async () => {
      const { el, backend } = await mount(html`<kayse-report-picker month="2026-10"></kayse-report-picker>`);
      await openRange(el, '2025-11-25', '2026-11-24');
      await settled(el);
      expect(reportQueries(backend).at(-1)).to.deep.equal({ from: '2025-11-25', to: '2026-11-24' });
      expect(el.getAttribute('from')).to.equal('2025-11-25');
      expect(el.getAttribute('to')).to.equal('2026-11-24');
      expect(el.hasAttribute('month')).to.equal(false);
    });

    it('a whole leap year (366 days) is accepted', async () => {
      const { el, backend } = await mount(html`<kayse-report-picker></kayse-report-picker>`);
      await openRange(el, '2024-01-01', '2024-12-31');
      await settled(el);
      expect(reportQueries(backend).at(-1)).to.deep.equal({ from: '2024-01-01', to: '2024-12-31' });
      expect($(el, '#range-error')).to.equal(null);
    });

    it('a host that changes the attributes gets that report, and a newer choice aborts the older request', async () => {
      const backend = createMockBackend({ today: TODAY });
      const mockFetch = createMockFetch({ backend });
      const signals = new Map<string, AbortSignal>();
      const spy: typeof fetch = (input, init) => {
        const url = new URL(String(input), 'http://host.example');
        if (url.pathname.endsWith('/reports/usage') && init?.signal) signals.set(url.search, init.signal);
        return mockFetch(input, init);
      };
      const provider = await fixture<KayseBillingProvider>(
        html`<kayse-billing-provider base-url="/api/billing" .fetch=${spy}><kayse-report-picker></kayse-report-picker></kayse-billing-provider>`,
      );
      const el = provider.querySelector('kayse-report-picker')!;
      await settled(el);
      backend.addFault({ route: '/reports/usage', latencyMs: 60_000, times: 1 });
      el.month = '2026-07';
      await waitUntil(() => $(el, '.report[aria-busy="true"]') && signals.has('?month=2026-07'), 'the old report is not dimmed');
      el.month = '2026-06';
      await settled(el);
      expect($(el, '#report-title')!.textContent).to.equal('June 2026 · All agents');
      expect(signals.get('?month=2026-07')!.aborted).to.equal(true);
      expect(signals.get('?month=2026-06')!.aborted).to.equal(false);
    });
  });

  describe('through the provider’s store', () => {
    it('two pickers on one provider share each report: one request per period', async () => {
      const backend = createMockBackend({ today: TODAY });
      const provider = await fixture<KayseBillingProvider>(
        html`<kayse-billing-provider base-url="/api/billing" .fetch=${createMockFetch({ backend })}>
          <kayse-report-picker month="2026-10"></kayse-report-picker>
          <kayse-report-picker month="2026-10"></kayse-report-picker>
        </kayse-billing-provider>`,
      );
      const [first, second] = [...provider.querySelectorAll('kayse-report-picker')] as [KayseReportPicker, KayseReportPicker];
      await settled(first);
      await settled(second);
      expect(reportQueries(backend)).to.deep.equal([{ month: '2026-10' }]);
      expect($(second, '#report-title')!.textContent).to.equal($(first, '#report-title')!.textContent);

      choose(first, '#month', '2026-09');
      await open(first);
      await settled(first);
      choose(second, '#month', '2026-09');
      await open(second);
      await settled(second);
      expect(reportQueries(backend)).to.deep.equal([{ month: '2026-10' }, { month: '2026-09' }]);
      expect($(second, '#report-title')!.textContent).to.equal('September 2026 · All agents');
    });
  });

  describe('agent filter', () => {
    it('narrows the rows to one agent and reflects agent-id', async () => {
      const { el, backend } = await mount(html`<kayse-report-picker month="2026-10"></kayse-report-picker>`);
      const all = columnText(groupsTable(el), 'Agent');
      expect(new Set(all).size).to.be.greaterThan(1);
      const agents = [...$<HTMLSelectElement>(el, '#agent')!.options].map((option) => option.textContent!.trim());
      expect(agents).to.deep.equal(['All agents', 'Intake Agent', 'Follow-up Agent', 'Reviews Agent', 'Scheduling Agent']);

      choose(el, '#agent', 'ag_2');
      await open(el);
      await settled(el);
      expect(reportQueries(backend).at(-1)).to.deep.equal({ month: '2026-10', agentId: 'ag_2' });
      const narrowed = columnText(groupsTable(el), 'Agent');
      expect(narrowed.length).to.be.greaterThan(0).and.below(all.length);
      expect(new Set(narrowed)).to.deep.equal(new Set(['Follow-up Agent']));
      expect(el.getAttribute('agent-id')).to.equal('ag_2');
      expect($(el, '#report-title')!.textContent).to.equal('October 2026 · Follow-up Agent');

      choose(el, '#agent', '');
      await open(el);
      await settled(el);
      // Every agent's October, opened first, is still in the store: it shows again without a request.
      expect(reportQueries(backend)).to.deep.equal([{ month: '2026-10' }, { month: '2026-10', agentId: 'ag_2' }]);
      await groupsTable(el).updateComplete;
      expect(columnText(groupsTable(el), 'Agent')).to.deep.equal(all);
      expect($(el, '#report-title')!.textContent).to.equal('October 2026 · All agents');
      expect(el.hasAttribute('agent-id')).to.equal(false);
    });
  });

  describe('range rules, before any request', () => {
    const cases = [
      { name: 'a 367-day range', from: '2025-01-01', to: '2026-01-02', message: 'A report covers at most 366 days; this range has 367.', invalid: ['from', 'to'], focus: 'to' },
      { name: 'a reversed range', from: '2026-11-10', to: '2026-11-01', message: 'The last day comes before the first day.', invalid: ['from', 'to'], focus: 'from' },
      { name: 'a missing first day', from: '', to: '2026-11-01', message: 'Enter the first day of the range.', invalid: ['from'], focus: 'from' },
      { name: 'a missing last day', from: '2026-11-01', to: '', message: 'Enter the last day of the range.', invalid: ['to'], focus: 'to' },
    ];
    for (const c of cases) {
      it(`${c.name} sends no request and ties the message to the inputs`, async () => {
        const { el, backend } = await mount(html`<kayse-report-picker></kayse-report-picker>`);
        await openRange(el, c.from, c.to);
        await el.updateComplete;
        expect(reportQueries(backend)).to.have.length(1);
        const error = $(el, '#range-error')!;
        expect(error.textContent).to.contain(c.message);
        for (const id of ['from', 'to']) {
          const input = $<HTMLInputElement>(el, `#${id}`)!;
          const tied = c.invalid.includes(id);
          expect(input.getAttribute('aria-invalid'), id).to.equal(tied ? 'true' : null);
          expect(input.getAttribute('aria-describedby')!.split(' ').includes('range-error'), id).to.equal(tied);
        }
        expect(root(el).activeElement?.id).to.equal(c.focus);
        // Nothing was applied: the attributes still say what is on screen.
        expect(el.hasAttribute('from')).to.equal(false);
      });
    }

    it('the message follows the inputs once shown, and goes when fixed', async () => {
      const { el, backend } = await mount(html`<kayse-report-picker></kayse-report-picker>`);
      await openRange(el, '2026-11-10', '2026-11-01');
      choose(el, '#to', '2026-11-12');
      await el.updateComplete;
      expect($(el, '#range-error')).to.equal(null);
      expect($(el, '#from')!.hasAttribute('aria-invalid')).to.equal(false);
      await open(el);
      await settled(el);
      expect(reportQueries(backend).at(-1)).to.deep.equal({ from: '2026-11-10', to: '2026-11-12' });
    });

    it('a host-set range of 367 days sends no request either', async () => {
      const { el, backend } = await mount(html`<kayse-report-picker from="2025-01-01" to="2026-01-02"></kayse-report-picker>`);
      expect(reportQueries(backend)).to.deep.equal([]);
      expect($(el, '#range-error')!.textContent).to.contain('367');
      expect($(el, '#from')!.getAttribute('aria-invalid')).to.equal('true');
      expect(el.matches(':state(ready)')).to.equal(true);
    });
  });

  describe('server answers', () => {
    it('a 422 shows the server’s message and tells the host', async () => {
      const backend = createMockBackend({ today: TODAY });
      backend.addFault({ route: '/reports/usage', status: 422 });
      const provider = await fixture<KayseBillingProvider>(
        html`<kayse-billing-provider base-url="/api/billing" .fetch=${createMockFetch({ backend })}><kayse-report-picker></kayse-report-picker></kayse-billing-provider>`,
      );
      const el = provider.querySelector('kayse-report-picker')!;
      const event = await oneEvent(el, KayseErrorEvent.eventName);
      expect(event.detail).to.deep.include({ section: 'reports', operation: 'load' });
      expect(event.detail.error.status).to.equal(422);
      await settled(el);
      expect(el.matches(':state(error)')).to.equal(true);
      const alert = $(el, '[part="error"][role="alert"]')!;
      expect(alert.textContent).to.contain('The billing service did not accept this report request.');
      expect(alert.textContent).to.contain('Injected fault: 422');
    });

    it('a 422 on a field puts its message under that control', async () => {
      const { el, backend } = await mount(html`<kayse-report-picker agent-id="ag_404"></kayse-report-picker>`);
      expect(reportQueries(backend)).to.deep.equal([{ month: '2026-11', agentId: 'ag_404' }]);
      const agent = $<HTMLSelectElement>(el, '#agent')!;
      expect(agent.getAttribute('aria-invalid')).to.equal('true');
      const describedBy = agent.getAttribute('aria-describedby')!;
      expect(root(el).getElementById(describedBy)!.textContent!.trim()).to.equal('AI agent: No agent with this id');
      // The unknown id is shown as chosen, not silently replaced by "All agents".
      expect(agent.value).to.equal('ag_404');

      choose(el, '#agent', 'ag_1');
      await open(el);
      await settled(el);
      expect(el.matches(':state(ready)')).to.equal(true);
      expect(agent.hasAttribute('aria-invalid')).to.equal(false);
    });

    it('a failure shows a retry that loads the report again', async () => {
      const { el, backend } = await mount(html`<kayse-report-picker></kayse-report-picker>`, {
        beforeMount: (b) => b.addFault({ route: '/reports/usage', status: 500, times: 1 }),
      });
      expect(el.matches(':state(error)')).to.equal(true);
      expect(text(el)).to.contain('This report could not be loaded.');
      expect(text(el)).to.contain('The billing service had a problem.');
      // The picker stays usable around the failed report.
      expect($(el, '#month')).to.exist;
      $<HTMLButtonElement>(el, '[part="error"] button')!.click();
      await el.updateComplete;
      expect(el.matches(':state(loading)')).to.equal(true);
      await settled(el);
      expect(el.matches(':state(ready)')).to.equal(true);
      expect(reportQueries(backend).at(-1)).to.deep.equal({ month: '2026-11' });
    });

    it('an empty period says so in words', async () => {
      const { el } = await mount(html`<kayse-report-picker></kayse-report-picker>`, { scenario: 'empty', today: '2026-12-01' });
      expect(el.matches(':state(empty)')).to.equal(true);
      expect($(el, '.empty')!.textContent).to.equal('No usage in this period.');
      expect($(el, 'kayse-data-table')).to.equal(null);
    });

    it('a hidden section renders nothing and asks for no report', async () => {
      const { el, backend } = await mount(html`<kayse-report-picker></kayse-report-picker>`, { patch: { access: { sections: { reports: 'hidden' } } } });
      expect(el.matches(':state(hidden)')).to.equal(true);
      expect(root(el).children.length === 0 || root(el).textContent!.trim() === '').to.equal(true);
      expect(getComputedStyle(el).display).to.equal('none');
      await expect(el).to.be.accessible();
      expect(reportQueries(backend)).to.deep.equal([]);
    });

    it('read-only access shows the same report', async () => {
      const { el, backend } = await mount(html`<kayse-report-picker></kayse-report-picker>`, { scenario: 'read_only' });
      expect(el.matches(':state(ready)')).to.equal(true);
      expect($(el, '.download')).to.exist;
      expect(reportQueries(backend)).to.have.length(1);
    });
  });

  describe('long reports', () => {
    it('10 000+ rows become a table of campaigns, a page at a time', async () => {
      const { el, backend } = await mount(html`<kayse-report-picker month="2026-10"></kayse-report-picker>`, { reportDensity: 50 });
      expect(reportQueries(backend)).to.have.length(1);
      // October: 10 of the 12 campaign templates run, in 50 waves each, on most of 31 days.
      const report = (await (await backend.fetch('/api/billing/reports/usage?month=2026-10')).json()) as { rows: unknown[] };
      expect(report.rows.length).to.be.above(10_000);
      const table = groupsTable(el);
      await table.updateComplete;
      expect(tableRows(table)).to.have.length(100);
      expect($(el, '.more')!.textContent).to.contain('Showing 100 of 500 rows.');
      $<HTMLButtonElement>(el, '.more button')!.click();
      await el.updateComplete;
      await table.updateComplete;
      expect(tableRows(table)).to.have.length(200);
      $<HTMLButtonElement>(el, '.more button[data-all]')!.click();
      await el.updateComplete;
      await table.updateComplete;
      expect(tableRows(table)).to.have.length(500);
      expect($(el, '.more button')).to.equal(null);
      await waitUntil(() => root(el).activeElement === $(el, '.more'), 'focus fell off the page');
    });
  });

  describe('sorting and breakdown', () => {
    it('sorts by a column from the keyboard, across every row', async () => {
      const { el } = await mount(html`<kayse-report-picker month="2026-10"></kayse-report-picker>`);
      const table = groupsTable(el);
      const button = table.shadowRoot!.querySelector<HTMLButtonElement>('th button[data-key="calls"]')!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await table.updateComplete;
      const th = button.closest('th')!;
      expect(th.getAttribute('aria-sort')).to.equal('ascending');
      const ascending = columnText(table, 'Calls').map((cell) => Number(cell.replaceAll(',', '')));
      expect(ascending).to.deep.equal([...ascending].sort((a, b) => a - b));
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      await table.updateComplete;
      expect(th.getAttribute('aria-sort')).to.equal('descending');
      const descending = columnText(table, 'Calls').map((cell) => Number(cell.replaceAll(',', '')));
      expect(descending).to.deep.equal([...ascending].sort((a, b) => b - a));
    });

    it('groups by agent on demand', async () => {
      const { el } = await mount(html`<kayse-report-picker month="2026-10"></kayse-report-picker>`);
      $<HTMLInputElement>(el, 'input[name="group-by"][value="agent"]')!.click();
      await el.updateComplete;
      const table = groupsTable(el);
      await table.updateComplete;
      expect(columnText(table, 'Agent')).to.deep.equal(['Follow-up Agent', 'Intake Agent', 'Reviews Agent', 'Scheduling Agent']);
      expect(table.caption).to.equal('Usage by agent, October 2026');
    });

    it('shows the days of the whole report or of one campaign on demand', async () => {
      const { el } = await mount(html`<kayse-report-picker month="2026-10"></kayse-report-picker>`);
      const toggle = $<HTMLButtonElement>(el, '.disclosure')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect($(el, 'kayse-data-table.days')).to.equal(null);
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      const days = $<KayseDataTable>(el, 'kayse-data-table.days')!;
      await days.updateComplete;
      const allDays = tableRows(days).length;
      expect(allDays).to.be.within(20, 31);
      expect(columnText(days, 'Date')[0]).to.equal('Oct 1, 2026');

      const of = $<HTMLSelectElement>(el, '#breakdown-of')!;
      choose(el, '#breakdown-of', of.options[1]!.value);
      await el.updateComplete;
      await days.updateComplete;
      expect(days.caption).to.equal(`Usage per day: ${of.options[1]!.textContent!.trim()}`);
      expect(tableRows(days).length).to.be.within(1, allDays);
    });
  });
});

async function mountUnsettled(template: TemplateResult, beforeMount: (backend: MockBackend) => void): Promise<KayseReportPicker> {
  const backend = createMockBackend({ today: TODAY });
  beforeMount(backend);
  const provider = await fixture<KayseBillingProvider>(
    html`<kayse-billing-provider base-url="/api/billing" .fetch=${createMockFetch({ backend })}>${template}</kayse-billing-provider>`,
  );
  return provider.querySelector('kayse-report-picker')!;
}
