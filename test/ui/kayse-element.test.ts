import { elementUpdated, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/billing-provider/define.js';
import { ApiError } from '../../src/api/api-error.js';
import type { KayseBillingProvider } from '../../src/elements/billing-provider/billing-provider.js';
import { FakeBillingApi } from '../helpers/fake-api.js';
import { TestUsageElement } from '../helpers/test-elements.js';

const settled = (el: TestUsageElement) => waitUntil(() => !el.matches(':state(loading)'), 'element stayed loading');
const text = (el: Element) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('KayseElement (base of every billing element)', () => {
  it('is accessible when ready and when failed', async () => {
    const api = new FakeBillingApi();
    const ready = await fixture<TestUsageElement>(html`<test-usage .client=${api}></test-usage>`);
    await settled(ready);
    await expect(ready).to.be.accessible();
    const failing = new FakeBillingApi();
    failing.getCurrentUsage = () => Promise.reject(new ApiError({ kind: 'server', status: 500, message: 'boom' }));
    const failed = await fixture<TestUsageElement>(html`<test-usage .client=${failing}></test-usage>`);
    await settled(failed);
    await expect(failed).to.be.accessible();
  });

  describe('data states', () => {
    it('shows the loading state, then the data, as custom states', async () => {
      const api = new FakeBillingApi();
      api.hold();
      const el = await fixture<TestUsageElement>(html`<test-usage .client=${api}></test-usage>`);
      expect(el.matches(':state(loading)')).to.equal(true);
      expect(el.shadowRoot?.querySelector('[role="status"]')).to.exist;
      api.release();
      await settled(el);
      expect(el.matches(':state(ready)')).to.equal(true);
      expect(el.shadowRoot?.querySelector('.spent')?.textContent).to.equal('412350');
    });

    it('renders nothing and requests no usage when its section is hidden', async () => {
      const api = new FakeBillingApi();
      api.access = { ...api.access, sections: { ...api.access.sections, usage: 'hidden' } };
      const el = await fixture<TestUsageElement>(html`<test-usage .client=${api}></test-usage>`);
      await settled(el);
      expect(el.matches(':state(hidden)')).to.equal(true);
      expect(text(el)).to.equal('');
      expect(getComputedStyle(el).display).to.equal('none');
      expect(api.count('getCurrentUsage')).to.equal(0);
    });

    it('treats an access level it does not know as hidden', async () => {
      const api = new FakeBillingApi();
      api.access = { ...api.access, sections: { ...api.access.sections, usage: 'approve' } };
      const el = await fixture<TestUsageElement>(html`<test-usage .client=${api}></test-usage>`);
      await settled(el);
      expect(el.matches(':state(hidden)')).to.equal(true);
      expect(api.count('getCurrentUsage')).to.equal(0);
    });

    it('passes the permission to the view', async () => {
      const api = new FakeBillingApi();
      const el = await fixture<TestUsageElement>(html`<test-usage .client=${api}></test-usage>`);
      await settled(el);
      expect(el.shadowRoot?.querySelector('.permission')?.textContent).to.equal('read');
    });

    it('shows the empty state when the element says there is nothing', async () => {
      const api = new FakeBillingApi();
      const original = api.getCurrentUsage;
      api.getCurrentUsage = async (options) => ({ ...(await original(options)), daily: [] });
      const el = await fixture<TestUsageElement>(html`<test-usage .client=${api}></test-usage>`);
      await settled(el);
      expect(el.matches(':state(empty)')).to.equal(true);
      expect(text(el)).to.equal('Nothing here yet.');
    });

    it('shows an error with a retry that loads again, and tells the host', async () => {
      const api = new FakeBillingApi();
      const original = api.getCurrentUsage;
      let failures = 1;
      api.getCurrentUsage = (options) =>
        failures-- > 0 ? Promise.reject(new ApiError({ kind: 'invalid_response', message: 'spent: expected int' })) : original(options);
      const errorHeard = new Promise<Event>((resolve) => document.addEventListener('kayse-error', resolve, { once: true }));
      const el = await fixture<TestUsageElement>(html`<test-usage .client=${api}></test-usage>`);
      const event = (await errorHeard) as CustomEvent<{ section: string; operation: string; error: ApiError }>;
      expect(event.detail.section).to.equal('usage');
      expect(event.detail.operation).to.equal('load');
      expect(event.detail.error.kind).to.equal('invalid_response');
      await settled(el);
      expect(el.matches(':state(error)')).to.equal(true);
      expect(text(el)).to.contain('The billing service sent an answer this page cannot read.');
      expect(text(el)).not.to.match(/NaN|undefined|null|spent: expected/);
      el.shadowRoot?.querySelector('button')?.click();
      await waitUntil(() => el.matches(':state(ready)'));
      expect(el.shadowRoot?.querySelector('.spent')?.textContent).to.equal('412350');
    });

    it('says how to configure it when it has no API', async () => {
      const el = await fixture<TestUsageElement>(html`<test-usage></test-usage>`);
      await settled(el);
      expect(el.matches(':state(error)')).to.equal(true);
      expect(text(el)).to.contain('This section is not connected to a billing API yet.');
    });
  });

  describe('requests', () => {
    it('sends nothing while never connected', async () => {
      const api = new FakeBillingApi();
      const el = document.createElement('test-usage');
      el.client = api;
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(api.calls).to.deep.equal([]);
    });

    it('aborts its request when disconnected', async () => {
      const api = new FakeBillingApi();
      api.hold();
      const el = await fixture<TestUsageElement>(html`<test-usage .client=${api}></test-usage>`);
      el.remove();
      expect(api.aborted).to.deep.equal(['getAccess']);
    });

    it('reloads when a save elsewhere changes its data', async () => {
      const api = new FakeBillingApi();
      const provider = await fixture<KayseBillingProvider>(html`<kayse-billing-provider .client=${api}><test-usage></test-usage></kayse-billing-provider>`);
      const el = provider.querySelector('test-usage')!;
      await settled(el);
      expect(api.count('getCurrentUsage')).to.equal(1);
      const store = (provider as unknown as { context: { store: import('../../src/state/store.js').BillingStore } }).context.store;
      await store.save('spendingCap', { enabled: true, amount: 1000, version: 1 });
      await waitUntil(() => api.count('getCurrentUsage') === 2);
      await elementUpdated(el);
      expect(api.count('getCurrentUsage')).to.equal(2);
    });
  });

  describe('locale', () => {
    it('prefers its own locale, then the provider, then the nearest lang', async () => {
      const api = new FakeBillingApi();
      const wrapper = await fixture<HTMLElement>(html`<div lang="de-DE">
        <kayse-billing-provider .client=${api} locale="es-MX"><test-usage id="a" locale="fr-FR"></test-usage><test-usage id="b"></test-usage></kayse-billing-provider>
        <test-usage id="c" .client=${api}></test-usage>
      </div>`);
      const locale = (id: string) => (wrapper.querySelector(`#${id}`) as unknown as { resolvedLocale: string }).resolvedLocale;
      expect([locale('a'), locale('b'), locale('c')]).to.deep.equal(['fr-FR', 'es-MX', 'de-DE']);
    });

    it('skips an invalid locale', async () => {
      const el = await fixture<TestUsageElement>(html`<test-usage lang="en-GB" locale="not a locale!"></test-usage>`);
      expect((el as unknown as { resolvedLocale: string }).resolvedLocale).to.equal('en-GB');
    });
  });

  it('fires kayse-error once per failure', async () => {
    const api = new FakeBillingApi();
    api.getAccess = () => Promise.reject(new ApiError({ kind: 'forbidden', status: 403, message: 'no' }));
    let heard = 0;
    const listener = () => (heard += 1);
    document.addEventListener('kayse-error', listener);
    try {
      const el = await fixture<TestUsageElement>(html`<test-usage .client=${api}></test-usage>`);
      await settled(el);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(heard).to.equal(1);
    } finally {
      document.removeEventListener('kayse-error', listener);
    }
  });
});
