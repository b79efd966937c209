// What a real page downloads: opens it in Chromium on the e2e harness (the Node mock server
// behind the API), waits for what the page is for, and sums the gzip -9 size of every script
// it requested, read from dist/ (the bytes a host serves). Used by `check:size` and the bench.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { root } from '../../test/e2e/support/harness.js';
import { gzipBytes } from './gzip-size.js';

export interface ScriptWeight {
  /** The script's path on the page's origin (`/dist/…`). */
  readonly path: string;
  readonly gzip: number;
}

export interface PageWeight {
  readonly scripts: readonly ScriptWeight[];
  readonly total: number;
}

/** Records every script `page` requests from now on; `weigh()` sums those seen so far. */
export function recordScripts(page: Page, origin: string): { weigh(): PageWeight } {
  const paths = new Set<string>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (request.resourceType() === 'script' && url.origin === origin && url.pathname.startsWith('/dist/')) paths.add(url.pathname);
  });
  return {
    weigh() {
      const scripts = [...paths].map((path) => ({ path, gzip: gzipBytes(join(root, path)) }));
      return { scripts, total: scripts.reduce((sum, script) => sum + script.gzip, 0) };
    },
  };
}

/** A page in its own window, recording its scripts from the first request. */
export async function openWeighed(browser: Browser, origin: string, path: string): Promise<{ page: Page; weigh(): PageWeight; close(): Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const recorder = recordScripts(page, origin);
  await page.goto(`${origin}${path}`);
  return { page, weigh: recorder.weigh, close: () => context.close() };
}

/** Resolves once the element matched by `selector` (shadow roots pierced) has left its loading state. */
export async function untilReady(page: Page, selector: string, timeout = 20_000): Promise<void> {
  const element = page.locator(selector).first();
  await element.waitFor({ state: 'attached', timeout });
  const deadline = Date.now() + timeout;
  while (!(await element.evaluate((node) => node.matches(':defined') && !node.matches(':state(loading)')))) {
    if (Date.now() > deadline) throw new Error(`${selector} still loading after ${timeout} ms`);
    await page.waitForTimeout(25);
  }
}
