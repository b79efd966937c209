import { expect } from '@open-wc/testing';
import { ENDPOINTS } from '../../src/api/endpoints.js';
import { parseWith } from '../../src/api/parse.js';
import { CurrentUsage, ErrorBody } from '../../src/api/schemas.js';
import { createMockBackend, createMockFetch } from '../../src/mock/index.js';
import { read } from './helpers.js';

const TODAY = '2026-11-24';

describe('mock backend: fetch and options', () => {
  const URLS = [
    '/api/billing/access',
    'http://mock.local/api/billing/access',
    'https://app.example.com/api/billing/access',
    `${location.origin}/api/billing/access`,
  ];
  for (const url of URLS) {
    it(`routes ${url} into the app`, async () => {
      const fetch = createMockFetch({ today: TODAY });
      const response = await fetch(url);
      expect(response.status).to.equal(200);
      expect(parseWith(ENDPOINTS.getAccess.response, await response.json()).ok).to.equal(true);
    });
  }

  it('takes a Request and a URL object as fetch does', async () => {
    const fetch = createMockFetch({ today: TODAY });
    const request = new Request(`${location.origin}/api/billing/spending-cap`, {
      method: 'PUT',
      body: JSON.stringify({ enabled: false, amount: null, version: 1 }),
      headers: { 'Content-Type': 'application/json' },
    });
    expect((await fetch(request)).status).to.equal(200);
    expect((await fetch(new URL('https://x.example/api/billing/spending-cap'))).status).to.equal(200);
  });

  it('answers 404 for URLs outside the base path, never the network', async () => {
    const fetch = createMockFetch({ today: TODAY });
    const response = await fetch('/elsewhere/access');
    expect(response.status).to.equal(404);
    expect(parseWith(ErrorBody, await response.json()).ok).to.equal(true);
  });

  it('serves another base path, or an existing backend', async () => {
    const backend = createMockBackend({ today: TODAY });
    const fetch = createMockFetch({ backend, basePath: '/billing/v1/' });
    expect((await fetch('/billing/v1/wallet')).status).to.equal(200);
    expect((await fetch('/api/billing/wallet')).status).to.equal(404);
    expect(backend.requests.map((request) => request.path)).to.deep.equal(['/wallet']);
  });

  it('rejects with an AbortError when the signal aborts during latency', async () => {
    const fetch = createMockFetch({ today: TODAY, latencyMs: 500 });
    const controller = new AbortController();
    const pending = fetch('/api/billing/access', { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    let failure: unknown;
    try {
      await pending;
    } catch (error) {
      failure = error;
    }
    expect(failure).to.be.instanceOf(DOMException);
    expect(failure).to.have.property('name', 'AbortError');
  });

  it('counts requests for tests and forgets them on reset', async () => {
    const backend = createMockBackend({ today: TODAY });
    await backend.fetch('/api/billing/usage/current');
    await backend.fetch('/api/billing/usage/current');
    await backend.fetch('/api/billing/reports/usage?month=2026-10&agentId=ag_2');
    expect(backend.requests.filter((request) => request.path === '/usage/current')).to.have.length(2);
    expect(backend.requests[2]).to.deep.equal({ method: 'GET', path: '/reports/usage', query: { month: '2026-10', agentId: 'ag_2' }, status: 200 });
    backend.reset();
    expect(backend.requests).to.have.length(0);
  });

  it('pins spent at exactly 80.00 % of the cap, with daily still adding up', async () => {
    const backend = createMockBackend({ today: TODAY, patch: { spendingCap: { amount: 600000 }, usage: { spent: 480000, courtesyCredits: 5000 } } });
    const usage = await read(backend, ENDPOINTS.getCurrentUsage);
    expect(usage).to.deep.include({ spent: 480000, courtesyCredits: 5000, status: 'near_cap' });
    expect(usage.daily.reduce((sum, day) => sum + day.amount, 0)).to.equal(480000);
    expect(usage.projected).to.be.at.least(480000);
  });

  it('patches at construction keep versions; patches later bump them', async () => {
    const backend = createMockBackend({ today: TODAY, patch: { preferences: { primaryContact: null, billingModeEditable: false }, wallet: { balance: 0 } } });
    const preferences = await read(backend, ENDPOINTS.getPreferences);
    expect(preferences).to.deep.equal({ primaryContact: null, billingMode: 'refillable_wallet', billingModeEditable: false, version: 3 });
    expect((await read(backend, ENDPOINTS.getWallet)).refillPending).to.equal(true);
    backend.patch('alerts', { recipients: ['x@y.example'] });
    expect(await read(backend, ENDPOINTS.getAlerts)).to.deep.include({ recipients: ['x@y.example'], version: 3 });
    backend.patch('alerts', { recipients: [], version: 10 });
    expect((await read(backend, ENDPOINTS.getAlerts)).version).to.equal(10);
    backend.patch('access', { sections: { spendingCap: 'read' } });
    expect((await read(backend, ENDPOINTS.getAccess)).sections).to.deep.include({ spendingCap: 'read', alerts: 'edit' });
  });

  it('serves unknown enum values a patch sets, as a newer server would', async () => {
    const backend = createMockBackend({ today: TODAY, patch: { usage: { status: 'over_budget' }, access: { role: 'auditor' } } });
    const response = await backend.fetch('/api/billing/usage/current');
    expect(parseWith(CurrentUsage, await response.json())).to.deep.include({ ok: true });
    expect((await read(backend, ENDPOINTS.getCurrentUsage)).status).to.equal('over_budget');
    expect((await read(backend, ENDPOINTS.getAccess)).role).to.equal('auditor');
  });

  it('derives today from `now` in the company time zone', async () => {
    // 03:00 UTC on the 25th is still the 24th in Chicago, already the 25th in Tokyo.
    expect(createMockBackend({ now: '2026-11-25T03:00:00Z' }).state.today).to.equal('2026-11-24');
    expect(createMockBackend({ now: '2026-11-25T03:00:00Z', timezone: 'Asia/Tokyo' }).state.today).to.equal('2026-11-25');
    const usage = await read(createMockBackend({ now: '2026-11-25T03:00:00Z', timezone: 'Asia/Tokyo' }), ENDPOINTS.getCurrentUsage);
    expect(usage.timezone).to.equal('Asia/Tokyo');
  });

  it('refuses options that make no sense', () => {
    expect(() => createMockBackend({ today: '2026-02-30' })).to.throw(RangeError);
    expect(() => createMockBackend({ transactionCount: 100_001 })).to.throw(RangeError);
    expect(() => createMockBackend({ timezone: 'Mars/Olympus' })).to.throw(RangeError);
    expect(() => createMockBackend({ currency: 'usd' })).to.throw(RangeError);
    expect(() => createMockBackend({ reportDensity: 0 })).to.throw(RangeError);
  });
});
