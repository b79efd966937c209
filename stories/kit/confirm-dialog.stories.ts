import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { KayseConfirmDialog } from '../../src/ui/kit/confirm-dialog.js';

type Args = Pick<KayseConfirmDialog, 'heading' | 'confirmLabel' | 'cancelLabel' | 'danger'> & { body: string };

const ask = async (event: Event) => {
  const root = (event.currentTarget as HTMLElement).parentElement!;
  const dialog = root.querySelector('kayse-confirm-dialog')!;
  const answer = await dialog.ask();
  root.querySelector('output')!.textContent = answer ? 'Confirmed' : 'Cancelled';
};

const meta: Meta<Args> = {
  title: 'Kit/Confirm dialog',
  component: 'kayse-confirm-dialog',
  args: {
    heading: 'Lower the cap below this month’s spend?',
    body: 'This month’s spend is already $4,123.50, so campaigns pause as soon as you save a cap of $4,000.00.',
    confirmLabel: 'Save and pause campaigns',
    cancelLabel: '',
    danger: true,
  },
  render: (args) => html`<div>
    <button type="button" @click=${ask}>Save the cap</button>
    <output style="margin-inline-start: 1rem"></output>
    <kayse-confirm-dialog heading=${args.heading} confirm-label=${args.confirmLabel} cancel-label=${args.cancelLabel} ?danger=${args.danger}
      >${args.body}</kayse-confirm-dialog
    >
  </div>`,
  play: async ({ canvasElement, viewMode }) => {
    // Open in the canvas only: a docs page with every story's modal open at once is unusable.
    if (viewMode === 'docs') return;
    canvasElement.querySelector('button')!.click();
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Danger: Story = {};

export const Default: Story = {
  args: {
    heading: 'Switch to weekly reports?',
    body: 'Reports go to the primary contact and 2 extra recipients every Monday.',
    confirmLabel: 'Switch to weekly',
    danger: false,
  },
};

export const Closed: Story = { play: async () => undefined };
