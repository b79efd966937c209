import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/billing-provider/define.js';
import { ClientSlot, storeFor } from '../../src/state/client-factory.js';
import { createMockBackend, createMockFetch } from '../../src/mock/index.js';
import { FakeBillingApi } from '../helpers/fake-api.js';
import '../helpers/test-elements.js';
import type { TestUsageElement } from '../helpers/test-elements.js';

/** What a request carried that a host configures: the path, the bearer token, the cookie mode and a custom header. */
interface Sent {
  readonly path: string;
  readonly authorization: string | null;
  readonly credentials: RequestCredentials | undefined;
  readonly csrf: string | null;
}

function recorder(sent: Sent[]): typeof fetch {
  const inner = createMockFetch({ backend: createMockBackend() });
  return (input, init) => {
    const headers = new Headers(init?.headers);
    sent.push({
      path: new URL(String(input), location.href).pathname,
      authorization: headers.get('Authorization'),
      credentials: init?.credentials,
      csrf: headers.get('X-CSRF-Token'),
    });
    return inner(input, init);
  };
}

const spentOf = (el: TestUsageElement) => el.shadowRoot?.querySelector('.spent')?.textContent ?? null;

describe('one client factory: provider, base-url elements and shared clients', () => {
  it('a base-url element sends credentials, the bearer token and headers exactly as a provider does', async () => {
    const viaProvider: Sent[] = [];
    const viaElement: Sent[] = [];
    const token = () => 'token-1';
    const headers = { 'X-CSRF-Token': 'csrf-1' };
    const provider = await fixture(html`<kayse-billing-provider
      base-url="/api/billing"
      credentials="include"
      .getAccessToken=${token}
      .headers=${headers}
      .fetch=${recorder(viaProvider)}
      ><test-usage></test-usage
    ></kayse-billing-provider>`);
    const inside = provider.querySelector<TestUsageElement>('test-usage');
    const alone = await fixture<TestUsageElement>(html`<test-usage
      base-url="/api/billing"
      credentials="include"
      .getAccessToken=${token}
      .headers=${headers}
      .fetch=${recorder(viaElement)}
    ></test-usage>`);
    await waitUntil(() => inside && spentOf(inside) !== null && spentOf(alone) !== null, 'both show their figures');
    expect(viaProvider.length).to.be.greaterThan(0);
    expect(viaElement).to.deep.equal(viaProvider);
    expect(viaElement[0]).to.deep.include({ authorization: 'Bearer token-1', credentials: 'include', csrf: 'csrf-1' });
  });

  it('two elements given one client share one store: one request per resource', async () => {
    const api = new FakeBillingApi();
    const [first, second] = await Promise.all([
      fixture<TestUsageElement>(html`<test-usage .client=${api}></test-usage>`),
      fixture<TestUsageElement>(html`<test-usage .client=${api}></test-usage>`),
    ]);
    await waitUntil(() => spentOf(first) !== null && spentOf(second) !== null);
    expect([api.count('getAccess'), api.count('getCurrentUsage')]).to.deep.equal([1, 1]);
  });

  it('a provider and an element given the same client share one store', async () => {
    const api = new FakeBillingApi();
    const provider = await fixture(html`<kayse-billing-provider .client=${api}><test-usage></test-usage></kayse-billing-provider>`);
    const inside = provider.querySelector<TestUsageElement>('test-usage');
    const alone = await fixture<TestUsageElement>(html`<test-usage .client=${api}></test-usage>`);
    await waitUntil(() => inside && spentOf(inside) !== null && spentOf(alone) !== null);
    expect(api.count('getCurrentUsage')).to.equal(1);
  });

  it('a client slot keeps its client while the settings stay, and makes a new one when one changes', () => {
    const slot = new ClientSlot();
    const headers = { 'X-A': '1' };
    const first = slot.clientOf({ baseUrl: '/api', headers });
    expect(slot.clientOf({ baseUrl: '/api', headers })).to.equal(first);
    expect(slot.storeOf({ baseUrl: '/api', headers })).to.equal(storeFor(first!));
    const second = slot.clientOf({ baseUrl: '/api', headers, credentials: 'include' });
    expect(second).to.not.equal(first);
    const given = new FakeBillingApi();
    expect(slot.clientOf({ baseUrl: '/api', client: given })).to.equal(given);
    expect(slot.clientOf({})).to.equal(undefined);
  });
});
