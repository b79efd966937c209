import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './story-hosts.js';

interface Args {
  status: string;
  percent: string;
}

/**
 * `statusBadge(status, catalog, percentText?)` renders the usage status as words; the border
 * style and fill differ per state too, so it reads without colour.
 */
const meta: Meta<Args> = {
  title: 'Kit/Status badge',
  args: { status: 'within_cap', percent: '' },
  argTypes: { status: { control: 'select', options: ['no_cap', 'within_cap', 'near_cap', 'cap_reached', 'paused_by_admin'] } },
  render: (args) => html`<story-status-badge status=${args.status} percent=${args.percent}></story-status-badge>`,
};
export default meta;

type Story = StoryObj<Args>;

export const NoCap: Story = { args: { status: 'no_cap' } };

export const WithinCap: Story = { args: { status: 'within_cap', percent: '42%' } };

export const NearCap: Story = { args: { status: 'near_cap', percent: '86%' } };

export const CapReached: Story = { args: { status: 'cap_reached', percent: '100%' } };

/** A status this version does not know is shown as the API sent it. */
export const UnknownStatus: Story = { args: { status: 'paused_by_admin' } };

export const AllStates: Story = {
  render: () => html`<div style="display: flex; flex-wrap: wrap; gap: 0.75rem">
    <story-status-badge status="no_cap"></story-status-badge>
    <story-status-badge status="within_cap" percent="42%"></story-status-badge>
    <story-status-badge status="near_cap" percent="86%"></story-status-badge>
    <story-status-badge status="cap_reached" percent="100%"></story-status-badge>
    <story-status-badge status="paused_by_admin"></story-status-badge>
  </div>`,
};
