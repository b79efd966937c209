// The bearer token: asked once and kept, renewed once for all the requests a 401 refused.
import { expect } from '@open-wc/testing';
import type { BillingApi } from '../../src/api/billing-api.js';
import type { RestBillingApiOptions } from '../../src/api/rest-billing-api.js';
import * as examples from './contract-examples.js';
import { client, error, fakeFetch, ok, rejection, type Call, type Reply } from './fake-fetch.js';

describe('RestBillingApi access tokens', () => {
  it('sends the token as a bearer token, and none when there is none', async () => {
    for (const [token, expected] of [
      ['t1', 'Bearer t1'],
      [null, null],
      ['', null],
      [undefined, null],
    ] as const) {
      const { fetch, calls } = fakeFetch(ok());
      await client(fetch, { getAccessToken: () => Promise.resolve(token) }).getAccess();
      expect(calls[0]?.headers.get('Authorization'), String(token)).to.equal(expected);
    }
  });

  it('renews the token once for three concurrent 401s and retries each call with it', async () => {
    let current = 'old';
    let renewals = 0;
    const getAccessToken = ({ refresh }: { readonly refresh: boolean }) => {
      if (!refresh) return current;
      renewals++;
      return new Promise<string>((resolve) => setTimeout(() => resolve((current = 'new')), 10));
    };
    const { fetch, calls } = fakeFetch((call) =>
      (call.headers.get('Authorization') === 'Bearer new' ? ok() : error(401, 'unauthenticated', 'Expired'))(call),
    );
    const api = client(fetch, { getAccessToken });
    const results = await Promise.all([api.getAccess(), api.getAccess(), api.getAccess()]);
    expect(results).to.deep.equal([examples.access, examples.access, examples.access]);
    expect(renewals).to.equal(1);
    expect(calls.map((call) => call.headers.get('Authorization'))).to.deep.equal([
      'Bearer old',
      'Bearer old',
      'Bearer old',
      'Bearer new',
      'Bearer new',
      'Bearer new',
    ]);
  });

  it('shares the renewal with a call whose 401 comes after it finished', async () => {
    let renewals = 0;
    const getAccessToken = ({ refresh }: { readonly refresh: boolean }) => (refresh ? `new${++renewals}` : 'old');
    const { fetch } = fakeFetch(async (call) => {
      const wallet = call.url.endsWith('/wallet');
      // The wallet's 401 arrives after the access call's renewal has finished.
      if (wallet) await new Promise((resolve) => setTimeout(resolve, 30));
      const expired = call.headers.get('Authorization') === 'Bearer old';
      return (expired ? error(401, 'unauthenticated', 'Expired') : ok(wallet ? examples.wallet : examples.access))(call);
    });
    const api = client(fetch, { getAccessToken });
    await Promise.all([api.getAccess(), api.getWallet()]);
    expect(renewals).to.equal(1);
  });

  it('gives unauthenticated when the renewed token gets a 401 too', async () => {
    const { fetch, calls } = fakeFetch(error(401, 'unauthenticated', 'Signed out'));
    const failure = await rejection(client(fetch, { getAccessToken: ({ refresh }) => (refresh ? 'new' : 'old') }).getAccess());
    expect(failure.kind).to.equal('unauthenticated');
    expect(failure.status).to.equal(401);
    expect(failure.code).to.equal('unauthenticated');
    expect(calls).to.have.length(2);
  });

  it('gives unauthenticated at once on a 401 without getAccessToken', async () => {
    const { fetch, calls } = fakeFetch(error(401, 'unauthenticated', 'Signed out'));
    expect((await rejection(client(fetch).getAccess())).kind).to.equal('unauthenticated');
    expect(calls).to.have.length(1);
  });

  it('gives unauthenticated without a retry when the renewal brings no token', async () => {
    const { fetch, calls } = fakeFetch(error(401, 'unauthenticated', 'Signed out'));
    const failure = await rejection(client(fetch, { getAccessToken: ({ refresh }) => (refresh ? null : 'old') }).getAccess());
    expect(failure.kind).to.equal('unauthenticated');
    expect(calls).to.have.length(1);
  });

  it('gives unauthenticated when getAccessToken throws', async () => {
    const { fetch, calls } = fakeFetch(ok());
    const getAccessToken = () => Promise.reject(new Error('no session'));
    expect((await rejection(client(fetch, { getAccessToken }).getAccess())).kind).to.equal('unauthenticated');
    expect(calls).to.have.length(0);
  });

  describe('asked once and kept', () => {
    it('reuses the token for sequential requests: one question for five requests', async () => {
      const host = recordingHost(() => 't1');
      const { fetch, calls } = fakeFetch(ok());
      const api = client(fetch, { getAccessToken: host.getAccessToken });
      for (let i = 0; i < 5; i++) await api.getAccess();
      expect(host.asks).to.deep.equal([false]);
      expect(bearers(calls)).to.deep.equal(Array(5).fill('Bearer t1'));
    });

    it('asks once for seven concurrent first requests', async () => {
      const host = recordingHost(() => later('t1'));
      const { fetch, calls } = fakeFetch(bySection);
      const api = client(fetch, { getAccessToken: host.getAccessToken });
      expect(await loadSections(api)).to.deep.equal(SECTION_BODIES);
      expect(host.asks).to.deep.equal([false]);
      expect(bearers(calls)).to.deep.equal(Array(7).fill('Bearer t1'));
    });

    it('makes a request started during a renewal wait for its token instead of sending the refused one', async () => {
      const host = recordingHost(({ refresh }) => (refresh ? later('new', 30) : 'old'));
      const { fetch, calls } = fakeFetch(refusing('Bearer old'));
      const api = client(fetch, { getAccessToken: host.getAccessToken });
      const first = api.getAccess();
      await until(() => host.asks.length === 2);
      const second = api.getWallet();
      await Promise.all([first, second]);
      expect(host.asks).to.deep.equal([false, true]);
      expect(calls.filter((call) => call.url.endsWith('/wallet')).map((call) => call.headers.get('Authorization'))).to.deep.equal(['Bearer new']);
    });

    it('asks again while the host has no token to give', async () => {
      const host = recordingHost(() => null);
      const { fetch, calls } = fakeFetch(ok());
      const api = client(fetch, { getAccessToken: host.getAccessToken });
      await api.getAccess();
      await api.getAccess();
      expect(host.asks).to.deep.equal([false, false]);
      expect(bearers(calls)).to.deep.equal([null, null]);
    });
  });

  describe('renewed once after a 401', () => {
    it('renews an expired token once for seven concurrent first requests and retries each once', async () => {
      const host = recordingHost(({ refresh }) => (refresh ? later('new') : 'old'));
      const { fetch, calls } = fakeFetch(refusing('Bearer old'));
      const api = client(fetch, { getAccessToken: host.getAccessToken });
      expect(await loadSections(api)).to.deep.equal(SECTION_BODIES);
      expect(host.asks).to.deep.equal([false, true]);
      expect(calls).to.have.length(14);
      for (const path of SECTION_PATHS) {
        const sent = calls.filter((call) => call.url === `/api/billing${path}`).map((call) => call.headers.get('Authorization'));
        expect(sent, path).to.deep.equal(['Bearer old', 'Bearer new']);
      }
      await api.getAccess();
      expect(host.asks).to.have.length(2);
    });

    it('ends in unauthenticated for a token always refused, with at most one retry and one renewal per request', async () => {
      let issued = 0;
      const host = recordingHost(() => `t${++issued}`);
      const { fetch, calls } = fakeFetch(error(401, 'unauthenticated', 'Signed out'));
      const api = client(fetch, { getAccessToken: host.getAccessToken });
      const concurrent = await Promise.all(SECTIONS.map(([, load]) => rejection(load(api))));
      expect(concurrent.map((failure) => [failure.kind, failure.status])).to.deep.equal(Array(7).fill(['unauthenticated', 401]));
      expect(calls).to.have.length(14);
      expect(host.asks).to.deep.equal([false, true]);
      for (let i = 0; i < 3; i++) expect((await rejection(api.getWallet())).kind).to.equal('unauthenticated');
      expect(calls).to.have.length(14 + 3 * 2);
      expect(host.asks).to.have.length(2 + 3);
    });

    it('ends in unauthenticated after one request each when the host renews to the same refused token', async () => {
      const host = recordingHost(() => 'same');
      const { fetch, calls } = fakeFetch(error(401, 'unauthenticated', 'Signed out'));
      const api = client(fetch, { getAccessToken: host.getAccessToken });
      for (let i = 0; i < 3; i++) expect((await rejection(api.getWallet())).kind).to.equal('unauthenticated');
      expect(calls).to.have.length(3);
      expect(host.asks).to.deep.equal([false, true, false, true, false, true]);
    });

    for (const [name, renewal] of [
      ['throws', () => Promise.reject(new Error('session store down'))],
      ['gives nothing', () => undefined],
    ] as const) {
      it(`fails the requests unauthenticated when the renewal ${name}, and asks again for a later request`, async () => {
        let renewalWorks = false;
        const host = recordingHost(({ refresh }) => (refresh && !renewalWorks ? renewal() : renewalWorks ? 'new' : 'old'));
        const { fetch, calls } = fakeFetch(refusing('Bearer old'));
        const api = client(fetch, { getAccessToken: host.getAccessToken });
        const failures = await Promise.all([rejection(api.getAccess()), rejection(api.getWallet()), rejection(api.getAlerts())]);
        expect(failures.map((failure) => failure.kind)).to.deep.equal(Array(3).fill('unauthenticated'));
        expect(host.asks).to.deep.equal([false, true]);
        expect(calls).to.have.length(3);
        renewalWorks = true;
        expect(await api.getAccess()).to.deep.equal(examples.access);
        expect(host.asks).to.deep.equal([false, true, false]);
        expect(calls.at(-1)?.headers.get('Authorization')).to.equal('Bearer new');
      });
    }

    it('asks again for a later request after the first question threw', async () => {
      let up = false;
      const host = recordingHost(() => (up ? 't1' : Promise.reject(new Error('no session'))));
      const { fetch, calls } = fakeFetch(ok());
      const api = client(fetch, { getAccessToken: host.getAccessToken });
      const failures = await Promise.all([rejection(api.getAccess()), rejection(api.getAccess())]);
      expect(failures.map((failure) => failure.kind)).to.deep.equal(['unauthenticated', 'unauthenticated']);
      expect(host.asks).to.deep.equal([false]);
      expect(calls).to.have.length(0);
      up = true;
      await api.getAccess();
      expect(host.asks).to.deep.equal([false, false]);
      expect(bearers(calls)).to.deep.equal(['Bearer t1']);
    });
  });

  describe('a host whose token service retires the previous token on each call', () => {
    /**
     * Each question gives a new token and retires the one before; the server, a few
     * milliseconds away, takes only the newest, and after `expire()` not even that one.
     */
    function retiringHost() {
      let issued = 0;
      let newest = '';
      let expired = false;
      const host = recordingHost(() => later(`t${++issued}`).then((token) => ((newest = token), (expired = false), token)));
      const reply: Reply = async (call) => {
        await later(null);
        const valid = call.headers.get('Authorization') === `Bearer ${newest}` && !expired;
        return (valid ? bySection : error(401, 'unauthenticated', 'Expired'))(call);
      };
      return { ...host, reply, expire: () => (expired = true) };
    }

    it('loads seven sections at once, then again after the token expired, asking once each time', async () => {
      const host = retiringHost();
      const { fetch, calls } = fakeFetch(host.reply);
      const api = client(fetch, { getAccessToken: host.getAccessToken });
      expect(await loadSections(api)).to.deep.equal(SECTION_BODIES);
      expect(host.asks).to.deep.equal([false]);
      host.expire();
      expect(await loadSections(api)).to.deep.equal(SECTION_BODIES);
      expect(host.asks).to.deep.equal([false, true]);
      expect(calls).to.have.length(7 + 14);
    });

    it('loads sections started while an earlier one is being renewed', async () => {
      const host = retiringHost();
      const { fetch } = fakeFetch(host.reply);
      const api = client(fetch, { getAccessToken: host.getAccessToken });
      await api.getAccess();
      host.expire();
      const loads = SECTIONS.map(([, load], index) => later(null, index * 3).then(() => load(api)));
      expect(await Promise.all(loads)).to.deep.equal(SECTION_BODIES);
      expect(host.asks).to.deep.equal([false, true]);
    });
  });
});

type GetAccessToken = NonNullable<RestBillingApiOptions['getAccessToken']>;

/** A `getAccessToken` over `answer` that records the `refresh` of every question. */
function recordingHost(answer: GetAccessToken): { readonly getAccessToken: GetAccessToken; readonly asks: boolean[] } {
  const asks: boolean[] = [];
  return {
    asks,
    getAccessToken: (request) => {
      asks.push(request.refresh);
      return answer(request);
    },
  };
}

/** `value` after `ms`, like a token service over the network. */
const later = <T>(value: T, ms = 5): Promise<T> => new Promise((resolve) => setTimeout(() => resolve(value), ms));

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await later(null, 1);
}

const bearers = (calls: readonly Call[]) => calls.map((call) => call.headers.get('Authorization'));

/** The seven sections a settings page loads at once: path, request, answer. */
const SECTIONS: readonly (readonly [path: string, load: (api: BillingApi) => Promise<unknown>, body: unknown])[] = [
  ['/access', (api) => api.getAccess(), examples.access],
  ['/usage/current', (api) => api.getCurrentUsage(), examples.currentUsage],
  ['/preferences', (api) => api.getPreferences(), examples.preferences],
  ['/spending-cap', (api) => api.getSpendingCap(), examples.spendingCap],
  ['/alerts', (api) => api.getAlerts(), examples.alertSettings],
  ['/scheduled-emails', (api) => api.getScheduledEmails(), examples.scheduledEmails],
  ['/wallet', (api) => api.getWallet(), examples.wallet],
];
const SECTION_PATHS = SECTIONS.map(([path]) => path);
const SECTION_BODIES = SECTIONS.map(([, , body]) => body);

const loadSections = (api: BillingApi) => Promise.all(SECTIONS.map(([, load]) => load(api)));

/** Answers each section's path with its example. */
const bySection: Reply = (call) => {
  const section = SECTIONS.find(([path]) => call.url === `/api/billing${path}`);
  return section ? ok(section[2])(call) : error(404, 'not_found', call.url)(call);
};

/** Refuses the `refused` Authorization with 401, answers the rest by section. */
const refusing =
  (refused: string): Reply =>
  (call) =>
    (call.headers.get('Authorization') === refused ? error(401, 'unauthenticated', 'Expired') : bySection)(call);
