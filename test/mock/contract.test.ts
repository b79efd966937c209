import { expect } from '@open-wc/testing';
import { ENDPOINTS, type EndpointName } from '../../src/api/endpoints.js';
import { parseWith } from '../../src/api/parse.js';
import { ErrorBody, SECTIONS } from '../../src/api/schemas.js';
import { createMockBackend, SCENARIOS, type ScenarioName } from '../../src/mock/index.js';
import { call, read } from './helpers.js';

const TODAY = '2026-11-24';

const GET_ENDPOINTS = (Object.keys(ENDPOINTS) as EndpointName[]).filter((name) => ENDPOINTS[name].method === 'GET');

/** A query each GET needs to be a valid request. */
const QUERIES: Partial<Record<EndpointName, string>> = {
  getUsageReport: '?month=2026-10',
  getWalletTransactions: '?limit=20',
};

/** The status each scenario's GETs must give; every other GET answers 200. */
const EXPECTED_FAILURES: Partial<Record<ScenarioName, Partial<Record<EndpointName, number>>>> = {
  invoice_mode: { getWallet: 404, getWalletTransactions: 404 },
  wallet_hidden: { getWallet: 403, getWalletTransactions: 403 },
};

describe('mock backend: every scenario answers by the contract', () => {
  for (const scenario of SCENARIOS) {
    describe(scenario, () => {
      const backend = createMockBackend({ scenario, today: TODAY });

      for (const name of GET_ENDPOINTS) {
        const spec = ENDPOINTS[name];
        const expected = EXPECTED_FAILURES[scenario]?.[name] ?? 200;
        it(`${spec.method} ${spec.path} answers ${expected}${expected === 200 ? ' and parses with the client schema' : ' with an ErrorBody'}`, async () => {
          const answer = await call(backend, 'GET', `${spec.path}${QUERIES[name] ?? ''}`);
          expect(answer.status, answer.text).to.equal(expected);
          expect(answer.headers.get('Content-Type')).to.match(/^application\/json/);
          const parsed = expected === 200 ? parseWith(spec.response, answer.json) : parseWith(ErrorBody, answer.json);
          expect(parsed.ok, parsed.ok ? '' : parsed.error.description).to.equal(true);
        });
      }

      it('hides exactly the sections the access answer says are hidden', async () => {
        const access = await read(backend, ENDPOINTS.getAccess);
        for (const section of SECTIONS) {
          const level = access.sections[section];
          const guarded = GET_ENDPOINTS.filter((name) => {
            const spec = ENDPOINTS[name];
            return 'section' in spec && spec.section === section;
          });
          for (const name of guarded) {
            const answer = await call(backend, 'GET', `${ENDPOINTS[name].path}${QUERIES[name] ?? ''}`);
            if (level === 'hidden') expect(answer.status, `${name} in ${scenario}`).to.be.oneOf([403, 404]);
            else expect(answer.status, `${name} in ${scenario}`).to.equal(200);
          }
        }
      });

      it('keeps current usage consistent: daily sums to spent, projected ≥ spent, one entry per elapsed day', async () => {
        const usage = await read(backend, ENDPOINTS.getCurrentUsage);
        const sum = usage.daily.reduce((total, day) => total + day.amount, 0);
        expect(sum).to.equal(usage.spent);
        expect(usage.projected).to.be.at.least(usage.spent);
        expect(usage.period).to.deep.equal({ start: '2026-11-01', end: '2026-11-30' });
        expect(usage.daily.map((day) => day.date).at(-1)).to.equal(TODAY);
        expect(usage.daily).to.have.length(24);
        expect(usage.campaignsPaused).to.equal(usage.status === 'cap_reached');
        if (usage.status === 'no_cap') expect(usage.cap.amount).to.equal(null);
      });
    });
  }

  const STATUS_BY_SCENARIO: [ScenarioName, string][] = [
    ['healthy', 'within_cap'],
    ['near_cap', 'near_cap'],
    ['cap_reached', 'cap_reached'],
    ['no_cap', 'no_cap'],
  ];
  for (const [scenario, status] of STATUS_BY_SCENARIO) {
    it(`${scenario} has usage status ${status}`, async () => {
      const usage = await read(createMockBackend({ scenario, today: TODAY }), ENDPOINTS.getCurrentUsage);
      expect(usage.status).to.equal(status);
    });
  }

  // The first and last day of a period, a leap day, a daylight-saving change, another zone.
  const EDGE_DAYS: { today: string; timezone?: string }[] = [
    { today: '2026-11-01' },
    { today: '2026-11-30' },
    { today: '2028-02-29' },
    { today: '2026-03-08' },
    { today: '2026-07-15', timezone: 'Pacific/Kiritimati' },
  ];
  for (const { today, timezone } of EDGE_DAYS) {
    for (const [scenario, status] of STATUS_BY_SCENARIO) {
      it(`${scenario} is ${status} on ${today}${timezone ? ` in ${timezone}` : ''}, with consistent figures`, async () => {
        const backend = createMockBackend({ scenario, today, seed: 7, ...(timezone ? { timezone } : {}) });
        const usage = await read(backend, ENDPOINTS.getCurrentUsage);
        expect(usage.status).to.equal(status);
        expect(usage.daily.at(-1)?.date).to.equal(today);
        expect(usage.daily.reduce((sum, day) => sum + day.amount, 0)).to.equal(usage.spent);
        expect(usage.projected).to.be.at.least(usage.spent);
        expect(usage.daily.map((day) => day.date)[0]).to.equal(usage.period.start);
      });
    }
  }

  it('near_cap is projected to cross its cap this month', async () => {
    const usage = await read(createMockBackend({ scenario: 'near_cap', today: TODAY }), ENDPOINTS.getCurrentUsage);
    expect(usage.cap.amount).to.be.a('number');
    expect(usage.projected).to.be.greaterThan(usage.cap.amount ?? Infinity);
  });

  it('cap_reached pauses campaigns: nothing spent after the crossing day', async () => {
    const usage = await read(createMockBackend({ scenario: 'cap_reached', today: TODAY }), ENDPOINTS.getCurrentUsage);
    expect(usage.campaignsPaused).to.equal(true);
    expect(usage.daily.at(-1)?.amount).to.equal(0);
    expect(usage.projected).to.equal(usage.spent);
  });

  const WALLET_CASES: [ScenarioName, (wallet: { balance: number; refillThreshold: number; lowBalanceAlert: number; refillPending: boolean; estimatedDaysUntilRefill: number | null }) => boolean, string][] = [
    ['healthy', (w) => w.balance > w.lowBalanceAlert && !w.refillPending, 'above the low-balance alert'],
    ['wallet_low', (w) => w.balance <= w.lowBalanceAlert && w.balance > w.refillThreshold && !w.refillPending, 'low, above the threshold'],
    ['refill_pending', (w) => w.balance <= w.refillThreshold && w.refillPending && w.estimatedDaysUntilRefill === 0, 'at or below the threshold, refill pending'],
  ];
  for (const [scenario, holds, description] of WALLET_CASES) {
    it(`${scenario} has a wallet ${description}`, async () => {
      const wallet = await read(createMockBackend({ scenario, today: TODAY }), ENDPOINTS.getWallet);
      expect(holds(wallet), JSON.stringify(wallet)).to.equal(true);
      expect(wallet.lowBalanceAlert).to.equal(Math.round(wallet.refillAmount * 0.3));
    });
  }

  it('read_only is a member who reads every section, wallet included, and edits none', async () => {
    const access = await read(createMockBackend({ scenario: 'read_only', today: TODAY }), ENDPOINTS.getAccess);
    expect(access.role).to.equal('member');
    expect(Object.values(access.sections)).to.deep.equal(SECTIONS.map(() => 'read'));
  });

  it('invoice_mode shows the wallet hidden and the mode as not editable', async () => {
    const backend = createMockBackend({ scenario: 'invoice_mode', today: TODAY });
    expect((await read(backend, ENDPOINTS.getAccess)).sections.wallet).to.equal('hidden');
    const preferences = await read(backend, ENDPOINTS.getPreferences);
    expect(preferences.billingMode).to.equal('monthly_invoice');
    expect(preferences.billingModeEditable).to.equal(false);
  });

  it('wallet_hidden hides the wallet by role while the company has one', async () => {
    const backend = createMockBackend({ scenario: 'wallet_hidden', today: TODAY });
    expect((await read(backend, ENDPOINTS.getAccess)).sections.wallet).to.equal('hidden');
    expect((await read(backend, ENDPOINTS.getPreferences)).billingMode).to.equal('refillable_wallet');
  });

  it('empty is a new company: no usage, one contact, no primary contact, no transactions, no recipients', async () => {
    const backend = createMockBackend({ scenario: 'empty', today: TODAY });
    const usage = await read(backend, ENDPOINTS.getCurrentUsage);
    expect(usage.spent).to.equal(0);
    expect((await read(backend, ENDPOINTS.getContacts)).items).to.have.length(1);
    expect((await read(backend, ENDPOINTS.getPreferences)).primaryContact).to.equal(null);
    expect(await read(backend, ENDPOINTS.getWalletTransactions)).to.deep.equal({ items: [], nextCursor: null });
    const alerts = await read(backend, ENDPOINTS.getAlerts);
    expect(alerts.recipients).to.deep.equal([]);
    expect(alerts.primaryContactEmail).to.equal(null);
    expect((await read(backend, ENDPOINTS.getScheduledEmails)).recipients).to.deep.equal([]);
    expect((await read(backend, ENDPOINTS.getUsageReport, '?month=2026-10')).rows).to.deep.equal([]);
  });

  it('healthy has the firm, its contacts and its agents', async () => {
    const backend = createMockBackend({ today: TODAY });
    const contacts = (await read(backend, ENDPOINTS.getContacts)).items;
    expect(contacts.length).to.be.at.least(6);
    expect(new Set(contacts.map((contact) => contact.email)).size).to.equal(contacts.length);
    const agents = (await read(backend, ENDPOINTS.getAgents)).items.map((agent) => agent.name);
    expect(agents).to.include.members(['Intake Agent', 'Follow-up Agent', 'Reviews Agent']);
    expect((await read(backend, ENDPOINTS.getPreferences)).primaryContact?.name).to.equal('Dana Whit');
    expect((await read(backend, ENDPOINTS.getCurrentUsage)).timezone).to.equal('America/Chicago');
  });

  it('an unknown path, or a method a path lacks, is 404 not_found', async () => {
    const backend = createMockBackend({ today: TODAY });
    for (const [method, path] of [['GET', '/nope'], ['PUT', '/usage/current'], ['GET', '/wallet/settings'], ['GET', '/']] as const) {
      const answer = await call(backend, method, path, method === 'PUT' ? {} : undefined);
      expect(answer.status, `${method} ${path}`).to.equal(404);
      const parsed = parseWith(ErrorBody, answer.json);
      expect(parsed.ok && parsed.value.error.code).to.equal('not_found');
    }
  });
});
