import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { onMock } from '../support/on-mock.js';
import '../support/state-demo.js';

/**
 * The states every billing element shares, on the mock backend: a skeleton while loading,
 * the data, an empty state in words, an error with a retry, and nothing at all when the
 * user's role hides the section. Host CSS sees them as `:state(loading)` and so on.
 */
const meta: Meta = {
  title: 'Foundations/Shared states',
  render: () => html``,
};
export default meta;

type Story = StoryObj;

const demo = html`<story-state-demo></story-state-demo>`;

export const Loading: Story = { render: () => onMock({ latencyMs: 120_000 }, demo) };
export const Ready: Story = { render: () => onMock({ scenario: 'near_cap' }, demo) };
export const Empty: Story = { render: () => onMock({ scenario: 'empty', today: '2026-12-01' }, demo) };
export const ErrorState: Story = { name: 'Error', render: () => onMock({ faults: [{ route: '/usage/current', status: 500 }] }, demo) };
export const MalformedAnswer: Story = { render: () => onMock({ faults: [{ route: '/usage/current', malformed: 'schema' }] }, demo) };
export const Hidden: Story = {
  render: () =>
    onMock(
      { patch: { access: { sections: { usage: 'hidden' } } } },
      html`<p>The element below is hidden for this role, so nothing shows:</p>
        ${demo}`,
    ),
};
