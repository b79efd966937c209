// A plain HTML host that loads only the standalone bundle by `<script type="module">`.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.js';
import { assertAccessible, NEW_RECIPIENT, openPage, saveRecipient, usageFigures } from './support/browser.js';
import { startHarness, type Harness } from './support/harness.js';

describe('plain HTML page with the standalone bundle', { timeout: 60_000 }, () => {
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

  it('loads nothing but the bundle (and its chart chunk) and renders the figures', async () => {
    const { page, pageErrors, consoleErrors, responses, close } = await openPage(browser, `${harness.origin}/pages/plain.html`);
    try {
      await usageFigures(page);
      const scripts = responses.filter((url) => url.endsWith('.js')).map((url) => new URL(url).pathname);
      for (const path of scripts) assert.match(path, /^\/dist\/kayse-billing-elements\.bundle[.\w-]*\.js$/, `unexpected script ${path}`);
      assert.deepEqual(pageErrors, []);
      assert.deepEqual(consoleErrors, []);
    } finally {
      await close();
    }
  });

  it('delivers kayse-save to a listener on the host page', async () => {
    const { page, pageErrors, close } = await openPage(browser, `${harness.origin}/pages/plain.html`);
    try {
      await saveRecipient(page);
      assert.equal(await page.locator('#saves').textContent(), 'alerts');
      const put = harness.apiRequests.find((request) => request.method === 'PUT');
      assert.equal(put?.path, '/alerts');
      assert.ok(harness.mock.backend.state, 'the mock is up');
      const saved = await fetch(`${harness.mock.url}/alerts`).then((response) => response.json() as Promise<{ recipients: string[] }>);
      assert.ok(saved.recipients.includes(NEW_RECIPIENT), `the mock holds ${JSON.stringify(saved.recipients)}`);
      assert.deepEqual(pageErrors, []);
    } finally {
      await close();
    }
  });

  it('passes axe', async () => {
    const { page, close } = await openPage(browser, `${harness.origin}/pages/plain.html`);
    try {
      await usageFigures(page);
      await page.locator('kayse-alert-recipients textarea').waitFor();
      await assertAccessible(page);
    } finally {
      await close();
    }
  });
});
