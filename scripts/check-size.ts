import budgets from '../size-budgets.json' with { type: 'json' };
import { runChecks, type Check } from './lib/checks.js';
import { elementEntries, standaloneFileName } from './lib/entries.js';
import { gzipBytes, lazyChunkSizes, measureStandalone } from './lib/standalone-size.js';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function withinBudget(what: string, bytes: number, limit: number | undefined): void {
  if (limit === undefined) throw new Error(`${what} has no limit in size-budgets.json`);
  console.log(`    ${what}: ${bytes} bytes (${kb(bytes)}) of ${limit} (${kb(limit)})`);
  if (bytes > limit) throw new Error(`${what} is ${bytes - limit} bytes over its budget of ${limit}`);
}

function checkLazyChunks(sizes: Readonly<Record<string, number>>, fileName: string): void {
  for (const [file, bytes] of Object.entries(sizes)) {
    const chunkName = file.slice(fileName.length + 1).replace(/-[\w-]+\.js$/, '');
    const budget = Object.entries(budgets.lazyChunks).find(([name]) => chunkName.startsWith(name));
    withinBudget(`lazy chunk ${file}`, bytes, budget?.[1]);
  }
}

const entryLimits: Record<string, number> = budgets.entries;

const checks: Check[] = [
  {
    name: 'the standalone bundle is within its budget',
    run: () => {
      withinBudget(`dist/${standaloneFileName}.js`, gzipBytes(`dist/${standaloneFileName}.js`), budgets.bundle);
      checkLazyChunks(lazyChunkSizes('dist', standaloneFileName), standaloneFileName);
    },
  },
  ...Object.entries(elementEntries()).map(
    ([name, entry]): Check => ({
      name: `the ${name} entry, built standalone, is within its budget`,
      run: async () => {
        const sizes = await measureStandalone(entry, name);
        withinBudget(`${name}.js`, sizes.entry, entryLimits[name]);
        checkLazyChunks(sizes.lazy, name);
      },
    }),
  ),
];

await runChecks('sizes', checks);
