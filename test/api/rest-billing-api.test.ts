import { expect } from '@open-wc/testing';
import type { ApiErrorKind } from '../../src/api/api-error.js';
import type { BillingApi } from '../../src/api/billing-api.js';
import { ENDPOINTS } from '../../src/api/endpoints.js';
import type { FetchLike } from '../../src/api/rest-billing-api.js';
import * as examples from './contract-examples.js';
import { client, error, fakeFetch, hang, json, offline, ok, rejection, text } from './fake-fetch.js';

describe('RestBillingApi', () => {
  describe('requests', () => {
    it('GETs the endpoint under the base URL as JSON, with cookies for the same origin', async () => {
      const { fetch, calls } = fakeFetch(ok());
      expect(await client(fetch).getAccess()).to.deep.equal(examples.access);
      expect(calls).to.have.length(1);
      const [call] = calls;
      expect(call?.url).to.equal('/api/billing/access');
      expect(call?.init.method).to.equal('GET');
      expect(call?.init.credentials).to.equal('same-origin');
      expect(call?.init.body).to.equal(null);
      expect(call?.headers.get('Accept')).to.equal('application/json');
      expect(call?.headers.has('Authorization')).to.equal(false);
      expect(call?.headers.has('Idempotency-Key')).to.equal(false);
    });

    it('joins the base URL with or without its trailing slash, absolute or relative', async () => {
      const bases = [
        ['/api/billing', '/api/billing/wallet'],
        ['/api/billing/', '/api/billing/wallet'],
        ['https://app.example.com/api/billing/', 'https://app.example.com/api/billing/wallet'],
        ['api/billing', 'api/billing/wallet'],
      ] as const;
      for (const [baseUrl, expected] of bases) {
        const { fetch, calls } = fakeFetch(ok(examples.wallet));
        await client(fetch, { baseUrl }).getWallet();
        expect(calls[0]?.url, baseUrl).to.equal(expected);
      }
    });

    it('uses the credentials it is given', async () => {
      const { fetch, calls } = fakeFetch(ok());
      await client(fetch, { credentials: 'include' }).getAccess();
      expect(calls[0]?.init.credentials).to.equal('include');
    });

    it('sends extra headers given as a record or as Headers', async () => {
      for (const headers of [{ 'X-Tenant': 'firm' }, new Headers({ 'X-Tenant': 'firm' })]) {
        const { fetch, calls } = fakeFetch(ok());
        await client(fetch, { headers }).getAccess();
        expect(calls[0]?.headers.get('X-Tenant')).to.equal('firm');
        expect(calls[0]?.headers.get('Accept')).to.equal('application/json');
      }
    });

    it('PUTs the update as JSON with an Idempotency-Key', async () => {
      const { fetch, calls } = fakeFetch(ok(examples.spendingCap));
      const update = { enabled: true, amount: 600000, version: 1 };
      expect(await client(fetch).updateSpendingCap(update)).to.deep.equal(examples.spendingCap);
      const [call] = calls;
      expect(call?.url).to.equal('/api/billing/spending-cap');
      expect(call?.init.method).to.equal('PUT');
      expect(call?.headers.get('Content-Type')).to.equal('application/json');
      expect(JSON.parse(String(call?.init.body))).to.deep.equal(update);
      expect(call?.headers.get('Idempotency-Key')).to.match(/^[\da-f-]{32,36}$/);
    });

    it('gives each save a key of its own', async () => {
      const { fetch, calls } = fakeFetch(ok(examples.spendingCap));
      const api = client(fetch);
      await api.updateSpendingCap({ enabled: false, amount: null, version: 1 });
      await api.updateSpendingCap({ enabled: false, amount: null, version: 1 });
      expect(calls[0]?.headers.get('Idempotency-Key')).not.to.equal(calls[1]?.headers.get('Idempotency-Key'));
    });

    it('calls each endpoint with its method and path from ENDPOINTS', async () => {
      const update = { version: 1 } as never;
      const table: readonly (readonly [keyof typeof ENDPOINTS, unknown, (api: BillingApi) => Promise<unknown>])[] = [
        ['getAccess', examples.access, (api) => api.getAccess()],
        ['getCurrentUsage', examples.currentUsage, (api) => api.getCurrentUsage()],
        ['getPreferences', examples.preferences, (api) => api.getPreferences()],
        ['putPreferences', examples.preferences, (api) => api.updatePreferences(update)],
        ['getContacts', { items: [examples.contact] }, (api) => api.getContacts()],
        ['getSpendingCap', examples.spendingCap, (api) => api.getSpendingCap()],
        ['putSpendingCap', examples.spendingCap, (api) => api.updateSpendingCap(update)],
        ['getAlerts', examples.alertSettings, (api) => api.getAlerts()],
        ['putAlerts', examples.alertSettings, (api) => api.updateAlerts(update)],
        ['getScheduledEmails', examples.scheduledEmails, (api) => api.getScheduledEmails()],
        ['putScheduledEmails', examples.scheduledEmails, (api) => api.updateScheduledEmails(update)],
        ['getWallet', examples.wallet, (api) => api.getWallet()],
        ['putWalletSettings', examples.wallet, (api) => api.updateWalletSettings(update)],
        ['getWalletTransactions', { items: [examples.walletTransaction], nextCursor: null }, (api) => api.getWalletTransactions()],
        ['getAgents', { items: [examples.agent] }, (api) => api.getAgents()],
        ['getUsageReport', examples.usageReport, (api) => api.getUsageReport({ month: '2026-10' })],
      ];
      expect(table.map(([name]) => name)).to.have.members(Object.keys(ENDPOINTS));
      for (const [name, body, run] of table) {
        const { fetch, calls } = fakeFetch(ok(body));
        expect(await run(client(fetch)), name).to.deep.equal(body);
        expect(calls[0]?.init.method, name).to.equal(ENDPOINTS[name].method);
        expect(calls[0]?.url.split('?')[0], name).to.equal(`/api/billing${ENDPOINTS[name].path}`);
      }
    });
  });

  describe('query strings', () => {
    const page = { items: [examples.walletTransaction], nextCursor: 'c2' };

    it('sends limit, cursor and comma-joined types for transactions', async () => {
      const { fetch, calls } = fakeFetch(ok(page));
      await client(fetch).getWalletTransactions({ limit: 20, cursor: 'c1', types: ['refill', 'adjustment'] });
      const url = new URL(calls[0]?.url ?? '', location.href);
      expect(url.pathname).to.equal('/api/billing/wallet/transactions');
      expect([...url.searchParams]).to.deep.equal([
        ['limit', '20'],
        ['cursor', 'c1'],
        ['type', 'refill,adjustment'],
      ]);
    });

    it('sends no query for transactions without options, an empty type list or a null cursor', async () => {
      const { fetch, calls } = fakeFetch(ok(page));
      await client(fetch).getWalletTransactions();
      await client(fetch).getWalletTransactions({ cursor: null, types: [] });
      expect(calls.map((call) => call.url)).to.deep.equal(['/api/billing/wallet/transactions', '/api/billing/wallet/transactions']);
    });

    it('sends a month report with its agent', async () => {
      const { fetch, calls } = fakeFetch(ok(examples.usageReport));
      await client(fetch).getUsageReport({ month: '2026-10', agentId: 'ag 1' });
      expect(calls[0]?.url).to.equal('/api/billing/reports/usage?month=2026-10&agentId=ag+1');
    });

    it('sends a range report and omits a null or missing agent', async () => {
      const { fetch, calls } = fakeFetch(ok(examples.usageReport));
      await client(fetch).getUsageReport({ from: '2026-10-01', to: '2026-10-31', agentId: null });
      await client(fetch).getUsageReport({ from: '2026-10-01', to: '2026-10-31' });
      expect(calls.map((call) => call.url)).to.deep.equal([
        '/api/billing/reports/usage?from=2026-10-01&to=2026-10-31',
        '/api/billing/reports/usage?from=2026-10-01&to=2026-10-31',
      ]);
    });
  });

  describe('retries', () => {
    for (const status of [429, 502, 503, 504]) {
      it(`retries a GET after ${status}`, async () => {
        const { fetch, calls } = fakeFetch(error(status, 'unavailable', 'Busy'), ok());
        expect(await client(fetch).getAccess()).to.deep.equal(examples.access);
        expect(calls).to.have.length(2);
      });
    }

    it('does not retry a GET after 500', async () => {
      const { fetch, calls } = fakeFetch(error(500, 'internal', 'Boom'), ok());
      const failure = await rejection(client(fetch).getAccess());
      expect(failure.kind).to.equal('server');
      expect(failure.code).to.equal('internal');
      expect(calls).to.have.length(1);
    });

    it('gives up after three attempts with the last error', async () => {
      const { fetch, calls } = fakeFetch(error(503, 'unavailable', 'Down'));
      const failure = await rejection(client(fetch).getAccess());
      expect(failure.kind).to.equal('server');
      expect(failure.status).to.equal(503);
      expect(calls).to.have.length(3);
    });

    it('makes as many attempts as configured', async () => {
      const { fetch, calls } = fakeFetch(error(503, 'unavailable', 'Down'));
      await rejection(client(fetch, { retry: { attempts: 1 } }).getAccess());
      expect(calls).to.have.length(1);
    });

    it('backs off exponentially between attempts', async () => {
      const { fetch, calls } = fakeFetch(offline);
      const times: number[] = [];
      const timed: FetchLike = (url, init) => {
        times.push(performance.now());
        return fetch(url, init);
      };
      await rejection(client(timed, { retry: { baseDelayMs: 40 }, random: () => 0 }).getAccess());
      expect(calls).to.have.length(3);
      const [first = 0, second = 0, third = 0] = times;
      // Equal jitter with random 0: half of 40, then half of 80.
      expect(second - first).to.be.at.least(18);
      expect(third - second).to.be.at.least(38);
    });

    it('waits as long as Retry-After: 1 asks before retrying', async () => {
      const { fetch, calls } = fakeFetch(error(429, 'rate_limited', 'Slow down', {}, { 'Retry-After': '1' }), ok());
      const start = performance.now();
      expect(await client(fetch).getAccess()).to.deep.equal(examples.access);
      expect(performance.now() - start).to.be.at.least(900);
      expect(calls).to.have.length(2);
    });

    it('waits until a Retry-After HTTP date', async () => {
      // HTTP dates have whole seconds: the next whole second at least 500 ms away.
      const until = Math.ceil((Date.now() + 500) / 1000) * 1000;
      const retryAfter = new Date(until).toUTCString();
      const { fetch, calls } = fakeFetch(error(503, 'unavailable', 'Maintenance', {}, { 'Retry-After': retryAfter }), ok());
      await client(fetch).getAccess();
      expect(Date.now()).to.be.at.least(until - 50);
      expect(calls).to.have.length(2);
    });

    it('fails at once, with retryAfterMs, when Retry-After is longer than maxRetryAfterMs', async () => {
      const { fetch, calls } = fakeFetch(error(429, 'rate_limited', 'Slow down', {}, { 'Retry-After': '60' }), ok());
      const start = performance.now();
      const failure = await rejection(client(fetch).getAccess());
      expect(failure.kind).to.equal('rate_limited');
      expect(failure.retryAfterMs).to.equal(60_000);
      expect(calls).to.have.length(1);
      expect(performance.now() - start).to.be.below(500);
    });

    it('retries a network failure, then gives network after three attempts', async () => {
      const { fetch, calls } = fakeFetch(offline);
      const failure = await rejection(client(fetch).getAccess());
      expect(failure.kind).to.equal('network');
      expect(failure.status).to.equal(null);
      expect(failure.cause).to.be.instanceOf(TypeError);
      expect(calls).to.have.length(3);
    });

    it('succeeds when the network comes back', async () => {
      const { fetch, calls } = fakeFetch(offline, ok());
      expect(await client(fetch).getAccess()).to.deep.equal(examples.access);
      expect(calls).to.have.length(2);
    });
  });

  describe('timeout and abort', () => {
    it('gives timeout when no answer comes in time, after retrying the GET', async () => {
      const { fetch, calls } = fakeFetch(hang);
      const failure = await rejection(client(fetch, { timeoutMs: 50 }).getAccess());
      expect(failure.kind).to.equal('timeout');
      expect(failure.status).to.equal(null);
      expect(calls).to.have.length(3);
      expect(calls.every((call) => call.init.signal?.aborted)).to.equal(true);
    });

    it('times out a fetch that ignores its signal', async () => {
      const { fetch } = fakeFetch(() => new Promise<Response>(() => {}));
      const failure = await rejection(client(fetch, { timeoutMs: 50, retry: { attempts: 1 } }).getAccess());
      expect(failure.kind).to.equal('timeout');
    });

    it('times out a body that never ends', async () => {
      const stalled = new ReadableStream<Uint8Array>({ start: () => {} });
      const { fetch } = fakeFetch(() => new Response(stalled, { status: 200 }));
      const failure = await rejection(client(fetch, { timeoutMs: 50, retry: { attempts: 1 } }).getAccess());
      expect(failure.kind).to.equal('timeout');
    });

    it('gives aborted, without a retry, when the caller aborts', async () => {
      const { fetch, calls } = fakeFetch(hang);
      const controller = new AbortController();
      const pending = client(fetch, { timeoutMs: 5000 }).getAccess({ signal: controller.signal });
      setTimeout(() => controller.abort(), 20);
      const failure = await rejection(pending);
      expect(failure.kind).to.equal('aborted');
      expect(calls).to.have.length(1);
      expect(calls[0]?.init.signal?.aborted).to.equal(true);
    });

    it('gives aborted without fetching for a signal aborted already', async () => {
      const { fetch } = fakeFetch(hang);
      const failure = await rejection(client(fetch).getAccess({ signal: AbortSignal.abort() }));
      expect(failure.kind).to.equal('aborted');
    });

    it('stops waiting for a retry as soon as the caller aborts', async () => {
      const { fetch, calls } = fakeFetch(error(503, 'unavailable', 'Down', {}, { 'Retry-After': '20' }));
      const controller = new AbortController();
      const start = performance.now();
      const pending = client(fetch).getAccess({ signal: controller.signal });
      setTimeout(() => controller.abort(), 20);
      const failure = await rejection(pending);
      expect(failure.kind).to.equal('aborted');
      expect(performance.now() - start).to.be.below(1000);
      expect(calls).to.have.length(1);
    });
  });

  describe('saves', () => {
    const update = { refillAmount: 200000, refillThreshold: 50000, version: 5 };

    it('retries a PUT after 503 with the same Idempotency-Key', async () => {
      const { fetch, calls } = fakeFetch(error(503, 'unavailable', 'Down'), ok(examples.wallet));
      expect(await client(fetch).updateWalletSettings(update)).to.deep.equal(examples.wallet);
      expect(calls).to.have.length(2);
      const [first, second] = calls.map((call) => call.headers.get('Idempotency-Key'));
      expect(first).to.be.a('string').and.not.equal('');
      expect(second).to.equal(first);
    });

    it('retries a PUT after a network failure with the same Idempotency-Key', async () => {
      const { fetch, calls } = fakeFetch(offline, ok(examples.wallet));
      await client(fetch).updateWalletSettings(update);
      expect(calls).to.have.length(2);
      expect(calls[1]?.headers.get('Idempotency-Key')).to.equal(calls[0]?.headers.get('Idempotency-Key'));
    });

    it('sends the idempotencyKey it is given, on every attempt', async () => {
      const { fetch, calls } = fakeFetch(error(503, 'unavailable', 'Down'), ok(examples.wallet));
      await client(fetch).updateWalletSettings(update, { idempotencyKey: 'save-42' });
      expect(calls.map((call) => call.headers.get('Idempotency-Key'))).to.deep.equal(['save-42', 'save-42']);
    });

    for (const status of [429, 502, 504]) {
      it(`does not retry a PUT after ${status}`, async () => {
        const { fetch, calls } = fakeFetch(error(status, 'unavailable', 'Busy', {}, { 'Retry-After': '0' }), ok(examples.wallet));
        await rejection(client(fetch).updateWalletSettings(update));
        expect(calls).to.have.length(1);
      });
    }

    it('does not retry a PUT that timed out', async () => {
      const { fetch, calls } = fakeFetch(hang);
      const failure = await rejection(client(fetch, { timeoutMs: 50 }).updateWalletSettings(update));
      expect(failure.kind).to.equal('timeout');
      expect(calls).to.have.length(1);
    });
  });

  describe('answers', () => {
    it('gives invalid_response for malformed JSON', async () => {
      const { fetch } = fakeFetch(text(200, '{"role": "admin",'));
      const failure = await rejection(client(fetch).getAccess());
      expect(failure.kind).to.equal('invalid_response');
      expect(failure.status).to.equal(200);
      expect(failure.message).to.equal('Invalid response from GET /access: the body is not JSON');
    });

    it('gives invalid_response for an empty 2xx body', async () => {
      const { fetch } = fakeFetch(() => new Response(null, { status: 204 }));
      expect((await rejection(client(fetch).getAccess())).kind).to.equal('invalid_response');
    });

    it('gives invalid_response naming the path that breaks the schema', async () => {
      const { fetch } = fakeFetch(ok({ ...examples.currentUsage, spent: 'lots' }));
      const failure = await rejection(client(fetch).getCurrentUsage());
      expect(failure.kind).to.equal('invalid_response');
      expect(failure.message).to.match(/^Invalid response from GET \/usage\/current: spent: /);
    });

    it('ignores unknown fields and keeps unknown enum values', async () => {
      const body = { ...examples.access, extra: 1, sections: { ...examples.access.sections, usage: 'audit' } };
      const { fetch } = fakeFetch(ok(body));
      const access = await client(fetch).getAccess();
      expect(access.sections.usage).to.equal('audit');
    });
  });

  describe('errors', () => {
    it('carries the parsed current resource on 409', async () => {
      const { fetch } = fakeFetch(error(409, 'version_conflict', 'Changed elsewhere', { current: { ...examples.spendingCap, version: 2 } }));
      const failure = await rejection(client(fetch).updateSpendingCap({ enabled: true, amount: 500000, version: 1 }));
      expect(failure.kind).to.equal('conflict');
      expect(failure.code).to.equal('version_conflict');
      expect(failure.current).to.deep.equal({ ...examples.spendingCap, version: 2 });
    });

    it('leaves current undefined on 409 when it does not parse', async () => {
      const { fetch } = fakeFetch(error(409, 'version_conflict', 'Changed elsewhere', { current: { version: 'two' } }));
      const failure = await rejection(client(fetch).updateSpendingCap({ enabled: true, amount: 500000, version: 1 }));
      expect(failure.kind).to.equal('conflict');
      expect(failure.current).to.equal(undefined);
    });

    it('carries fields, code and message on 422', async () => {
      const { fetch } = fakeFetch(json(422, examples.errorBody));
      const failure = await rejection(client(fetch).updateAlerts({ thresholdAlertEnabled: true, recipients: [], version: 2 }));
      expect(failure.kind).to.equal('validation');
      expect(failure.status).to.equal(422);
      expect(failure.code).to.equal('validation_failed');
      expect(failure.fields).to.deep.equal({ 'recipients.2': 'Not an email address' });
      expect(failure.message).to.equal('PUT /alerts failed with status 422: Check the highlighted fields');
      expect(failure.serverMessage).to.equal('Check the highlighted fields');
    });

    it('carries retryAfterMs on 429', async () => {
      const { fetch } = fakeFetch(error(429, 'rate_limited', 'Slow down', {}, { 'Retry-After': '0' }));
      const failure = await rejection(client(fetch, { retry: { attempts: 1 } }).getAccess());
      expect(failure.kind).to.equal('rate_limited');
      expect(failure.retryAfterMs).to.equal(0);
    });

    const kinds: readonly (readonly [number, ApiErrorKind])[] = [
      [400, 'validation'],
      [403, 'forbidden'],
      [404, 'not_found'],
      [405, 'server'],
      [410, 'server'],
      [500, 'server'],
      [501, 'server'],
    ];
    for (const [status, kind] of kinds) {
      it(`maps status ${status} to ${kind}`, async () => {
        const { fetch } = fakeFetch(error(status, 'whatever', 'No'));
        expect((await rejection(client(fetch).getWallet())).kind).to.equal(kind);
      });
    }

    it('maps an empty or non-JSON error body by its status, with a plain message', async () => {
      for (const body of ['', '<html>Bad gateway at proxy 10.0.0.1</html>', '{"error": "nope"}']) {
        const { fetch } = fakeFetch(text(403, body));
        const failure = await rejection(client(fetch).getWallet());
        expect(failure.kind).to.equal('forbidden');
        expect(failure.code).to.equal(null);
        expect(failure.message).to.equal('GET /wallet failed with status 403');
      }
    });

    it('caps a long server message', async () => {
      const { fetch } = fakeFetch(error(403, 'forbidden', 'x'.repeat(5000)));
      const failure = await rejection(client(fetch).getWallet());
      expect(failure.message.length).to.be.below(400);
    });
  });
});
