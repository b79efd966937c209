import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from '../scripts/chromium-flags.mjs';
import { startHarness } from '../test/e2e/support/harness.js';

const PAGES = {
  'usage summary page': '/pages/usage.html',
  'settings page (usage section)': '/settings/billing',
} as const;

/**
 * Lighthouse (mobile, its default simulated throttling) on a plain host page with one usage
 * summary and on the settings page, served gzip-compressed with the Node mock server behind
 * the API, on the standalone bundle (needs `npm run build`). Scores vary by a point or two.
 */
export async function measure() {
  const harness = await startHarness({ compress: true, pageFallbacks: { '/settings/billing': '/pages/settings.html' } });
  const chrome = await launch({ chromePath: chromiumPath, chromeFlags: ['--headless=new', ...chromiumArgs] });
  const figures: Record<string, string> = {};
  try {
    for (const [name, path] of Object.entries(PAGES)) {
      harness.reset();
      const result = await lighthouse(`${harness.origin}${path}`, { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: ['performance', 'accessibility'] });
      if (!result) throw new Error(`Lighthouse gave no result for ${path}`);
      const { categories, audits } = result.lhr;
      const score = (id: string) => String(Math.round((categories[id]?.score ?? 0) * 100));
      const ms = (id: string) => `${Math.round(audits[id]?.numericValue ?? Number.NaN)} ms`;
      figures[`${name}: performance`] = score('performance');
      figures[`${name}: accessibility`] = score('accessibility');
      figures[`${name}: total blocking time`] = ms('total-blocking-time');
      figures[`${name}: largest contentful paint`] = ms('largest-contentful-paint');
      figures[`${name}: cumulative layout shift`] = (audits['cumulative-layout-shift']?.numericValue ?? Number.NaN).toFixed(3);
    }
  } finally {
    chrome.kill();
    await harness.close();
  }
  return figures;
}
