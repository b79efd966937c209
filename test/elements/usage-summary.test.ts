import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/usage-summary/define.js';
import type { KayseBillingProvider } from '../../src/elements/billing-provider/billing-provider.js';
import { createMockBackend, createMockFetch, type MockBackend, type MockBackendOptions } from '../../src/mock/index.js';
import type { BillingStore } from '../../src/state/store.js';

const TODAY = '2026-11-24';

async function mount(options: MockBackendOptions, attributes = '') {
  const backend = createMockBackend({ today: TODAY, ...options });
  const provider = await fixture<KayseBillingProvider>(
    html`<kayse-billing-provider base-url="/api/billing" .fetch=${createMockFetch({ backend })}></kayse-billing-provider>`,
  );
  provider.innerHTML = `<kayse-usage-summary ${attributes}></kayse-usage-summary>`;
  const el = provider.querySelector('kayse-usage-summary')!;
  await waitUntil(() => !el.matches(':state(loading)'), 'the summary stayed loading', { timeout: 4000 });
  await el.updateComplete;
  return { backend, provider, el };
}

const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
const figure = (el: Element, label: string) =>
  [...(el.shadowRoot?.querySelectorAll('.figure') ?? [])].find((node) => node.querySelector('dt')?.textContent?.trim() === label)?.querySelector('.amount')?.textContent?.trim();
const usageRequests = (backend: MockBackend) => backend.requests.filter((request) => request.path === '/usage/current').length;
const storeOf = (provider: KayseBillingProvider) => (provider as unknown as { context: { store: BillingStore } }).context.store;

describe('<kayse-usage-summary>', () => {
  describe('accessibility', () => {
    it('passes axe: loading (a skeleton with a status, no layout of its own)', async () => {
      const backend = createMockBackend({ today: TODAY, latencyMs: 60_000 });
      const provider = await fixture<KayseBillingProvider>(
        html`<kayse-billing-provider base-url="/api/billing" .fetch=${createMockFetch({ backend })}><kayse-usage-summary></kayse-usage-summary></kayse-billing-provider>`,
      );
      const el = provider.querySelector('kayse-usage-summary')!;
      expect(el.matches(':state(loading)')).to.equal(true);
      expect(el.shadowRoot?.querySelector('[role="status"]')?.textContent).to.contain('Loading…');
      await expect(el).to.be.accessible();
      provider.remove();
    });

    const states: [string, MockBackendOptions, string][] = [
      ['within cap', { scenario: 'healthy' }, ''],
      ['near cap', { scenario: 'near_cap' }, ''],
      ['cap reached', { scenario: 'cap_reached' }, ''],
      ['no cap', { scenario: 'no_cap' }, ''],
      ['empty', { scenario: 'empty', today: '2026-12-01' }, ''],
      ['compact', { scenario: 'near_cap' }, 'compact'],
      ['error', { scenario: 'healthy', patch: {} }, ''],
    ];
    for (const [name, options, attributes] of states) {
      it(`passes axe: ${name}`, async () => {
        const backend = createMockBackend({ today: TODAY, ...options });
        if (name === 'error') backend.addFault({ route: '/usage/current', status: 500 });
        const provider = await fixture<KayseBillingProvider>(
          html`<kayse-billing-provider base-url="/api/billing" .fetch=${createMockFetch({ backend })}></kayse-billing-provider>`,
        );
        provider.innerHTML = `<kayse-usage-summary ${attributes}></kayse-usage-summary>`;
        const el = provider.querySelector('kayse-usage-summary')!;
        await waitUntil(() => !el.matches(':state(loading)'), 'stayed loading', { timeout: 4000 });
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('figures and status per scenario', () => {
    const scenarios = [
      { scenario: 'healthy', status: 'Within cap', paused: false },
      { scenario: 'near_cap', status: 'Near cap', paused: false },
      { scenario: 'cap_reached', status: 'Cap reached', paused: true },
      { scenario: 'no_cap', status: 'No cap', paused: false },
    ] as const;
    for (const { scenario, status, paused } of scenarios) {
      it(`${scenario}: shows "${status}" and the server's amounts`, async () => {
        const { el, backend } = await mount({ scenario });
        const usage = await (await createMockFetch({ backend })('/api/billing/usage/current')).json();
        const money = (minor: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(minor / 100);
        expect(el.shadowRoot?.querySelector('[part="status"]')?.textContent).to.contain(status);
        expect(figure(el, 'Spent this month')).to.equal(money(usage.spent));
        expect(figure(el, 'Projected total')).to.equal(money(usage.projected));
        expect(figure(el, 'Monthly cap')).to.equal(usage.cap.amount === null ? 'No cap' : money(usage.cap.amount));
        expect(text(el).includes('Campaigns are paused until the cap is raised or removed.')).to.equal(paused);
      });
    }

    it('shows the period and the as-of time in the company time zone', async () => {
      const { el } = await mount({ scenario: 'healthy' });
      expect(text(el)).to.match(/Nov 1 – 30, 2026 · as of Nov 24, \d{1,2}:\d{2} [AP]M CST/);
    });

    it('an 80.00 % spend is near cap, and 79.99 % is within', async () => {
      const near = await mount({ scenario: 'healthy', patch: { usage: { spent: 480000 }, spendingCap: { enabled: true, amount: 600000 } } });
      expect(near.el.shadowRoot?.querySelector('[part="status"]')?.textContent?.replace(/\s+/g, ' ')).to.contain('Near cap 80.0% of cap used');
      const within = await mount({ scenario: 'healthy', patch: { usage: { spent: 479940 }, spendingCap: { enabled: true, amount: 600000 } } });
      expect(within.el.shadowRoot?.querySelector('[part="status"]')?.textContent?.replace(/\s+/g, ' ')).to.contain('Within cap 79.9% of cap used');
    });

    it('shows courtesy credits apart, and only when there are some', async () => {
      const withCredits = await mount({ scenario: 'healthy', patch: { usage: { courtesyCredits: 5000 } } });
      expect(figure(withCredits.el, 'Courtesy credits')).to.equal('+$50.00');
      const without = await mount({ scenario: 'healthy', patch: { usage: { courtesyCredits: 0 } } });
      expect(figure(without.el, 'Courtesy credits')).to.equal(undefined);
    });

    it('formats money in the element’s locale and the API’s currency', async () => {
      const { el } = await mount({ scenario: 'healthy', currency: 'EUR', patch: { usage: { spent: 473871 } } }, 'locale="de-DE" no-chart');
      expect(figure(el, 'Spent this month')?.replace(/\u00a0/g, ' ')).to.equal('4.738,71 €');
    });

    it('shows yen without decimals', async () => {
      const { el } = await mount({ scenario: 'healthy', currency: 'JPY', patch: { usage: { spent: 412350 } } }, 'no-chart');
      expect(figure(el, 'Spent this month')).to.equal('¥412,350');
    });
  });

  describe('the day the projection crosses the cap', () => {
    const pinned = {
      scenario: 'healthy',
      today: '2026-11-20',
      patch: { spendingCap: { enabled: true, amount: 500000 } },
    } as const;

    it('names the day for a projection that crosses', async () => {
      const { el } = await mount({ ...pinned, patch: { ...pinned.patch, usage: { spent: 400000, projected: 600000, asOf: '2026-11-20T18:00:00Z' } } });
      expect(text(el)).to.contain('At this pace the cap is reached on November 25.');
    });

    it('says nothing for a projection that stays under the cap', async () => {
      const { el } = await mount({ ...pinned, patch: { ...pinned.patch, usage: { spent: 400000, projected: 450000, asOf: '2026-11-20T18:00:00Z' } } });
      expect(text(el)).not.to.contain('At this pace');
    });

    it('says nothing once the cap is reached (campaigns are paused instead)', async () => {
      const { el } = await mount({ scenario: 'cap_reached' });
      expect(text(el)).not.to.contain('At this pace');
    });
  });

  describe('cap reached', () => {
    it('offers an admin the way to the spending cap', async () => {
      const { el } = await mount({ scenario: 'cap_reached' });
      const button = [...(el.shadowRoot?.querySelectorAll('button') ?? [])].find((node) => node.textContent?.includes('Change the spending cap'))!;
      setTimeout(() => button.click());
      const event = await oneEvent(el, 'kayse-navigate');
      expect(event.detail).to.deep.equal({ section: 'spendingCap' });
      expect([event.bubbles, event.composed]).to.deep.equal([true, true]);
    });

    it('offers no button to someone who may not change the cap', async () => {
      const { el } = await mount({ scenario: 'cap_reached', patch: { access: { sections: { spendingCap: 'read' } } } });
      expect(text(el)).to.contain('Campaigns are paused');
      expect(text(el)).not.to.contain('Change the spending cap');
    });
  });

  describe('billing mode and primary contact', () => {
    it('shows them when preferences are readable', async () => {
      const { el } = await mount({ scenario: 'invoice_mode' });
      expect(el.shadowRoot?.querySelector('.account')?.textContent?.replace(/\s+/g, ' ')).to.match(/Billing mode: Monthly invoice Primary contact: \S/);
    });

    it('says when no primary contact is chosen', async () => {
      const { el } = await mount({ scenario: 'healthy', patch: { preferences: { primaryContact: null } } });
      expect(el.shadowRoot?.querySelector('.account')?.textContent).to.contain('None chosen');
    });

    it('leaves them out, and asks nothing, when preferences are hidden', async () => {
      const { el, backend } = await mount({ scenario: 'healthy', patch: { access: { sections: { preferences: 'hidden' } } } });
      expect(el.shadowRoot?.querySelector('.account')).to.equal(null);
      expect(backend.requests.some((request) => request.path === '/preferences')).to.equal(false);
    });
  });

  describe('chart', () => {
    it('draws the chart (chart.js loaded on demand) with its text alternative', async () => {
      const { el } = await mount({ scenario: 'near_cap' });
      // The chart's element is defined from its own chunk, asked for with the figures.
      await customElements.whenDefined('kayse-spend-chart');
      const chart = el.shadowRoot?.querySelector('kayse-spend-chart');
      await chart?.updateComplete;
      const canvas = chart?.shadowRoot?.querySelector('canvas');
      // chart.js sizes the canvas to its box once it has drawn.
      await waitUntil(() => canvas?.style.width !== '', 'chart.js never drew');
      expect(canvas?.style.width).to.match(/^\d+px$/);
      expect(chart?.shadowRoot?.querySelector('figcaption')?.textContent).to.match(/^Spend reached \$[\d,.]+ by Nov 24 and, at this pace, reaches \$[\d,.]+ by Nov 30 against a cap of \$[\d,.]+\.$/);
    });

    it('shows the days as a table on demand', async () => {
      const { el } = await mount({ scenario: 'near_cap' });
      await customElements.whenDefined('kayse-spend-chart');
      const chart = el.shadowRoot!.querySelector('kayse-spend-chart')!;
      await chart.updateComplete;
      const toggle = chart.shadowRoot!.querySelector('button')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      toggle.click();
      await chart.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(chart.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(24);
      await expect(chart).to.be.accessible();
    });

    it('has no chart with no-chart or compact', async () => {
      for (const attributes of ['no-chart', 'compact']) {
        const { el } = await mount({ scenario: 'near_cap' }, attributes);
        expect(el.shadowRoot?.querySelector('kayse-spend-chart')).to.equal(null);
      }
    });
  });

  describe('bad input and failures', () => {
    it('shows the error with a retry for a malformed answer, with no NaN, undefined or null', async () => {
      const { el, backend } = await mount({ scenario: 'healthy', patch: {} }, 'no-chart');
      backend.addFault({ route: '/usage/current', malformed: 'schema', times: 1 });
      el.refresh();
      await waitUntil(() => el.matches(':state(error)'), 'no error state');
      expect(text(el)).to.contain('The billing service sent an answer this page cannot read.');
      expect(text(el)).not.to.match(/NaN|undefined|null/);
      el.shadowRoot!.querySelector<HTMLButtonElement>('.error button')!.click();
      await waitUntil(() => el.matches(':state(ready)'), 'retry did not recover');
      expect(figure(el, 'Spent this month')).to.match(/^\$[\d,]+\.\d\d$/);
    });

    it('shows the error for malformed JSON too', async () => {
      const backend = createMockBackend({ today: TODAY });
      backend.addFault({ route: '/usage/current', malformed: 'json' });
      const provider = await fixture<KayseBillingProvider>(
        html`<kayse-billing-provider base-url="/api/billing" .fetch=${createMockFetch({ backend })}><kayse-usage-summary no-chart></kayse-usage-summary></kayse-billing-provider>`,
      );
      const el = provider.querySelector('kayse-usage-summary')!;
      await waitUntil(() => el.matches(':state(error)'), 'no error state');
      expect(text(el)).not.to.match(/NaN|undefined|null/);
    });

    it('renders nothing and asks nothing of /usage when usage is hidden', async () => {
      const { el, backend } = await mount({ scenario: 'healthy', patch: { access: { sections: { usage: 'hidden' } } } });
      expect(el.matches(':state(hidden)')).to.equal(true);
      expect(text(el)).to.equal('');
      expect(usageRequests(backend)).to.equal(0);
    });

    it('says so when there is no usage yet', async () => {
      const { el } = await mount({ scenario: 'empty', today: '2026-12-01' });
      expect(el.matches(':state(empty)')).to.equal(true);
      expect(text(el)).to.contain('No usage yet this month.');
    });
  });

  describe('refreshing', () => {
    it('shows a cap saved elsewhere at once, with one new /usage/current request', async () => {
      const { el, backend, provider } = await mount({ scenario: 'near_cap' }, 'no-chart');
      const store = storeOf(provider);
      const before = usageRequests(backend);
      const usage = await store.read('usage');
      const cap = await store.read('spendingCap');
      await store.save('spendingCap', { enabled: true, amount: usage.spent - 100, version: cap.version });
      await waitUntil(() => el.shadowRoot?.querySelector('[part="status"]')?.textContent?.includes('Cap reached'), 'status did not change');
      expect(usageRequests(backend) - before).to.equal(1);
    });

    it('reloads on refresh()', async () => {
      const { el, backend } = await mount({ scenario: 'healthy' }, 'no-chart');
      const before = usageRequests(backend);
      backend.simulateDays(1);
      el.refresh();
      await waitUntil(() => usageRequests(backend) === before + 1);
    });
  });
});
