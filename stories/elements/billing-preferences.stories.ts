import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { KayseBillingPreferences } from '../../src/elements/billing-preferences/billing-preferences.js';
import '../../src/elements/billing-preferences/define.js';
import { inCanvas, providerIn, until } from '../support/play.js';
import { onMock, type MockStoryOptions } from '../support/on-mock.js';

interface Args {
  locale: string;
}

const preferences = (args: Args) =>
  html`<kayse-billing-preferences locale=${ifDefined(args.locale || undefined)} style="max-width: 60rem"></kayse-billing-preferences>`;

const onScenario = (options: MockStoryOptions) => (args: Args) => onMock(options, preferences(args));

/**
 * `<kayse-billing-preferences>`: the primary billing contact (who receives alerts and scheduled
 * reports by default) and the billing mode. Every story runs on the mock backend through a real
 * provider and REST client; stories that need a user's actions play them once the element is ready.
 */
const meta: Meta<Args> = {
  title: 'Elements/Billing preferences',
  component: 'kayse-billing-preferences',
  args: { locale: '' },
  argTypes: { locale: { control: 'text', description: 'Locale (`locale`); empty follows the page' } },
  render: onScenario({ scenario: 'healthy' }),
};
export default meta;

type Story = StoryObj<Args>;

// --- Play helpers: a person's actions, through the element's own controls. ---

const elementIn = (canvas: HTMLElement): KayseBillingPreferences => inCanvas(canvas, 'kayse-billing-preferences');

const ready = (el: KayseBillingPreferences) => until(() => el.matches(':state(ready)'));

async function chooseContact(el: KayseBillingPreferences, id: string): Promise<void> {
  const select = el.shadowRoot?.querySelector<HTMLSelectElement>('select');
  if (!select) throw new Error('No contact select');
  select.value = id;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function chooseMode(el: KayseBillingPreferences, mode: string): Promise<void> {
  el.shadowRoot?.querySelector<HTMLInputElement>(`input[value="${mode}"]`)?.click();
  await el.updateComplete;
}

const pressSave = (el: KayseBillingPreferences) => el.shadowRoot?.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();

// --- Stories ---

/** An admin: the primary contact with what it means, and both billing modes (this company may switch). */
export const Default: Story = {};

/** No primary contact yet: said in words, with the picker as the way to choose one. */
export const NoPrimaryContact: Story = {
  name: 'No primary contact',
  render: onScenario({ scenario: 'healthy', patch: { preferences: { primaryContact: null } } }),
};

/** 200 contacts: the picker becomes a search box over names, email addresses and roles (here, "case manager" typed). */
export const ManyContacts: Story = {
  name: 'Many contacts',
  render: onScenario({ scenario: 'healthy', contactCount: 200 }),
  play: async ({ canvasElement }) => {
    const el = elementIn(canvasElement);
    await ready(el);
    const input = el.shadowRoot?.querySelector('kayse-combobox')?.shadowRoot?.querySelector('input');
    if (!input) throw new Error('No contact search');
    input.focus();
    input.value = 'case manager';
    input.dispatchEvent(new Event('input'));
  },
};

/** The admin picked the other mode and pressed Save: the confirmation says the wallet section disappears. */
export const ModeEditable: Story = {
  name: 'Mode editable',
  play: async ({ canvasElement }) => {
    const el = elementIn(canvasElement);
    await ready(el);
    await chooseMode(el, 'monthly_invoice');
    pressSave(el);
  },
};

/** Billed by monthly invoice, a mode this company cannot change: shown as a value with the reason. */
export const ModeLocked: Story = { name: 'Mode locked', render: onScenario({ scenario: 'invoice_mode' }) };

/** Another admin changed the primary contact while this one was choosing: the edits stay, with the choice of versions. */
export const Conflict: Story = {
  play: async ({ canvasElement }) => {
    const el = elementIn(canvasElement);
    const provider = providerIn(canvasElement);
    await ready(el);
    const mockFetch = provider.fetch;
    if (!mockFetch) throw new Error('The story provider has no fetch');
    // The other admin's save, straight to the API behind the element's back.
    const current = (await (await mockFetch('/api/billing/preferences', { method: 'GET' })).json()) as { version: number };
    await mockFetch('/api/billing/preferences', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ primaryContactId: 'u_3', version: current.version }),
    });
    await chooseContact(el, 'u_2');
    pressSave(el);
  },
};

/** A member who may read preferences: the same values, no controls. */
export const ReadOnly: Story = { name: 'Read-only', render: onScenario({ scenario: 'read_only' }) };

/** The contacts could not be loaded: the message and a retry (which then works). */
export const ErrorState: Story = { name: 'Error', render: onScenario({ scenario: 'healthy', faults: [{ route: '/contacts', status: 500, times: 1 }] }) };

/** The user's role hides preferences: nothing renders, nothing but `/access` is requested. */
export const Hidden: Story = {
  render: (args) =>
    onMock(
      { scenario: 'healthy', patch: { access: { sections: { preferences: 'hidden' } } } },
      html`<p>Preferences are hidden for this role, so the element below shows nothing:</p>
        ${preferences(args)}`,
    ),
};

/** The host page in dark mode (`color-scheme: dark`), with no primary contact to show the notice. */
export const Dark: Story = {
  globals: { scheme: 'dark' },
  render: onScenario({ scenario: 'healthy', patch: { preferences: { primaryContact: null } } }),
};

/** While the first answers are on their way: the layout's frame, so nothing jumps when they arrive. */
export const Loading: Story = { render: onScenario({ latencyMs: 120_000 }) };
