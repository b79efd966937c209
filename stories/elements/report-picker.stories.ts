import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/elements/report-picker/define.js';
import type { KayseReportPicker } from '../../src/elements/report-picker/report-picker.js';
import { CSV_DELIMITERS, type CsvDelimiter } from '../../src/elements/report-picker/report-picker.types.js';
import { onMock, type MockStoryOptions } from '../support/on-mock.js';
import { inCanvas, until } from '../support/play.js';

interface Args {
  month?: string;
  from?: string;
  to?: string;
  agentId?: string;
  csvDelimiter: CsvDelimiter;
  noDownload: boolean;
  locale?: string;
}

const picker = (args: Args) => html`<kayse-report-picker
  month=${ifDefined(args.month)}
  from=${ifDefined(args.from)}
  to=${ifDefined(args.to)}
  agent-id=${ifDefined(args.agentId)}
  csv-delimiter=${args.csvDelimiter}
  ?no-download=${args.noDownload}
  locale=${args.locale ?? nothing}
></kayse-report-picker>`;

/** A story on a mock-backend state; today is pinned to 2026-11-24 (America/Chicago). */
const on = (options: MockStoryOptions, args: Partial<Args> = {}): Story => ({ args, render: (all) => onMock(options, picker(all)) });

/** The picker once its report is on screen, as a person waits before changing the choice. */
async function openedPicker(canvas: HTMLElement): Promise<KayseReportPicker> {
  const el = inCanvas(canvas, 'kayse-report-picker');
  await until(() => el.matches(':state(ready)') && !!el.shadowRoot?.querySelector('kayse-data-table.groups') && !el.shadowRoot.querySelector('.report[aria-busy="true"]'));
  await el.updateComplete;
  return el;
}

async function choose(el: KayseReportPicker, selector: string, value: string): Promise<void> {
  const control = el.shadowRoot!.querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
  control.value = value;
  control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  await el.updateComplete;
}

async function click(el: KayseReportPicker, selector: string): Promise<void> {
  el.shadowRoot!.querySelector<HTMLElement>(selector)!.click();
  await el.updateComplete;
}

/**
 * Usage reports by month, date range and AI agent, on the mock backend: totals, a table by
 * agent and campaign (sortable, per-day breakdown on demand) and a CSV download. The
 * download fires `kayse-download` first (see the Actions panel when a host cancels it).
 */
const meta: Meta<Args> = {
  title: 'Elements/Report picker',
  component: 'kayse-report-picker',
  args: { csvDelimiter: ',', noDownload: false },
  argTypes: {
    csvDelimiter: { control: 'inline-radio', options: CSV_DELIMITERS },
    month: { control: 'text' },
    from: { control: 'text' },
    to: { control: 'text' },
    agentId: { control: 'select', options: [undefined, 'ag_1', 'ag_2', 'ag_3', 'ag_4'] },
    locale: { control: 'text' },
  },
  render: (args) => onMock({}, picker(args)),
  parameters: { docs: { description: { component: 'Feature 4: billing and usage reports, opened in place or downloaded as CSV.' } } },
};
export default meta;

type Story = StoryObj<Args>;

export const Month: Story = on({ scenario: 'healthy' });
export const DateRange: Story = { name: 'Date range', ...on({ scenario: 'healthy' }, { from: '2026-09-15', to: '2026-11-14' }) };
export const FilteredByAgent: Story = { name: 'Filtered by agent', ...on({ scenario: 'healthy' }, { month: '2026-10', agentId: 'ag_2' }) };
export const Empty: Story = on({ scenario: 'empty', today: '2026-12-01' });
/** 50 waves of every campaign: 10 000+ report rows, grouped into 500 table rows shown 100 at a time. */
export const LargeReport: Story = { name: 'Large report', ...on({ scenario: 'healthy', reportDensity: 50 }, { month: '2026-10' }) };
/** 367 days: refused before any request, with the message tied to both inputs. */
export const RangeError: Story = { name: 'Range error', ...on({ scenario: 'healthy' }, { from: '2025-01-01', to: '2026-01-02' }) };
/** The server refuses an agent it does not know: its message sits under the agent field. */
export const Server422: Story = { name: 'Server 422', ...on({ scenario: 'healthy' }, { agentId: 'ag_retired' }) };
/** The picker is ready; the report is still on its way. */
export const Loading: Story = on({ scenario: 'healthy', faults: [{ route: '/reports/usage', latencyMs: 120_000 }] });
export const ErrorState: Story = { name: 'Error', ...on({ scenario: 'healthy', faults: [{ route: '/reports/usage', status: 500 }] }) };
/** Reports are read-only for everyone: a member with read access sees the same element. */
export const ReadOnly: Story = { name: 'Read-only', ...on({ scenario: 'read_only' }) };
export const Hidden: Story = {
  render: (args) =>
    onMock(
      { scenario: 'healthy', patch: { access: { sections: { reports: 'hidden' } } } },
      html`<p>This role may not see reports, so the element below shows nothing:</p>
        ${picker(args)}`,
    ),
};
export const Dark: Story = { globals: { scheme: 'dark' }, ...on({ scenario: 'healthy' }, { month: '2026-10' }) };
export const GermanLocale: Story = {
  name: 'German locale, semicolon CSV',
  ...on({ scenario: 'healthy', currency: 'EUR', timezone: 'Europe/Berlin' }, { locale: 'de-DE', csvDelimiter: ';' }),
};

/** September and one agent chosen, not opened yet: October's report stays, tagged as the previous choice's, with a note naming it. */
export const ChoiceNotOpened: Story = {
  name: 'Choice not opened yet',
  ...on({ scenario: 'healthy' }, { month: '2026-10' }),
  play: async ({ canvasElement }) => {
    const el = await openedPicker(canvasElement);
    await choose(el, '#month', '2026-09');
    await choose(el, '#agent', 'ag_2');
  },
};

/** A 700-day range refused over October's report: what the user typed stays, the report says it is still October's. */
export const RangeRefusedOverReport: Story = {
  name: 'Range refused over a report',
  ...on({ scenario: 'healthy' }, { month: '2026-10' }),
  play: async ({ canvasElement }) => {
    const el = await openedPicker(canvasElement);
    await click(el, 'input[name="mode"][value="range"]');
    await choose(el, '#from', '2024-01-01');
    await choose(el, '#to', '2025-11-30');
    await click(el, 'button[type="submit"]');
  },
};

/** One agent's report with its daily breakdown open: the breakdown names the agent, and each table ends in a totals row. */
export const AgentBreakdown: Story = {
  name: 'One agent, daily breakdown',
  ...on({ scenario: 'healthy' }, { month: '2026-10', agentId: 'ag_2' }),
  play: async ({ canvasElement }) => {
    const el = await openedPicker(canvasElement);
    await click(el, '.disclosure');
  },
};

/** A phone's width (390 px): the campaign and the cost stay in view, the columns between scroll under them, and a shadow marks the hidden side. */
export const Narrow: Story = {
  name: 'Narrow (390 px)',
  args: { month: '2026-10' },
  render: (args) => onMock({ scenario: 'healthy' }, html`<div style="max-width: calc(390px - 3rem)">${picker(args)}</div>`),
};

export const NarrowDark: Story = { ...Narrow, name: 'Narrow (390 px), dark', globals: { scheme: 'dark' } };
