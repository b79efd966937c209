// React 19 and Vue 3 hosts, each built by Vite here (through the package's library build in
// dist/), each with two providers: one given `getAccessToken` (usage summary and alert
// recipients), one given `client` (billing preferences), both as properties. The figures render, the tokens reach the API, and `kayse-save` reaches the
// framework's own handler (the host re-renders with it).
import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { build, type InlineConfig } from 'vite';
import { launchChromium } from '../../scripts/lib/chromium.js';
import { assertAccessible, chartDrawn, openPage, saveRecipient, usageFigures } from './support/browser.js';
import { root, startHarness, type Harness } from './support/harness.js';

const hostsDir = join(root, 'test/e2e/hosts');
const outRoot = join(root, '.test-results/e2e-hosts');

interface Host {
  readonly name: 'react' | 'vue';
  readonly title: string;
  readonly vite: InlineConfig;
}

const hosts: readonly Host[] = [
  { name: 'react', title: 'React 19', vite: { define: { 'process.env.NODE_ENV': '"production"' } } },
  {
    name: 'vue',
    title: 'Vue 3',
    vite: {
      // The full build compiles the string template in the page (no Vue plugin needed).
      resolve: { alias: { vue: 'vue/dist/vue.esm-bundler.js' } },
      define: { __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
    },
  },
];

/** The preferences under the `client` provider show the primary contact. */
async function preferencesShown(page: Page): Promise<void> {
  const contact = page.locator('#by-client kayse-billing-preferences [part="contact"]');
  await contact.waitFor({ timeout: 10_000 });
  assert.match((await contact.textContent()) ?? '', /@|\w+ \w+/);
}

async function buildHost(host: Host): Promise<string> {
  const outDir = join(outRoot, host.name);
  await build({
    ...host.vite,
    configFile: false,
    logLevel: 'warn',
    root: join(hostsDir, host.name),
    base: `/${host.name}/`,
    build: { outDir, emptyOutDir: true, target: 'es2022', minify: false },
  });
  return outDir;
}

describe('framework hosts built by Vite', { timeout: 80_000 }, () => {
  let harness: Harness;
  let browser: Browser;
  before(async () => {
    await rm(outRoot, { recursive: true, force: true });
    const [react, vue] = await Promise.all(hosts.map(buildHost));
    [harness, browser] = await Promise.all([startHarness({ mounts: { '/react/': react!, '/vue/': vue! } }), launchChromium()]);
  });
  beforeEach(() => harness.reset());
  after(async () => {
    await browser?.close();
    await harness?.close();
  });

  for (const host of hosts) {
    describe(`${host.title} host`, () => {
      const url = () => `${harness.origin}/${host.name}/index.html`;

      it('renders the figures under both providers, with the tokens given as properties', async () => {
        const { page, pageErrors, consoleErrors, close } = await openPage(browser, url());
        try {
          await usageFigures(page);
          await chartDrawn(page);
          await preferencesShown(page);
          const tokens = new Set(harness.apiRequests.map((request) => request.authorization));
          // A function or an object set as an attribute would be a string and be ignored: no token.
          assert.ok(tokens.has(`Bearer ${host.name}-provider-token`), `getAccessToken not used: ${[...tokens].join(', ')}`);
          assert.ok(tokens.has(`Bearer ${host.name}-client-token`), `client not used: ${[...tokens].join(', ')}`);
          assert.deepEqual(pageErrors, []);
          assert.deepEqual(consoleErrors, []);
        } finally {
          await close();
        }
      });

      it(`delivers kayse-save to the ${host.title} handler`, async () => {
        const { page, pageErrors, close } = await openPage(browser, url());
        try {
          await usageFigures(page);
          await saveRecipient(page);
          // The handler updated the framework's state, and the framework re-rendered with it.
          await page.locator('#saves').filter({ hasText: 'alerts' }).waitFor({ timeout: 5_000 });
          assert.equal(await page.locator('#saves').textContent(), 'alerts');
          const put = harness.apiRequests.find((request) => request.method === 'PUT');
          assert.equal(put?.authorization, `Bearer ${host.name}-provider-token`);
          assert.deepEqual(pageErrors, []);
        } finally {
          await close();
        }
      });

      it('passes axe', async () => {
        const { page, close } = await openPage(browser, url());
        try {
          await usageFigures(page);
          await preferencesShown(page);
          await page.locator('kayse-alert-recipients textarea').waitFor();
          await assertAccessible(page);
        } finally {
          await close();
        }
      });
    });
  }
});
