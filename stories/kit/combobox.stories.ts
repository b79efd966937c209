import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { userEvent } from 'storybook/test';
import type { KayseCombobox } from '../../src/ui/kit/combobox.js';
import { CONTACTS, MANY_CONTACTS } from './fixtures.js';

type Args = Pick<KayseCombobox, 'label' | 'value' | 'placeholder' | 'disabled' | 'options'>;

const meta: Meta<Args> = {
  title: 'Kit/Combobox',
  component: 'kayse-combobox',
  args: { label: 'Primary billing contact', value: '', placeholder: 'Search contacts', disabled: false, options: CONTACTS },
  argTypes: { options: { control: 'object' } },
  render: (args) => html`<div style="max-width: 24rem; min-height: 22rem">
    <kayse-combobox label=${args.label} .value=${args.value} placeholder=${args.placeholder} ?disabled=${args.disabled} .options=${args.options}></kayse-combobox>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Focuses the input and types `text` (or opens the list when empty). */
const typeInto =
  (text: string): Story['play'] =>
  async ({ canvasElement, viewMode }) => {
    if (viewMode === 'docs') return;
    const el = canvasElement.querySelector('kayse-combobox')!;
    await el.updateComplete;
    const input = el.shadowRoot!.querySelector('input')!;
    await userEvent.click(input);
    if (text) await userEvent.type(input, text);
    else await userEvent.keyboard('{ArrowDown}');
  };

export const Empty: Story = {};

export const WithValue: Story = { args: { value: 'c-priya' } };

export const Open: Story = { args: { value: 'c-jose' }, play: typeInto('') };

/** "angstrom" finds "Zoë Ångström": case and accents are ignored. */
export const Filtered: Story = { play: typeInto('angstrom') };

export const NoMatches: Story = { play: typeInto('zzz') };

export const HundredsOfOptions: Story = { args: { options: MANY_CONTACTS }, play: typeInto('mu') };

export const Disabled: Story = { args: { value: 'c-dana', disabled: true } };
