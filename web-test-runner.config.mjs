import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { chromiumArgs, chromiumPath } from './scripts/chromium-flags.mjs';
import { countingReporter } from './scripts/counting-reporter.mjs';

export default {
  files: ['test/**/*.test.ts', '!test/e2e/**'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [
    chromeLauncher({
      // Each test page in a window of its own: a page sharing a window with another is a
      // hidden tab, which gets no animation frames, and fixtures wait for one.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
      launchOptions: { executablePath: chromiumPath, headless: true, args: [...chromiumArgs] },
    }),
  ],
  concurrency: 2,
  // Dev mode stays on for its warnings; its one-line banner in every test file is noise.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 5000 } },
  reporters: [defaultReporter(), countingReporter('browser')],
};
