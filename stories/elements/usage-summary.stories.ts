import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/elements/usage-summary/define.js';
import { onMock } from '../support/on-mock.js';

const meta: Meta = {
  title: 'Elements/Usage summary',
  component: 'kayse-usage-summary',
  render: () => html``,
  parameters: { docs: { description: { component: 'Current month usage against the cap, on the mock backend.' } } },
};
export default meta;

type Story = StoryObj;

const summary = html`<kayse-usage-summary></kayse-usage-summary>`;

export const Loading: Story = { render: () => onMock({ latencyMs: 120_000 }, summary) };
export const WithinCap: Story = { name: 'Within cap', render: () => onMock({ scenario: 'healthy' }, summary) };
export const NearCap: Story = { name: 'Near cap', render: () => onMock({ scenario: 'near_cap' }, summary) };
export const CapReached: Story = { name: 'Cap reached', render: () => onMock({ scenario: 'cap_reached' }, summary) };
export const NoCap: Story = { name: 'No cap', render: () => onMock({ scenario: 'no_cap' }, summary) };
export const WithCourtesyCredits: Story = {
  name: 'With courtesy credits',
  render: () => onMock({ scenario: 'healthy', patch: { usage: { courtesyCredits: 5000 } } }, summary),
};
export const Compact: Story = { render: () => onMock({ scenario: 'near_cap' }, html`<kayse-usage-summary compact></kayse-usage-summary>`) };
export const NoChart: Story = { name: 'No chart', render: () => onMock({ scenario: 'near_cap' }, html`<kayse-usage-summary no-chart></kayse-usage-summary>`) };
export const ErrorState: Story = { name: 'Error', render: () => onMock({ faults: [{ route: '/usage/current', status: 500 }] }, summary) };
export const Hidden: Story = {
  render: () =>
    onMock(
      { scenario: 'healthy', patch: { access: { sections: { usage: 'hidden' } } } },
      html`<p>This role may not see usage, so the element below shows nothing:</p>
        ${summary}`,
    ),
};
export const Dark: Story = { globals: { scheme: 'dark' }, render: () => onMock({ scenario: 'near_cap' }, summary) };
export const JpyCurrency: Story = { name: 'JPY currency', render: () => onMock({ scenario: 'near_cap', currency: 'JPY', timezone: 'Asia/Tokyo' }, summary) };
/** Spanish, loaded when the element first asks for it: a placeholder without words until then, never English. */
export const Spanish: Story = { render: () => onMock({ scenario: 'near_cap' }, html`<kayse-usage-summary locale="es-MX"></kayse-usage-summary>`) };
export const GermanLocale: Story = {
  name: 'German locale',
  render: () => onMock({ scenario: 'near_cap', currency: 'EUR', timezone: 'Europe/Berlin' }, html`<kayse-usage-summary locale="de-DE"></kayse-usage-summary>`),
};
