import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { KayseBillingProvider } from '../../src/elements/billing-provider/billing-provider.js';
import '../../src/elements/report-picker/define.js';
import { matchChoice, type ChoiceMatch, type ReportScope } from '../../src/elements/report-picker/report-choice.js';
import type { KayseReportPicker } from '../../src/elements/report-picker/report-picker.js';
import type { ReportDraft } from '../../src/elements/report-picker/report-query.js';
import { createMockBackend, createMockFetch, type MockBackend, type MockBackendOptions } from '../../src/mock/index.js';

// A report that no longer answers the picker's choice: the rule (pure), then the element on
// the mock backend. Today is pinned: 2026-11-24, America/Chicago.

const TODAY = '2026-11-24';

describe('matchChoice', () => {
  const draft = (change: Partial<ReportDraft>): ReportDraft => ({ mode: 'month', month: '', from: '', to: '', agentId: '', ...change });
  const october: ReportScope = { from: '2026-10-01', to: '2026-10-31', agentId: null };
  const cases: { name: string; draft: ReportDraft; report?: ReportScope; expected: ChoiceMatch }[] = [
    { name: 'the same month', draft: draft({ month: '2026-10' }), expected: 'same' },
    { name: 'an empty month is the current one', draft: draft({}), report: { from: '2026-11-01', to: '2026-11-30', agentId: null }, expected: 'same' },
    { name: 'an empty month when the current one is not shown', draft: draft({}), expected: 'other' },
    { name: 'another month', draft: draft({ month: '2026-09' }), expected: 'other' },
    { name: 'the same month for one agent', draft: draft({ month: '2026-10', agentId: 'ag_2' }), expected: 'other' },
    { name: 'one agent, shown', draft: draft({ month: '2026-10', agentId: 'ag_2' }), report: { ...october, agentId: 'ag_2' }, expected: 'same' },
    { name: 'every agent while one agent’s report shows', draft: draft({ month: '2026-10' }), report: { ...october, agentId: 'ag_2' }, expected: 'other' },
    { name: 'the month as a range of its days', draft: draft({ mode: 'range', from: '2026-10-01', to: '2026-10-31' }), expected: 'same' },
    { name: 'a range one day short', draft: draft({ mode: 'range', from: '2026-10-01', to: '2026-10-30' }), expected: 'other' },
    { name: 'a range that is refused (700 days)', draft: draft({ mode: 'range', from: '2024-01-01', to: '2025-11-30' }), expected: 'invalid' },
    { name: 'a reversed range', draft: draft({ mode: 'range', from: '2026-10-31', to: '2026-10-01' }), expected: 'invalid' },
    { name: 'a range without its first day', draft: draft({ mode: 'range', from: '', to: '2026-10-31' }), expected: 'invalid' },
    { name: 'a day that does not exist (Feb 29 2027)', draft: draft({ mode: 'range', from: '2027-02-01', to: '2027-02-29' }), expected: 'invalid' },
    {
      name: 'a leap February as a month and as a range',
      draft: draft({ mode: 'range', from: '2028-02-01', to: '2028-02-29' }),
      report: { from: '2028-02-01', to: '2028-02-29', agentId: null },
      expected: 'same',
    },
    { name: 'an unreadable month', draft: draft({ month: '2026-13' }), expected: 'invalid' },
    { name: 'a range in month mode is ignored', draft: draft({ month: '2026-10', from: '2024-01-01', to: '2025-11-30' }), expected: 'same' },
  ];
  for (const c of cases) {
    it(`${c.name} → ${c.expected}`, () => {
      expect(matchChoice(c.draft, c.report ?? october, '2026-11')).to.equal(c.expected);
    });
  }
});

interface Mounted {
  readonly el: KayseReportPicker;
  readonly backend: MockBackend;
}

async function mount(template: TemplateResult, options: MockBackendOptions = {}): Promise<Mounted> {
  const backend = createMockBackend({ today: TODAY, ...options });
  const provider = await fixture<KayseBillingProvider>(
    html`<kayse-billing-provider base-url="/api/billing" .fetch=${createMockFetch({ backend })}>${template}</kayse-billing-provider>`,
  );
  const el = provider.querySelector('kayse-report-picker')!;
  await settled(el);
  return { el, backend };
}

const $ = <E extends Element = HTMLElement>(el: KayseReportPicker, selector: string) => el.shadowRoot!.querySelector<E>(selector);
const isSettled = (el: KayseReportPicker) => ['ready', 'empty', 'error'].some((name) => el.matches(`:state(${name})`)) && !$(el, '.report[aria-busy="true"]');
const reportQueries = (backend: MockBackend) => backend.requests.filter((request) => request.path === '/reports/usage').map((request) => request.query);
const note = (el: KayseReportPicker) => $(el, '#report-previous')?.textContent ?? null;

async function settled(el: KayseReportPicker): Promise<void> {
  await waitUntil(() => isSettled(el), 'the report picker did not settle', { timeout: 4000 });
  await el.updateComplete;
}

async function choose(el: KayseReportPicker, selector: string, value: string): Promise<void> {
  const control = $<HTMLSelectElement | HTMLInputElement>(el, selector)!;
  control.value = value;
  control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  await el.updateComplete;
}

async function open(el: KayseReportPicker): Promise<void> {
  $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
  await el.updateComplete;
}

async function pickRange(el: KayseReportPicker, from: string, to: string): Promise<void> {
  $<HTMLInputElement>(el, 'input[name="mode"][value="range"]')!.click();
  await el.updateComplete;
  await choose(el, '#from', from);
  await choose(el, '#to', to);
}

const STILL_OCTOBER = 'This is still the report for October 2026 · All agents. Choose Open report to see the choice above.';
const REFUSED_OVER_OCTOBER = 'This is still the report for October 2026 · All agents: the choice above cannot be opened until its range is fixed.';

describe('kayse-report-picker: a report that does not match the choice', () => {
  it('a report that matches the choice carries no mark', async () => {
    const { el } = await mount(html`<kayse-report-picker month="2026-10"></kayse-report-picker>`);
    await expect(el).to.be.accessible();
    expect(note(el)).to.equal(null);
    expect($(el, '#report-title .tag')).to.equal(null);
    expect($(el, 'section.report')!.hasAttribute('aria-describedby')).to.equal(false);
  });

  it('a month and agent chosen but not opened mark the report as the previous choice’s, until chosen back', async () => {
    const { el, backend } = await mount(html`<kayse-report-picker month="2026-10"></kayse-report-picker>`);
    await choose(el, '#month', '2026-09');
    await choose(el, '#agent', 'ag_2');
    expect(note(el)).to.equal(STILL_OCTOBER);
    expect($(el, '#report-title')!.textContent).to.equal('October 2026 · All agents Previous choice');
    expect($(el, 'section.report')!.getAttribute('aria-describedby')).to.equal('report-previous');
    // The figures stay readable; nothing was asked for.
    expect($(el, '[part="totals"]')).to.exist;
    expect(reportQueries(backend)).to.deep.equal([{ month: '2026-10' }]);
    await expect(el).to.be.accessible();

    await choose(el, '#agent', '');
    expect(note(el)).to.equal(STILL_OCTOBER);
    await choose(el, '#month', '2026-10');
    expect(note(el)).to.equal(null);
    expect($(el, '#report-title')!.textContent).to.equal('October 2026 · All agents');
  });

  it('a refused 700-day range keeps what the user typed and names the report still shown', async () => {
    const { el, backend } = await mount(html`<kayse-report-picker month="2026-10"></kayse-report-picker>`);
    await pickRange(el, '2024-01-01', '2025-11-30');
    // Typed but not yet opened: no refusal shows yet, so the note only says it is not opened.
    expect(note(el)).to.equal(STILL_OCTOBER);
    await open(el);
    expect($(el, '#range-error')!.textContent).to.equal('A report covers at most 366 days; this range has 700.');
    expect(note(el)).to.equal(REFUSED_OVER_OCTOBER);
    expect($(el, '#report-title .tag')!.textContent).to.equal('Previous choice');
    expect($<HTMLInputElement>(el, '#from')!.value).to.equal('2024-01-01');
    expect($<HTMLInputElement>(el, '#to')!.value).to.equal('2025-11-30');
    expect(el.getAttribute('month')).to.equal('2026-10');
    expect(el.hasAttribute('from')).to.equal(false);
    expect(reportQueries(backend)).to.deep.equal([{ month: '2026-10' }]);
    await expect(el).to.be.accessible();

    // Fixed but not opened: the refusal goes, the mark stays.
    await choose(el, '#from', '2025-01-01');
    expect($(el, '#range-error')).to.equal(null);
    expect(note(el)).to.equal(STILL_OCTOBER);
    await open(el);
    await settled(el);
    expect(note(el)).to.equal(null);
    expect($(el, '#report-title')!.textContent).to.equal('Jan 1 – Nov 30, 2025 · All agents');
    expect(reportQueries(backend).at(-1)).to.deep.equal({ from: '2025-01-01', to: '2025-11-30' });
  });

  it('the shown month picked again as a range of its days is the same report', async () => {
    const { el } = await mount(html`<kayse-report-picker month="2026-10"></kayse-report-picker>`);
    $<HTMLInputElement>(el, 'input[name="mode"][value="range"]')!.click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#from')!.value).to.equal('2026-10-01');
    expect($<HTMLInputElement>(el, '#to')!.value).to.equal('2026-10-31');
    expect(note(el)).to.equal(null);
  });

  it('a report being replaced is dimmed as loading, not marked', async () => {
    const { el, backend } = await mount(html`<kayse-report-picker month="2026-10"></kayse-report-picker>`);
    backend.addFault({ route: '/reports/usage', latencyMs: 60_000, times: 1 });
    await choose(el, '#month', '2026-09');
    await open(el);
    await waitUntil(() => $(el, '.report[aria-busy="true"]'), 'the old report is not dimmed');
    expect(note(el)).to.equal(null);
    expect($(el, '#report-title .tag')).to.equal(null);
  });

  it('a host-set range that is refused shows no report to mark', async () => {
    const { el } = await mount(html`<kayse-report-picker from="2024-01-01" to="2025-11-30"></kayse-report-picker>`);
    expect($(el, '#range-error')).to.exist;
    expect($(el, 'section.report')).to.equal(null);
    expect(note(el)).to.equal(null);
  });
});
