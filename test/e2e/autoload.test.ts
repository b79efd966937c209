// The standalone bundle as a loader: a page downloads the chunks of the elements it shows,
// an element added later is defined when it appears, `data-kayse-preload` loads everything,
// and the settings element opened by deep link loads only that section's code.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.js';
import { openWeighed, untilReady } from '../../scripts/lib/page-weight.js';
import { startHarness, type Harness } from './support/harness.js';

const SECTION_CHUNKS = ['usage-summary', 'billing-preferences', 'spending-cap', 'alert-recipients', 'scheduled-emails', 'report-picker', 'wallet'];
const ELEMENT_CHUNKS = [...SECTION_CHUNKS, 'billing-settings'];
/** Which element chunks (`…bundle.<element>-<hash>.js`) a list of script paths holds. */
const elementChunks = (paths: readonly string[]) =>
  ELEMENT_CHUNKS.filter((name) => paths.some((path) => new RegExp(`\\.bundle\\.${name}-[\\w-]+\\.js$`).test(path)));
const pathsOf = (weigh: () => { scripts: readonly { path: string }[] }) => weigh().scripts.map((script) => script.path);

describe('the standalone bundle loads what the page shows', { timeout: 90_000 }, () => {
  let harness: Harness;
  let browser: Browser;
  before(async () => {
    [harness, browser] = await Promise.all([startHarness({ pageFallbacks: { '/settings/billing': '/pages/settings.html' } }), launchChromium()]);
  });
  beforeEach(() => harness.reset());
  after(async () => {
    await browser?.close();
    await harness?.close();
  });

  it('a usage summary page downloads the usage summary chunk and no other element; no-chart asks for no chart code', async () => {
    const opened = await openWeighed(browser, harness.origin, '/pages/usage-only.html');
    try {
      await untilReady(opened.page, 'kayse-usage-summary');
      const paths = pathsOf(opened.weigh);
      assert.deepEqual(elementChunks(paths), ['usage-summary']);
      assert.deepEqual(paths.filter((path) => /chart/.test(path)), []);
      assert.equal(await opened.page.evaluate(() => customElements.get('kayse-spend-chart')), undefined);
    } finally {
      await opened.close();
    }
  });

  it('defines an element added to the page later, once it appears', async () => {
    const opened = await openWeighed(browser, harness.origin, '/pages/provider-only.html');
    try {
      await opened.page.waitForFunction(() => customElements.get('kayse-billing-provider') !== undefined);
      assert.equal(await opened.page.evaluate(() => customElements.get('kayse-wallet') === undefined), true);
      await opened.page.evaluate(() => document.querySelector('kayse-billing-provider')!.append(document.createElement('kayse-wallet')));
      await untilReady(opened.page, 'kayse-wallet');
      assert.deepEqual(elementChunks(pathsOf(opened.weigh)), ['wallet']);
      assert.match((await opened.page.locator('kayse-wallet [part="balance"]').textContent()) ?? '', /\$/);
    } finally {
      await opened.close();
    }
  });

  it('data-kayse-preload on the script tag loads every element with none on the page', async () => {
    const opened = await openWeighed(browser, harness.origin, '/pages/preload.html');
    try {
      await opened.page.waitForFunction(() => ['kayse-wallet', 'kayse-billing-settings', 'kayse-report-picker'].every((tag) => customElements.get(tag)));
      assert.deepEqual(elementChunks(pathsOf(opened.weigh)), ELEMENT_CHUNKS);
    } finally {
      await opened.close();
    }
  });

  it('the settings element opened by deep link shows its figures with only that section’s code, then loads another on navigation', async () => {
    const opened = await openWeighed(browser, harness.origin, '/settings/billing/wallet');
    try {
      await untilReady(opened.page, 'kayse-wallet');
      assert.match((await opened.page.locator('kayse-wallet [part="balance"]').textContent()) ?? '', /\$/);
      assert.deepEqual(elementChunks(pathsOf(opened.weigh)), ['wallet', 'billing-settings']);
      await opened.page.locator('kayse-billing-settings [part~="link"]', { hasText: 'Reports' }).click();
      await untilReady(opened.page, 'kayse-report-picker');
      assert.deepEqual(elementChunks(pathsOf(opened.weigh)), ['report-picker', 'wallet', 'billing-settings']);
    } finally {
      await opened.close();
    }
  });
});
