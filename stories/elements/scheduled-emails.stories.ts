import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/elements/scheduled-emails/define.js';
import { providerIn } from '../support/play.js';
import { pressSave, primaryOf, readyForm, refuseLine, typeRecipients } from '../support/recipients-play.js';
import { onMock, type MockStoryOptions } from '../support/on-mock.js';

interface Args {
  locale: string;
}

const DOMAIN = 'whithale.example';
const numbered = (count: number, local = 'partner') => Array.from({ length: count }, (_, i) => `${local}${i + 1}@${DOMAIN}`);

const element = (args: Args) => html`<kayse-scheduled-emails locale=${ifDefined(args.locale || undefined)} style="max-width: 64rem"></kayse-scheduled-emails>`;

const onScenario = (options: MockStoryOptions) => (args: Args) => onMock(options, element(args));

/**
 * `<kayse-scheduled-emails>`: scheduled billing emails on or off, daily, weekly or monthly, the
 * primary contact and extra recipients one per line, and the sentence saying who gets them when. Every story runs on the
 * mock backend through a real provider and REST client; stories about typing and saving play
 * those actions once the element is ready.
 */
const meta: Meta<Args> = {
  title: 'Elements/Scheduled emails',
  component: 'kayse-scheduled-emails',
  args: { locale: '' },
  argTypes: { locale: { control: 'text', description: 'Locale (`locale`); empty follows the page' } },
  render: onScenario({ scenario: 'healthy' }),
};
export default meta;

type Story = StoryObj<Args>;

// --- Stories ---

/** An admin; weekly emails on, one extra recipient beside the primary contact. */
export const Default: Story = {};

/** Only the primary contact receives the reports: the sentence says so. */
export const OneRecipient: Story = {
  name: 'One recipient',
  render: onScenario({ scenario: 'healthy', patch: { scheduledEmails: { recipients: [] } } }),
};

/** A dozen extra recipients: the field grows to show them, the counter says how many of 50. */
export const ManyRecipients: Story = {
  name: 'Many recipients',
  render: onScenario({ scenario: 'healthy', patch: { scheduledEmails: { recipients: numbered(12), frequency: 'monthly' } } }),
};

/** The user typed lines that are not addresses and pressed Save: each named by line, nothing sent. */
export const InvalidLines: Story = {
  name: 'Invalid lines',
  play: async ({ canvasElement }) => {
    const el = await readyForm(canvasElement, 'kayse-scheduled-emails');
    await typeRecipients(el, `ops@${DOMAIN}\nnot-an-email\nfinance@${DOMAIN}\nbilling@whithale\nmary smith@${DOMAIN}`);
    await pressSave(el, false);
  },
};

/** The same address twice in another case, and the primary contact's own address: caught before saving. */
export const Duplicates: Story = {
  play: async ({ canvasElement }) => {
    const el = await readyForm(canvasElement, 'kayse-scheduled-emails');
    await typeRecipients(el, `ops@${DOMAIN}\naccounts@${DOMAIN}\nOPS@${DOMAIN.toUpperCase()}\n${primaryOf(el)}`);
    await pressSave(el, false);
  },
};

/** 51 addresses pasted: the 51st is refused (at most 50), nothing sent. */
export const FiftyOneRecipients: Story = {
  name: '51 recipients',
  play: async ({ canvasElement }) => {
    const el = await readyForm(canvasElement, 'kayse-scheduled-emails');
    await typeRecipients(el, numbered(51).join('\n'));
    await pressSave(el, false);
  },
};

/** The server refused an address the form accepted (a 422 on `recipients.1`): the message lands on line 2. */
export const Server422: Story = {
  name: 'Server 422',
  play: async ({ canvasElement }) => {
    refuseLine(providerIn(canvasElement), '/scheduled-emails', 1, 'This address bounced last month; check it with the recipient.');
    const el = await readyForm(canvasElement, 'kayse-scheduled-emails');
    await typeRecipients(el, `ops@${DOMAIN}\nold-partner@${DOMAIN}\naccounts@${DOMAIN}`);
    await pressSave(el);
  },
};

/** Another admin saved while this one typed: the typed list stays, with the choice of versions. */
export const Conflict: Story = {
  play: async ({ canvasElement }) => {
    const provider = providerIn(canvasElement);
    const el = await readyForm(canvasElement, 'kayse-scheduled-emails');
    const mockFetch = provider.fetch;
    if (!mockFetch) throw new Error('The story provider has no fetch');
    // The other admin's save, straight to the API behind the element's back.
    const current = (await (await mockFetch('/api/billing/scheduled-emails', { method: 'GET' })).json()) as { version: number };
    await mockFetch('/api/billing/scheduled-emails', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ enabled: true, frequency: 'daily', recipients: [`cfo@${DOMAIN}`, `controller@${DOMAIN}`], version: current.version }),
    });
    await typeRecipients(el, `ops@${DOMAIN}\naccounts@${DOMAIN}\nparalegals@${DOMAIN}`);
    await pressSave(el);
  },
};

/** The save is on its way (the server is slow): "Saving…", and a second press does nothing. */
export const Saving: Story = {
  render: onScenario({ scenario: 'healthy', faults: [{ route: '/scheduled-emails', method: 'PUT', latencyMs: 120_000 }] }),
  play: async ({ canvasElement }) => {
    const el = await readyForm(canvasElement, 'kayse-scheduled-emails');
    await typeRecipients(el, `ops@${DOMAIN}\naccounts@${DOMAIN}\nparalegals@${DOMAIN}`);
    await pressSave(el, false);
  },
};

/** Saved: the list as the server stored it (trimmed, blank lines gone) and "Saved." */
export const Saved: Story = {
  play: async ({ canvasElement }) => {
    const el = await readyForm(canvasElement, 'kayse-scheduled-emails');
    await typeRecipients(el, `  ops@${DOMAIN}\n\naccounts@${DOMAIN}  \nparalegals@${DOMAIN}`);
    await pressSave(el);
  },
};

/** The server failed the save (a 500): the text stays as typed, the reason is said, and Save can be pressed again. */
export const SaveFails: Story = {
  name: 'Save fails',
  render: onScenario({ scenario: 'healthy', faults: [{ route: '/scheduled-emails', method: 'PUT', status: 500, times: 1 }] }),
  play: async ({ canvasElement }) => {
    const el = await readyForm(canvasElement, 'kayse-scheduled-emails');
    await typeRecipients(el, `ops@${DOMAIN}\n\n  accounts@${DOMAIN}\nparalegals@${DOMAIN}`);
    await pressSave(el);
  },
};

/** A member who may only read: the schedule and recipients as values, no controls, nothing sent. */
export const ReadOnly: Story = { name: 'Read-only', render: onScenario({ scenario: 'read_only' }) };

/** The schedule could not be loaded: the reason and a retry. */
export const ErrorState: Story = { name: 'Error', render: onScenario({ faults: [{ route: '/scheduled-emails', method: 'GET', status: 500 }] }) };

/** The user's role may not see scheduled emails: nothing renders. */
export const Hidden: Story = {
  render: (args) =>
    onMock(
      { scenario: 'healthy', patch: { access: { sections: { scheduledEmails: 'hidden' } } } },
      html`<p>This role may not see the scheduled emails, so the element below shows nothing:</p>
        ${element(args)}`,
    ),
};

/** The host page in dark mode (`color-scheme: dark`). */
export const Dark: Story = { globals: { scheme: 'dark' } };

/** While the settings are on their way: the layout's frame, so nothing jumps when they arrive. */
export const Loading: Story = { render: onScenario({ latencyMs: 120_000 }) };

/** Switched off: the frequency stays chosen but cannot be changed until the emails are on again. */
export const Off: Story = { render: onScenario({ scenario: 'healthy', patch: { scheduledEmails: { enabled: false } } }) };

/** A frequency newer than this version ("quarterly"): shown as sent, and one of the three must be chosen to save. */
export const UnknownFrequency: Story = {
  name: 'Unknown frequency',
  render: onScenario({ scenario: 'healthy', patch: { scheduledEmails: { frequency: 'quarterly' } } }),
};

/** Switched on with no one to receive them (no primary contact, no extra recipient): Save refuses, says why on the field, sends nothing. */
export const NoOneToReceive: Story = {
  name: 'No one to receive them',
  render: onScenario({ scenario: 'empty', today: '2026-12-01' }),
  play: async ({ canvasElement }) => {
    const el = await readyForm(canvasElement, 'kayse-scheduled-emails');
    el.shadowRoot?.querySelector('kayse-switch.enable')?.shadowRoot?.querySelector('button')?.click();
    await el.updateComplete;
    await pressSave(el, false);
  },
};

/** A phone-width group (390 px screen): the three frequencies stack together instead of leaving one alone on a line. */
export const Narrow: Story = {
  name: 'Narrow (390 px)',
  render: (args) => onMock({ scenario: 'healthy' }, html`<div style="width: 326px">${element(args)}</div>`),
};
