import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/billing-provider/define.js';
import type { KayseBillingProvider } from '../../src/elements/billing-provider/billing-provider.js';
import { createMockBackend, createMockFetch } from '../../src/mock/index.js';
import type { TestUsageElement } from '../helpers/test-elements.js';
import '../helpers/test-elements.js';

// The whole data path on the mock backend: provider → RestBillingApi → fetch → Hono app.
describe('data path on the mock backend', () => {
  const ready = (elements: Iterable<TestUsageElement>) =>
    waitUntil(() => [...elements].every((el) => el.matches(':state(ready)') || el.matches(':state(hidden)')), 'elements did not settle');

  it('nine elements under one provider make one request per resource', async () => {
    const backend = createMockBackend({ scenario: 'healthy', today: '2026-11-24' });
    const provider = await fixture<KayseBillingProvider>(html`<kayse-billing-provider base-url="/api/billing" .fetch=${createMockFetch({ backend })}>
      ${Array.from({ length: 9 }, () => html`<test-usage></test-usage>`)}
    </kayse-billing-provider>`);
    await ready(provider.querySelectorAll('test-usage'));
    expect(backend.requests.map((request) => `${request.method} ${request.path} ${request.status}`)).to.deep.equal([
      'GET /access 200',
      'GET /usage/current 200',
    ]);
  });

  it('a cap saved under the provider reloads usage with exactly one request', async () => {
    const backend = createMockBackend({ scenario: 'near_cap', today: '2026-11-24' });
    const provider = await fixture<KayseBillingProvider>(html`<kayse-billing-provider base-url="/api/billing" .fetch=${createMockFetch({ backend })}>
      <test-usage></test-usage>
    </kayse-billing-provider>`);
    const el = provider.querySelector('test-usage')!;
    await ready([el]);
    const store = (provider as unknown as { context: { store: import('../../src/state/store.js').BillingStore } }).context.store;
    const usage = await store.read('usage');
    const cap = await store.read('spendingCap');
    backend.clearRequests();
    await store.save('spendingCap', { enabled: true, amount: usage.spent, version: cap.version });
    await waitUntil(() => backend.requests.some((request) => request.path === '/usage/current'));
    await ready([el]);
    expect(backend.requests.map((request) => `${request.method} ${request.path}`)).to.deep.equal(['PUT /spending-cap', 'GET /usage/current']);
    expect((await store.read('usage')).status).to.equal('cap_reached');
  });

  it('a read-only member sees the section and can edit nothing', async () => {
    const backend = createMockBackend({ scenario: 'read_only' });
    const provider = await fixture<KayseBillingProvider>(html`<kayse-billing-provider base-url="/api/billing" .fetch=${createMockFetch({ backend })}>
      <test-usage></test-usage>
    </kayse-billing-provider>`);
    const inside = provider.querySelector('test-usage')!;
    await ready([inside]);
    expect(inside.shadowRoot?.querySelector('.permission')?.textContent).to.equal('read');
  });

  it('a malformed answer becomes the error state, never a wrong figure', async () => {
    const backend = createMockBackend({ scenario: 'healthy' });
    backend.addFault({ route: '/usage/current', malformed: 'schema' });
    const provider = await fixture<KayseBillingProvider>(html`<kayse-billing-provider base-url="/api/billing" .fetch=${createMockFetch({ backend })}>
      <test-usage></test-usage>
    </kayse-billing-provider>`);
    const el = provider.querySelector('test-usage')!;
    await waitUntil(() => el.matches(':state(error)'), 'no error state');
    expect(el.shadowRoot?.textContent).to.contain('cannot read');
    expect(el.shadowRoot?.textContent).not.to.match(/NaN|undefined|null/);
  });
});
