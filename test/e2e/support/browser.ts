// Opening pages in headless Chromium and the checks every embedding test shares.
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';

export interface OpenedPage {
  readonly page: Page;
  /** Uncaught errors thrown in the page (`pageerror`). */
  readonly pageErrors: string[];
  /** `console.error` lines and failed requests, for the assertion messages. */
  readonly consoleErrors: string[];
  /** URLs of every response the page got, in order. */
  readonly responses: string[];
  close(): Promise<void>;
}

/** A page in a browser context (window) of its own: a page sharing a window gets no animation frames. */
export async function openPage(browser: Browser, url: string): Promise<OpenedPage> {
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  const responses: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(`${error.name}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('requestfailed', (request) => consoleErrors.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  page.on('response', (response) => {
    responses.push(response.url());
    if (response.status() >= 400) consoleErrors.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(url);
  return { page, pageErrors, consoleErrors, responses, close: () => context.close() };
}

const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * The figures of the usage summary matched by `selector` (spent, projected, cap), once shown.
 * Playwright's CSS locators pierce open shadow roots.
 */
export async function usageFigures(page: Page, selector = 'kayse-usage-summary'): Promise<string[]> {
  const amounts = page.locator(`${selector} [part="figures"] dd.amount`);
  await amounts.first().waitFor({ timeout: 10_000 });
  const figures = (await amounts.allTextContents()).map(squash);
  assert.ok(figures.length >= 3, `expected spent, projected and cap, got ${JSON.stringify(figures)}`);
  for (const figure of figures) assert.match(figure, /\d/, `a figure without a number: ${JSON.stringify(figures)}`);
  return figures;
}

/** Waits until chart.js has drawn the usage summary's chart (it sizes the canvas when it does). */
export async function chartDrawn(page: Page, selector = 'kayse-usage-summary'): Promise<void> {
  await page.waitForFunction(
    (host) => {
      const summary = document.querySelector(host);
      const chart = summary?.shadowRoot?.querySelector('kayse-spend-chart');
      const canvas = chart?.shadowRoot?.querySelector('canvas');
      return canvas instanceof HTMLCanvasElement && canvas.style.width !== '' && canvas.width > 0;
    },
    selector,
    { timeout: 10_000 },
  );
}

export const NEW_RECIPIENT = 'e2e.embed@whithale.example';

/**
 * What a person does to save alert recipients: add a line to the recipients field, press Save,
 * and wait for "Saved".
 */
export async function saveRecipient(page: Page, selector = 'kayse-alert-recipients'): Promise<void> {
  const field = page.locator(`${selector} textarea`);
  await field.waitFor({ timeout: 10_000 });
  await field.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(`\n${NEW_RECIPIENT}`);
  await page.locator(`${selector} button.save`).click();
  await page.locator(`${selector} .save-status`).filter({ hasText: 'Saved' }).waitFor({ timeout: 10_000 });
}

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly unknown[] }[];
}

interface AxeGlobal {
  readonly axe: { run(context: Document): Promise<{ readonly violations: readonly AxeViolation[] }> };
}

/**
 * Runs axe-core on the whole page (open shadow roots included) and fails on any violation.
 * axe is loaded as a same-origin script file from the harness, so a strict CSP allows it.
 */
export async function assertAccessible(page: Page): Promise<void> {
  await page.addScriptTag({ url: '/vendor/axe-core/axe.min.js' });
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as AxeGlobal;
    const result = await axe.run(document);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
  assert.deepEqual(violations, [], `axe violations:\n${JSON.stringify(violations, null, 2)}`);
}
