import { expect } from '@open-wc/testing';
import { ENDPOINTS, type EndpointName } from '../../src/api/endpoints.js';
import { parseWith } from '../../src/api/parse.js';
import { ErrorBody } from '../../src/api/schemas.js';
import { createMockBackend, FAULT_STATUSES } from '../../src/mock/index.js';
import { call } from './helpers.js';

const TODAY = '2026-11-24';
const CODES: Record<number, string> = {
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'version_conflict',
  422: 'validation_failed',
  429: 'rate_limited',
  500: 'internal',
  503: 'unavailable',
};

const QUERIES: Partial<Record<EndpointName, string>> = { getUsageReport: '?month=2026-10' };
const GET_ENDPOINTS = (Object.keys(ENDPOINTS) as EndpointName[]).filter((name) => ENDPOINTS[name].method === 'GET');

describe('mock backend: faults', () => {
  for (const status of FAULT_STATUSES) {
    it(`injects ${status} with the contract's error body`, async () => {
      const backend = createMockBackend({ today: TODAY });
      backend.addFault({ route: '/wallet', status });
      const answer = await call(backend, 'GET', '/wallet');
      expect(answer.status).to.equal(status);
      const parsed = parseWith(ErrorBody, answer.json);
      expect(parsed.ok && parsed.value.error.code).to.equal(CODES[status]);
    });
  }

  it('sends Retry-After with a 429 (1 s unless told) and with a 503 when told', async () => {
    const backend = createMockBackend({ today: TODAY });
    backend.addFault({ route: '/usage/current', status: 429, times: 1 });
    expect((await call(backend, 'GET', '/usage/current')).headers.get('Retry-After')).to.equal('1');
    backend.addFault({ route: '/usage/current', status: 429, retryAfter: 30, times: 1 });
    expect((await call(backend, 'GET', '/usage/current')).headers.get('Retry-After')).to.equal('30');
    backend.addFault({ route: '/usage/current', status: 503, retryAfter: 5, times: 1 });
    const unavailable = await call(backend, 'GET', '/usage/current');
    expect(unavailable.status).to.equal(503);
    expect(unavailable.headers.get('Retry-After')).to.equal('5');
  });

  it('applies a fault `times` times, then answers normally', async () => {
    const backend = createMockBackend({ today: TODAY });
    backend.addFault({ route: '/alerts', status: 500, times: 1 });
    expect((await call(backend, 'GET', '/alerts')).status).to.equal(500);
    expect((await call(backend, 'GET', '/alerts')).status).to.equal(200);
    backend.addFault({ route: '/alerts', status: 503, times: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await call(backend, 'GET', '/alerts')).status);
    expect(statuses).to.deep.equal([503, 503, 200]);
  });

  it('matches by route and method, or every route', async () => {
    const backend = createMockBackend({ today: TODAY });
    backend.addFault({ route: '/spending-cap', method: 'PUT', status: 500 });
    expect((await call(backend, 'GET', '/spending-cap')).status).to.equal(200);
    expect((await call(backend, 'PUT', '/spending-cap', { enabled: false, amount: null, version: 1 })).status).to.equal(500);
    expect((await call(backend, 'GET', '/wallet')).status).to.equal(200);
    backend.addFault({ status: 401 });
    expect((await call(backend, 'GET', '/wallet')).status).to.equal(401);
    expect((await call(backend, 'GET', '/access')).status).to.equal(401);
    backend.clearFaults();
    expect((await call(backend, 'GET', '/access')).status).to.equal(200);
  });

  it('an injected failure on a PUT applies nothing', async () => {
    const backend = createMockBackend({ today: TODAY });
    backend.addFault({ route: '/spending-cap', method: 'PUT', status: 500, times: 1 });
    await call(backend, 'PUT', '/spending-cap', { enabled: false, amount: null, version: 1 });
    expect((await call(backend, 'GET', '/spending-cap')).json).to.deep.include({ enabled: true, version: 1 });
  });

  it('delays answers by latency', async () => {
    const backend = createMockBackend({ today: TODAY });
    backend.addFault({ route: '/access', latencyMs: 120, times: 1 });
    const start = performance.now();
    await call(backend, 'GET', '/access');
    expect(performance.now() - start).to.be.at.least(110);
    const again = performance.now();
    await call(backend, 'GET', '/access');
    expect(performance.now() - again).to.be.lessThan(100);
  });

  it('a malformed json fault sends text that is not JSON', async () => {
    const backend = createMockBackend({ today: TODAY });
    backend.addFault({ route: '/wallet', malformed: 'json', times: 1 });
    const answer = await call(backend, 'GET', '/wallet');
    expect(answer.status).to.equal(200);
    expect(answer.headers.get('Content-Type')).to.match(/^application\/json/);
    expect(answer.json).to.equal(undefined);
    expect(answer.text).to.not.equal('');
  });

  for (const name of GET_ENDPOINTS) {
    const spec = ENDPOINTS[name];
    it(`a malformed schema fault on ${spec.path} sends JSON its schema refuses`, async () => {
      const backend = createMockBackend({ scenario: 'empty', today: TODAY });
      backend.addFault({ route: spec.path, malformed: 'schema', times: 1 });
      const path = `${spec.path}${QUERIES[name] ?? ''}`;
      const broken = await call(backend, 'GET', path);
      expect(broken.status).to.equal(200);
      expect(broken.json, 'still JSON').to.not.equal(undefined);
      expect(parseWith(spec.response, broken.json).ok).to.equal(false);
      const fine = await call(backend, 'GET', path);
      expect(parseWith(spec.response, fine.json).ok).to.equal(true);
    });
  }

  it('logs faulted requests with their status', async () => {
    const backend = createMockBackend({ today: TODAY });
    backend.addFault({ route: '/wallet', status: 503, times: 1 });
    await call(backend, 'GET', '/wallet');
    await call(backend, 'GET', '/wallet/transactions?limit=5');
    expect(backend.requests).to.deep.equal([
      { method: 'GET', path: '/wallet', query: {}, status: 503 },
      { method: 'GET', path: '/wallet/transactions', query: { limit: '5' }, status: 200 },
    ]);
  });
});
