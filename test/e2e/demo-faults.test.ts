// The demo (`npm start`) shows what its controls claim: a fault injected "once" reaches the
// elements (the raw-answers panel reads the mock's fault-free peek), and a latency fault
// shows the elements' loading frames.
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { launchChromium } from '../../scripts/lib/chromium.js';

const root = resolve(import.meta.dirname, '../..');

/** The state of the settings page's usage summary (`:state(…)`), or null before it exists. */
const summaryState = (page: Page) =>
  page.evaluate(() => {
    const summary = document.querySelector('kayse-billing-settings')?.shadowRoot?.querySelector('kayse-usage-summary');
    if (!summary) return null;
    return (['loading', 'ready', 'error', 'empty'] as const).find((state) => summary.matches(`:state(${state})`)) ?? 'none';
  });

async function untilSummary(page: Page, state: string, timeout = 20_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while ((await summaryState(page)) !== state) {
    if (Date.now() > deadline) throw new Error(`the usage summary never reached ${state} (it is ${await summaryState(page)})`);
    await page.waitForTimeout(50);
  }
}

describe('the demo page and its fault controls', { timeout: 80_000 }, () => {
  let server: ViteDevServer;
  let browser: Browser;
  let origin: string;
  before(async () => {
    server = await createServer({ configFile: resolve(root, 'demo/vite.config.ts'), logLevel: 'silent', server: { port: 0 } });
    await server.listen();
    const address = server.httpServer?.address();
    origin = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openDemo(): Promise<Page> {
    await fetch(`${origin}/__mock/reset`, { method: 'POST' });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${origin}/`);
    await untilSummary(page, 'ready');
    await page.waitForSelector('#answers dt', { state: 'attached' });
    return page;
  }

  it('a 500 injected once on /usage/current shows in the usage summary, not in the raw answers, and its retry recovers', async () => {
    const page = await openDemo();
    try {
      await page.selectOption('select[name=faultRoute]', '/usage/current');
      await page.selectOption('select[name=fault]', '500');
      await page.click('#inject-fault');
      await untilSummary(page, 'error');
      assert.match((await page.locator('kayse-usage-summary [role="alert"]').textContent()) ?? '', /\S/);
      const { items } = (await (await fetch(`${origin}/__mock/requests`)).json()) as { items: { path: string; status: number }[] };
      assert.deepEqual(
        items.filter((request) => request.status === 500).map((request) => request.path),
        ['/usage/current'],
      );
      assert.match((await page.locator('#answers').textContent()) ?? '', /Spent this month/);
      await page.locator('kayse-usage-summary [part="error"] button').click();
      await untilSummary(page, 'ready');
    } finally {
      await page.close();
    }
  });

  it('a 3 s latency on every route shows the loading frames, then the figures', async () => {
    const page = await openDemo();
    try {
      await page.selectOption('select[name=faultRoute]', '');
      await page.selectOption('select[name=fault]', 'latency');
      await page.click('#inject-fault');
      // Whichever request comes first waits: the settings' access (its area's frame) or the summary's figures.
      const loading = () =>
        page.evaluate(() => {
          const settings = document.querySelector('kayse-billing-settings');
          const summary = settings?.shadowRoot?.querySelector('kayse-usage-summary');
          return settings?.matches(':state(loading)') === true || summary?.matches(':state(loading)') === true;
        });
      await page.waitForTimeout(300);
      assert.equal(await loading(), true, 'a loading frame shows while the answer is late');
      await page.waitForTimeout(1500);
      assert.equal(await loading(), true, 'the loading frame stays for the whole delay');
      assert.equal(await page.locator('kayse-billing-settings .skeleton, kayse-billing-settings [aria-busy="true"]').count() > 0, true, 'skeleton bars are drawn');
      await untilSummary(page, 'ready', 10_000);
    } finally {
      await page.close();
    }
  });
});
