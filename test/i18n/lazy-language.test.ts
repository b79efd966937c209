// A language other than English is its own chunk, loaded when an element first resolves to it;
// until it is there the element shows a placeholder without words, never English. Nothing in
// this file imports the Spanish catalog, so the first Spanish element here is what loads it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/usage-summary/define.js';
import '../../src/elements/billing-settings/define.js';
import type { KayseBillingSettings } from '../../src/elements/billing-settings/billing-settings.js';
import type { KayseBillingProvider } from '../../src/elements/billing-provider/billing-provider.js';
import type { KayseUsageSummary } from '../../src/elements/usage-summary/usage-summary.js';
import { en } from '../../src/i18n/en.js';
import { settingsStrings } from '../../src/i18n/parts/settings.js';
import { usageStrings } from '../../src/i18n/parts/usage.js';
import { createMockBackend, createMockFetch } from '../../src/mock/index.js';

// Words that are the same in Spanish (this file must not import the Spanish catalog to learn it).
const SAME_IN_SPANISH: ReadonlySet<string> = new Set(['Total']);

/** English phrases of the catalog a usage summary could show (formatters left out). */
const ENGLISH = (Object.values(en) as readonly unknown[]).filter(
  (value): value is string => typeof value === 'string' && value.length > 3 && !SAME_IN_SPANISH.has(value),
);

describe('a language loaded on first use', () => {
  it('is not in the first download: Spanish is not here before an element asks for it', () => {
    expect(usageStrings.get('es')).to.equal(undefined);
    expect(usageStrings.get('en')?.usageHeading).to.equal('Current month usage');
  });

  it('shows no English while Spanish loads, then the figures in Spanish', async () => {
    const backend = createMockBackend({ today: '2026-11-24' });
    const provider = await fixture<KayseBillingProvider>(html`<kayse-billing-provider base-url="/api/billing" .fetch=${createMockFetch({ backend })}></kayse-billing-provider>`);
    const el = document.createElement('kayse-usage-summary') as KayseUsageSummary;
    el.setAttribute('locale', 'es-MX');
    provider.append(el);
    // Every text the element showed, from its first render on, visible or read aloud.
    const seen: string[] = [];
    const textOf = () => [...(el.shadowRoot?.children ?? [])].map((node) => node.textContent ?? '').join(' ');
    const record = () => seen.push(textOf(), ...[...(el.shadowRoot?.querySelectorAll('[aria-label]') ?? [])].map((node) => node.getAttribute('aria-label') ?? ''));
    const observer = new MutationObserver(record);
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
    await waitUntil(() => textOf().includes('Gastado este mes'), 'the Spanish figures', { timeout: 4000 });
    record();
    observer.disconnect();
    // Whole words only: "Contact" is not English inside "Contacto".
    const shown = (phrase: string) => new RegExp(`(?<!\\p{L})${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u');
    const english = ENGLISH.filter((phrase) => seen.some((text) => shown(phrase).test(text)));
    expect(english, 'English shown before or after Spanish').to.deep.equal([]);
    expect(usageStrings.get('es')?.usageSpent).to.equal('Gastado este mes');
  });

  it('keeps the settings element loading, with no word, until its Spanish is here', async () => {
    expect(settingsStrings.get('es')).to.equal(undefined);
    const backend = createMockBackend({ today: '2026-11-24' });
    const el = document.createElement('kayse-billing-settings') as KayseBillingSettings;
    el.setAttribute('locale', 'es');
    el.setAttribute('base-url', '/api/billing');
    (el as KayseBillingSettings & { fetch: unknown }).fetch = createMockFetch({ backend });
    document.body.append(el);
    try {
      // Its first render: loading, and nothing said in any language.
      await el.updateComplete;
      expect(settingsStrings.get('es'), 'Spanish is still on its way').to.equal(undefined);
      expect(el.matches(':state(loading)')).to.equal(true);
      expect([...el.shadowRoot!.children].map((node) => node.textContent ?? '').join('').trim()).to.equal('');
      await waitUntil(() => el.shadowRoot?.querySelector('nav')?.textContent?.includes('Consumo'), 'the Spanish navigation', { timeout: 4000 });
      expect(el.shadowRoot!.querySelector('nav')!.textContent).to.not.contain('Usage');
    } finally {
      el.remove();
    }
  });
});
