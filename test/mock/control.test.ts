import { expect } from '@open-wc/testing';
import { parseWith } from '../../src/api/parse.js';
import { ErrorBody } from '../../src/api/schemas.js';
import { createControlApp, createMockBackend } from '../../src/mock/index.js';

const TODAY = '2026-11-24';
const ORIGIN = 'http://127.0.0.1:8787';

/** The server app as the Node server runs it, driven by plain requests. */
function server() {
  const backend = createMockBackend({ today: TODAY });
  const app = createControlApp({ backend });
  const send = async (method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }> => {
    const init: RequestInit = { method };
    if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
    const response = await app.fetch(new Request(`${ORIGIN}${path}`, init));
    return { status: response.status, json: await response.json() };
  };
  return { backend, send };
}

describe('mock backend: control API', () => {
  it('serves the billing API under its base path', async () => {
    const { send } = server();
    expect((await send('GET', '/api/billing/access')).status).to.equal(200);
    expect((await send('GET', '/access')).status).to.equal(404);
  });

  it('reports the state', async () => {
    const { send } = server();
    const { status, json } = await send('GET', '/__mock/state');
    expect(status).to.equal(200);
    expect(json).to.deep.include({ scenario: 'healthy', seed: 1, today: TODAY });
  });

  it('switches scenario and seed', async () => {
    const { send } = server();
    expect((await send('POST', '/__mock/scenario', { name: 'invoice_mode', seed: 5 })).json).to.deep.include({ scenario: 'invoice_mode', seed: 5 });
    expect((await send('GET', '/api/billing/wallet')).status).to.equal(404);
  });

  it('injects and clears faults', async () => {
    const { send } = server();
    expect((await send('POST', '/__mock/fault', { route: '/wallet', status: 503 })).status).to.equal(200);
    expect((await send('GET', '/api/billing/wallet')).status).to.equal(503);
    await send('DELETE', '/__mock/faults');
    expect((await send('GET', '/api/billing/wallet')).status).to.equal(200);
  });

  it('simulates days and patches values', async () => {
    const { send } = server();
    expect((await send('POST', '/__mock/simulate', { days: 3 })).json).to.deep.include({ today: '2026-11-27' });
    expect((await send('POST', '/__mock/patch', { resource: 'spendingCap', values: { enabled: false, amount: null } })).status).to.equal(200);
    expect((await send('GET', '/api/billing/usage/current')).json).to.deep.include({ status: 'no_cap' });
  });

  it('resets everything', async () => {
    const { send, backend } = server();
    await send('POST', '/__mock/simulate', { days: 3 });
    await send('POST', '/__mock/fault', { status: 500 });
    expect((await send('POST', '/__mock/reset')).json).to.deep.include({ today: TODAY });
    expect((await send('GET', '/api/billing/access')).status).to.equal(200);
    expect(backend.requests).to.have.length(1);
  });

  const BAD: [string, string, unknown][] = [
    ['an unknown scenario', '/__mock/scenario', { name: 'bankrupt' }],
    ['a fault with a status outside the contract', '/__mock/fault', { status: 418 }],
    ['zero days', '/__mock/simulate', { days: 0 }],
    ['an unknown resource', '/__mock/patch', { resource: 'invoices', values: {} }],
    ['a patch value of the wrong type', '/__mock/patch', { resource: 'wallet', values: { balance: 'lots' } }],
    ['an unknown primary contact', '/__mock/patch', { resource: 'preferences', values: { primaryContactId: 'u_999' } }],
    ['malformed JSON', '/__mock/simulate', '{days'],
  ];
  for (const [name, path, body] of BAD) {
    it(`refuses ${name} with a 422`, async () => {
      const { send } = server();
      const answer = await send('POST', path, body);
      expect(answer.status).to.equal(422);
      expect(parseWith(ErrorBody, answer.json).ok).to.equal(true);
    });
  }

  it('answers 404 to an unknown control', async () => {
    const { send } = server();
    expect((await send('POST', '/__mock/explode')).status).to.equal(404);
  });
});
