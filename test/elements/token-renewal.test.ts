import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { KayseBillingProvider } from '../../src/elements/billing-provider/billing-provider.js';
import { createMockBackend, createMockFetch } from '../../src/mock/index.js';

const SECTIONS = [
  'kayse-usage-summary',
  'kayse-billing-preferences',
  'kayse-spending-cap',
  'kayse-alert-recipients',
  'kayse-scheduled-emails',
  'kayse-report-picker',
  'kayse-wallet',
] as const;

const unauthorized = () =>
  new Response(JSON.stringify({ error: { code: 'unauthenticated', message: 'The token has expired' } }), {
    status: 401,
    headers: { 'Content-Type': 'application/json' },
  });

/**
 * A host's token service: every call hands out a new token and retires the previous one
 * (as many single-use token services do). The API accepts only the newest; the first token
 * handed out has already expired.
 */
function retiringTokens() {
  let issued = 0;
  let valid: string | null = null;
  const service = {
    calls: 0,
    getAccessToken: () => {
      service.calls += 1;
      issued += 1;
      const token = `token-${issued}`;
      valid = issued === 1 ? null : token;
      return Promise.resolve(token);
    },
    fetch: ((inner: typeof fetch): typeof fetch =>
      (input, init) => {
        const authorization = new Headers(init?.headers).get('Authorization');
        return authorization !== null && authorization === `Bearer ${valid}` ? inner(input, init) : Promise.resolve(unauthorized());
      }),
  };
  return service;
}

const settled = (el: Element) => el.matches(':state(ready)') || el.matches(':state(empty)') || el.matches(':state(error)');

describe('a bearer-token host with seven sections', () => {
  it('asks for a token at most twice when its first token has expired, and every section shows its figures', async () => {
    const backend = createMockBackend({ scenario: 'healthy', today: '2026-11-24' });
    const tokens = retiringTokens();
    const provider = await fixture<KayseBillingProvider>(html`<kayse-billing-provider
      base-url="/api/billing"
      .getAccessToken=${tokens.getAccessToken}
      .fetch=${tokens.fetch(createMockFetch({ backend }))}
    >
      ${SECTIONS.map((tag) => document.createElement(tag))}
    </kayse-billing-provider>`);
    const sections = SECTIONS.map((tag) => provider.querySelector(tag)!);
    await waitUntil(() => sections.every(settled), 'every section settles', { timeout: 10_000 });
    expect(sections.filter((el) => !el.matches(':state(ready)')).map((el) => el.localName), 'sections not ready').to.deep.equal([]);
    expect(tokens.calls).to.be.at.most(2);
  });

  it('a token that is always refused ends in the error state, with no request loop', async () => {
    const backend = createMockBackend({ scenario: 'healthy', today: '2026-11-24' });
    let requests = 0;
    let calls = 0;
    const refuse: typeof fetch = () => {
      requests += 1;
      return Promise.resolve(unauthorized());
    };
    const provider = await fixture<KayseBillingProvider>(html`<kayse-billing-provider
      base-url="/api/billing"
      .getAccessToken=${() => `token-${++calls}`}
      .fetch=${refuse}
    >
      <kayse-usage-summary no-chart></kayse-usage-summary><kayse-wallet></kayse-wallet>
    </kayse-billing-provider>`);
    void backend;
    const sections = [...provider.children];
    await waitUntil(() => sections.every((el) => el.matches(':state(error)')), 'both show the error', { timeout: 5_000 });
    const settledRequests = requests;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(requests, 'nothing more is asked once the error shows').to.equal(settledRequests);
    // One GET /access shared by both, sent with the first token and once after the renewal.
    expect(requests).to.be.at.most(2);
    expect(calls).to.be.at.most(2);
    expect(sections[0]?.shadowRoot?.textContent).to.contain('Your session has expired');
  });
});
