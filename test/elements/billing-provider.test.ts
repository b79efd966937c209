import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/billing-provider/define.js';
import type { KayseBillingProvider } from '../../src/elements/billing-provider/billing-provider.js';
import * as examples from '../api/contract-examples.js';
import { FakeBillingApi } from '../helpers/fake-api.js';
import type { TestUsageElement } from '../helpers/test-elements.js';
import '../helpers/test-elements.js';

const allReady = (elements: Iterable<TestUsageElement>) =>
  waitUntil(() => [...elements].every((el) => el.matches(':state(ready)')), 'elements did not get ready');

describe('<kayse-billing-provider>', () => {
  it('is accessible and has no box of its own', async () => {
    const provider = await fixture<KayseBillingProvider>(html`<kayse-billing-provider .client=${new FakeBillingApi()}><p>Host text</p></kayse-billing-provider>`);
    await expect(provider).to.be.accessible();
    expect(getComputedStyle(provider).display).to.equal('contents');
  });

  it('gives nine elements one request per resource', async () => {
    const api = new FakeBillingApi();
    const provider = await fixture<KayseBillingProvider>(html`<kayse-billing-provider .client=${api}>
      ${Array.from({ length: 9 }, () => html`<test-usage></test-usage>`)}
    </kayse-billing-provider>`);
    await allReady(provider.querySelectorAll('test-usage'));
    expect(api.count('getAccess')).to.equal(1);
    expect(api.count('getCurrentUsage')).to.equal(1);
  });

  it('reaches elements inside the host’s own shadow roots', async () => {
    const api = new FakeBillingApi();
    const provider = await fixture<KayseBillingProvider>(html`<kayse-billing-provider .client=${api}><div id="host-widget"></div></kayse-billing-provider>`);
    const shadow = provider.querySelector('#host-widget')!.attachShadow({ mode: 'open' });
    const el = document.createElement('test-usage');
    shadow.append(el);
    await allReady([el]);
    expect(api.count('getCurrentUsage')).to.equal(1);
  });

  it('keeps two providers apart', async () => {
    const first = new FakeBillingApi();
    const second = new FakeBillingApi();
    const wrapper = await fixture<HTMLElement>(html`<div>
      <kayse-billing-provider .client=${first}><test-usage></test-usage><test-usage></test-usage></kayse-billing-provider>
      <kayse-billing-provider .client=${second}><test-usage></test-usage></kayse-billing-provider>
    </div>`);
    await allReady(wrapper.querySelectorAll('test-usage'));
    expect(first.count('getCurrentUsage')).to.equal(1);
    expect(second.count('getCurrentUsage')).to.equal(1);
  });

  it('reloads what is shown on refresh()', async () => {
    const api = new FakeBillingApi();
    const provider = await fixture<KayseBillingProvider>(html`<kayse-billing-provider .client=${api}><test-usage></test-usage></kayse-billing-provider>`);
    await allReady(provider.querySelectorAll('test-usage'));
    provider.refresh();
    await waitUntil(() => api.count('getCurrentUsage') === 2);
    expect(api.count('getAccess')).to.equal(2);
  });

  it('builds a REST client from base-url with its fetch, credentials and headers', async () => {
    const requests: { url: string; init: RequestInit }[] = [];
    const answers: Record<string, unknown> = { '/api/billing/access': examples.access, '/api/billing/usage/current': examples.currentUsage };
    const fetchStub = async (url: string, init: RequestInit) => {
      requests.push({ url, init });
      const path = new URL(url, location.href).pathname;
      return new Response(JSON.stringify(answers[path]), { status: 200, headers: { 'Content-Type': 'application/json' } });
    };
    const provider = await fixture<KayseBillingProvider>(html`<kayse-billing-provider
      base-url="/api/billing/"
      credentials="include"
      .fetch=${fetchStub}
      .headers=${{ 'X-CSRF-Token': 't0k' }}
      ><test-usage></test-usage
    ></kayse-billing-provider>`);
    const el = provider.querySelector('test-usage')!;
    await allReady([el]);
    expect(requests.map((request) => new URL(request.url, location.href).pathname)).to.deep.equal(['/api/billing/access', '/api/billing/usage/current']);
    expect(requests[0]?.init.credentials).to.equal('include');
    expect(new Headers(requests[0]?.init.headers).get('X-CSRF-Token')).to.equal('t0k');
    expect(el.shadowRoot?.querySelector('.spent')?.textContent).to.equal('412350');
  });

  it('reloads its elements when given another client', async () => {
    const first = new FakeBillingApi();
    const second = new FakeBillingApi();
    const provider = await fixture<KayseBillingProvider>(html`<kayse-billing-provider .client=${first}><test-usage></test-usage></kayse-billing-provider>`);
    await allReady(provider.querySelectorAll('test-usage'));
    provider.client = second;
    await waitUntil(() => second.count('getCurrentUsage') === 1);
    expect(first.count('getCurrentUsage')).to.equal(1);
  });
});
