import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { KayseDataTable } from '../../src/ui/kit/data-table.js';
import type { DataTableColumn } from '../../src/ui/kit/data-table.types.js';
import { AGENT_ROWS, type AgentRow } from './fixtures.js';

type Args = Pick<KayseDataTable<AgentRow>, 'caption' | 'captionHidden' | 'sortKey' | 'sortDirection' | 'emptyText' | 'rows' | 'columns'> & {
  maxHeight: string;
};

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const COLUMNS: DataTableColumn<AgentRow>[] = [
  { key: 'agent', label: 'AI agent', sortable: true, rowHeader: true },
  { key: 'campaign', label: 'Campaign', sortable: true },
  { key: 'calls', label: 'Calls', sortable: true, format: (row) => row.calls.toLocaleString('en-US') },
  { key: 'successful', label: 'Successful calls', sortable: true, format: (row) => row.successful.toLocaleString('en-US') },
  { key: 'conversions', label: 'Conversions', sortable: true },
  { key: 'cost', label: 'Cost', sortable: true, format: (row) => usd.format(row.cost / 100) },
];

const meta: Meta<Args> = {
  title: 'Kit/Data table',
  component: 'kayse-data-table',
  args: {
    caption: 'Usage by agent and campaign, November 2026',
    captionHidden: false,
    sortKey: '',
    sortDirection: 'ascending',
    emptyText: '',
    rows: AGENT_ROWS,
    columns: COLUMNS,
    maxHeight: 'none',
  },
  argTypes: {
    sortDirection: { control: 'inline-radio', options: ['ascending', 'descending'] },
    rows: { control: 'object' },
    columns: { control: false },
  },
  render: (args) => html`<kayse-data-table
    style="--kayse-data-table-max-height: ${args.maxHeight}"
    caption=${args.caption}
    ?caption-hidden=${args.captionHidden}
    sort-key=${args.sortKey}
    sort-direction=${args.sortDirection}
    empty-text=${args.emptyText}
    .rows=${args.rows}
    .columns=${args.columns}
  ></kayse-data-table>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

export const SortedByCostDescending: Story = { args: { sortKey: 'cost', sortDirection: 'descending' } };

export const Empty: Story = { args: { rows: [], emptyText: 'No calls or messages in this period.' } };

/** Many rows in a short box: the header stays in view and the box is focusable for keyboard scrolling. */
export const StickyHeader: Story = {
  args: {
    maxHeight: '16rem',
    rows: Array.from({ length: 8 }, (_, i) => AGENT_ROWS.map((row) => ({ ...row, campaign: `${row.campaign} ${i + 1}` }))).flat(),
  },
};

export const HiddenCaption: Story = { args: { captionHidden: true } };
