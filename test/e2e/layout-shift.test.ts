// The settings page while it loads, under host content (a footer): once a section's element
// stands in the area, its loading frame has the shape of what replaces it, so nothing under it
// jumps when the figures arrive (layout shift from then on ≤ 0.05, PerformanceObserver).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.js';
import { startHarness, type Harness } from './support/harness.js';

const SETTINGS = '/settings/billing';

// In the page before its scripts: every layout shift with its time, and the time the section's
// element first stood in the area (a string, so no bundler helper leaks into the page).
const RECORD_SHIFTS = `
  window.shifts = [];
  window.sectionSince = null;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.hadRecentInput) window.shifts.push({ at: entry.startTime, value: entry.value });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  (function watch() {
    const settings = document.querySelector('kayse-billing-settings');
    const section = settings && settings.shadowRoot && settings.shadowRoot.querySelector('.section > *');
    // From the frame after the one that drew it: the element's arrival is the area's, not its own.
    if (section && section.localName.startsWith('kayse-')) requestAnimationFrame(() => requestAnimationFrame(() => (window.sectionSince = performance.now())));
    else requestAnimationFrame(watch);
  })();
`;

interface Shift {
  readonly at: number;
  readonly value: number;
}

describe('layout shift while the settings page loads', { timeout: 80_000 }, () => {
  let harness: Harness;
  let browser: Browser;
  before(async () => {
    [harness, browser] = await Promise.all([startHarness({ pageFallbacks: { [SETTINGS]: '/pages/settings.html' } }), launchChromium()]);
  });
  after(async () => {
    await browser?.close();
    await harness?.close();
  });

  for (const width of [1280, 390]) {
    for (const section of ['', '/spending-cap', '/alerts', '/scheduled-emails', '/wallet', '/preferences']) {
      it(`${width} px, opened at ${section || '/ (usage)'}: from the section's loading frame to its figures, layout shift ≤ 0.05`, async () => {
        harness.reset();
        const context = await browser.newContext({ viewport: { width, height: 900 } });
        try {
          const page = await context.newPage();
          await page.addInitScript(RECORD_SHIFTS);
          await page.goto(`${harness.origin}${SETTINGS}${section}`);
          await page.waitForFunction(() => document.querySelector('kayse-billing-settings')?.shadowRoot?.querySelector('.section > *')?.matches(':state(ready)') === true);
          // The chart, the history's list and its first page settle in the next frames.
          await page.waitForTimeout(1500);
          const { shifts, since } = await page.evaluate(() => {
            const recorded = window as unknown as { shifts: Shift[]; sectionSince: number | null };
            return { shifts: recorded.shifts, since: recorded.sectionSince };
          });
          assert.notEqual(since, null, 'the section never stood in the area');
          const total = shifts.filter((shift) => shift.at >= (since ?? 0)).reduce((sum, shift) => sum + shift.value, 0);
          assert.ok(total <= 0.05, `layout shift ${total.toFixed(3)} after the section's frame: ${JSON.stringify(shifts)}`);
        } finally {
          await context.close();
        }
      });
    }
  }
});
