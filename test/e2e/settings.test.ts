// <kayse-billing-settings> on the standalone bundle, history-routed under /settings/billing:
// every section by link and by reloading its address, a read-only walk that sends nothing,
// and a section hidden by Access that has neither a link nor a request.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.js';
import { assertAccessible, openPage } from './support/browser.js';
import { startHarness, type Harness } from './support/harness.js';

const BASE = '/settings/billing';
const SECTIONS = [
  { label: 'Usage', path: '/usage', tag: 'kayse-usage-summary' },
  { label: 'Billing preferences', path: '/preferences', tag: 'kayse-billing-preferences' },
  { label: 'Spending cap', path: '/spending-cap', tag: 'kayse-spending-cap' },
  { label: 'Alerts', path: '/alerts', tag: 'kayse-alert-recipients' },
  { label: 'Scheduled emails', path: '/scheduled-emails', tag: 'kayse-scheduled-emails' },
  { label: 'Reports', path: '/reports', tag: 'kayse-report-picker' },
  { label: 'Wallet', path: '/wallet', tag: 'kayse-wallet' },
] as const;

/** Waits until the section element is shown and has left its loading state. */
async function shown(page: Page, tag: string): Promise<void> {
  await page.waitForFunction(
    (name) => {
      const settings = document.querySelector('kayse-billing-settings');
      const el = settings?.shadowRoot?.querySelector(name);
      return el !== null && el !== undefined && !el.matches(':state(loading)');
    },
    tag,
    { timeout: 15_000 },
  );
}

const links = (page: Page) => page.locator('kayse-billing-settings [part~="link"]').allTextContents();

describe('settings element, history-routed', { timeout: 120_000 }, () => {
  let harness: Harness;
  let browser: Browser;
  before(async () => {
    [harness, browser] = await Promise.all([startHarness({ pageFallbacks: { [`${BASE}`]: '/pages/settings.html' } }), launchChromium()]);
  });
  beforeEach(() => harness.reset());
  after(async () => {
    await browser?.close();
    await harness?.close();
  });

  it('reaches every section by its link and by reloading its address', async () => {
    const { page, pageErrors, close } = await openPage(browser, `${harness.origin}${BASE}`);
    try {
      await shown(page, 'kayse-usage-summary');
      for (const section of SECTIONS) {
        await page.locator('kayse-billing-settings [part~="link"]', { hasText: section.label }).first().click();
        await shown(page, section.tag);
        assert.equal(new URL(page.url()).pathname, `${BASE}${section.path}`);
        await page.reload();
        await shown(page, section.tag);
        assert.equal(new URL(page.url()).pathname, `${BASE}${section.path}`);
      }
      await page.goBack();
      await shown(page, 'kayse-report-picker');
      assert.deepEqual(pageErrors, []);
    } finally {
      await close();
    }
  });

  it('lets a read-only member walk every section without a control to save or a PUT', async () => {
    harness.mock.backend.setScenario('read_only');
    const { page, close } = await openPage(browser, `${harness.origin}${BASE}/usage`);
    try {
      await shown(page, 'kayse-usage-summary');
      for (const section of SECTIONS) {
        await page.locator('kayse-billing-settings [part~="link"]', { hasText: section.label }).first().click();
        await shown(page, section.tag);
        const saveButtons = await page.locator(`kayse-billing-settings ${section.tag} button`, { hasText: /^(Save|Reset)$/ }).count();
        assert.equal(saveButtons, 0, `${section.label} offers to save`);
        await assertAccessible(page);
      }
      assert.deepEqual(
        harness.apiRequests.filter((request) => request.method !== 'GET'),
        [],
      );
    } finally {
      await close();
    }
  });

  it('gives a section hidden by Access neither a link nor a request, even at its address', async () => {
    harness.mock.backend.setScenario('wallet_hidden');
    const { page, close } = await openPage(browser, `${harness.origin}${BASE}/wallet`);
    try {
      await shown(page, 'kayse-usage-summary');
      assert.ok(!(await links(page)).some((text) => text.trim() === 'Wallet'), 'the wallet has a link');
      assert.equal(new URL(page.url()).pathname, `${BASE}/usage`);
      assert.deepEqual(
        harness.apiRequests.filter((request) => request.path.startsWith('/wallet')),
        [],
      );
      await assertAccessible(page);
    } finally {
      await close();
    }
  });
});
