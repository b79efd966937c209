import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/usage-summary/define.js';
import type { KayseBillingProvider } from '../../src/elements/billing-provider/billing-provider.js';
import { createMockBackend, createMockFetch } from '../../src/mock/index.js';

// A page of its own: once any test loads chart.js, it stays loaded for the page. The positive
// case (the chart does load it) is in usage-summary.test.ts.
describe('<kayse-usage-summary> without a chart', () => {
  it('never requests chart.js with no-chart or compact', async () => {
    // The dev server serves every module on its own, which fills the 250-entry timing buffer.
    performance.clearResourceTimings();
    const backend = createMockBackend({ scenario: 'near_cap', today: '2026-11-24' });
    const provider = await fixture<KayseBillingProvider>(html`<kayse-billing-provider base-url="/api/billing" .fetch=${createMockFetch({ backend })}>
      <kayse-usage-summary no-chart></kayse-usage-summary>
      <kayse-usage-summary compact></kayse-usage-summary>
    </kayse-billing-provider>`);
    const elements = [...provider.querySelectorAll('kayse-usage-summary')];
    await waitUntil(() => elements.every((el) => el.matches(':state(ready)')), 'not ready');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const chartModules = performance.getEntriesByType('resource').filter((entry) => /chart\.js|chart-engine/.test(entry.name));
    expect(chartModules.map((entry) => entry.name)).to.deep.equal([]);
    await expect(elements[0]).to.be.accessible();
  });
});
