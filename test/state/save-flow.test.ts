import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ApiError } from '../../src/api/api-error.js';
import { RestBillingApi } from '../../src/api/rest-billing-api.js';
import { BillingStore } from '../../src/state/store.js';
import { defineTag } from '../../src/ui/define-tag.js';
import { SaveFlow } from '../../src/state/save-flow.js';
import { FakeBillingApi } from '../helpers/fake-api.js';

class SaveHost extends LitElement {
  readonly saver = new SaveFlow(this, 'spendingCap', 'spendingCap');
  override render() {
    return html`<p>${this.saver.status}</p>`;
  }
}
defineTag('test-save-host', SaveHost);

const body = { enabled: true, amount: 700000, version: 1 };
const latest = { enabled: true, amount: 650000, currency: 'USD', version: 4 };

describe('SaveFlow (the save inside every FormController)', () => {
  let api: FakeBillingApi;
  let store: BillingStore;
  let host: SaveHost;

  beforeEach(async () => {
    api = new FakeBillingApi();
    store = new BillingStore(api);
    host = await fixture<SaveHost>(html`<test-save-host></test-save-host>`);
  });

  const keysSent = () => api.calls.filter((call) => call.method === 'updateSpendingCap').map((call) => (call.options as { idempotencyKey?: string }).idempotencyKey);

  it('saves, fires kayse-save with the section and saved value, and renders the status', async () => {
    const heard: CustomEvent[] = [];
    host.addEventListener('kayse-save', (event) => heard.push(event));
    const saved = await host.saver.save(store, body);
    expect(saved?.amount).to.equal(700000);
    expect(host.saver.status).to.equal('saved');
    expect(heard).to.have.length(1);
    expect(heard[0]?.detail).to.deep.equal({ section: 'spendingCap', value: saved });
    await host.updateComplete;
    expect(host.shadowRoot?.textContent).to.contain('saved');
  });

  it('ignores a second save while the first is running', async () => {
    api.hold();
    const first = host.saver.save(store, body);
    const second = await host.saver.save(store, body);
    expect(second).to.equal(null);
    expect(host.saver.saving).to.equal(true);
    api.release();
    await first;
    expect(api.count('updateSpendingCap')).to.equal(1);
  });

  it('sends one idempotency key per save, and a new one for the next', async () => {
    await host.saver.save(store, body);
    await host.saver.save(store, { ...body, version: 2 });
    const [first, second] = keysSent();
    expect(first).to.be.a('string').and.have.length.greaterThan(8);
    expect(second).to.be.a('string').and.not.equal(first);
  });

  it('keeps the key when the same body is saved again after a network failure', async () => {
    const original = api.updateSpendingCap;
    let failures = 1;
    api.updateSpendingCap = (update, options) => {
      api.calls.push({ method: 'updateSpendingCap', body: update, options });
      return failures-- > 0 ? Promise.reject(new ApiError({ kind: 'network', message: 'offline' })) : original(update, options);
    };
    expect(await host.saver.save(store, body)).to.equal(null);
    expect(host.saver.status).to.equal('failed');
    expect(host.saver.error?.kind).to.equal('network');
    await host.saver.save(store, body);
    const keys = keysSent();
    expect(keys[0]).to.equal(keys[1]);
  });

  it('maps a 422 to field errors and fires kayse-error', async () => {
    api.updateSpendingCap = () => Promise.reject(new ApiError({ kind: 'validation', status: 422, message: 'bad', fields: { amount: 'Too large' } }));
    const heard: CustomEvent[] = [];
    host.addEventListener('kayse-error', (event) => heard.push(event));
    expect(await host.saver.save(store, body)).to.equal(null);
    expect(host.saver.status).to.equal('failed');
    expect(host.saver.fieldErrors).to.deep.equal({ amount: 'Too large' });
    expect(heard[0]?.detail.operation).to.equal('save');
    expect(heard[0]?.detail.error.kind).to.equal('validation');
  });

  it('on a 409 offers the latest resource and changes nothing cached', async () => {
    await store.read('spendingCap');
    const cached = store.peek('spendingCap');
    api.updateSpendingCap = () => Promise.reject(new ApiError({ kind: 'conflict', status: 409, message: 'stale', current: latest }));
    expect(await host.saver.save(store, body)).to.equal(null);
    expect(host.saver.status).to.equal('conflict');
    expect(host.saver.latest).to.deep.equal(latest);
    expect(store.peek('spendingCap')).to.equal(cached);
  });

  it('a 409 without a readable current still says conflict (the client drops it at the boundary)', async () => {
    const answer = { error: { code: 'version_conflict', message: 'stale', current: { amount: 'lots' } } };
    const rest = new RestBillingApi({ baseUrl: '/api', fetch: () => Promise.resolve(new Response(JSON.stringify(answer), { status: 409 })) });
    await host.saver.save(new BillingStore(rest), body);
    expect(host.saver.status).to.equal('conflict');
    expect(host.saver.latest).to.equal(null);
  });

  it('clear() forgets the outcome', async () => {
    api.updateSpendingCap = () => Promise.reject(new ApiError({ kind: 'server', status: 500, message: 'boom' }));
    await host.saver.save(store, body);
    host.saver.clear();
    expect([host.saver.status, host.saver.error, host.saver.fieldErrors]).to.deep.equal(['idle', null, {}]);
  });
});
