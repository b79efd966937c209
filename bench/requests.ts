// The requests a settings page makes with nine billing elements under one provider: the seven
// section elements, a compact usage summary in the header and the whole-area settings element
// (which shows the usage section). One request per resource is the goal.
import '../src/define.js';
import { createMockBackend, createMockFetch } from '../src/mock/index.js';

const backend = createMockBackend({ scenario: 'healthy', today: '2026-11-24' });
const stage = document.querySelector('#stage')!;
stage.innerHTML = `<kayse-billing-provider base-url="/api/billing">
  <kayse-usage-summary compact></kayse-usage-summary>
  <kayse-usage-summary no-chart></kayse-usage-summary>
  <kayse-billing-preferences></kayse-billing-preferences>
  <kayse-spending-cap></kayse-spending-cap>
  <kayse-alert-recipients></kayse-alert-recipients>
  <kayse-scheduled-emails></kayse-scheduled-emails>
  <kayse-report-picker></kayse-report-picker>
  <kayse-wallet></kayse-wallet>
  <kayse-billing-settings></kayse-billing-settings>
</kayse-billing-provider>`;
const provider = stage.querySelector('kayse-billing-provider')!;
provider.fetch = createMockFetch({ backend });

const elements = [...provider.children];
const start = performance.now();
while (elements.some((el) => !el.matches(':state(ready)') && !el.matches(':state(empty)'))) {
  await new Promise((resolve) => setTimeout(resolve, 10));
  if (performance.now() - start > 20_000) break;
}
// Let the settings element's own section and any lazy follow-up requests settle.
await new Promise((resolve) => setTimeout(resolve, 500));

const counts = new Map<string, number>();
for (const request of backend.requests) {
  const key = `${request.method} ${request.path}`;
  counts.set(key, (counts.get(key) ?? 0) + 1);
}
const figures: Record<string, string | number> = {
  'elements on the page': elements.length,
  'requests in all': backend.requests.length,
  'time until every element was ready, ms': Math.round(performance.now() - start - 500),
};
for (const [key, count] of [...counts].sort()) figures[key] = count;
(window as unknown as { benchResult: typeof figures }).benchResult = figures;
