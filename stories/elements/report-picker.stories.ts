import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/elements/report-picker/define.js';
import { CSV_DELIMITERS, type CsvDelimiter } from '../../src/elements/report-picker/report-picker.types.js';
import { onMock, type MockStoryOptions } from '../support/on-mock.js';

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
