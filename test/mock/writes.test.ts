import { expect } from '@open-wc/testing';
import { ENDPOINTS } from '../../src/api/endpoints.js';
import { createMockBackend } from '../../src/mock/index.js';
import { call, read } from './helpers.js';

const TODAY = '2026-11-24';

describe('mock backend: saves', () => {
  it('a saved cap changes the usage status at once', async () => {
    const backend = createMockBackend({ today: TODAY });
    const usage = await read(backend, ENDPOINTS.getCurrentUsage);
    expect(usage.status).to.equal('within_cap');
    const cap = await read(backend, ENDPOINTS.getSpendingCap);

    const lowered = await call(backend, 'PUT', '/spending-cap', { enabled: true, amount: usage.spent, version: cap.version });
    expect(lowered.status, lowered.text).to.equal(200);
    expect(lowered.json).to.deep.include({ enabled: true, amount: usage.spent, version: cap.version + 1 });
    const reached = await read(backend, ENDPOINTS.getCurrentUsage);
    expect(reached.status).to.equal('cap_reached');
    expect(reached.campaignsPaused).to.equal(true);

    const off = await call(backend, 'PUT', '/spending-cap', { enabled: false, amount: 123, version: cap.version + 1 });
    expect(off.json, 'a disabled cap stores no amount').to.deep.include({ enabled: false, amount: null });
    const uncapped = await read(backend, ENDPOINTS.getCurrentUsage);
    expect(uncapped.status).to.equal('no_cap');
    expect(uncapped.cap).to.deep.equal({ enabled: false, amount: null });
  });

  it('a new primary contact shows in alerts and scheduled emails without bumping their versions', async () => {
    const backend = createMockBackend({ today: TODAY });
    const alerts = await read(backend, ENDPOINTS.getAlerts);
    const emails = await read(backend, ENDPOINTS.getScheduledEmails);
    const contacts = (await read(backend, ENDPOINTS.getContacts)).items;
    const next = contacts[2];
    if (next === undefined) throw new Error('Too few contacts');

    const saved = await call(backend, 'PUT', '/preferences', { primaryContactId: next.id, version: 3 });
    expect(saved.status, saved.text).to.equal(200);
    expect((await read(backend, ENDPOINTS.getPreferences)).primaryContact).to.deep.equal(next);
    expect(await read(backend, ENDPOINTS.getAlerts)).to.deep.equal({ ...alerts, primaryContactEmail: next.email });
    expect(await read(backend, ENDPOINTS.getScheduledEmails)).to.deep.equal({ ...emails, primaryContactEmail: next.email });

    await call(backend, 'PUT', '/preferences', { primaryContactId: null, version: 4 });
    expect((await read(backend, ENDPOINTS.getPreferences)).primaryContact).to.equal(null);
    expect((await read(backend, ENDPOINTS.getAlerts)).primaryContactEmail).to.equal(null);
  });

  it('a billing mode change hides or shows the wallet', async () => {
    const backend = createMockBackend({ today: TODAY });
    const toInvoice = await call(backend, 'PUT', '/preferences', { primaryContactId: 'u_1', billingMode: 'monthly_invoice', version: 3 });
    expect(toInvoice.status, toInvoice.text).to.equal(200);
    expect((await read(backend, ENDPOINTS.getAccess)).sections.wallet).to.equal('hidden');
    expect((await call(backend, 'GET', '/wallet')).status).to.equal(404);

    await call(backend, 'PUT', '/preferences', { primaryContactId: 'u_1', billingMode: 'refillable_wallet', version: 4 });
    expect((await read(backend, ENDPOINTS.getAccess)).sections.wallet).to.equal('edit');
    expect((await call(backend, 'GET', '/wallet')).status).to.equal(200);
  });

  it('sending the current mode while it is not editable is fine', async () => {
    const backend = createMockBackend({ scenario: 'invoice_mode', today: TODAY });
    const answer = await call(backend, 'PUT', '/preferences', { primaryContactId: 'u_2', billingMode: 'monthly_invoice', version: 3 });
    expect(answer.status, answer.text).to.equal(200);
  });

  it('saves wallet settings and derives the low-balance alert (30 %, half up)', async () => {
    const backend = createMockBackend({ today: TODAY });
    const answer = await call(backend, 'PUT', '/wallet/settings', { refillAmount: 333335, refillThreshold: 0, version: 5 });
    expect(answer.status, answer.text).to.equal(200);
    const wallet = await read(backend, ENDPOINTS.getWallet);
    expect(wallet).to.deep.include({ refillAmount: 333335, refillThreshold: 0, lowBalanceAlert: 100001, version: 6 });
  });

  it('saves alerts and scheduled emails as sent', async () => {
    const backend = createMockBackend({ today: TODAY });
    const alerts = await call(backend, 'PUT', '/alerts', { thresholdAlertEnabled: false, recipients: ['a@x.example', 'b@x.example'], version: 2 });
    expect(alerts.json).to.deep.include({ recipients: ['a@x.example', 'b@x.example'], version: 3 });
    expect((await read(backend, ENDPOINTS.getAlerts)).thresholdAlert).to.deep.equal({ enabled: false, percent: 80 });
    const emails = await call(backend, 'PUT', '/scheduled-emails', { enabled: true, frequency: 'daily', recipients: [], version: 1 });
    expect(emails.json).to.deep.include({ enabled: true, frequency: 'daily', recipients: [], version: 2 });
  });
});

describe('mock backend: Idempotency-Key', () => {
  const body = { enabled: true, amount: 900000, version: 1 };

  it('answers a repeated key with the first answer and applies the change once', async () => {
    const backend = createMockBackend({ today: TODAY });
    const headers = { 'Idempotency-Key': 'save-1' };
    const first = await call(backend, 'PUT', '/spending-cap', body, headers);
    const second = await call(backend, 'PUT', '/spending-cap', body, headers);
    expect(first.status).to.equal(200);
    expect(second.status).to.equal(first.status);
    expect(second.text).to.equal(first.text);
    expect((await read(backend, ENDPOINTS.getSpendingCap)).version, 'bumped once').to.equal(2);
  });

  it('without the header the same PUT is a second save, which is stale', async () => {
    const backend = createMockBackend({ today: TODAY });
    expect((await call(backend, 'PUT', '/spending-cap', body)).status).to.equal(200);
    expect((await call(backend, 'PUT', '/spending-cap', body)).status).to.equal(409);
  });

  it('a new key is a new save', async () => {
    const backend = createMockBackend({ today: TODAY });
    await call(backend, 'PUT', '/spending-cap', body, { 'Idempotency-Key': 'a' });
    const next = await call(backend, 'PUT', '/spending-cap', { ...body, version: 2 }, { 'Idempotency-Key': 'b' });
    expect(next.json).to.deep.include({ version: 3 });
  });

  it('replays a refusal too, with its status and body', async () => {
    const backend = createMockBackend({ today: TODAY });
    const headers = { 'Idempotency-Key': 'bad' };
    const first = await call(backend, 'PUT', '/spending-cap', { enabled: true, amount: 1.5, version: 1 }, headers);
    const again = await call(backend, 'PUT', '/spending-cap', { enabled: true, amount: 1.5, version: 1 }, headers);
    expect(first.status).to.equal(422);
    expect(again.status).to.equal(422);
    expect(again.text).to.equal(first.text);
  });

  it('applies concurrent repeats once', async () => {
    const backend = createMockBackend({ today: TODAY, latencyMs: 20 });
    const headers = { 'Idempotency-Key': 'racing' };
    const answers = await Promise.all([1, 2, 3].map(() => call(backend, 'PUT', '/spending-cap', body, headers)));
    expect(answers.map((answer) => answer.status)).to.deep.equal([200, 200, 200]);
    expect(new Set(answers.map((answer) => answer.text)).size).to.equal(1);
    expect((await read(backend, ENDPOINTS.getSpendingCap)).version).to.equal(2);
  });

  it('does not store an injected failure, so the retry is applied', async () => {
    const backend = createMockBackend({ today: TODAY });
    backend.addFault({ route: '/spending-cap', method: 'PUT', status: 503, times: 1 });
    const headers = { 'Idempotency-Key': 'retry-me' };
    expect((await call(backend, 'PUT', '/spending-cap', body, headers)).status).to.equal(503);
    expect((await call(backend, 'PUT', '/spending-cap', body, headers)).status).to.equal(200);
    expect((await read(backend, ENDPOINTS.getSpendingCap)).version).to.equal(2);
  });

  it('keeps keys per backend instance', async () => {
    const one = createMockBackend({ today: TODAY });
    const two = createMockBackend({ today: TODAY });
    const headers = { 'Idempotency-Key': 'shared' };
    await call(one, 'PUT', '/spending-cap', body, headers);
    expect((await call(two, 'PUT', '/spending-cap', body, headers)).status).to.equal(200);
    expect((await read(two, ENDPOINTS.getSpendingCap)).version).to.equal(2);
  });
});
