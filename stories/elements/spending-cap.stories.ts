import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FetchLike } from '../../src/api/rest-billing-api.js';
import type { CurrentUsage } from '../../src/api/schemas.js';
import type { KayseBillingProvider } from '../../src/elements/billing-provider/billing-provider.js';
import type { KayseSpendingCap } from '../../src/elements/spending-cap/spending-cap.js';
import '../../src/elements/spending-cap/define.js';
import '../../src/elements/usage-summary/define.js';
import { inCanvas, until } from '../support/play.js';
import { onMock, type MockStoryOptions } from '../support/on-mock.js';

interface Args {
  locale: string;
}

const cap = (args: Args) => html`<kayse-spending-cap locale=${ifDefined(args.locale || undefined)} style="max-width: 60rem"></kayse-spending-cap>`;

const onScenario = (options: MockStoryOptions) => (args: Args) => onMock(options, cap(args));

/**
 * `<kayse-spending-cap>`: the monthly cap's switch and amount beside this month's spend,
 * projection and status, with the warnings a new cap deserves before it is saved. Every story
 * runs on the mock backend through a real provider and REST client; stories that need a user's
 * actions play them once the element is ready.
 */
const meta: Meta<Args> = {
  title: 'Elements/Spending cap',
  component: 'kayse-spending-cap',
  args: { locale: '' },
  argTypes: { locale: { control: 'text', description: 'Locale (`locale`); empty follows the page' } },
  render: onScenario({ scenario: 'healthy' }),
};
export default meta;

type Story = StoryObj<Args>;

// --- Play helpers: a person's actions, through the element's own controls. ---

const elementIn = (canvas: HTMLElement): KayseSpendingCap => inCanvas(canvas, 'kayse-spending-cap');

const mockFetchIn = (canvas: HTMLElement): FetchLike => {
  const provider = canvas.querySelector<KayseBillingProvider>('kayse-billing-provider');
  if (!provider?.fetch) throw new Error('The story provider has no fetch');
  return provider.fetch;
};

const ready = (el: KayseSpendingCap) => until(() => el.matches(':state(ready)'));

const usageOf = async (canvas: HTMLElement): Promise<CurrentUsage> => (await (await mockFetchIn(canvas)('/api/billing/usage/current', { method: 'GET' })).json()) as CurrentUsage;

/** Types an amount in minor units (en-US notation) into the cap field, then leaves it. */
async function typeAmount(el: KayseSpendingCap, minor: number): Promise<void> {
  const input = el.shadowRoot?.querySelector('kayse-money-input')?.shadowRoot?.querySelector('input');
  if (!input) throw new Error('No amount field');
  input.focus();
  input.value = (minor / 100).toFixed(2);
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  input.blur();
  await el.updateComplete;
}

const pressSave = (el: KayseSpendingCap) => el.shadowRoot?.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();

// --- Stories ---

/** An admin, a cap comfortably above this month's pace. */
export const CapEnabled: Story = { name: 'Cap enabled' };

/** No cap: the switch is off and the amount waits, disabled, for it to be turned on. */
export const CapDisabled: Story = { name: 'Cap disabled', render: onScenario({ scenario: 'no_cap' }) };

/** The admin typed a cap below this month's spend: campaigns would pause at once, said in words before saving. */
export const CapBelowSpendWarning: Story = {
  name: 'Cap below spend warning',
  render: onScenario({ scenario: 'near_cap' }),
  play: async ({ canvasElement }) => {
    const el = elementIn(canvasElement);
    await ready(el);
    const usage = await usageOf(canvasElement);
    await typeAmount(el, Math.max(100, Math.floor(usage.spent * 0.9 / 100) * 100));
  },
};

/** The admin typed a cap between spend and the projection: it will likely be reached this month. */
export const CapBelowProjectionWarning: Story = {
  name: 'Cap below projection warning',
  play: async ({ canvasElement }) => {
    const el = elementIn(canvasElement);
    await ready(el);
    const usage = await usageOf(canvasElement);
    await typeAmount(el, Math.floor((usage.spent + usage.projected) / 2 / 100) * 100);
  },
};

/** Saving a cap below spend asks first, naming both amounts. */
export const PauseConfirmation: Story = {
  name: 'Pause confirmation',
  render: onScenario({ scenario: 'near_cap' }),
  play: async ({ canvasElement }) => {
    const el = elementIn(canvasElement);
    await ready(el);
    const usage = await usageOf(canvasElement);
    await typeAmount(el, Math.floor(usage.spent * 0.9 / 100) * 100);
    pressSave(el);
  },
};

/** Spend has reached the cap: campaigns are paused, said plainly above the form. */
export const CampaignsPaused: Story = { name: 'Campaigns paused', render: onScenario({ scenario: 'cap_reached' }) };

/** Another admin changed the cap while this one was typing: the edits stay, with the choice of versions. */
export const Conflict: Story = {
  play: async ({ canvasElement }) => {
    const el = elementIn(canvasElement);
    await ready(el);
    const mockFetch = mockFetchIn(canvasElement);
    // The other admin's save, straight to the API behind the element's back.
    const current = (await (await mockFetch('/api/billing/spending-cap', { method: 'GET' })).json()) as { version: number };
    await mockFetch('/api/billing/spending-cap', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ enabled: true, amount: 1_500_000, version: current.version }),
    });
    const usage = await usageOf(canvasElement);
    await typeAmount(el, Math.ceil(usage.projected * 1.5 / 100_000) * 100_000);
    pressSave(el);
  },
};

/** A member who may read the cap: the value and this month's figures, no controls. */
export const ReadOnly: Story = { name: 'Read-only', render: onScenario({ scenario: 'read_only' }) };

/** The cap could not be loaded: the message and a retry (which then works). */
export const ErrorState: Story = { name: 'Error', render: onScenario({ scenario: 'healthy', faults: [{ route: '/spending-cap', status: 500, times: 1 }] }) };

/** The user's role hides the cap: nothing renders, nothing but `/access` is requested. */
export const Hidden: Story = {
  render: (args) =>
    onMock(
      { scenario: 'healthy', patch: { access: { sections: { spendingCap: 'hidden' } } } },
      html`<p>The spending cap is hidden for this role, so the element below shows nothing:</p>
        ${cap(args)}`,
    ),
};

/** A role that may change the cap but not read usage: no figures beside it, and no warnings but the server's. */
export const WithoutUsage: Story = {
  name: 'Without usage access',
  render: onScenario({ scenario: 'healthy', patch: { access: { sections: { usage: 'hidden' } } } }),
};

/** The host page in dark mode (`color-scheme: dark`), near the cap. */
export const Dark: Story = { globals: { scheme: 'dark' }, render: onScenario({ scenario: 'near_cap' }) };

/** While the first answers are on their way: the layout's frame, so nothing jumps when they arrive. */
export const Loading: Story = { render: onScenario({ latencyMs: 120_000 }) };

/** Beside a usage summary under one provider: lower the cap below spend, and the summary turns to "Cap reached". */
export const WithUsageSummary: Story = {
  name: 'With usage summary',
  render: (args) =>
    onMock(
      { scenario: 'near_cap' },
      html`<div style="display: grid; gap: 2rem; max-width: 60rem">
        <kayse-usage-summary no-chart></kayse-usage-summary>
        ${cap(args)}
      </div>`,
    ),
};
