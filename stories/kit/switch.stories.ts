import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { KayseSwitch } from '../../src/ui/kit/switch.js';

type Args = Pick<KayseSwitch, 'label' | 'description' | 'checked' | 'disabled' | 'noStateText'>;

const meta: Meta<Args> = {
  title: 'Kit/Switch',
  component: 'kayse-switch',
  args: {
    label: 'Alert at 80 % of the cap',
    description: 'Emails the primary contact and the extra recipients once a month.',
    checked: false,
    disabled: false,
    noStateText: false,
  },
  render: (args) => html`<kayse-switch
    style="max-width: 32rem"
    label=${args.label}
    description=${args.description}
    ?checked=${args.checked}
    ?disabled=${args.disabled}
    ?no-state-text=${args.noStateText}
  ></kayse-switch>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Off: Story = {};

export const On: Story = { args: { checked: true } };

export const WithoutDescription: Story = { args: { description: '' } };

export const Disabled: Story = { args: { disabled: true, checked: true } };

/** Cap-reached alerts are always on: shown locked, with the reason in the description. */
export const LockedOn: Story = {
  args: { label: 'Cap reached', description: 'Always on: campaigns pause when the cap is reached.', checked: true, disabled: true },
};

export const WithoutStateText: Story = { args: { noStateText: true } };

export const LongLabel: Story = {
  args: {
    label: 'Send the monthly billing report to every extra recipient, including members who joined after the month began',
    checked: true,
  },
};
