import { expect } from '@open-wc/testing';
import { ENDPOINTS } from '../../src/api/endpoints.js';
import { createMockBackend, SCENARIOS, type MockBackend } from '../../src/mock/index.js';
import { call } from './helpers.js';

const TODAY = '2026-11-24';
const PATHS = [
  ENDPOINTS.getCurrentUsage.path,
  ENDPOINTS.getWallet.path,
  ENDPOINTS.getContacts.path,
  ENDPOINTS.getSpendingCap.path,
  `${ENDPOINTS.getWalletTransactions.path}?limit=100`,
  `${ENDPOINTS.getUsageReport.path}?from=2025-11-25&to=2026-11-24`,
];

/** Every answer's status and text, in order. */
async function answers(backend: MockBackend): Promise<string[]> {
  const texts: string[] = [];
  for (const path of PATHS) {
    const answer = await call(backend, 'GET', path);
    texts.push(`${answer.status} ${answer.text}`);
  }
  return texts;
}

describe('mock backend: seeds', () => {
  for (const scenario of SCENARIOS) {
    it(`${scenario}: the same seed gives the same answers`, async () => {
      const options = { scenario, seed: 42, today: TODAY, contactCount: 40 };
      expect(await answers(createMockBackend(options))).to.deep.equal(await answers(createMockBackend(options)));
    });
  }

  it('different seeds give different usage, wallet, history and report', async () => {
    const one = await answers(createMockBackend({ seed: 1, today: TODAY }));
    const two = await answers(createMockBackend({ seed: 2, today: TODAY }));
    expect([...one, ...two].every((answer) => answer.startsWith('200 ')), 'every answer is a 200').to.equal(true);
    const differs = PATHS.map((path, i) => [path, one[i] !== two[i]] as const);
    expect(differs.filter(([path]) => !path.startsWith('/contacts') && !path.startsWith('/spending-cap')).every(([, differ]) => differ), JSON.stringify(differs)).to.equal(true);
  });

  it('generated contacts differ by seed beyond the named staff', async () => {
    const one = (await call(createMockBackend({ seed: 1, today: TODAY, contactCount: 200 }), 'GET', '/contacts')).text;
    const two = (await call(createMockBackend({ seed: 2, today: TODAY, contactCount: 200 }), 'GET', '/contacts')).text;
    expect(one).to.not.equal(two);
    expect((JSON.parse(one) as { items: unknown[] }).items).to.have.length(200);
  });

  it('a day in the past reads the same whatever today is', async () => {
    const early = await call(createMockBackend({ today: '2026-11-02' }), 'GET', '/reports/usage?month=2026-10');
    const late = await call(createMockBackend({ today: '2027-03-15' }), 'GET', '/reports/usage?month=2026-10');
    expect(early.text).to.equal(late.text);
  });

  it('reset and setScenario rebuild the same state', async () => {
    const backend = createMockBackend({ seed: 9, today: TODAY });
    const initial = await answers(backend);
    backend.simulateDays(5);
    backend.patch('wallet', { balance: 1 });
    backend.reset();
    expect(await answers(backend)).to.deep.equal(initial);
    backend.setScenario('near_cap');
    expect(backend.state).to.deep.equal({ scenario: 'near_cap', seed: 9, today: TODAY });
    backend.setScenario('healthy', 10);
    expect(backend.state.seed).to.equal(10);
    backend.setScenario('healthy', 9);
    expect(await answers(backend)).to.deep.equal(initial);
  });
});
