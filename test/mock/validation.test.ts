import { expect } from '@open-wc/testing';
import { ENDPOINTS } from '../../src/api/endpoints.js';
import { parseWith } from '../../src/api/parse.js';
import { ErrorBody } from '../../src/api/schemas.js';
import { createMockBackend, type ScenarioName } from '../../src/mock/index.js';
import { call, read } from './helpers.js';

const TODAY = '2026-11-24';
const CODES: Record<number, string> = { 403: 'forbidden', 404: 'not_found', 409: 'version_conflict', 422: 'validation_failed' };

const many = (count: number): string[] => Array.from({ length: count }, (_, i) => `person${i}@whithale.example`);

interface BadRequest {
  readonly name: string;
  readonly scenario?: ScenarioName;
  readonly method: 'GET' | 'PUT';
  readonly path: string;
  /** A string is sent as-is (malformed JSON); anything else as JSON. */
  readonly body?: unknown;
  readonly status: number;
  /** Field paths the answer must name (exactly these when `exactFields`). */
  readonly fields?: readonly string[];
  readonly exactFields?: boolean;
}

// The healthy scenario's versions: preferences 3, spending cap 1, alerts 2, scheduled emails 1, wallet 5.
const BAD_REQUESTS: readonly BadRequest[] = [
  { name: 'malformed JSON', method: 'PUT', path: '/spending-cap', body: '{"enabled": tru', status: 422 },
  { name: 'an empty body', method: 'PUT', path: '/alerts', body: '', status: 422 },
  { name: 'a JSON array for an object', method: 'PUT', path: '/spending-cap', body: [1, 2], status: 422 },
  { name: 'float money', method: 'PUT', path: '/spending-cap', body: { enabled: true, amount: 6000.5, version: 1 }, status: 422, fields: ['amount'], exactFields: true },
  { name: 'money as a string', method: 'PUT', path: '/wallet/settings', body: { refillAmount: '500000', refillThreshold: 1000, version: 5 }, status: 422, fields: ['refillAmount'] },
  { name: 'an unsafe integer', method: 'PUT', path: '/spending-cap', body: { enabled: true, amount: 2 ** 53, version: 1 }, status: 422, fields: ['amount'] },
  { name: 'an enabled cap without an amount', method: 'PUT', path: '/spending-cap', body: { enabled: true, amount: null, version: 1 }, status: 422, fields: ['amount'], exactFields: true },
  { name: 'a zero cap', method: 'PUT', path: '/spending-cap', body: { enabled: true, amount: 0, version: 1 }, status: 422, fields: ['amount'] },
  { name: 'threshold equal to the refill amount', method: 'PUT', path: '/wallet/settings', body: { refillAmount: 100000, refillThreshold: 100000, version: 5 }, status: 422, fields: ['refillThreshold'], exactFields: true },
  { name: 'threshold above the refill amount', method: 'PUT', path: '/wallet/settings', body: { refillAmount: 100000, refillThreshold: 150000, version: 5 }, status: 422, fields: ['refillThreshold'], exactFields: true },
  { name: 'a zero refill amount', method: 'PUT', path: '/wallet/settings', body: { refillAmount: 0, refillThreshold: 0, version: 5 }, status: 422, fields: ['refillAmount'] },
  { name: 'a negative threshold', method: 'PUT', path: '/wallet/settings', body: { refillAmount: 100000, refillThreshold: -1, version: 5 }, status: 422, fields: ['refillThreshold'], exactFields: true },
  { name: 'an invalid alert recipient', method: 'PUT', path: '/alerts', body: { thresholdAlertEnabled: true, recipients: ['ops@whithale.example', 'not an email'], version: 2 }, status: 422, fields: ['recipients.1'], exactFields: true },
  { name: 'a duplicate alert recipient (case-insensitive, at its later index)', method: 'PUT', path: '/alerts', body: { thresholdAlertEnabled: true, recipients: ['ops@whithale.example', 'cfo@whithale.example', 'OPS@whithale.example'], version: 2 }, status: 422, fields: ['recipients.2'], exactFields: true },
  { name: 'an untrimmed recipient', method: 'PUT', path: '/alerts', body: { thresholdAlertEnabled: true, recipients: [' ops@whithale.example'], version: 2 }, status: 422, fields: ['recipients.0'] },
  { name: '51 alert recipients', method: 'PUT', path: '/alerts', body: { thresholdAlertEnabled: true, recipients: many(51), version: 2 }, status: 422, fields: ['recipients.50'] },
  { name: 'an invalid scheduled-email recipient', method: 'PUT', path: '/scheduled-emails', body: { enabled: true, frequency: 'weekly', recipients: ['cfo@whithale'], version: 1 }, status: 422, fields: ['recipients.0'], exactFields: true },
  { name: '51 scheduled-email recipients', method: 'PUT', path: '/scheduled-emails', body: { enabled: true, frequency: 'weekly', recipients: many(51), version: 1 }, status: 422, fields: ['recipients.50'] },
  { name: 'an unknown frequency', method: 'PUT', path: '/scheduled-emails', body: { enabled: true, frequency: 'hourly', recipients: [], version: 1 }, status: 422, fields: ['frequency'], exactFields: true },
  { name: 'an unknown primaryContactId', method: 'PUT', path: '/preferences', body: { primaryContactId: 'u_999', version: 3 }, status: 422, fields: ['primaryContactId'], exactFields: true },
  { name: 'an unknown billing mode', method: 'PUT', path: '/preferences', body: { primaryContactId: 'u_1', billingMode: 'prepaid', version: 3 }, status: 422, fields: ['billingMode'] },
  { name: 'a mode change while the mode is not editable', scenario: 'invoice_mode', method: 'PUT', path: '/preferences', body: { primaryContactId: 'u_1', billingMode: 'refillable_wallet', version: 3 }, status: 422, fields: ['billingMode'], exactFields: true },
  { name: 'a stale version', method: 'PUT', path: '/spending-cap', body: { enabled: true, amount: 500000, version: 0 }, status: 409 },
  { name: 'an invalid and stale PUT (422 wins)', method: 'PUT', path: '/spending-cap', body: { enabled: true, amount: -5, version: 0 }, status: 422, fields: ['amount'] },
  { name: 'a report with both month and from', method: 'GET', path: '/reports/usage?month=2026-10&from=2026-10-01&to=2026-10-31', status: 422, fields: ['month'] },
  { name: 'a report with neither month nor range', method: 'GET', path: '/reports/usage', status: 422, fields: ['month'] },
  { name: 'a report with from but no to', method: 'GET', path: '/reports/usage?from=2026-10-01', status: 422, fields: ['to'], exactFields: true },
  { name: 'a 367-day range', method: 'GET', path: '/reports/usage?from=2025-01-01&to=2026-01-02', status: 422, fields: ['to'], exactFields: true },
  { name: 'a reversed range', method: 'GET', path: '/reports/usage?from=2026-10-31&to=2026-10-01', status: 422, fields: ['to'], exactFields: true },
  { name: 'an impossible day', method: 'GET', path: '/reports/usage?from=2026-02-30&to=2026-03-01', status: 422, fields: ['from'], exactFields: true },
  { name: 'a malformed month', method: 'GET', path: '/reports/usage?month=2026-13', status: 422, fields: ['month'], exactFields: true },
  { name: 'an unknown agentId', method: 'GET', path: '/reports/usage?month=2026-10&agentId=ag_999', status: 422, fields: ['agentId'], exactFields: true },
  { name: 'an unknown cursor', method: 'GET', path: '/wallet/transactions?cursor=bogus', status: 422, fields: ['cursor'], exactFields: true },
  { name: 'a well-formed cursor from nowhere', method: 'GET', path: `/wallet/transactions?cursor=${btoa('abc.5')}`, status: 422, fields: ['cursor'] },
  { name: 'a zero limit', method: 'GET', path: '/wallet/transactions?limit=0', status: 422, fields: ['limit'], exactFields: true },
  { name: 'a PUT by a read-only member', scenario: 'read_only', method: 'PUT', path: '/spending-cap', body: { enabled: true, amount: 500000, version: 1 }, status: 403 },
  { name: 'an invalid PUT by a read-only member (403 first)', scenario: 'read_only', method: 'PUT', path: '/alerts', body: '{', status: 403 },
  { name: 'a wallet PUT hidden by role', scenario: 'wallet_hidden', method: 'PUT', path: '/wallet/settings', body: { refillAmount: 500000, refillThreshold: 100000, version: 5 }, status: 403 },
  { name: 'a wallet PUT under monthly invoice', scenario: 'invoice_mode', method: 'PUT', path: '/wallet/settings', body: { refillAmount: 500000, refillThreshold: 100000, version: 5 }, status: 404 },
  { name: 'a GET of a hidden section', scenario: 'wallet_hidden', method: 'GET', path: '/wallet/transactions', status: 403 },
  { name: 'an unknown path', method: 'GET', path: '/invoices', status: 404 },
];

describe('mock backend: invalid requests', () => {
  for (const bad of BAD_REQUESTS) {
    it(`answers ${bad.status} to ${bad.name}`, async () => {
      const backend = createMockBackend({ scenario: bad.scenario ?? 'healthy', today: TODAY });
      const answer = await call(backend, bad.method, bad.path, bad.body);
      expect(answer.status, answer.text).to.equal(bad.status);
      const parsed = parseWith(ErrorBody, answer.json);
      if (!parsed.ok) throw new Error(`Not an ErrorBody: ${parsed.error.description}`);
      const { error } = parsed.value;
      expect(error.code).to.equal(CODES[bad.status]);
      expect(error.message).to.be.a('string').and.not.equal('');
      if (bad.fields !== undefined) {
        const fields = Object.keys(error.fields ?? {});
        if (bad.exactFields === true) expect(fields).to.have.members([...bad.fields]);
        else expect(fields).to.include.members([...bad.fields]);
      }
    });
  }

  it('a refused PUT changes nothing', async () => {
    const backend = createMockBackend({ today: TODAY });
    const before = await read(backend, ENDPOINTS.getSpendingCap);
    await call(backend, 'PUT', '/spending-cap', { enabled: true, amount: 12.5, version: before.version });
    await call(backend, 'PUT', '/spending-cap', { enabled: false, amount: null, version: before.version - 1 });
    expect(await read(backend, ENDPOINTS.getSpendingCap)).to.deep.equal(before);
  });

  it('a stale version gets 409 with the current resource, which parses with its schema', async () => {
    const backend = createMockBackend({ today: TODAY });
    const current = await read(backend, ENDPOINTS.getWallet);
    const answer = await call(backend, 'PUT', '/wallet/settings', { refillAmount: 400000, refillThreshold: 50000, version: current.version - 1 });
    expect(answer.status).to.equal(409);
    const parsed = parseWith(ErrorBody, answer.json);
    if (!parsed.ok) throw new Error(parsed.error.description);
    const resource = parseWith(ENDPOINTS.getWallet.response, parsed.value.error.current);
    expect(resource.ok).to.equal(true);
    expect(parsed.value.error.current).to.deep.equal(current);
  });

  it('a whole leap year (366 days) is an acceptable range, and future days are empty', async () => {
    const backend = createMockBackend({ today: TODAY });
    const report = await read(backend, ENDPOINTS.getUsageReport, '?from=2024-01-01&to=2024-12-31');
    expect(report.from).to.equal('2024-01-01');
    const future = await read(backend, ENDPOINTS.getUsageReport, '?from=2026-11-25&to=2027-01-31');
    expect(future.rows).to.deep.equal([]);
    expect(future.totals.cost).to.equal(0);
  });

  it('an empty agentId means every agent, and a known one filters', async () => {
    const backend = createMockBackend({ today: TODAY });
    const all = await read(backend, ENDPOINTS.getUsageReport, '?month=2026-10&agentId=');
    expect(all.agentId).to.equal(null);
    const intake = await read(backend, ENDPOINTS.getUsageReport, '?month=2026-10&agentId=ag_1');
    expect(intake.agentId).to.equal('ag_1');
    expect(intake.rows.length).to.be.greaterThan(0);
    expect(intake.rows.every((row) => row.agentId === 'ag_1')).to.equal(true);
    expect(intake.rows.length).to.be.lessThan(all.rows.length);
  });

  it('accepts the primary contact among the recipients (only clients refuse it)', async () => {
    const backend = createMockBackend({ today: TODAY });
    const alerts = await read(backend, ENDPOINTS.getAlerts);
    const primary = alerts.primaryContactEmail ?? '';
    const answer = await call(backend, 'PUT', '/alerts', { thresholdAlertEnabled: true, recipients: [primary], version: alerts.version });
    expect(answer.status, answer.text).to.equal(200);
  });
});
