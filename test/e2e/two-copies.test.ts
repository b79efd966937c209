// Two copies of the standalone bundle on one page: no error, and the elements still work.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.js';
import { assertAccessible, chartDrawn, openPage, saveRecipient, usageFigures } from './support/browser.js';
import { startHarness, type Harness } from './support/harness.js';

describe('two copies of the bundle on one page', { timeout: 60_000 }, () => {
  let harness: Harness;
  let browser: Browser;
  before(async () => {
    [harness, browser] = await Promise.all([startHarness(), launchChromium()]);
  });
  beforeEach(() => harness.reset());
  after(async () => {
    await browser?.close();
    await harness?.close();
  });

  it('loads both copies without throwing; the elements render, draw and save', async () => {
    const { page, pageErrors, consoleErrors, responses, close } = await openPage(browser, `${harness.origin}/pages/two-copies.html`);
    try {
      await usageFigures(page);
      await chartDrawn(page);
      const paths = responses.map((url) => new URL(url).pathname);
      assert.ok(paths.includes('/a/kayse-billing-elements.bundle.js'), 'copy a not loaded');
      assert.ok(paths.includes('/b/kayse-billing-elements.bundle.js'), 'copy b not loaded');
      // Both copies ran to the end: each module evaluated (a throw would be a pageerror).
      await saveRecipient(page);
      assert.equal(await page.locator('#saves').textContent(), 'alerts');
      assert.deepEqual(pageErrors, []);
      assert.deepEqual(consoleErrors, []);
    } finally {
      await close();
    }
  });

  it('passes axe', async () => {
    const { page, close } = await openPage(browser, `${harness.origin}/pages/two-copies.html`);
    try {
      await usageFigures(page);
      await page.locator('kayse-alert-recipients textarea').waitFor();
      await assertAccessible(page);
    } finally {
      await close();
    }
  });
});
