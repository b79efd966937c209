import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from '../scripts/chromium-flags.mjs';
import { startHarness } from '../test/e2e/support/harness.js';

const PAGES = {
  'usage summary page': '/pages/usage.html',
  'settings page (usage section)': '/settings/billing',
} as const;

/** Runs per page; the median is reported, since the simulated throttling multiplies this machine's noise. */
const RUNS = 3;

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Lighthouse (mobile, its default simulated throttling) on a plain host page with one usage
 * summary and on the settings page, served gzip-compressed with the Node mock server behind
 * the API, on the standalone bundle (needs `npm run build`). Each figure is the median of
 * three runs, with the lowest and highest in brackets: one run's score moves by up to ten
 * points on a busy two-core machine.
 */
export async function measure() {
  const harness = await startHarness({ compress: true, pageFallbacks: { '/settings/billing': '/pages/settings.html' } });
  const chrome = await launch({ chromePath: chromiumPath, chromeFlags: ['--headless=new', ...chromiumArgs] });
  const figures: Record<string, string> = {};
  try {
    for (const [name, path] of Object.entries(PAGES)) {
      const runs: Record<string, number>[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        harness.reset();
        const result = await lighthouse(`${harness.origin}${path}`, { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: ['performance', 'accessibility'] });
        if (!result) throw new Error(`Lighthouse gave no result for ${path}`);
        const { categories, audits } = result.lhr;
        runs.push({
          performance: Math.round((categories['performance']?.score ?? 0) * 100),
          accessibility: Math.round((categories['accessibility']?.score ?? 0) * 100),
          'total blocking time': Math.round(audits['total-blocking-time']?.numericValue ?? Number.NaN),
          'largest contentful paint': Math.round(audits['largest-contentful-paint']?.numericValue ?? Number.NaN),
          'cumulative layout shift': audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
        });
      }
      for (const figure of Object.keys(runs[0]!)) {
        const values = runs.map((run) => run[figure]!);
        const format = (value: number) => (figure === 'cumulative layout shift' ? value.toFixed(3) : figure.endsWith('time') || figure.endsWith('paint') ? `${value} ms` : String(value));
        figures[`${name}: ${figure}`] = `${format(median(values))} [${format(Math.min(...values))}–${format(Math.max(...values))}]`;
      }
    }
  } finally {
    chrome.kill();
    await harness.close();
  }
  return figures;
}
