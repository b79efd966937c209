import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { BillingApi, ReportQuery } from '../../src/api/billing-api.js';
import type { UsageReport, UsageReportRow } from '../../src/api/schemas.js';
import '../../src/elements/report-picker/define.js';
import type { KayseReportPicker } from '../../src/elements/report-picker/report-picker.js';
import type { KayseDataTable } from '../../src/ui/kit/data-table.js';
import { FakeBillingApi } from '../helpers/fake-api.js';

// Totals on a fake client with a fixture report whose sums are known by hand: the net cost in
// the summary, the totals row of each table, the breakdown of a filtered report, and the
// columns that stay in view on a narrow screen.

const HOSTILE_AGENT = '<img src=x onerror=alert(1)> Recepción';

const row = (date: string, agentId: string, campaignId: string, campaignName: string, figures: Partial<UsageReportRow>): UsageReportRow => ({
  date,
  agentId,
  agentName: agentId === 'ag_1' ? 'Intake Agent' : HOSTILE_AGENT,
  campaignId,
  campaignName,
  calls: 0,
  successfulCalls: 0,
  messages: 0,
  conversions: 0,
  selfHealing: 0,
  courtesyCredits: 0,
  cost: 0,
  ...figures,
});

const ROWS: UsageReportRow[] = [
  row('2026-10-01', 'ag_1', 'c_1', 'Spring intake', { calls: 12, successfulCalls: 9, messages: 30, conversions: 2, cost: 18_450 }),
  row('2026-10-01', 'ag_1', 'c_2', 'Web lead callback', { calls: 7, successfulCalls: 7, messages: 3, selfHealing: 1, courtesyCredits: 1250, cost: 5 }),
  row('2026-10-02', 'ag_1', 'c_3', 'Settled reviews', { messages: 11, selfHealing: 2 }),
  row('2026-10-15', 'ag_1', 'c_1', 'Spring intake', { calls: 25, successfulCalls: 10, messages: 40, conversions: 3, cost: 100 }),
  row('2026-10-31', 'ag_2', 'c_5', 'Seguimiento', { calls: 101, successfulCalls: 77, messages: 250, conversions: 9, selfHealing: 4, courtesyCredits: 500, cost: 88_001 }),
];

function report(rows: readonly UsageReportRow[], totals?: Partial<UsageReport['totals']>): UsageReport {
  const sums = { calls: 0, successfulCalls: 0, messages: 0, conversions: 0, selfHealing: 0, courtesyCredits: 0, cost: 0 };
  for (const r of rows) for (const key of Object.keys(sums) as (keyof typeof sums)[]) sums[key] += r[key];
  return { currency: 'USD', from: '2026-10-01', to: '2026-10-31', agentId: null, totals: { ...sums, ...totals }, rows: [...rows] };
}

class TotalsApi extends FakeBillingApi {
  readonly queries: ReportQuery[] = [];
  constructor(private readonly fixtureReport: UsageReport = report(ROWS)) {
    super();
  }
  override getAgents: BillingApi['getAgents'] = () => Promise.resolve({ items: [{ id: 'ag_1', name: 'Intake Agent' }, { id: 'ag_2', name: HOSTILE_AGENT }] });
  override getUsageReport: BillingApi['getUsageReport'] = (query) => {
    this.queries.push(query);
    const agentId = query.agentId ?? null;
    const rows = agentId === null ? this.fixtureReport.rows : this.fixtureReport.rows.filter((r) => r.agentId === agentId);
    return Promise.resolve({ ...structuredClone(this.fixtureReport), ...(agentId === null ? {} : report(rows)), agentId, rows });
  };
}

async function mount(options: { agentId?: string; api?: TotalsApi; width?: string } = {}) {
  const api = options.api ?? new TotalsApi();
  const el = await fixture<KayseReportPicker>(html`<kayse-report-picker
    style=${options.width ? `display: block; width: ${options.width}` : ''}
    .client=${api}
    month="2026-10"
    agent-id=${options.agentId ?? ''}
    locale="en-US"
  ></kayse-report-picker>`);
  await waitUntil(() => el.matches(':state(ready)') && $(el, 'kayse-data-table.groups'), 'no report');
  await groups(el).updateComplete;
  return { el, api };
}

const $ = <E extends Element = HTMLElement>(el: KayseReportPicker, selector: string) => el.shadowRoot!.querySelector<E>(selector);
const groups = (el: KayseReportPicker) => $<KayseDataTable>(el, 'kayse-data-table.groups')!;
const footer = (table: KayseDataTable) => [...table.shadowRoot!.querySelectorAll('tfoot tr > *')].map((cell) => cell.textContent!.trim());
const summary = (el: KayseReportPicker) =>
  Object.fromEntries([...el.shadowRoot!.querySelectorAll('[part="totals"] .total')].map((total) => [total.querySelector('dt')!.textContent, total.querySelector('dd')!.textContent]));

async function openBreakdown(el: KayseReportPicker): Promise<KayseDataTable> {
  $<HTMLButtonElement>(el, '.disclosure')!.click();
  await el.updateComplete;
  const days = $<KayseDataTable>(el, 'kayse-data-table.days')!;
  await days.updateComplete;
  return days;
}

describe('kayse-report-picker: totals', () => {
  it('is accessible with its totals rows, and filtered to an agent with the breakdown open', async () => {
    const { el } = await mount();
    await expect(el).to.be.accessible();
    const filtered = await mount({ agentId: 'ag_2' });
    await openBreakdown(filtered.el);
    await expect(filtered.el).to.be.accessible();
  });

  describe('the summary', () => {
    it('adds the net cost: cost minus courtesy credits, exact to the cent', async () => {
      const { el } = await mount();
      expect(summary(el)).to.deep.include({ Cost: '$1,065.56', 'Courtesy credits': '$17.50', 'Net cost': '$1,048.06' });
      const net = [...el.shadowRoot!.querySelectorAll('[part="totals"] .total')][2]!;
      expect(net.querySelector('.note')!.textContent).to.equal('Cost minus courtesy credits.');
    });

    it('a net cost below zero when credits exceed the cost', async () => {
      const api = new TotalsApi(report([row('2026-10-03', 'ag_1', 'c_1', 'Spring intake', { calls: 1, cost: 500, courtesyCredits: 1250 })]));
      const { el } = await mount({ api });
      expect(summary(el)['Net cost']).to.equal('-$7.50');
    });

    it('a net cost near 2^53 stays exact', async () => {
      const api = new TotalsApi(report([row('2026-10-03', 'ag_1', 'c_1', 'Spring intake', { calls: 1, cost: Number.MAX_SAFE_INTEGER, courtesyCredits: 1 })]));
      const { el } = await mount({ api });
      expect(summary(el)['Net cost']).to.equal('$90,071,992,547,409.90');
    });
  });

  describe('the totals row', () => {
    it('sums every column of the table by campaign, in a tfoot row named by a row header', async () => {
      const { el } = await mount();
      const table = groups(el);
      expect(footer(table)).to.deep.equal(['Total', '', '145', '103', '71.0%', '334', '14', '7', '$17.50', '$1,065.56']);
      const name = table.shadowRoot!.querySelector('tfoot th')!;
      expect([name.getAttribute('scope'), name.getAttribute('part')]).to.deep.equal(['row', 'footer']);
      // Sorting moves the body, never the totals.
      table.shadowRoot!.querySelector<HTMLButtonElement>('button[data-key="cost"]')!.click();
      await el.updateComplete;
      await table.updateComplete;
      expect(footer(table)[9]).to.equal('$1,065.56');
      expect(table.shadowRoot!.querySelector('tbody tr:last-child')!.textContent).to.not.contain('Total');
    });

    it('by agent', async () => {
      const { el } = await mount();
      $<HTMLInputElement>(el, 'input[name="group-by"][value="agent"]')!.click();
      await el.updateComplete;
      await groups(el).updateComplete;
      expect(footer(groups(el))).to.deep.equal(['Total', '145', '103', '71.0%', '334', '14', '7', '$17.50', '$1,065.56']);
    });

    it('of one agent’s report', async () => {
      const { el } = await mount({ agentId: 'ag_2' });
      expect(footer(groups(el))).to.deep.equal(['Total', '', '101', '77', '76.2%', '250', '9', '4', '$5.00', '$880.01']);
      expect(summary(el)['Net cost']).to.equal('$875.01');
    });

    it('of the daily breakdown, for the whole report and for one campaign', async () => {
      const { el } = await mount();
      const days = await openBreakdown(el);
      expect(footer(days)).to.deep.equal(['Total', '145', '103', '334', '14', '7', '$17.50', '$1,065.56']);
      const of = $<HTMLSelectElement>(el, '#breakdown-of')!;
      of.value = [...of.options].find((option) => option.textContent!.trim() === 'Spring intake (Intake Agent)')!.value;
      of.dispatchEvent(new Event('change'));
      await el.updateComplete;
      await days.updateComplete;
      expect(footer(days)).to.deep.equal(['Total', '37', '19', '70', '5', '0', '$0.00', '$185.50']);
    });

    it('covers every row of a long table, and says so while a page of it shows', async () => {
      const many = Array.from({ length: 150 }, (_, i) => row('2026-10-05', 'ag_1', `c_${i}`, `Campaign ${i}`, { calls: i, cost: 3 }));
      const { el } = await mount({ api: new TotalsApi(report(many)) });
      const table = groups(el);
      expect(table.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(100);
      // 0 + 1 + … + 149 calls; 150 × 3 cents.
      expect(footer(table)).to.deep.include.members(['Total of all 150 rows', '11,175', '$4.50']);
      $<HTMLButtonElement>(el, '.more button[data-all]')!.click();
      await el.updateComplete;
      await table.updateComplete;
      expect(footer(table)[0]).to.equal('Total');
      expect(footer(table)[9]).to.equal('$4.50');
    });

    it('sums near 2^53 exactly, and shows no figure rather than a rounded one past it', async () => {
      const half = 2 ** 52;
      const exact = new TotalsApi(
        report([row('2026-10-03', 'ag_1', 'c_1', 'Spring intake', { cost: half - 1 }), row('2026-10-04', 'ag_1', 'c_2', 'Web lead callback', { cost: half })]),
      );
      expect(footer(groups((await mount({ api: exact })).el))[9]).to.equal('$90,071,992,547,409.91');
      const past = new TotalsApi(
        report([row('2026-10-03', 'ag_1', 'c_1', 'Spring intake', { cost: Number.MAX_SAFE_INTEGER }), row('2026-10-04', 'ag_1', 'c_2', 'Web lead callback', { cost: 1 })], {
          cost: Number.MAX_SAFE_INTEGER,
        }),
      );
      expect(footer(groups((await mount({ api: past })).el))[9]).to.equal('—');
    });
  });

  describe('the daily breakdown of a filtered report', () => {
    it('names the agent, as text', async () => {
      const { el } = await mount({ agentId: 'ag_2' });
      const days = await openBreakdown(el);
      const all = `All campaigns of ${HOSTILE_AGENT}`;
      expect($<HTMLSelectElement>(el, '#breakdown-of')!.options[0]!.textContent!.trim()).to.equal(all);
      expect(days.caption).to.equal(`Usage per day: ${all}`);
      expect(days.shadowRoot!.querySelector('caption')!.textContent).to.equal(`Usage per day: ${all}`);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(days.shadowRoot!.querySelector('img')).to.equal(null);
    });

    it('every agent’s report keeps “All agents and campaigns”', async () => {
      const { el } = await mount();
      const days = await openBreakdown(el);
      expect(days.caption).to.equal('Usage per day: All agents and campaigns');
    });
  });

  describe('on a narrow screen', () => {
    it('keeps the campaign and the cost in view and shows which edges hide columns', async () => {
      const { el } = await mount({ width: '360px' });
      const table = groups(el);
      const shadow = table.shadowRoot!;
      const scroller = shadow.querySelector<HTMLElement>('.scroller')!;
      const frame = shadow.querySelector<HTMLElement>('.frame')!;
      const cell = (label: string) => [...shadow.querySelectorAll('thead th')].find((th) => th.textContent!.includes(label))!;
      await waitUntil(() => scroller.getAttribute('tabindex') === '0', 'the table does not scroll');
      expect(scroller.getAttribute('role')).to.equal('region');
      expect(shadow.getElementById(scroller.getAttribute('aria-labelledby')!)!.textContent).to.equal('Usage by agent and campaign, October 2026');
      expect([frame.hasAttribute('data-more-start'), frame.hasAttribute('data-more-end')]).to.deep.equal([false, true]);
      const box = scroller.getBoundingClientRect();
      expect(cell('Cost').getBoundingClientRect().right).to.be.closeTo(box.right - 1, 1);

      scroller.scrollLeft = scroller.scrollWidth;
      await waitUntil(() => frame.hasAttribute('data-more-start'), 'no shadow at the start');
      expect(frame.hasAttribute('data-more-end')).to.equal(false);
      expect(cell('Campaign').getBoundingClientRect().left).to.be.closeTo(box.left + 1, 1);
      expect(getComputedStyle(cell('Cost')).position).to.equal('sticky');
      await expect(el).to.be.accessible();
    });
  });
});
