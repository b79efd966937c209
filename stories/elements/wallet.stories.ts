import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/elements/wallet/define.js';
import type { KayseWallet } from '../../src/elements/wallet/wallet.js';
import { providerIn, until } from '../support/play.js';
import { onMock, type MockStoryOptions } from '../support/on-mock.js';

interface Args {
  pageSize: number;
  noHistory: boolean;
  locale: string;
}

const wallet = (args: Args) =>
  html`<kayse-wallet
    page-size=${args.pageSize}
    ?no-history=${args.noHistory}
    locale=${ifDefined(args.locale || undefined)}
    style="max-width: 72rem"
  ></kayse-wallet>`;

const onScenario = (options: MockStoryOptions) => (args: Args) => onMock(options, wallet(args));

/**
 * `<kayse-wallet>`: the refillable wallet's balance and warnings, its refill settings, and the
 * whole transaction history paged by cursor in a virtualized list. Every story runs on the mock
 * backend through a real provider and REST client; stories that need a user's actions (typing,
 * a conflicting save, a page failing) play them once the wallet is ready.
 */
const meta: Meta<Args> = {
  title: 'Elements/Wallet',
  component: 'kayse-wallet',
  args: { pageSize: 50, noHistory: false, locale: '' },
  argTypes: {
    pageSize: { control: { type: 'number', min: 1, max: 100 }, description: 'Transactions per history page (`page-size`)' },
    noHistory: { control: 'boolean', description: 'Hide the history (`no-history`)' },
    locale: { control: 'text', description: 'Locale (`locale`); empty follows the page' },
  },
  render: onScenario({ scenario: 'healthy' }),
};
export default meta;

type Story = StoryObj<Args>;

// --- Play helpers: a person's actions, through the element's own controls. ---

const walletIn = (canvas: HTMLElement): KayseWallet => {
  const el = canvas.querySelector('kayse-wallet');
  if (!el) throw new Error('No kayse-wallet in the story');
  return el;
};

const settled = (el: KayseWallet) => until(() => el.matches(':state(ready)') && !el.shadowRoot?.querySelector('.history-body[aria-busy="true"]'));

async function type(el: KayseWallet, field: 'refillAmount' | 'refillThreshold', text: string): Promise<void> {
  const input = el.shadowRoot?.querySelector(`[data-field="${field}"]`)?.shadowRoot?.querySelector('input');
  if (!input) throw new Error(`No ${field} field`);
  input.focus();
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  input.blur();
  await el.updateComplete;
}

async function pressSave(el: KayseWallet): Promise<void> {
  el.shadowRoot?.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
  await until(() => !el.shadowRoot?.querySelector('.save-status')?.textContent?.includes('Saving'));
}

// --- Stories ---

/** An admin, a balance well above the low-balance level, an estimate from recent usage. */
export const Healthy: Story = {};

/** The balance is at or below the low-balance alert (30 % of the refill amount) but above the threshold. */
export const LowBalance: Story = { name: 'Low balance', render: onScenario({ scenario: 'wallet_low' }) };

/** The balance is at or below the refill threshold: a refill is queued and waiting to be processed. */
export const RefillPending: Story = { name: 'Refill pending', render: onScenario({ scenario: 'refill_pending' }) };

/** A refill threshold ($2,000) above the low-balance alert ($1,500): the settings say that alert would come after a refill is due. */
export const AlertAfterRefill: Story = {
  name: 'Low-balance alert after the threshold',
  render: onScenario({ scenario: 'healthy', patch: { wallet: { refillThreshold: 200_000 } } }),
};

/** The same settings for a reader: the hint stays, as information about them. */
export const ReadOnlyAlertAfterRefill: Story = {
  name: 'Read-only, low-balance alert after the threshold',
  render: onScenario({ scenario: 'read_only', patch: { wallet: { refillThreshold: 200_000 } } }),
};

/** No recent usage to estimate from: the estimate says so instead of showing a number. */
export const NoEstimate: Story = {
  name: 'No estimate',
  render: onScenario({ scenario: 'healthy', patch: { wallet: { estimatedDaysUntilRefill: null } } }),
};

/** A member who may read the wallet: the same figures, the settings as values, no controls. */
export const ReadOnly: Story = { name: 'Read-only', render: onScenario({ scenario: 'read_only' }) };

/** The user typed a threshold at the refill amount and pressed Save: refused before any request, said on the field. */
export const EditingWithErrors: Story = {
  name: 'Editing with errors',
  play: async ({ canvasElement }) => {
    const el = walletIn(canvasElement);
    await settled(el);
    await type(el, 'refillAmount', '2,000');
    await type(el, 'refillThreshold', '2,500');
    await pressSave(el);
  },
};

/** Another admin saved new settings while this one was typing: their edits stay, with the choice of versions. */
export const Conflict: Story = {
  play: async ({ canvasElement }) => {
    const el = walletIn(canvasElement);
    const provider = providerIn(canvasElement);
    await settled(el);
    const mockFetch = provider.fetch;
    if (!mockFetch) throw new Error('The story provider has no fetch');
    // The other admin's save, straight to the API behind the element's back.
    const current = (await (await mockFetch('/api/billing/wallet', { method: 'GET' })).json()) as { version: number };
    await mockFetch('/api/billing/wallet/settings', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ refillAmount: 600_000, refillThreshold: 150_000, version: current.version }),
    });
    await type(el, 'refillAmount', '4,000');
    await type(el, 'refillThreshold', '800');
    await pressSave(el);
  },
};

/** 100 000 transactions, loaded page by page as the list scrolls; the DOM holds only the rows in view. */
export const LongHistory: Story = {
  name: 'Long history',
  args: { pageSize: 100 },
  render: onScenario({ scenario: 'healthy', transactionCount: 100_000 }),
};

/** A new company: no transaction yet, and the history says so. */
export const EmptyHistory: Story = { name: 'Empty history', render: onScenario({ scenario: 'empty', today: '2026-12-01' }) };

/** The second page fails: the rows already shown stay, with an inline retry (which then works). */
export const HistoryPageError: Story = {
  name: 'History page error',
  play: async ({ canvasElement }) => {
    const provider = providerIn(canvasElement);
    const mockFetch = provider.fetch;
    if (!mockFetch) throw new Error('The story provider has no fetch');
    let failures = 1;
    // A page after the first (it carries a cursor) answers 500 once, as a server having a bad moment.
    provider.fetch = (url, init) => {
      if (failures > 0 && url.includes('/wallet/transactions') && url.includes('cursor=')) {
        failures -= 1;
        const body = JSON.stringify({ error: { code: 'internal', message: 'Injected failure' } });
        return Promise.resolve(new Response(body, { status: 500, headers: { 'Content-Type': 'application/json' } }));
      }
      return mockFetch(url, init);
    };
    const el = walletIn(canvasElement);
    await settled(el);
    el.shadowRoot?.querySelector<HTMLButtonElement>('.load-more')?.click();
    await until(() => el.shadowRoot?.querySelector('.history-problem') !== null);
  },
};

/** The user's role hides the wallet (so does Monthly Invoice billing): nothing renders, nothing is requested. */
export const Hidden: Story = {
  render: (args) =>
    onMock(
      { scenario: 'wallet_hidden' },
      html`<p>The wallet below is hidden for this role, so nothing shows:</p>
        ${wallet(args)}`,
    ),
};

/** Billed by monthly invoice: the wallet section is hidden by Access, so the element renders nothing. */
export const MonthlyInvoice: Story = {
  name: 'Hidden (monthly invoice)',
  render: (args) =>
    onMock(
      { scenario: 'invoice_mode' },
      html`<p>This company is billed by monthly invoice, so there is no wallet:</p>
        ${wallet(args)}`,
    ),
};

/** The host page in dark mode (`color-scheme: dark`), on the low-balance scenario to show a warning. */
export const Dark: Story = {
  globals: { scheme: 'dark' },
  render: onScenario({ scenario: 'wallet_low' }),
};

/** While the first answers are on their way: the layout's frame, so nothing jumps when they arrive. */
export const Loading: Story = { render: onScenario({ latencyMs: 120_000 }) };
