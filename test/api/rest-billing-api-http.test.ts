// The small pure helpers of src/api/http/ that RestBillingApi is built on.
import { expect } from '@open-wc/testing';
import { abortable, wait } from '../../src/api/http/abort.js';
import { backoffDelay, parseRetryAfter } from '../../src/api/http/retry.js';
import { joinUrl } from '../../src/api/http/url.js';

describe('joinUrl', () => {
  const cases: readonly (readonly [base: string, expected: string])[] = [
    ['/api/billing', '/api/billing/wallet'],
    ['/api/billing/', '/api/billing/wallet'],
    ['/api/billing//', '/api/billing/wallet'],
    ['https://app.example.com/api/billing', 'https://app.example.com/api/billing/wallet'],
    ['https://app.example.com/api/billing/', 'https://app.example.com/api/billing/wallet'],
    ['https://app.example.com', 'https://app.example.com/wallet'],
    ['api/billing', 'api/billing/wallet'],
    ['./api/billing/', './api/billing/wallet'],
    ['', '/wallet'],
  ];
  for (const [base, expected] of cases) {
    it(`joins '${base}' and /wallet as '${expected}'`, () => {
      expect(joinUrl(base, '/wallet')).to.equal(expected);
    });
  }

  it('resolves a relative result against the document like fetch does', () => {
    expect(new URL(joinUrl('/api/billing/', '/wallet'), document.baseURI).pathname).to.equal('/api/billing/wallet');
  });

  it('appends a query, and no "?" for an empty one', () => {
    expect(joinUrl('/b', '/x', new URLSearchParams({ a: '1', b: 'x y' }))).to.equal('/b/x?a=1&b=x+y');
    expect(joinUrl('/b', '/x', new URLSearchParams())).to.equal('/b/x');
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-24T18:00:00Z');

  it('reads delta-seconds', () => {
    expect(parseRetryAfter('1', now)).to.equal(1000);
    expect(parseRetryAfter(' 120 ', now)).to.equal(120_000);
    expect(parseRetryAfter('0', now)).to.equal(0);
  });

  it('reads an HTTP date as the time until it', () => {
    expect(parseRetryAfter('Tue, 24 Nov 2026 18:00:05 GMT', now)).to.equal(5000);
  });

  it('reads a date in the past as no wait', () => {
    expect(parseRetryAfter('Tue, 24 Nov 2026 17:00:00 GMT', now)).to.equal(0);
  });

  it('gives null for a missing, empty or unreadable value', () => {
    expect(parseRetryAfter(null, now)).to.equal(null);
    expect(parseRetryAfter('', now)).to.equal(null);
    expect(parseRetryAfter('soon', now)).to.equal(null);
    expect(parseRetryAfter('-1', now)).to.equal(null);
  });
});

describe('backoffDelay', () => {
  it('doubles per retry, with equal jitter between half and all of it', () => {
    expect([0, 1, 2].map((retry) => backoffDelay(retry, 300, 5000, () => 0))).to.deep.equal([150, 300, 600]);
    expect([0, 1, 2].map((retry) => backoffDelay(retry, 300, 5000, () => 0.5))).to.deep.equal([225, 450, 900]);
    expect(backoffDelay(0, 300, 5000, () => 0.999)).to.be.closeTo(300, 1);
  });

  it('caps the delay at maxDelayMs', () => {
    expect(backoffDelay(10, 300, 5000, () => 0)).to.equal(2500);
    expect(backoffDelay(10, 300, 5000, () => 0.999)).to.be.at.most(5000);
  });

  it('uses Math.random by default, within the bounds', () => {
    const delay = backoffDelay(1, 100, 5000);
    expect(delay).to.be.within(100, 200);
  });
});

describe('wait and abortable', () => {
  it('waits the given time', async () => {
    const start = performance.now();
    await wait(30);
    expect(performance.now() - start).to.be.at.least(25);
  });

  it('rejects with the reason as soon as the signal aborts', async () => {
    const controller = new AbortController();
    const start = performance.now();
    setTimeout(() => controller.abort(new Error('stop')), 10);
    const error = await wait(10_000, controller.signal).then(
      () => null,
      (reason: unknown) => reason,
    );
    expect((error as Error).message).to.equal('stop');
    expect(performance.now() - start).to.be.below(1000);
  });

  it('rejects at once for a signal aborted already', async () => {
    const error = await abortable(new Promise(() => {}), AbortSignal.abort(new Error('gone'))).catch((reason: unknown) => reason);
    expect((error as Error).message).to.equal('gone');
  });

  it('passes the settlement through when no abort comes', async () => {
    const signal = new AbortController().signal;
    expect(await abortable(Promise.resolve(7), signal)).to.equal(7);
    const error = await abortable(Promise.reject(new Error('no')), signal).catch((reason: unknown) => reason);
    expect((error as Error).message).to.equal('no');
  });
});
