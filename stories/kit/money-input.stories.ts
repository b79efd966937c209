import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { userEvent } from 'storybook/test';
import type { KayseMoneyInput } from '../../src/ui/kit/money-input.js';

type Args = Pick<KayseMoneyInput, 'label' | 'currency' | 'value' | 'hint' | 'serverError' | 'required' | 'disabled' | 'readonly'> & {
  locale: string;
};

const meta: Meta<Args> = {
  title: 'Kit/Money input',
  component: 'kayse-money-input',
  args: {
    label: 'Monthly spending cap',
    currency: 'USD',
    locale: '',
    value: null,
    hint: 'Campaigns pause when spend reaches the cap.',
    serverError: null,
    required: false,
    disabled: false,
    readonly: false,
  },
  argTypes: {
    locale: { control: 'text', description: 'Empty follows the toolbar locale (the page `lang`).' },
    value: { control: 'number' },
  },
  render: (args) => html`<kayse-money-input
    style="max-width: 20rem"
    label=${args.label}
    currency=${args.currency}
    locale=${args.locale || nothing}
    .value=${args.value}
    hint=${args.hint}
    .serverError=${args.serverError}
    ?required=${args.required}
    ?disabled=${args.disabled}
    ?readonly=${args.readonly}
  ></kayse-money-input>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Types `text` into the field like a person and leaves it, so the error shows. */
const typeAndLeave =
  (text: string): Story['play'] =>
  async ({ canvasElement }) => {
    const el = canvasElement.querySelector('kayse-money-input')!;
    await el.updateComplete;
    const input = el.shadowRoot!.querySelector('input')!;
    await userEvent.type(input, text);
    input.blur();
  };

export const Empty: Story = {};

export const WithValue: Story = { args: { value: 500000 } };

export const Invalid: Story = { play: typeAndLeave('12.345') };

export const Unreadable: Story = { play: typeAndLeave('abc') };

export const RequiredAndEmpty: Story = {
  args: { required: true },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('kayse-money-input')!;
    await el.updateComplete;
    el.validate();
  },
};

export const ServerError: Story = { args: { value: 500, serverError: 'The cap must be at least $10.00.' } };

export const ReadOnly: Story = { args: { value: 500000, readonly: true, hint: '' } };

export const Disabled: Story = { args: { value: 500000, disabled: true } };

export const JPY: Story = { args: { currency: 'JPY', locale: 'en-US', value: 1250000 } };

export const GermanLocale: Story = { args: { currency: 'EUR', locale: 'de-DE', value: 123456 } };

export const ThreeDecimals: Story = { args: { currency: 'KWD', locale: 'en-US', value: 1234567 } };
