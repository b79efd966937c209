import { expect } from '@open-wc/testing';
import { loadOnce } from '../../src/core/load-once.js';

describe('loadOnce', () => {
  it('runs the load once and gives every caller the same answer', async () => {
    let calls = 0;
    const load = loadOnce(() => Promise.resolve(++calls));
    const [a, b] = await Promise.all([load(), load()]);
    expect([a, b, await load()]).to.deep.equal([1, 1, 1]);
    expect(calls).to.equal(1);
  });

  it('forgets a failure, so the next call loads again', async () => {
    let calls = 0;
    const load = loadOnce(() => (++calls === 1 ? Promise.reject(new TypeError('offline')) : Promise.resolve('here')));
    const first = await load().then(
      () => 'resolved',
      (error: unknown) => error,
    );
    expect(first).to.be.instanceOf(TypeError);
    expect(await load()).to.equal('here');
    expect(await load()).to.equal('here');
    expect(calls).to.equal(2);
  });
});
