// `npm run check:size` (after `npm run build`): what host pages really download, measured in
// Chromium on the standalone bundle, and a host's Vite build of `./all.js`, against the limits
// in size-budgets.json; each figure is printed with its ratio to a peer's React embed and the
// issue's target where one is set.
import { readdirSync, readFileSync } from 'node:fs';
import budgets from '../size-budgets.json' with { type: 'json' };
import { runChecks, type Check } from './lib/checks.js';
import { standaloneFileName } from './lib/entries.js';
import { measurePageFigures, PEER_BYTES } from './lib/page-budgets.js';
import type { PageWeight } from './lib/page-weight.js';
import { gzipBytes } from './lib/gzip-size.js';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
type PageBudget = keyof typeof budgets.pages;

function withinBudget(what: string, bytes: number, limit: number, target?: number): void {
  const versus = `${(bytes / PEER_BYTES).toFixed(2)}× the peer's ${PEER_BYTES} B`;
  const aim = target === undefined ? '' : `; target ${kb(target)}${bytes > target ? `, ${kb(bytes - target)} to go` : ', met'}`;
  console.log(`    ${what}: ${bytes} bytes (${kb(bytes)}), ${versus}; limit ${kb(limit)}${aim}`);
  if (bytes > limit) throw new Error(`${what} is ${bytes - limit} bytes over its limit of ${limit}`);
}

const isChart = (path: string) => /\.chart-engine-[\w-]+\.js$/.test(path);
const without = (weight: PageWeight, leaveOut: (path: string) => boolean) => weight.scripts.filter((script) => !leaveOut(script.path)).reduce((sum, script) => sum + script.gzip, 0);
const pageCheck = (name: string, budget: PageBudget, bytes: () => number): Check => ({
  name,
  run: () => withinBudget(budget, bytes(), budgets.pages[budget], (budgets.targets as Partial<Record<PageBudget, number>>)[budget]),
});

const figures = await measurePageFigures();
const lazyChunk = (prefix: string) => readdirSync('dist').filter((file) => file.startsWith(`${standaloneFileName}.${prefix}-`));

const checks: Check[] = [
  pageCheck('the standalone loader itself is small', 'loader', () => gzipBytes(`dist/${standaloneFileName}.js`)),
  pageCheck('a page with only <kayse-usage-summary no-chart> downloads within its limit', 'usageOnly', () => {
    const chart = figures.usageOnly.scripts.find((script) => isChart(script.path));
    if (chart) throw new Error(`a usage summary without a chart requested the chart.js chunk (${chart.path})`);
    return figures.usageOnly.total;
  }),
  pageCheck('a provider alone downloads within its limit', 'providerOnly', () => figures.providerOnly.total),
  pageCheck('the settings element until its first figures, the chart.js chunk counted apart', 'settingsFirstFigures', () => without(figures.settingsFirstFigures, isChart)),
  pageCheck('the settings element after every section has been visited, the chart.js chunk counted apart', 'settingsAllSections', () => without(figures.settingsAllSections, isChart)),
  pageCheck('./all.js bundled eagerly by a host Vite build (chart and other lazy chunks left out)', 'allEager', () => figures.allEager),
  ...(['chart-engine', 'flow', 'urlpattern-polyfill'] as const).map(
    (prefix): Check => ({
      name: `the ${prefix} chunk is within its limit`,
      run: () => {
        const files = lazyChunk(prefix);
        if (files.length !== 1) throw new Error(`expected one ${prefix} chunk in dist/, found ${files.length}`);
        withinBudget(files[0]!, gzipBytes(`dist/${files[0]}`), budgets.lazyChunks[prefix]);
      },
    }),
  ),
  {
    name: 'the loader names the licences file, which carries each bundled package; no chunk repeats a notice',
    run: () => {
      const licenses = `${standaloneFileName}.LICENSES.txt`;
      if (!readFileSync(`dist/${standaloneFileName}.js`, 'utf8').startsWith(`/*! @kayse/billing-elements (MIT). Bundled packages and their licences: ${licenses} */`)) {
        throw new Error(`the loader's first line does not name ${licenses}`);
      }
      const text = readFileSync(`dist/${licenses}`, 'utf8');
      const missing = ['lit-html', '@lit/reactive-element', '@lit/task', '@lit/context', '@lit-labs/virtualizer', 'zod', 'chart.js'].filter((name) => !new RegExp(`^${name} \\d`, 'm').test(text));
      if (missing.length) throw new Error(`${licenses} lacks the licence of ${missing.join(', ')}`);
      const withNotice = readdirSync('dist').filter((file) => file.startsWith(`${standaloneFileName}.`) && file !== `${standaloneFileName}.js` && file.endsWith('.js') && readFileSync(`dist/${file}`, 'utf8').startsWith('/*!'));
      if (withNotice.length) throw new Error(`chunks carry a notice of their own: ${withNotice.join(', ')}`);
    },
  },
];

await runChecks('sizes', checks);
