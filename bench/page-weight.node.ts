import { measurePageFigures, PEER_BYTES } from '../scripts/lib/page-budgets.js';
import type { PageWeight } from '../scripts/lib/page-weight.js';

const kb = (bytes: number) => `${bytes} B (${(bytes / 1024).toFixed(1)} KB) gzip -9, ${(bytes / PEER_BYTES).toFixed(2)}× the peer's`;
const chartOf = (weight: PageWeight) => weight.scripts.filter((script) => script.path.includes('.chart-engine-')).reduce((sum, script) => sum + script.gzip, 0);

/** What real pages download on the standalone bundle (needs `npm run build`), as `check:size` measures it. */
export async function measure() {
  const figures = await measurePageFigures();
  return {
    'usage summary (no-chart) page, until figures': kb(figures.usageOnly.total),
    'provider alone': kb(figures.providerOnly.total),
    'settings at usage, until figures (chart.js apart)': kb(figures.settingsFirstFigures.total - chartOf(figures.settingsFirstFigures)),
    'settings at usage, chart.js chunk': kb(chartOf(figures.settingsFirstFigures)),
    'settings after every section (chart.js apart)': kb(figures.settingsAllSections.total - chartOf(figures.settingsAllSections)),
    'settings deep link to the wallet, until figures': kb(figures.settingsDeepLink.total),
    './all.js in a host Vite build, eager part': kb(figures.allEager),
  };
}
