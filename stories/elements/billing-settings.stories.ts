import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/elements/billing-settings/define.js';
import { createMockBackend, createMockFetch } from '../../src/mock/index.js';
import { onMock, STORY_TODAY, type MockStoryOptions } from '../support/on-mock.js';

interface Args {
  locale: string;
}

// No `base-path` in stories: Storybook's iframe owns its address, so the sections are routed in
// memory (or in the hash, in the Hash routing story) and reloading the story starts over.
const settings = (args: Args, { hash = false } = {}) =>
  html`<kayse-billing-settings ?hash-routing=${hash} locale=${ifDefined(args.locale || undefined)}></kayse-billing-settings>`;

const onScenario = (options: MockStoryOptions) => (args: Args) => onMock(options, settings(args));

/**
 * `<kayse-billing-settings>`: the whole Billing and Reports area, every section the user may see
 * with a navigation between them: a side column on wide containers, a row of tabs that scrolls
 * on narrow ones. Every story runs on the mock backend through a real provider and REST client.
 */
const meta: Meta<Args> = {
  title: 'Elements/Billing settings',
  component: 'kayse-billing-settings',
  args: { locale: '' },
  argTypes: {
    locale: { control: 'text', description: 'Locale (`locale`); empty follows the page' },
  },
  render: onScenario({ scenario: 'healthy' }),
};
export default meta;

type Story = StoryObj<Args>;

/** An admin: every section, each editable where the API allows. */
export const Admin: Story = {};

/** A member who may read every section and change none: values without edit controls. */
export const ReadOnlyMember: Story = { name: 'Read-only member', render: onScenario({ scenario: 'read_only' }) };

/** A company billed by monthly invoice: `Access` hides the wallet, so it has no link. */
export const WalletHidden: Story = { name: 'Wallet hidden (invoice mode)', render: onScenario({ scenario: 'invoice_mode' }) };

/** `hash-routing`: the section is kept in the hash (`#/wallet`), so back and forward move between sections. */
export const HashRouting: Story = { render: (args) => onMock({ scenario: 'near_cap' }, settings(args, { hash: true })) };

/** Cap reached: the usage summary's "Change the spending cap" fires `kayse-navigate`, which the element follows. */
export const CapReached: Story = { render: onScenario({ scenario: 'cap_reached' }) };

/** `base-url` on the element itself: it is its own provider, with no `<kayse-billing-provider>` around it. */
export const OwnProvider: Story = {
  render: (args) => {
    const fetch = createMockFetch({ backend: createMockBackend({ today: STORY_TODAY, scenario: 'healthy' }) });
    return html`<kayse-billing-settings base-url="/api/billing" .fetch=${fetch} locale=${ifDefined(args.locale || undefined)}></kayse-billing-settings>`;
  },
};

/** The host page in dark mode: the tokens follow its `color-scheme`. */
export const Dark: Story = { globals: { scheme: 'dark' } };

/** Spanish, loaded on first use with each section's code: a wordless placeholder until it is here. */
export const Spanish: Story = { args: { locale: 'es' } };
