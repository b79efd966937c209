import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import budgets from '../size-budgets.json' with { type: 'json' };
import { standaloneConfig } from '../vite.config.js';
import { runChecks, type Check } from './lib/checks.js';
import { elementEntries, standaloneFileName } from './lib/entries.js';

const gzipBytes = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function withinBudget(what: string, bytes: number, limit: number | undefined): void {
  if (limit === undefined) throw new Error(`${what} has no limit in size-budgets.json`);
  console.log(`    ${what}: ${bytes} bytes (${kb(bytes)}) of ${limit} (${kb(limit)})`);
  if (bytes > limit) throw new Error(`${what} is ${bytes - limit} bytes over its budget of ${limit}`);
}

/** Lazy chunks of a standalone build in `dir`, besides its entry file. */
function checkLazyChunks(dir: string, fileName: string): void {
  for (const file of readdirSync(dir).filter((name) => name.startsWith(`${fileName}.`) && name !== `${fileName}.js` && name.endsWith('.js'))) {
    const chunkName = file.slice(fileName.length + 1).replace(/-[\w-]+\.js$/, '');
    const budget = Object.entries(budgets.lazyChunks).find(([name]) => chunkName.startsWith(name));
    withinBudget(`lazy chunk ${file}`, gzipBytes(join(dir, file)), budget?.[1]);
  }
}

const entryLimits: Record<string, number> = budgets.entries;

const checks: Check[] = [
  {
    name: 'the standalone bundle is within its budget',
    run: () => {
      withinBudget(`dist/${standaloneFileName}.js`, gzipBytes(`dist/${standaloneFileName}.js`), budgets.bundle);
      checkLazyChunks('dist', standaloneFileName);
    },
  },
  ...Object.entries(elementEntries()).map(
    ([name, entry]): Check => ({
      name: `the ${name} entry, built standalone, is within its budget`,
      run: async () => {
        const outDir = mkdtempSync(join(tmpdir(), `kayse-size-${name}-`));
        try {
          await build({ configFile: false, ...standaloneConfig(entry, name, outDir) });
          withinBudget(`${name}.js`, gzipBytes(join(outDir, `${name}.js`)), entryLimits[name]);
          checkLazyChunks(outDir, name);
        } finally {
          rmSync(outDir, { recursive: true, force: true });
        }
      },
    }),
  ),
];

await runChecks('sizes', checks);
