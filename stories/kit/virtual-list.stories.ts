import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { css, html } from 'lit';
import type { NearEndEvent } from '../../src/ui/kit/events.js';
import type { KayseVirtualList } from '../../src/ui/kit/virtual-list.js';
import { refills, type Refill } from './fixtures.js';

type Args = Pick<KayseVirtualList<Refill>, 'label' | 'nearEndThreshold'> & { count: number; height: string };

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

const renderRefill = (refill: Refill) => html`<div class="refill">
  <span class="date">${refill.date}</span>
  <span>${refill.type === 'manual' ? 'Manual refill' : 'Automatic refill'}</span>
  <span class="amount">${usd.format(refill.amount / 100)}</span>
  <span class="amount muted">${usd.format(refill.balanceAfter / 100)}</span>
</div>`;

const refillStyles = [
  css`
    .refill {
      display: grid;
      grid-template-columns: 7rem 1fr 6rem 6rem;
      gap: 1rem;
      padding: 0.5rem 0.75rem;
    }
    .amount {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    .date,
    .muted {
      color: var(--_muted);
    }
  `,
];

const meta: Meta<Args> = {
  title: 'Kit/Virtual list',
  component: 'kayse-virtual-list',
  args: { label: 'Wallet refill history', nearEndThreshold: 5, count: 100_000, height: '20rem' },
  render: (args) => html`<kayse-virtual-list
    style="max-width: 40rem; --kayse-virtual-list-height: ${args.height}"
    label=${args.label}
    near-end-threshold=${args.nearEndThreshold}
    .items=${refills(args.count)}
    .renderItem=${renderRefill}
    .itemStyles=${refillStyles}
  ></kayse-virtual-list>`,
};
export default meta;

type Story = StoryObj<Args>;

/** 100,000 refills with a constant DOM of a few dozen rows. */
export const HundredThousandItems: Story = {};

/** Starts with one page of 30; each `near-end` appends the next page, as the wallet will. */
export const PagedLoading: Story = {
  args: { count: 30 },
  render: (args) => {
    const more = (event: NearEndEvent) => {
      const list = event.currentTarget as KayseVirtualList<Refill>;
      const status = list.nextElementSibling!;
      status.textContent = `Loading page ${event.detail.itemCount / 30 + 1}…`;
      // A mock backend's latency.
      setTimeout(() => {
        list.items = [...list.items, ...refills(30, event.detail.itemCount)];
        status.textContent = `${list.items.length} refills loaded`;
      }, 400);
    };
    return html`<kayse-virtual-list
        style="max-width: 40rem; --kayse-virtual-list-height: ${args.height}"
        label=${args.label}
        .items=${refills(args.count)}
        .renderItem=${renderRefill}
        .itemStyles=${refillStyles}
        @near-end=${more}
      ></kayse-virtual-list>
      <p role="status">30 refills loaded</p>`;
  },
};

export const Short: Story = { args: { count: 3, height: '10rem' } };
