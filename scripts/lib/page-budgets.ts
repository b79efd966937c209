// The weights the size budgets are about, measured the way a host meets them: real pages in
// Chromium on the standalone bundle (every script they requested, gzip -9), and a host's own
// Vite build of `./all.js`.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { SETTINGS_SECTIONS } from '../../src/elements/billing-settings/billing-settings.types.js';
import { SECTION_TAGS } from '../../src/elements/billing-settings/section-modules.js';
import { root, startHarness } from '../../test/e2e/support/harness.js';
import { launchChromium } from './chromium.js';
import { openWeighed, untilReady, type PageWeight } from './page-weight.js';

/** A peer's React billing embed, gzip bytes before React: the yardstick each figure is printed against. */
export const PEER_BYTES = 163_936;

export interface PageFigures {
  /** `<kayse-usage-summary no-chart>` in a provider, until its figures show. */
  readonly usageOnly: PageWeight;
  /** A provider alone. */
  readonly providerOnly: PageWeight;
  /** `<kayse-billing-settings>` opened at its usage section, until the figures show. */
  readonly settingsFirstFigures: PageWeight;
  /** The same page after every section has been opened. */
  readonly settingsAllSections: PageWeight;
  /** `<kayse-billing-settings>` opened by deep link at the wallet, until its figures show. */
  readonly settingsDeepLink: PageWeight;
  /** `./all.js` in a host's Vite build (minified): what loads at once and the answer checker; the chart, the virtualizer's layout, the URLPattern polyfill and other languages left out. */
  readonly allEager: number;
}

const SETTINGS = '/settings/billing';

async function weighPages(browser: Browser, origin: string): Promise<Omit<PageFigures, 'allEager'>> {
  const usage = await openWeighed(browser, origin, '/pages/usage-only.html');
  await untilReady(usage.page, 'kayse-usage-summary');
  const usageOnly = usage.weigh();
  await usage.close();

  const provider = await openWeighed(browser, origin, '/pages/provider-only.html');
  await provider.page.waitForFunction(() => customElements.get('kayse-billing-provider') !== undefined);
  await provider.page.waitForLoadState('networkidle');
  const providerOnly = provider.weigh();
  await provider.close();

  const settings = await openWeighed(browser, origin, SETTINGS);
  await untilReady(settings.page, 'kayse-usage-summary');
  const settingsFirstFigures = settings.weigh();
  // Every section, by its link, in the navigation's order.
  for (const [index, section] of SETTINGS_SECTIONS.entries()) {
    await settings.page.locator('kayse-billing-settings [part~="link"]').nth(index).click();
    await untilReady(settings.page, SECTION_TAGS[section]);
  }
  const settingsAllSections = settings.weigh();
  await settings.close();

  const deep = await openWeighed(browser, origin, `${SETTINGS}/wallet`);
  await untilReady(deep.page, 'kayse-wallet');
  const settingsDeepLink = deep.weigh();
  await deep.close();
  return { usageOnly, providerOnly, settingsFirstFigures, settingsAllSections, settingsDeepLink };
}

/** Builds a host page that imports `./all.js` with Vite (minified) and sums its eagerly loaded chunks. */
async function allEagerBytes(): Promise<number> {
  const dir = mkdtempSync(join(root, '.test-results', 'all-eager-'));
  try {
    writeFileSync(join(dir, 'main.js'), "import '@kayse/billing-elements/all.js';\n");
    const output = await build({
      configFile: false,
      logLevel: 'silent',
      root: dir,
      resolve: { alias: { '@kayse/billing-elements/all.js': join(root, 'dist/define.js') } },
      build: { outDir: join(dir, 'out'), target: 'es2022', minify: true, write: false, rolldownOptions: { input: join(dir, 'main.js') } },
    });
    const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) => ('output' in result ? result.output : [])).filter((item) => item.type === 'chunk');
    const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
    const eager = new Set<string>();
    const visit = (fileName: string) => {
      if (eager.has(fileName)) return;
      eager.add(fileName);
      for (const imported of byName.get(fileName)?.imports ?? []) visit(imported);
    };
    for (const chunk of chunks) if (chunk.isEntry) visit(chunk.fileName);
    // The answer checker is imported on first request, which every element makes: it counts.
    for (const chunk of chunks) if (chunk.moduleIds.some((id) => /\/(src|dist)\/api\/contract\.[jt]s$/.test(id))) visit(chunk.fileName);
    return [...eager].reduce((sum, fileName) => sum + gzipSync(byName.get(fileName)!.code, { level: 9 }).length, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every page figure; needs `npm run build` first. */
export async function measurePageFigures(): Promise<PageFigures> {
  if (!existsSync(join(root, 'dist/kayse-billing-elements.bundle.js'))) throw new Error('No standalone bundle in dist/: run `npm run build` first.');
  mkdirSync(join(root, '.test-results'), { recursive: true });
  const [harness, browser] = await Promise.all([startHarness({ pageFallbacks: { [SETTINGS]: '/pages/settings.html' } }), launchChromium()]);
  try {
    const pages = await weighPages(browser, harness.origin);
    return { ...pages, allEager: await allEagerBytes() };
  } finally {
    await browser.close();
    await harness.close();
  }
}
