// A host page under `Content-Security-Policy: default-src 'self'` (no unsafe-inline, no
// unsafe-eval): the elements render, draw the chart and save without a single violation.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.js';
import { assertAccessible, chartDrawn, openPage, saveRecipient, usageFigures } from './support/browser.js';
import { startHarness, type Harness } from './support/harness.js';

const CSP = "default-src 'self'";

interface Violation {
  readonly directive: string;
  readonly blocked: string;
  readonly source: string;
  readonly line: number;
  readonly column: number;
  readonly sample: string;
  /** The refused element and the shadow host it is in (`span.skeleton-line in kayse-usage-summary`). */
  readonly element: string;
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: Violation[] }).cspViolations);


describe('strict CSP page', { timeout: 60_000 }, () => {
  let harness: Harness;
  let browser: Browser;
  before(async () => {
    [harness, browser] = await Promise.all([startHarness({ headers: { '/pages/csp.html': { 'Content-Security-Policy': CSP } } }), launchChromium()]);
  });
  beforeEach(() => harness.reset());
  after(async () => {
    await browser?.close();
    await harness?.close();
  });

  it('is really served with the strict policy (an inline script is refused and reported)', async () => {
    const { page, close } = await openPage(browser, `${harness.origin}/pages/csp.html`);
    try {
      await usageFigures(page);
      const before = (await violations(page)).length;
      // The probe itself is a violation, so it runs on its own page.
      const ran = await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.inlineRan = true';
        document.body.append(script);
        return new Promise<boolean>((done) => setTimeout(() => done((window as unknown as { inlineRan?: boolean }).inlineRan === true), 100));
      });
      assert.equal(ran, false);
      assert.deepEqual((await violations(page)).slice(before).map((v) => v.directive), ['script-src-elem']);
    } finally {
      await close();
    }
  });

  it('renders the figures, loads the chart.js chunk and draws, saves, with no violation', async () => {
    const { page, pageErrors, consoleErrors, responses, close } = await openPage(browser, `${harness.origin}/pages/csp.html`);
    try {
      await usageFigures(page);
      await chartDrawn(page);
      assert.ok(
        responses.some((url) => /\/dist\/kayse-billing-elements\.bundle\.chart-engine-[\w-]+\.js$/.test(url)),
        'the chart.js chunk was not loaded',
      );
      await saveRecipient(page);
      assert.equal(await page.locator('#saves').textContent(), 'alerts');
      // Neither chart.js (its chunk and drawing), zod (jitless) nor Lit's adopted styles trip the policy.
      assert.deepEqual(await violations(page), []);
      assert.deepEqual(pageErrors, []);
      assert.deepEqual(consoleErrors, []);
    } finally {
      await close();
    }
  });

  it(
    'logs zero securitypolicyviolation events (issue 10 acceptance)',
    async () => {
      const { page, close } = await openPage(browser, `${harness.origin}/pages/csp.html`);
      try {
        await usageFigures(page);
        await chartDrawn(page);
        await saveRecipient(page);
        const seen = await violations(page);
        const kinds = new Map<string, number>();
        for (const v of seen) kinds.set(`${v.directive} on ${v.element}`, (kinds.get(`${v.directive} on ${v.element}`) ?? 0) + 1);
        assert.equal(seen.length, 0, [...kinds].map(([kind, count]) => `${count} × ${kind}`).join('; '));
      } finally {
        await close();
      }
    },
  );

  it('passes axe (axe loaded as a same-origin script file, which the policy allows)', async () => {
    const { page, close } = await openPage(browser, `${harness.origin}/pages/csp.html`);
    try {
      await usageFigures(page);
      await chartDrawn(page);
      await assertAccessible(page);
      assert.deepEqual(await violations(page), []);
    } finally {
      await close();
    }
  });
});
