import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { KayseEmailListEditor } from '../../src/ui/kit/email-list-editor.js';

type Args = Pick<KayseEmailListEditor, 'label' | 'value' | 'primaryEmail' | 'max' | 'hint' | 'serverErrors' | 'readonly' | 'disabled'> & {
  /** Shows the line errors at once, as after a save attempt. */
  validated: boolean;
};

const numbered = (count: number) => Array.from({ length: count }, (_, i) => `associate${i + 1}@whitfield-law.example`).join('\n');

const meta: Meta<Args> = {
  title: 'Kit/Email list editor',
  component: 'kayse-email-list-editor',
  args: {
    label: 'Extra alert recipients',
    value: 'ops@whitfield-law.example\nfinance@whitfield-law.example',
    primaryEmail: 'dana@whitfield-law.example',
    max: 50,
    hint: '',
    serverErrors: {},
    readonly: false,
    disabled: false,
    validated: false,
  },
  argTypes: { value: { control: 'text' }, serverErrors: { control: 'object' } },
  render: (args) => html`<kayse-email-list-editor
    style="max-width: 30rem"
    label=${args.label}
    .value=${args.value}
    .primaryEmail=${args.primaryEmail}
    .max=${args.max}
    hint=${args.hint}
    .serverErrors=${args.serverErrors}
    ?readonly=${args.readonly}
    ?disabled=${args.disabled}
  ></kayse-email-list-editor>`,
  play: async ({ canvasElement, args }) => {
    if (!args.validated) return;
    const el = canvasElement.querySelector('kayse-email-list-editor')!;
    await el.updateComplete;
    el.validate();
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

export const Empty: Story = { args: { value: '' } };

export const InvalidLines: Story = {
  args: { value: 'ops@whitfield-law.example\nfinance@whitfield-law\n\nnot an email\nbilling@@whitfield-law.example', validated: true },
};

export const Duplicates: Story = {
  args: { value: 'ops@whitfield-law.example\nfinance@whitfield-law.example\nOPS@whitfield-law.example\nfinance@whitfield-law.example', validated: true },
};

export const PrimaryContactListed: Story = {
  args: { value: 'ops@whitfield-law.example\nDana@Whitfield-Law.example', validated: true },
};

export const FiftyOneRecipients: Story = { args: { value: numbered(51), validated: true } };

/** A 422 with `recipients.1` and `recipients.2`, shown on lines 3 and 6 (blank and refused lines counted). */
export const Server422: Story = {
  args: {
    value: 'ops@whitfield-law.example\n\nfinance@whitfield-law.example\n\n\nintake@whitfield-law.example',
    serverErrors: { 1: 'this mailbox does not accept mail.', 2: 'the domain is blocked for this company.' },
  },
};

export const ReadOnly: Story = { args: { readonly: true } };

export const ReadOnlyEmpty: Story = { args: { readonly: true, value: '' } };

export const Disabled: Story = { args: { disabled: true } };
