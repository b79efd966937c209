// `npm run screenshots` (after `npm run build`): the README's pictures of the main states, made
// from the e2e host page on the standalone bundle and the Node mock (its pinned "today"), into
// docs/screenshots/. Run it again when an element's look changes, and look at what it wrote.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { ScenarioName } from '../src/mock/scenarios.js';
import { root, startHarness } from '../test/e2e/support/harness.js';
import { launchChromium } from './lib/chromium.js';

interface Shot {
  readonly name: string;
  readonly path: string;
  readonly scenario: ScenarioName;
  readonly width: number;
  readonly dark?: boolean;
  /** A fault the first matching request gets, for an error state. */
  readonly fault?: { readonly route: string; readonly status: 500 | 503 };
}

const SETTINGS = '/settings/billing';
const SHOTS: readonly Shot[] = [
  { name: 'usage-1280-light', path: SETTINGS, scenario: 'healthy', width: 1280 },
  { name: 'usage-1280-dark', path: SETTINGS, scenario: 'healthy', width: 1280, dark: true },
  { name: 'usage-390-light', path: SETTINGS, scenario: 'near_cap', width: 390 },
  { name: 'cap-reached-1280-light', path: SETTINGS, scenario: 'cap_reached', width: 1280 },
  { name: 'wallet-1280-light', path: `${SETTINGS}/wallet`, scenario: 'wallet_low', width: 1280 },
  { name: 'reports-1280-dark', path: `${SETTINGS}/reports`, scenario: 'healthy', width: 1280, dark: true },
  { name: 'alerts-390-dark', path: `${SETTINGS}/alerts`, scenario: 'healthy', width: 390, dark: true },
  { name: 'error-1280-light', path: SETTINGS, scenario: 'healthy', width: 1280, fault: { route: '/usage/current', status: 503 } },
];

/** Until the section shown has its figures (or its error), and the chart or list has drawn. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const section = document.querySelector('kayse-billing-settings')?.shadowRoot?.querySelector('.section > *');
    return section?.matches(':state(ready)') === true || section?.matches(':state(error)') === true;
  });
  await page.waitForTimeout(800);
}

const outDir = join(root, 'docs/screenshots');
mkdirSync(outDir, { recursive: true });
const [harness, browser] = await Promise.all([startHarness({ pageFallbacks: { [SETTINGS]: '/pages/settings.html' } }), launchChromium()]);
try {
  for (const shot of SHOTS) {
    harness.reset();
    harness.mock.backend.setScenario(shot.scenario);
    if (shot.fault) harness.mock.backend.addFault({ route: shot.fault.route, status: shot.fault.status, times: 4 });
    const context = await browser.newContext({ viewport: { width: shot.width, height: 900 }, colorScheme: shot.dark ? 'dark' : 'light' });
    try {
      const page = await context.newPage();
      await page.goto(`${harness.origin}${shot.path}`);
      await settled(page);
      const file = join(outDir, `${shot.name}.png`);
      await page.locator('kayse-billing-settings').screenshot({ path: file });
      console.log(`wrote ${file}`);
    } finally {
      await context.close();
      harness.mock.backend.clearFaults();
    }
  }
} finally {
  await browser.close();
  await harness.close();
}
